"""Exports of the event database: GDELT 2.0 TSV, PLOVER JSONL, Article JSONL, CSV and Parquet.

All take the same :class:`~dateline.store.queries.EventFilter`, so an export is exactly the events a
web page or API call with the same filter shows.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from pathlib import Path

from dateline.errors import InputError
from dateline.export.csv import write_csv
from dateline.export.gdelt import write_gdelt
from dateline.export.jsonl import write_jsonl
from dateline.export.parquet import write_parquet
from dateline.export.plover import write_plover
from dateline.store import Store
from dateline.store.queries import EventFilter

#: format → (writer, binary file?, can be grouped?)
FORMATS: dict[str, tuple[Callable[..., int], bool, bool]] = {
    "gdelt": (write_gdelt, False, True),
    "plover": (write_plover, False, False),
    "jsonl": (write_jsonl, False, False),
    "csv": (write_csv, False, True),
    "parquet": (write_parquet, True, True),
}


def export(store: Store, fmt: str, output: str | Path, flt: EventFilter | None = None,
           grouped: bool = False) -> int:
    """Write the filtered events (or articles, for jsonl) to ``output`` ('-' = stdout); returns rows."""
    writer, binary, groupable = FORMATS[fmt]
    if grouped and not groupable:
        raise InputError(f"--grouped does not apply to {fmt} (it exports single events or articles)")
    flt = flt or EventFilter()
    if output == "-":
        if binary:
            raise InputError(f"{fmt} is a binary format: give an output file with --output")
        return writer(store, flt, sys.stdout, grouped=grouped or fmt == "gdelt")
    path = Path(output)
    if not path.parent.is_dir():
        raise InputError(f"{path.parent}: no such directory")
    if binary:
        return writer(store, flt, path, grouped=grouped)
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8", newline="") as out:
            rows = writer(store, flt, out, grouped=grouped or fmt == "gdelt")
        partial.replace(path)  # readers never see a half-written export
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    return rows


__all__ = ["FORMATS", "export"]
