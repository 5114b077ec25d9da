"""Stand-in for ``dateline.intake.read_inputs`` while the intake registry is being written.

Only JSONL (VOA field names) and plain files; removed as soon as ``dateline.intake`` provides it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from dateline.intake.base import IntakeFailure, RawDocument

META_FIELDS = {"id": "id", "url": "url", "title": "title", "published": "published", "source": "source",
               "section": "section", "byline": "author"}


def read_inputs(inputs: Iterable[str]) -> Iterator[RawDocument | IntakeFailure]:
    for path in inputs:
        if path.endswith(".jsonl"):
            yield from _jsonl(path)
        else:
            with open(path, "rb") as handle:
                yield RawDocument(data=handle.read(), origin=path)


def _jsonl(path: str) -> Iterator[RawDocument | IntakeFailure]:
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                yield IntakeFailure(f"{path}:{number}", f"invalid JSON ({err.msg})")
                continue
            meta = {key: record[field] for key, field in META_FIELDS.items() if record.get(field)}
            yield RawDocument(data=record.get("text") or record.get("html") or "", origin=f"{path}:{number}",
                              meta=meta)
