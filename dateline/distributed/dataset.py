"""The Parquet dataset on disk: part files per shard, partitioned by month, plus manifests.

Layout under ``out_dir``::

    articles/month=2025-03/part-<shard>.parquet     (also actors/, events/, quotes/)
    _manifests/<shard>.json                          written last: the shard is done
    _quarantine/<shard>.json                         shards that failed every attempt, with reasons

Every file is written to a hidden temporary name in its final directory and renamed into place, so
readers never see half a file.  A shard's part names depend only on the shard id, so a retried shard
overwrites its own parts; the manifest lists them, and readers read only files listed by a manifest,
so parts of unfinished shards are never counted.
"""

from __future__ import annotations

import json
import os
import uuid
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from dateline.distributed.tables import SCHEMAS, TABLES
from dateline.model import Article

MANIFESTS = "_manifests"
QUARANTINE = "_quarantine"


def write_shard_tables(out_dir: str | Path, shard_id: str, rows: dict[str, list[dict]]) -> list[str]:
    """Write each table's rows as one part per month; returns the written paths relative to out_dir."""
    out = Path(out_dir)
    written: list[str] = []
    for table in TABLES:
        by_month: dict[str, list[dict]] = defaultdict(list)
        for row in rows.get(table, []):
            by_month[row["month"]].append(row)
        schema = SCHEMAS[table].remove(SCHEMAS[table].get_field_index("month"))
        for month, month_rows in sorted(by_month.items()):
            relative = f"{table}/month={month}/part-{shard_id}.parquet"
            data = pa.Table.from_pylist([{k: v for k, v in r.items() if k != "month"} for r in month_rows],
                                        schema=schema)
            _atomic(out / relative, lambda tmp, data=data: pq.write_table(data, tmp, compression="zstd"))
            written.append(relative)
    return written


def write_json(path: Path, payload: dict) -> None:
    _atomic(path, lambda tmp: Path(tmp).write_text(json.dumps(payload, indent=1, default=str), encoding="utf-8"))


def _atomic(path: Path, write) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.parent / f".{path.name}.{uuid.uuid4().hex}.tmp"
    try:
        write(str(tmp))
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def manifest_path(out_dir: str | Path, shard_id: str) -> Path:
    return Path(out_dir) / MANIFESTS / f"{shard_id}.json"


def quarantine_path(out_dir: str | Path, shard_id: str) -> Path:
    return Path(out_dir) / QUARANTINE / f"{shard_id}.json"


def completed_manifests(out_dir: str | Path) -> dict[str, dict]:
    """Manifests of finished shards whose part files are all present, by shard id, in input order."""
    out = Path(out_dir)
    done: dict[str, dict] = {}
    for path in sorted((out / MANIFESTS).glob("*.json")):
        try:
            manifest = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            continue
        if all((out / f).is_file() for f in manifest.get("files", [])):
            done[manifest["shard"]["id"]] = manifest
    return dict(sorted(done.items(), key=lambda item: item[1]["shard"]["seq"]))


def quarantined(out_dir: str | Path) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((Path(out_dir) / QUARANTINE).glob("*.json"))]


def read_table(out_dir: str | Path, table: str, columns: list[str] | None = None) -> pa.Table:
    """One table of the finished shards, with the ``month`` partition column."""
    if table not in SCHEMAS:
        raise ValueError(f"unknown table {table!r}; expected one of {', '.join(TABLES)}")
    out = Path(out_dir)
    files = sorted(str(out / f) for m in completed_manifests(out).values()
                   for f in m["files"] if f.startswith(f"{table}/"))
    if not files:
        return SCHEMAS[table].empty_table().select(columns) if columns else SCHEMAS[table].empty_table()
    partitioning = ds.partitioning(pa.schema([("month", pa.string())]), flavor="hive")
    dataset = ds.dataset(files, format="parquet", partitioning=partitioning, partition_base_dir=str(out / table))
    return dataset.to_table(columns=columns)


def iter_articles(out_dir: str | Path) -> Iterator[Article]:
    """Rebuild every finished Article from the lossless JSON column, in input order."""
    for manifest in completed_manifests(out_dir).values():
        yield from iter_shard_articles(out_dir, manifest)


def iter_shard_articles(out_dir: str | Path, manifest: dict) -> Iterator[Article]:
    """The Articles of one finished shard in input order (its month partitions merged back)."""
    rows: list[tuple[int, str]] = []
    for relative in manifest["files"]:
        if relative.startswith("articles/"):
            part = pq.read_table(Path(out_dir) / relative, columns=["position", "article_json"])
            rows.extend(zip(part.column("position").to_pylist(), part.column("article_json").to_pylist(),
                            strict=True))
    yield from (Article.from_json(text) for _, text in sorted(rows, key=lambda row: row[0]))
