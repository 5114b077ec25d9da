"""Load a Parquet dataset into the store, idempotently and as a local ingest would have stored it.

Each Article is rebuilt from the lossless JSON column and saved through the store, whose save is
idempotent by content hash: loading the same dataset twice (or a resumed dataset again) stores every
article once.  Near-duplicate groups span the whole corpus, so they are assigned here, in input
order, with the store's own index (seeded with what is stored already), exactly as the local ingest
assigns them before saving.  The load is recorded as a run (engine 'dask', command 'load'), with the
input items that failed during the distributed run as its failures.
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

from dateline import __version__
from dateline.distributed.dataset import completed_manifests, iter_articles
from dateline.distributed.progress import shard_progress
from dateline.errors import InputError


def load_dataset(out_dir: str | Path, db_url: str | None, replace: bool = False, progress: bool = False) -> dict:
    """Save every finished article of the dataset into the store; returns counts by outcome."""
    from dateline.store import ArticleConflict, open_store
    from dateline.store.batch import duplicate_index

    manifests = completed_manifests(out_dir)
    if not manifests:
        raise InputError(f"{out_dir}: no finished shards (not a dateline Parquet dataset, or nothing done yet)")
    started = time.perf_counter()
    failures = [(f["origin"], f["reason"]) for m in manifests.values() for f in m["failures"]]
    outcomes: Counter[str] = Counter()
    with open_store(db_url) as store:
        run_id = store.start_run(inputs=[str(out_dir)], options={"replace": replace}, pipeline_version=__version__,
                                 lexicon_versions={}, engine="dask", command="load")
        duplicates = duplicate_index(store)
        with shard_progress(sum(m["articles"] for m in manifests.values()), progress, label="loading") as advance:
            for article in iter_articles(out_dir):
                duplicates.assign(article)
                try:
                    outcomes[store.save(article, replace=replace, run_id=run_id)] += 1
                except ArticleConflict as conflict:
                    failures.append((article.url or article.id, str(conflict)))
                advance(1)
        for origin, reason in failures:
            store.record_failure(run_id, origin, reason)
        counts = {k: outcomes[k] for k in ("inserted", "replaced", "skipped")} | {"failed": len(failures)}
        store.finish_run(run_id, status="finished", counts=counts,
                         timings={"load": round(time.perf_counter() - started, 3)})
    return counts
