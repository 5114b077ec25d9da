"""JSONL export: the complete Article records (one per line, sorted by id) of the matching articles.

The lossless form: every actor, mention, event, quote, credit and removed block with provenance,
readable back with ``Article.from_json`` and comparable across runs (local vs. Dask).
"""

from __future__ import annotations

from typing import TextIO

from dateline.store import Store
from dateline.store.queries import EventFilter, matching_article_ids


def write_jsonl(store: Store, flt: EventFilter, out: TextIO, grouped: bool = False) -> int:
    count = 0
    for article in store.iter_articles(None if flt.is_empty() else matching_article_ids(store, flt)):
        out.write(article.to_json() + "\n")
        count += 1
    return count
