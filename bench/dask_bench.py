"""Dask scale-out benchmark (``make bench-dask``): the VOA corpus repeated to ≥ 4,000 articles.

Runs, in one invocation and on the same input: a LocalCluster with 1 worker process, with 2 worker
processes, and the local multiprocess path (``dateline ingest --workers 2``) when it is installed.
Prints articles/s, 2-worker efficiency (2-worker speed ÷ (2 × 1-worker speed)), scheduler overhead
per shard and the Dask/local ratio, as a Markdown table and one JSON line.

Each copy of a story gets its own id and a one-line copy marker, so content-hash de-duplication
cannot skip work; texts are otherwise unchanged.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

VOA = Path(os.environ.get("DATELINE_VOA", "/work/shared/corpora/voa/voa_stories.jsonl"))


def build_input(target: int, path: Path) -> int:
    stories = [json.loads(line) for line in VOA.read_text(encoding="utf-8").splitlines() if line.strip()]
    copies = -(-target // len(stories))
    with path.open("w", encoding="utf-8") as out:
        for copy in range(copies):
            for story in stories:
                record = dict(story, id=f"{story['id']}-c{copy}", text=f"{story['text']}\n\n(Copy {copy}.)")
                out.write(json.dumps(record) + "\n")
    return copies * len(stories)


def dask_run(source: Path, work: Path, workers: int, shard_size: int, db: str | None = None) -> dict:
    from dateline.distributed import ingest_dask

    out = work / f"dask-{workers}w"
    shutil.rmtree(out, ignore_errors=True)
    started = time.perf_counter()
    report = ingest_dask([str(source)], db_url=db, scheduler="local", out_dir=out, n_workers=workers,
                         shard_size=shard_size, progress=sys.stderr.isatty())
    wall = time.perf_counter() - started
    shards = report.completed
    idle = report.run_seconds * workers - report.shard_seconds
    return {
        "workers": workers, "articles": report.articles, "shards": shards, "wall_s": round(wall, 2),
        "setup_s": round(report.setup_seconds, 2), "run_s": round(report.run_seconds, 2),
        "articles_per_s": round(report.articles / wall, 2),
        "run_articles_per_s": round(report.articles / report.run_seconds, 2),
        "overhead_per_shard_ms": round(1000 * idle / shards, 1) if shards else None,
        "quarantined": len(report.quarantined), "loaded": report.loaded,
    }


def noop_round_trip(n: int = 200) -> float:
    """Milliseconds per trivial task through a 1-worker LocalCluster: the scheduler's floor."""
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=":0",
                      silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        client.submit(int, 0).result()
        started = time.perf_counter()
        for i in range(n):
            client.submit(int, i, pure=False).result()
        return 1000 * (time.perf_counter() - started) / n


def local_run(source: Path, work: Path, workers: int) -> dict | None:
    """The store helper's local multiprocess path, timed end to end as a subprocess."""
    dateline = Path(sys.executable).parent / "dateline"
    probe = subprocess.run([str(dateline), "ingest", "--help"], capture_output=True, text=True)
    if probe.returncode != 0 or "--workers" not in probe.stdout:
        return None
    db = work / f"local-{workers}w.db"
    db.unlink(missing_ok=True)
    started = time.perf_counter()
    done = subprocess.run([str(dateline), "ingest", str(source), "--db", str(db), "--workers", str(workers)],
                          capture_output=True, text=True)
    wall = time.perf_counter() - started
    from dateline.store import open_store

    with open_store(str(db)) as store:
        stored = store.count()
    return {"workers": workers, "exit": done.returncode, "articles": stored, "wall_s": round(wall, 2),
            "articles_per_s": round(stored / wall, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=4000)
    parser.add_argument("--shard-size", type=int, default=50)
    parser.add_argument("--skip-local", action="store_true", help="do not time 'dateline ingest --workers 2'")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="dateline-bench-dask-"))
    try:
        source = work / "voa-repeated.jsonl"
        n = build_input(args.articles, source)
        one = dask_run(source, work, 1, args.shard_size)
        two = dask_run(source, work, 2, args.shard_size)
        two_db = dask_run(source, work, 2, args.shard_size, db=str(work / "dask-2w.db"))
        local = None if args.skip_local else local_run(source, work, 2)
        result = {
            "input_articles": n, "cpus": os.cpu_count(), "loadavg_1m": round(os.getloadavg()[0], 2),
            "dask_1w": one, "dask_2w": two, "dask_2w_with_load": two_db, "local_2w": local,
            "efficiency": round(two["articles_per_s"] / (2 * one["articles_per_s"]), 3),
            "run_efficiency": round(two["run_articles_per_s"] / (2 * one["run_articles_per_s"]), 3),
            "noop_task_ms": round(noop_round_trip(), 2),
        }
        if local:
            result["dask_vs_local"] = round(two_db["articles_per_s"] / local["articles_per_s"], 3)
        print_table(result)
        print(json.dumps(result))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def print_table(r: dict) -> None:
    print("| run | articles | wall s | articles/s | setup s | overhead/shard ms |")
    print("|---|---|---|---|---|---|")
    for name in ("dask_1w", "dask_2w", "dask_2w_with_load"):
        x = r[name]
        print(f"| {name} | {x['articles']} | {x['wall_s']} | {x['articles_per_s']} | {x['setup_s']} | "
              f"{x['overhead_per_shard_ms']} |")
    if r["local_2w"]:
        x = r["local_2w"]
        print(f"| local_2w (dateline ingest --workers 2) | {x['articles']} | {x['wall_s']} | {x['articles_per_s']} | | |")
    print(f"\nefficiency {r['efficiency']} (steady-state {r['run_efficiency']}); "
          f"dask/local {r.get('dask_vs_local')}; no-op task {r['noop_task_ms']} ms; loadavg {r['loadavg_1m']}")


if __name__ == "__main__":
    main()
