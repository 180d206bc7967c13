"""cryptoclaims: extract the figures crypto news states and audit them across sources.

import extractor
extractor.extract("Bitcoin fell 5% to $62,000 on Friday.", published="2026-02-06")
"""

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["__version__", "extract", "extract_html", "load"]

if TYPE_CHECKING:
    from extractor.api import extract, extract_html, load


def __getattr__(name: str) -> Any:
    # The API loads on first use: the command line reads only __version__ from here.
    if name in ("extract", "extract_html", "load"):
        from extractor import api

        return getattr(api, name)
    raise AttributeError(f"module 'extractor' has no attribute {name!r}")
