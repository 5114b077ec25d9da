"""HTML → body text with trafilatura, page metadata from tags, JSON-LD and the URL.

trafilatura's fast mode without comments is both quicker and more precise on news pages than its
defaults (docs/BENCHMARKS.md); metadata comes from :mod:`dateline.clean.metadata`, which costs a
fraction of trafilatura's own metadata pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import trafilatura

from dateline.clean.metadata import read_metadata

#: Options measured best on the AEB benchmark (docs/BENCHMARKS.md, "Intake and cleaning").
TRAFILATURA_OPTIONS = {"fast": True, "include_comments": False, "include_tables": True}
_MARKUP = re.compile(r"<(?:!doctype\s+html|html|head|body|div|p|article|meta|title|span|table|a\s)[\s>/]", re.IGNORECASE)


@dataclass
class HtmlPage:
    text: str
    title: str | None = None
    byline: str | None = None
    date: str | None = None
    site: str | None = None
    section: str | None = None
    url: str | None = None


def looks_like_html(text: str) -> bool:
    """Markup near the top, or many tags overall (fragments without <html>)."""
    head = text[:2048]
    if _MARKUP.search(head):
        return True
    return text.count("</") >= 5 and text.count("<") > len(text) / 400


def extract_html(html: str, url: str | None = None) -> HtmlPage | None:
    """Body and metadata of one page; None when no article text is found."""
    text = trafilatura.extract(html, url=url, **TRAFILATURA_OPTIONS)
    if not (text or "").strip():
        return None
    meta = read_metadata(html, url)
    host = (urlsplit(url).hostname or "").removeprefix("www.") if url else ""
    return HtmlPage(text=text, title=meta.title, byline=meta.byline, date=meta.date, site=meta.site or host or None,
                    section=meta.section, url=url)
