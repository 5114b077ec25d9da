"""HTML → body text and page metadata with trafilatura.

trafilatura's fast mode without comments is both quicker and more precise on news pages than its
defaults (docs/BENCHMARKS.md); its metadata pass reads ``<meta>``, JSON-LD and the URL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import trafilatura

#: Options measured best on the AEB benchmark (docs/BENCHMARKS.md, "Intake and cleaning").
TRAFILATURA_OPTIONS = {"fast": True, "include_comments": False, "include_tables": True}
_MARKUP = re.compile(r"<(?:!doctype\s+html|html|head|body|div|p|article|meta|title|span|table|a\s)[\s>/]", re.I)


@dataclass
class HtmlPage:
    text: str
    title: str | None = None
    byline: str | None = None
    date: str | None = None
    site: str | None = None
    section: str | None = None
    url: str | None = None
    tags: list[str] = field(default_factory=list)


def looks_like_html(text: str) -> bool:
    """Markup near the top, or many tags overall (fragments without <html>)."""
    head = text[:2048]
    if _MARKUP.search(head):
        return True
    return text.count("</") >= 5 and text.count("<") > len(text) / 400


def extract_html(html: str, url: str | None = None) -> HtmlPage | None:
    """Body and metadata of one page; None when no article text is found."""
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, **TRAFILATURA_OPTIONS)
    if doc is None or not (doc.text or "").strip():
        return None
    categories = [c for c in (doc.categories or []) if c]
    return HtmlPage(
        text=doc.text, title=doc.title or None, byline=doc.author or None, date=doc.date or None,
        site=doc.sitename or doc.hostname or None, section=categories[0] if categories else None,
        url=doc.url or url, tags=list(doc.tags or []),
    )
