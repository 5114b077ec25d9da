"""Turn one RawDocument into an Article whose ``text`` is the clean text (placeholder: decode only)."""

from __future__ import annotations

import datetime as dt
import hashlib

from dateline.errors import InputError
from dateline.intake.base import RawDocument
from dateline.model import Article


def prepare(raw: RawDocument, published: dt.date | None = None) -> Article:
    data = raw.data
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(f"{raw.origin}: not UTF-8 text") from exc
    text = data.strip()
    if not text:
        raise InputError(f"{raw.origin}: empty input")
    digest = hashlib.sha256(text.encode()).hexdigest()
    return Article(id=raw.meta.get("id") or digest[:16], text=text, content_hash=digest, published=published,
                   input_format="text", language="en")
