"""CSV export: one row per event (or per group with ``grouped``), header = store column names."""

from __future__ import annotations

import csv
from typing import TextIO

from dateline.export.rows import plain, stream
from dateline.store import Store
from dateline.store.queries import EventFilter, events_query


def write_csv(store: Store, flt: EventFilter, out: TextIO, grouped: bool = False) -> int:
    query = events_query(flt, grouped)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([c.name for c in query.selected_columns])
    count = 0
    for row in stream(store, query):
        writer.writerow(["" if v is None else plain(v) for v in row.values()])
        count += 1
    return count
