"""Audit reports: a terminal table, a JSON document and a self-contained HTML page."""

from extractor.report.html import render_html, write_html
from extractor.report.json_report import read_json, to_json, write_json
from extractor.report.terminal import render

__all__ = ["read_json", "render", "render_html", "to_json", "write_html", "write_json"]
