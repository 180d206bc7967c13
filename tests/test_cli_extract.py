"""``cryptoclaims extract``: corpus folders and lone files in, claims out as JSONL.

Bad input (a missing file, undecodable bytes, a bad meta.jsonl line) gives one error
line naming the file and line; the other articles still come out, and the exit status
is non-zero only when nothing could be extracted.
"""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from extractor.cli import main
from extractor.models import Claim

ARTICLE_A = (
    "Crypto liquidations top $2.65 billion as Bitcoin dips to $60,000\n"
    "More than $2.65 billion was wiped out of the crypto market over the last 24 hours as "
    "Bitcoin touched $60,000 on Friday.\n\nCrypto liquidations data. Source: CoinGlass\n"
)
ARTICLE_B = "Spot bitcoin ETFs recorded $258.8 million in net outflows on Thursday.\n"
GOOD_A = {"id": "a", "file": "a.txt", "published": "2026-02-06", "publisher": "Coinpedia"}
GOOD_B = {"id": "b", "file": "b.txt", "published": "2026-02-06", "url": "https://x.test/b"}


def write_corpus(folder: Path, middle: list[str]) -> Path:
    """A corpus whose first and last meta lines are good and ``middle`` lines come between."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"Bitcoin fell \xff\xfe5% on Friday.")
    lines = [json.dumps(GOOD_A), *middle, json.dumps(GOOD_B)]
    (folder / "meta.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, ["extract", *map(str, args)])


def claims_of(jsonl: str) -> list[Claim]:
    return [Claim.model_validate_json(line) for line in jsonl.splitlines() if line.strip()]


def test_corpus_folder_to_jsonl(tmp_path: Path) -> None:
    result = run(write_corpus(tmp_path / "corpus", []))
    assert result.exit_code == 0, result.output
    claims = claims_of(result.stdout)
    assert {c.article_id for c in claims} == {"a", "b"}
    liquidation = next(c for c in claims if c.article_id == "a" and c.metric == "liquidations")
    assert (liquidation.publisher, liquidation.source) == ("Coinpedia", "CoinGlass")
    flow = next(c for c in claims if c.article_id == "b")
    assert (flow.metric, flow.side, flow.url) == ("etf_flow", "outflow", "https://x.test/b")
    assert str(flow.period_start) == "2026-02-05"
    assert result.stderr.strip() == f"{len(claims)} claims from 2 articles"


def test_meta_jsonl_path_is_its_folder(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path / "corpus", [])
    assert run(folder / "meta.jsonl").stdout == run(folder).stdout


def test_output_file(tmp_path: Path) -> None:
    out = tmp_path / "new" / "claims.jsonl"
    result = run(write_corpus(tmp_path / "corpus", []), "-o", out)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert len(claims_of(out.read_text(encoding="utf-8"))) >= 5


def test_lone_file_with_metadata(tmp_path: Path) -> None:
    path = tmp_path / "liquidations.txt"
    path.write_text(ARTICLE_A, encoding="utf-8")
    result = run(
        path, "--published", "2026-02-06", "--publisher", "FXStreet", "--url", "https://x.test/a"
    )
    assert result.exit_code == 0, result.output
    claims = claims_of(result.stdout)
    assert {(c.article_id, c.publisher, c.url) for c in claims} == {
        ("liquidations", "FXStreet", "https://x.test/a")
    }
    touched = [c for c in claims if c.quote == "$60,000" and "Friday" in c.sentence]
    assert [str(c.period_start) for c in touched] == ["2026-02-06"]


def test_lone_file_without_date_leaves_relative_dates_open(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE_A, encoding="utf-8")
    claims = claims_of(run(path).stdout)
    assert claims and all(c.period_start is None and c.published is None for c in claims)


def test_lone_html_file(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>ETF outflows</title></head><body><nav>Markets</nav><article>"
        "<p>Spot bitcoin ETFs recorded $258 million in outflows on Thursday, according to "
        "SoSoValue.</p><p>It was the funds' fourth straight day of redemptions, the longest "
        "streak since the spring, as traders cut exposure ahead of the central bank meeting.</p>"
        "<p>Ether funds, by contrast, took in new money for a second session, data from the "
        "same provider show.</p></article></body></html>",
        encoding="utf-8",
    )
    claims = claims_of(run(path, "--published", "2026-02-06").stdout)
    assert [(c.quote, c.metric, c.source, str(c.period_start)) for c in claims] == [
        ("$258 million", "etf_flow", "SoSoValue", "2026-02-05")
    ]


def test_gzip_saved_pages_are_read_as_what_they_pack_and_a_cut_one_is_its_own_error(
    tmp_path: Path,
) -> None:
    page = (
        b"<html><head><title>ETF outflows</title></head><body><article><p>Spot bitcoin ETFs "
        b"recorded $258 million in outflows on Thursday, according to SoSoValue.</p><p>It was "
        b"the funds' fourth straight day of redemptions, the longest streak since the spring, "
        b"as traders cut exposure ahead of the central bank meeting.</p><p>Ether funds, by "
        b"contrast, took in new money for a second session, data from the same provider "
        b"show.</p></article></body></html>"
    )
    (tmp_path / "flows.html.gz").write_bytes(gzip.compress(page))
    (tmp_path / "wrap.txt.gz").write_bytes(gzip.compress(ARTICLE_B.encode()))
    (tmp_path / "cut.html.gz").write_bytes(gzip.compress(page)[:40])
    result = run(*(tmp_path / n for n in ("flows.html.gz", "cut.html.gz", "wrap.txt.gz")),
                 "--published", "2026-02-06")  # fmt: skip
    assert result.exit_code == 0
    assert [(c.article_id, c.quote, c.metric) for c in claims_of(result.stdout)] == [
        ("flows", "$258 million", "etf_flow"),
        ("wrap", "$258.8 million", "etf_flow"),
    ]
    assert result.stderr.splitlines()[0] == (
        f"error: {tmp_path / 'cut.html.gz'}: gzip file ends before its stream does (cut off)"
    )


def test_a_gzip_file_of_several_members_is_read_whole_and_a_bomb_is_refused(
    tmp_path: Path,
) -> None:
    """``gzip -c head body > page.txt.gz`` packs two members: both are the article (its
    figure is in the second). A file that unpacks past 64 MiB is that file's error, found
    before it is all unpacked."""
    head, body = "Bitcoin funds saw a fourth day of redemptions.\n", ARTICLE_B
    (tmp_path / "joined.txt.gz").write_bytes(
        gzip.compress(head.encode()) + gzip.compress(body.encode())
    )
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b" " * (64 * 2**20 + 1), compresslevel=9))
    result = run(tmp_path / "bomb.txt.gz", tmp_path / "joined.txt.gz", "--published", "2026-02-06")
    assert result.exit_code == 0
    assert [(c.article_id, c.quote) for c in claims_of(result.stdout)] == [
        ("joined", "$258.8 million")
    ]
    assert result.stderr.splitlines()[0] == (
        f"error: {tmp_path / 'bomb.txt.gz'}: unpacks to more than 64 MiB"
    )


BAD_META_LINES = [
    pytest.param('{"id": "x", "file": "b.txt"', r"meta\.jsonl:2: invalid JSON", id="invalid-json"),
    pytest.param('{"id": "x", "file": "missing.txt"}', r"meta\.jsonl:2: .*missing\.txt: no such "
                 r"file", id="missing-file"),
    pytest.param('{"id": "x", "file": "bad.txt"}', r"meta\.jsonl:2: .*bad\.txt: not valid UTF-8 "
                 r"at byte 13", id="undecodable"),
    pytest.param('{"id": "x", "file": "b.txt", "published": "last Friday"}', r"meta\.jsonl:2: "
                 r"'published' is not an ISO date", id="bad-date"),
    pytest.param('{"file": "b.txt"}', r"meta\.jsonl:2: missing or empty 'id'", id="no-id"),
    pytest.param('["b.txt"]', r"meta\.jsonl:2: expected a JSON object", id="not-an-object"),
    pytest.param('{"id": "x", "file": "../a.txt"}', r"meta\.jsonl:2: 'file' points outside",
                 id="outside-folder"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "error"), BAD_META_LINES)
def test_bad_meta_line_is_one_error_and_the_rest_come_out(
    tmp_path: Path, line: str, error: str
) -> None:
    result = run(write_corpus(tmp_path / "corpus", [line]))
    assert result.exit_code == 0
    errors = result.stderr.splitlines()[:-1]
    assert len(errors) == 1 and errors[0].startswith("error: "), result.stderr
    assert errors[0].count("meta.jsonl:2") == 1
    assert re.search(error, errors[0]), errors[0]
    assert {c.article_id for c in claims_of(result.stdout)} == {"a", "b"}
    assert result.stderr.splitlines()[-1].endswith("from 2 articles; 1 failed")


def test_all_bad_meta_lines_reported(tmp_path: Path) -> None:
    lines = [str(p.values[0]) for p in BAD_META_LINES]
    result = run(write_corpus(tmp_path / "corpus", lines))
    assert result.exit_code == 0
    assert len(result.stderr.splitlines()) == len(lines) + 1


def test_bad_lone_file_beside_a_good_one(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE_B, encoding="utf-8")
    result = run(tmp_path / "missing.txt", good)
    assert result.exit_code == 0
    assert result.stderr.splitlines()[0] == f"error: {tmp_path / 'missing.txt'}: no such file"
    assert [c.article_id for c in claims_of(result.stdout)] == ["good"]


NOTHING_EXTRACTED = [
    pytest.param(["missing.txt"], "missing.txt: no such file", id="missing-file"),
    pytest.param(["bad.txt"], "bad.txt: not valid UTF-8 at byte 3 (b'\\xe9')", id="undecodable"),
    pytest.param(["nodir/"], "nodir: no such file", id="missing-folder"),
    pytest.param(["empty"], "empty: not a corpus folder (no meta.jsonl)", id="no-meta"),
]


@pytest.mark.parametrize(("args", "error"), NOTHING_EXTRACTED)
def test_nothing_extracted_exits_non_zero(tmp_path: Path, args: list[str], error: str) -> None:
    (tmp_path / "bad.txt").write_bytes(b"BTC\xe9 fell 5%")
    (tmp_path / "empty").mkdir()
    result = run(*(tmp_path / a for a in args))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.splitlines()[0] == f"error: {tmp_path}/{error}"
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_unwritable_output_is_one_line(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path / "corpus", [])
    result = run(folder, "-o", folder)  # a folder, not a file
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"error: {folder}: cannot write: Is a directory"]


def python_m(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "extractor", "extract", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
        timeout=300,
    )


def test_python_m_extractor_one_and_two_workers(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path / "corpus", ['{"id": "m", "file": "missing.txt"}'])
    one = python_m("corpus", "-o", "one.jsonl", cwd=tmp_path)
    two = python_m("corpus", "-o", "two.jsonl", "--workers", "2", cwd=tmp_path)
    assert one.returncode == two.returncode == 0, one.stderr
    assert "Traceback" not in one.stderr + two.stderr
    assert one.stderr.splitlines()[0].startswith("error: corpus/meta.jsonl:2: ")
    written = (tmp_path / "one.jsonl").read_text(encoding="utf-8")
    assert written == (tmp_path / "two.jsonl").read_text(encoding="utf-8")
    assert {c.article_id for c in claims_of(written)} == {"a", "b"}
    assert folder.is_dir()


def test_python_m_extractor_exit_status_when_nothing_extracted(tmp_path: Path) -> None:
    result = python_m("missing.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines()[0] == "error: missing.txt: no such file"
    assert "Traceback" not in result.stderr


def test_a_corrupt_gzip_file_and_one_with_a_stray_byte_after_it_are_their_own_errors(
    tmp_path: Path,
) -> None:
    """One flipped bit inside a saved page's deflate data, and a whole member followed by
    one byte of what could start another (a copy cut off right after it): each file is named
    with its reason, and the good file beside them is still read."""
    packed = gzip.compress(ARTICLE_B.encode())
    flipped = bytearray(packed)
    flipped[len(packed) // 2] ^= 0x10
    (tmp_path / "flipped.txt.gz").write_bytes(bytes(flipped))
    (tmp_path / "stray.txt.gz").write_bytes(packed + b"\x1f")
    (tmp_path / "good.txt.gz").write_bytes(packed)
    names = ("flipped.txt.gz", "stray.txt.gz", "good.txt.gz")
    result = run(*(tmp_path / n for n in names), "--published", "2026-02-06")
    assert result.exit_code == 0
    assert [(c.article_id, c.quote) for c in claims_of(result.stdout)] == [
        ("good", "$258.8 million")
    ]
    errors = result.stderr.splitlines()
    assert errors[0].startswith(f"error: {tmp_path / 'flipped.txt.gz'}: corrupt gzip file: ")
    assert errors[1] == (
        f"error: {tmp_path / 'stray.txt.gz'}: gzip file ends before its stream does (cut off)"
    )
