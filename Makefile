# Every target creates .venv and installs the project into it first.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PYTHON ?= python3

.PHONY: install run test lint bench schemas evaluate peer browser clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(VENV)/bin/cryptoclaims extract corpus -o out/claims.jsonl
	$(VENV)/bin/cryptoclaims audit out/claims.jsonl corpus --fail-on none \
	  --json out/findings.json --html out/report.html

lint: $(STAMP)
	$(VENV)/bin/ruff check extractor tests bench
	$(VENV)/bin/ruff format --check extractor tests bench
	$(VENV)/bin/mypy extractor

test: lint
	$(VENV)/bin/pytest

bench: $(STAMP)
	$(PY) bench/bench_extract.py

evaluate: $(STAMP)
	$(VENV)/bin/cryptoclaims evaluate corpus
	test ! -d ../shared/corpus || $(VENV)/bin/cryptoclaims evaluate ../shared/corpus --by-event

# quantulum3 against cryptoclaims on the same articles and gold (amounts only).
peer: $(STAMP)
	$(PY) bench/peer_quantulum.py

schemas: $(STAMP)
	$(PY) -m extractor.schemas

# Headless Chromium for the HTML report test (Debian package; root only).
browser:
	command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium) \
	  || echo "chromium could not be installed; the browser test will skip"

clean:
	rm -rf $(VENV) out .mypy_cache .pytest_cache .ruff_cache
