"""Dask scale-out benchmark (``make bench-dask``): the VOA corpus repeated to ≥ 4,000 articles.

Runs, in one invocation and on the same input: a LocalCluster with 2 worker processes writing the
Parquet dataset, ``dateline load`` of that dataset into SQLite, the local multiprocess path
(``dateline ingest --workers 2``) into another SQLite file, and a LocalCluster with 1 worker (on
``--single-articles`` of the input, to save time; the rate per article does not depend on the size).
Prints articles/s, 2-worker efficiency (2-worker speed ÷ (2 × 1-worker speed)), scheduler overhead
per shard, the Dask/local ratio and whether the two databases' ``dateline export --format jsonl``
are byte-identical after sorting their lines (the issue's bar), as a Markdown table and one JSON line.

Each copy of a story gets its own id and a copy marker appended to its last sentence, so
content-hash de-duplication cannot skip work; texts are otherwise unchanged.  ``--streamed`` adds a
2-worker Dask run that loads into SQLite while it codes (the ``--engine dask --db`` path).
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
                record = dict(story, id=f"{story['id']}-c{copy}", text=f"{story['text']} (Benchmark copy {copy}.)")
                out.write(json.dumps(record) + "\n")
    return copies * len(stories)


def dask_run(source: Path, work: Path, workers: int, shard_size: int, db: Path | None = None) -> dict:
    """One ``ingest_dask`` on a fresh LocalCluster; with ``db`` the dataset streams into SQLite."""
    from dateline.distributed import ingest_dask

    out = work / f"dask-{workers}w-{'db' if db else 'parquet'}"
    shutil.rmtree(out, ignore_errors=True)
    report = ingest_dask([str(source)], db_url=str(db) if db else None, scheduler="local", out_dir=out,
                         n_workers=workers, shard_size=shard_size, progress=sys.stderr.isatty())
    idle = report.run_seconds * workers - report.shard_seconds
    return {
        "workers": workers, "articles": report.articles, "shards": report.completed,
        "wall_s": round(report.elapsed, 2), "setup_s": round(report.setup_seconds, 2),
        "run_s": round(report.run_seconds, 2), "articles_per_s": round(report.articles / report.elapsed, 2),
        "run_articles_per_s": round(report.articles / report.run_seconds, 2),
        "overhead_per_shard_ms": round(1000 * idle / report.completed, 1) if report.completed else None,
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


def local_run(source: Path, db: Path, workers: int) -> dict | None:
    """The local multiprocess path (``dateline ingest --workers N``), timed end to end as a subprocess."""
    dateline = Path(sys.executable).parent / "dateline"
    probe = subprocess.run([str(dateline), "ingest", "--help"], check=False, capture_output=True, text=True)
    if probe.returncode != 0 or "--workers" not in probe.stdout:
        return None
    started = time.perf_counter()
    done = subprocess.run([str(dateline), "ingest", str(source), "--db", str(db), "--workers", str(workers),
                           "--no-progress"], check=False, capture_output=True, text=True)
    wall = time.perf_counter() - started
    from dateline.store import open_store

    with open_store(str(db)) as store:
        stored = store.count()
    return {"workers": workers, "exit": done.returncode, "articles": stored, "wall_s": round(wall, 2),
            "articles_per_s": round(stored / wall, 2)}


def load_run(dataset: Path, db: Path) -> dict:
    """``dateline load`` of a finished Parquet dataset into a fresh SQLite file, timed."""
    from dateline.distributed import load_dataset

    started = time.perf_counter()
    counts = load_dataset(dataset, str(db))
    return counts | {"wall_s": round(time.perf_counter() - started, 2)}


def compare_exports(first: Path, second: Path) -> dict:
    """Compare the ``dateline export --format jsonl`` of two databases, lines sorted: byte identity,
    and when they differ, how many articles and which top-level fields."""
    from collections import Counter

    from dateline.export import export
    from dateline.store import open_store

    texts = []
    for db in (first, second):
        out = db.with_suffix(".jsonl")
        with open_store(str(db)) as store:
            export(store, "jsonl", out)
        texts.append(b"".join(sorted(out.read_bytes().splitlines(keepends=True))))
    result = {"identical": texts[0] == texts[1] and bool(texts[0]), "bytes": len(texts[0]),
              "articles": [texts[0].count(b"\n"), texts[1].count(b"\n")]}
    if not result["identical"]:
        by_id = [{json.loads(line)["id"]: json.loads(line) for line in text.splitlines()} for text in texts]
        differing = [k for k in by_id[0] if by_id[0][k] != by_id[1].get(k)]
        fields: Counter[str] = Counter()
        for k in differing:
            fields.update(f for f in by_id[0][k] if by_id[0][k][f] != (by_id[1].get(k) or {}).get(f))
        result |= {"differing_articles": len(differing), "differing_fields": dict(fields)}
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=4000, help="input size (VOA repeated)")
    parser.add_argument("--single-articles", type=int, default=None,
                        help="input size of the 1-worker run (default: --articles; smaller saves time)")
    parser.add_argument("--shard-size", type=int, default=50)
    parser.add_argument("--skip-local", action="store_true", help="do not time 'dateline ingest --workers 2'")
    parser.add_argument("--streamed", action="store_true",
                        help="also time a 2-worker Dask run that loads into SQLite while coding")
    parser.add_argument("--json", type=Path, default=None, help="also write the results here after each run")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="dateline-bench-dask-"))
    result: dict = {"shard_size": args.shard_size, "cpus": os.cpu_count()}

    def record(name: str, value) -> None:
        result[name] = value
        result["loadavg_1m"] = [*result.get("loadavg_1m", []), round(os.getloadavg()[0], 2)]
        if args.json:
            args.json.write_text(json.dumps(result, indent=1))

    try:
        source = work / "voa-repeated.jsonl"
        record("input_articles", build_input(args.articles, source))
        record("dask_2w", dask_run(source, work, 2, args.shard_size))
        record("load_dask_2w", load_run(work / "dask-2w-parquet", work / "dask-2w.db"))
        if not args.skip_local:
            local = local_run(source, work / "local-2w.db", 2)
            record("local_2w", local)
            if local:
                record("dask_vs_local", round(result["dask_2w"]["articles_per_s"] / local["articles_per_s"], 3))
                with_load = result["dask_2w"]["wall_s"] + result["load_dask_2w"]["wall_s"]
                record("dask_and_load_vs_local", round(local["wall_s"] / with_load, 3))
                record("jsonl_export", compare_exports(work / "dask-2w.db", work / "local-2w.db"))
        single = source
        if args.single_articles:
            single = work / "voa-single.jsonl"
            record("single_input_articles", build_input(args.single_articles, single))
        record("dask_1w", dask_run(single, work, 1, args.shard_size))
        record("efficiency", round(result["dask_2w"]["articles_per_s"] / (2 * result["dask_1w"]["articles_per_s"]), 3))
        record("run_efficiency", round(result["dask_2w"]["run_articles_per_s"]
                                       / (2 * result["dask_1w"]["run_articles_per_s"]), 3))
        if args.streamed:
            record("dask_2w_db", dask_run(source, work, 2, args.shard_size, db=work / "dask-2w-streamed.db"))
        record("noop_task_ms", round(noop_round_trip(), 2))
        print_table(result)
        print(json.dumps(result))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def print_table(r: dict) -> None:
    print("| run | articles | wall s | articles/s | start-up s | coding s | overhead/shard ms |")
    print("|---|---|---|---|---|---|---|")
    names = {"dask_1w": "Dask LocalCluster, 1 worker → Parquet", "dask_2w": "Dask LocalCluster, 2 workers → Parquet",
             "dask_2w_db": "Dask LocalCluster, 2 workers → Parquet + SQLite (streamed)"}
    for key, name in names.items():
        if key in r:
            x = r[key]
            print(f"| {name} | {x['articles']} | {x['wall_s']} | {x['articles_per_s']} | {x['setup_s']} | "
                  f"{x['run_s']} | {x['overhead_per_shard_ms']} |")
    x = r["load_dask_2w"]
    print(f"| `dateline load` of the 2-worker dataset → SQLite | {x['inserted']} | {x['wall_s']} | | | | |")
    if r.get("local_2w"):
        x = r["local_2w"]
        print(f"| local `dateline ingest --workers 2` → SQLite | {x['articles']} | {x['wall_s']} | "
              f"{x['articles_per_s']} | | | |")
    print(f"\n2-worker efficiency {r['efficiency']} (coding phase only: {r['run_efficiency']}); "
          f"Dask ÷ local {r.get('dask_vs_local')} (with the load into SQLite: {r.get('dask_and_load_vs_local')}); sorted JSONL exports (Dask-loaded vs local): "
          f"{r.get('jsonl_export')}; no-op task round trip {r['noop_task_ms']} ms; "
          f"load average after each run {r['loadavg_1m']}")


if __name__ == "__main__":
    main()
