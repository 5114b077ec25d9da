"""The one unit of work of a scaled-out run: process a shard, write its Parquet parts and manifest.

:func:`process_shard` is pure in the sense that matters for retries: its output depends only on the
shard spec and the pipeline, it writes nothing outside the shard's own files, and every file is
replaced atomically.  Running it twice (a worker died after writing, the scheduler retried) leaves
exactly the same dataset as running it once.  Local and Dask runs call the same function.
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

_pipelines: dict[tuple, object] = {}


def shared_pipeline(options: dict | None = None):
    """One Pipeline (and spaCy model) per process and option set, built on first use."""
    from dateline.pipeline import Pipeline

    key = tuple(sorted((options or {}).items()))
    if key not in _pipelines:
        _pipelines[key] = Pipeline(**(options or {}))
    return _pipelines[key]


@dataclass
class RunSettings:
    """How every shard of a run is read and coded: Pipeline options (e.g. batch_size), intake's JSONL
    field-name overrides, and a publication date for inputs without one.  Recorded in each manifest,
    so a rerun with other settings recodes shards instead of keeping stale ones."""

    options: dict = field(default_factory=dict)
    jsonl_fields: dict | None = None
    published: dt.date | None = None

    def to_dict(self) -> dict:
        return {"options": self.options, "jsonl_fields": self.jsonl_fields,
                "published": self.published.isoformat() if self.published else None}


class PipelinePlugin(WorkerPlugin):
    """Load the model and every stage's lexicons when a worker starts (and restarts), by coding one
    short text, so no shard pays for loading."""

    name = "dateline-pipeline"

    def __init__(self, options: dict | None = None):
        self.options = options or {}

    def setup(self, worker) -> None:
        warm_up = RawDocument(data="The foreign minister met his counterpart in Paris on Monday.", origin="<warm-up>")
        list(shared_pipeline(self.options).run([warm_up]))


def process_shard(spec: ShardSpec | dict, out_dir: str, settings: RunSettings | None = None) -> dict:
    """Code every item of the shard, write its parts, then its manifest; returns the manifest."""
    spec = spec if isinstance(spec, ShardSpec) else ShardSpec.from_dict(spec)
    settings = settings or RunSettings()
    started = time.perf_counter()
    pipeline = shared_pipeline(settings.options)
    articles: list[Article] = []
    failures: list[dict] = []
    for item in pipeline.run(read_shard(spec, settings.jsonl_fields), published=settings.published):
        if isinstance(item, IntakeFailure):
            failures.append({"origin": item.origin, "reason": item.reason})
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
