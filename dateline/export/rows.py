"""Streaming rows out of the store and turning database values into plain text/JSON values."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator

import sqlalchemy as sa

from dateline.store import Store

#: rows fetched per round trip while streaming an export
CHUNK = 2000


def stream(store: Store, query: sa.Select, chunk: int = CHUNK) -> Iterator[dict]:
    """Rows of ``query`` as dicts, fetched in chunks so exports of any size use flat memory."""
    with store.reading() as conn:
        result = conn.execution_options(yield_per=chunk).execute(query)
        for row in result:
            yield dict(row._mapping)


def plain(value) -> str | int | float | bool | None:
    """A value as CSV/JSON wants it: ISO dates, JSON-encoded lists and dicts."""
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value
