"""JSONL exports from news APIs and scrapers: one article per line, field names configurable."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import BinaryIO

from dateline.clean.agencies import load_agencies
from dateline.intake.base import IntakeFailure, RawDocument

#: Our field → candidate field names in the record (first present wins); a name given in
#: ``jsonl_fields`` is tried before these.
DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "articleBody", "article"),
    "html": ("html", "raw_html", "page"),
    "id": ("id", "uid", "guid", "doc_id"),
    "url": ("url", "link", "source_url"),
    "title": ("title", "headline"),
    "published": ("published", "date", "publish_date", "published_at", "pubdate", "datetime"),
    "source": ("source", "outlet", "site", "publisher"),
    "section": ("section", "category"),
    "byline": ("byline", "author", "authors"),
}
META_FIELDS = ("id", "url", "title", "published", "source", "section", "byline")


def read_jsonl(stream: BinaryIO, origin: str, fields: dict | None = None) -> Iterator[RawDocument | IntakeFailure]:
    """One RawDocument per line with text or html; bad lines become IntakeFailures."""
    mapping = {key: ((fields[key], *names) if fields and key in fields else names) for key, names in DEFAULT_FIELDS.items()}
    for number, line in enumerate(io.TextIOWrapper(stream, encoding="utf-8", errors="replace"), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            record = json.loads(line)
        except ValueError as err:
            yield IntakeFailure(where, f"invalid JSON ({err.msg})")
            continue
        if not isinstance(record, dict):
            yield IntakeFailure(where, "JSON line is not an object")
            continue
        yield to_document(record, where, mapping)


def to_document(record: dict, origin: str, mapping: dict[str, tuple[str, ...]]) -> RawDocument | IntakeFailure:
    def get(key: str):
        return next((record[name] for name in mapping[key] if record.get(name) not in (None, "", [])), None)

    meta = {key: _scalar(get(key)) for key in META_FIELDS if get(key) is not None}
    if "source" not in meta:
        outlet = load_agencies().by_url(meta.get("url"))
        if outlet:
            meta["source"] = outlet.name
    html, text = get("html"), get("text")
    if isinstance(html, str) and html.strip():
        return RawDocument(data=html, origin=origin, format="html", meta=meta)
    if isinstance(text, str) and text.strip():
        return RawDocument(data=text, origin=origin, format="text", meta=meta)
    if meta.get("url"):
        return RawDocument(data=b"", origin=origin, format="link", meta=meta)
    return IntakeFailure(origin, f"no text or html field (looked for {', '.join(mapping['text'] + mapping['html'])})")


def _scalar(value):
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return value if isinstance(value, str) else str(value)
