"""Load a Parquet dataset into the store, idempotently and as a local ingest would have stored it.

Each Article is rebuilt from the lossless JSON column and saved through the store, whose save is
idempotent by content hash: loading the same dataset twice (or a resumed dataset again) stores every
article once.  Near-duplicate groups span the whole corpus, so they are assigned here, in input
order, with the store's own index (seeded with what is stored already), exactly as the local ingest
assigns them before saving.  During ``ingest_dask(..., db_url=...)`` the driver saves each shard as
soon as it and every shard before it are finished, so loading overlaps with coding.
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

from dateline import __version__
from dateline.distributed.dataset import completed_manifests, iter_shard_articles
from dateline.distributed.progress import shard_progress
from dateline.errors import InputError


class StoreLoader:
    """Saves finished shards into the store, recorded as one run (engine 'dask', command 'load')."""

    def __init__(self, out_dir: str | Path, db_url: str | None, replace: bool = False):
        from dateline.store import open_store
        from dateline.store.batch import duplicate_index

        self.out_dir = Path(out_dir)
        self.replace = replace
        self.started = time.perf_counter()
        self.store = open_store(db_url)
        self.run_id = self.store.start_run(inputs=[str(out_dir)], options={"replace": replace},
                                           pipeline_version=__version__, lexicon_versions={}, engine="dask",
                                           command="load")
        self.duplicates = duplicate_index(self.store)
        self.outcomes: Counter[str] = Counter()
        self.failures: list[tuple[str, str]] = []

    def save_shard(self, manifest: dict) -> int:
        """Save the shard's articles and record its failed items; returns the number of articles."""
        from dateline.store import ArticleConflict

        self.failures.extend((f["origin"], f["reason"]) for f in manifest["failures"])
        count = 0
        for article in iter_shard_articles(self.out_dir, manifest):
            self.duplicates.assign(article)
            try:
                self.outcomes[self.store.save(article, replace=self.replace, run_id=self.run_id)] += 1
            except ArticleConflict as conflict:
                self.failures.append((article.url or article.id, str(conflict)))
            count += 1
        return count

    def finish(self, status: str = "finished") -> dict:
        """Record the failures and the run; returns counts by outcome."""
        for origin, reason in self.failures:
            self.store.record_failure(self.run_id, origin, reason)
        counts = {k: self.outcomes[k] for k in ("inserted", "replaced", "skipped")} | {"failed": len(self.failures)}
        self.store.finish_run(self.run_id, status=status, counts=counts,
                              timings={"load": round(time.perf_counter() - self.started, 3)})
        self.store.close()
        return counts


def load_dataset(out_dir: str | Path, db_url: str | None, replace: bool = False, progress: bool = False) -> dict:
    """Save every finished article of the dataset into the store; returns counts by outcome."""
    manifests = completed_manifests(out_dir)
    if not manifests:
        raise InputError(f"{out_dir}: no finished shards (not a dateline Parquet dataset, or nothing done yet)")
    loader = StoreLoader(out_dir, db_url, replace)
    status = "failed"
    try:
        with shard_progress(sum(m["articles"] for m in manifests.values()), progress, label="loading") as advance:
            for manifest in manifests.values():
                advance(loader.save_shard(manifest))
        status = "finished"
    finally:
        counts = loader.finish(status)
    return counts
