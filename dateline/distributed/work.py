"""The one unit of work of a scaled-out run: process a shard, write its Parquet parts and manifest.

Coding goes through the same :class:`dateline.store.batch.ChunkCoder` as a local ``dateline ingest``
(same cleaning, same spaCy batches, same per-article isolation of analysis errors), so a Dask run
produces the same records as a local one.  :func:`process_shard` is pure in the sense retries need:
its output depends only on the shard and the settings, it writes nothing outside the shard's own
files, and every file is replaced atomically; running it twice leaves the dataset as running it once.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime

from distributed import WorkerPlugin

from dateline import __version__
from dateline.distributed.dataset import manifest_path, quarantine_path, write_json, write_shard_tables
from dateline.distributed.shards import ShardSpec, read_shard
from dateline.distributed.tables import tables_for
from dateline.intake.base import IntakeFailure, RawDocument
from dateline.model import Article


@dataclass
class RunSettings:
    """How every shard of a run is read and coded, as the options of a local ingest: spaCy batch
    size, Pipeline options, intake's JSONL field-name overrides and a publication date for inputs
    without one.  Recorded in each manifest, so a rerun with other settings recodes the shards."""

    batch_size: int = 32
    options: dict = field(default_factory=dict)
    jsonl_fields: dict | None = None
    published: dt.date | None = None

    def to_dict(self) -> dict:
        return {"batch_size": self.batch_size, "options": self.options, "jsonl_fields": self.jsonl_fields,
                "published": self.published.isoformat() if self.published else None}

    def key(self) -> tuple:
        return self.batch_size, tuple(sorted(self.options.items())), self.published


_coders: dict[tuple, object] = {}


def shared_coder(settings: RunSettings):
    """One ChunkCoder (Pipeline, spaCy model, lexicons) per process and settings, built on first use."""
    from dateline.store.batch import ChunkCoder

    if settings.key() not in _coders:
        _coders[settings.key()] = ChunkCoder(None, settings.batch_size, settings.published, settings.options)
    return _coders[settings.key()]


class PipelinePlugin(WorkerPlugin):
    """Load the model and every stage's lexicons when a worker starts (and restarts), by coding one
    short text, so no shard pays for loading."""

    name = "dateline-pipeline"

    def __init__(self, settings: RunSettings):
        self.settings = settings

    def setup(self, worker) -> None:
        warm_up = RawDocument(data="The foreign minister met his counterpart in Paris on Monday.", origin="<warm-up>")
        shared_coder(self.settings)([warm_up])


def process_shard(spec: ShardSpec | dict, out_dir: str, settings: RunSettings | None = None) -> dict:
    """Code every item of the shard, write its parts, then its manifest; returns the manifest."""
    from dateline.store.batch import chunked

    spec = spec if isinstance(spec, ShardSpec) else ShardSpec.from_dict(spec)
    settings = settings or RunSettings()
    started = time.perf_counter()
    coder = shared_coder(settings)
    articles: list[Article] = []
    failures: list[dict] = []
    for chunk in chunked(read_shard(spec, settings.jsonl_fields), settings.batch_size):
        outcomes, _timings = coder(chunk)
        for item in outcomes:
            if isinstance(item, IntakeFailure):
                failures.append({"origin": item.origin, "reason": item.reason})
            elif item.status == "error":  # as the local ingest: reported, not stored
                failures.append({"origin": item.url or item.id, "reason": item.status_reason or "analysis error"})
            else:
                articles.append(item)
    files = write_shard_tables(out_dir, spec.id, tables_for(articles, spec.id))
    manifest = {
        "shard": spec.to_dict(),
        "settings": settings.to_dict(),
        "articles": len(articles),
        "coded": sum(a.status == "coded" for a in articles),
        "failures": failures,
        "files": files,
        "elapsed": round(time.perf_counter() - started, 4),
        "worker": f"{socket.gethostname()}:{os.getpid()}",
        "pipeline_version": __version__,
        "finished": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    write_json(manifest_path(out_dir, spec.id), manifest)
    quarantine_path(out_dir, spec.id).unlink(missing_ok=True)
    return manifest
