"""RSS / Atom feeds: each item becomes a document from its content, or from its page when fetching."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import feedparser

from dateline.intake.base import IntakeFailure, RawDocument


def read_feed(data: bytes, origin: str) -> Iterator[RawDocument | IntakeFailure]:
    """Documents carry the item's url, title, date and author; ``format='link'`` when the item has
    no content of its own (the registry fetches those when fetching is enabled)."""
    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = f"not a readable feed ({parsed.bozo_exception})" if parsed.bozo else "feed has no items"
        yield IntakeFailure(origin, reason)
        return
    for number, entry in enumerate(parsed.entries, start=1):
        meta = {k: v for k, v in {
            "id": entry.get("id"), "url": entry.get("link"), "title": entry.get("title"),
            "byline": entry.get("author"), "published": _date(entry),
            "section": (entry.get("tags") or [{}])[0].get("term"),
        }.items() if v}
        content = "".join(c.get("value", "") for c in entry.get("content", [])) or entry.get("summary", "")
        where = f"{origin}#{number}"
        if content.strip():
            yield RawDocument(data=content, origin=where, format=None, meta=meta)
        elif meta.get("url"):
            yield RawDocument(data=b"", origin=where, format="link", meta=meta)
        else:
            yield IntakeFailure(where, "feed item has neither content nor link")


def _date(entry) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return dt.date(*parsed[:3]).isoformat() if parsed else None
