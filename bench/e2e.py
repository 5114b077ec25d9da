"""End-to-end throughput (`make bench`): the VOA corpus repeated to ≥ 2,000 articles, coded and stored.

Measured in one run, on the same texts:

1. the ceiling: bare ``nlp.pipe`` (the stock model pipeline plus the paragraph-break component, batch 32, one
   process) over the clean texts;
2. ``dateline ingest`` logic with 1 process (in this process, every stage timed);
3. ``dateline ingest --workers 2`` as a real subprocess, its process tree's RSS sampled.

Each copy of a story gets a two-word suffix on its last line so its content hash differs (otherwise the store would,
correctly, skip the repeats).  Prints a table and a Markdown block for docs/BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

import psutil

VOA = Path("/work/shared/corpora/voa/voa_stories.jsonl")
STAGES = ["prepare", "find_relays", "find_dates", "find_actors", "find_quotes", "code_events", "link_events"]


def build_corpus(path: Path, minimum: int) -> list[dict]:
    stories = [json.loads(line) for line in VOA.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = []
    copy = 0
    while len(records) < minimum:
        for story in stories:
            records.append(dict(story, id=f"{story['id']}-{copy}", text=f"{story['text']} Copy {copy}."))
        copy += 1
    with path.open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(r) + "\n" for r in records)
    return records


def clean_texts(corpus: Path) -> list[str]:
    """The clean texts the pipeline parses (so the ceiling parses exactly the same strings)."""
    from dateline.intake import read_inputs
    from dateline.pipeline import Pipeline

    pipeline = Pipeline()
    return [a.text for a in pipeline.prepare(read_inputs([str(corpus)])) if hasattr(a, "text")]


def ceiling(texts: list[str], batch_size: int) -> float:
    from dateline.nlp import load_stock_nlp

    nlp = load_stock_nlp()  # the model's own components, as shipped (the pipeline swaps in faster exact ones)
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - started


def timed_stages(totals: dict[str, float]) -> None:
    """Wrap the pipeline's stage functions (looked up as module globals at call time) with timers."""
    from dateline import pipeline

    def wrap(name, fn):
        def timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                totals[name] += time.perf_counter() - started
        return timed

    for name in STAGES:
        setattr(pipeline, name, wrap(name, getattr(pipeline, name)))


def in_process(corpus: Path, db: Path, batch_size: int) -> dict:
    from dateline.store import open_store
    from dateline.store.batch import ingest

    stages: dict[str, float] = defaultdict(float)
    timed_stages(stages)
    with open_store(str(db)) as store:
        started = time.perf_counter()
        report = ingest([str(corpus)], store, batch_size=batch_size)
        wall = time.perf_counter() - started
    analysed = report.timings["analyse"] - sum(v for k, v in stages.items() if k != "prepare")
    shares = {"parse (nlp.pipe)": analysed, **{k: v for k, v in stages.items()}, "store": report.timings["store"]}
    shares["other (intake, skip check)"] = max(wall - sum(shares.values()), 0.0)
    return {"wall": wall, "articles": report.counts["inserted"], "words": report.words,
            "failed": report.failed, "shares": {k: v / wall for k, v in shares.items()}}


def subprocess_run(corpus: Path, db: Path, workers: int, batch_size: int) -> dict:
    cmd = [sys.executable, "-m", "dateline", "ingest", "--no-progress", str(corpus), "--db", str(db),
           "--workers", str(workers), "--batch-size", str(batch_size)]
    started = time.perf_counter()
    proc = psutil.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0, 0, 0]  # whole process tree RSS, largest single process RSS, whole tree PSS
    done = threading.Event()

    def sample():
        while not done.is_set():
            try:
                tree = [p for p in (proc, *proc.children(recursive=True)) if p.is_running()]
                sizes = [p.memory_info().rss for p in tree]
                peak[0], peak[1] = max(peak[0], sum(sizes)), max(peak[1], *sizes)
                peak[2] = max(peak[2], sum(pss(p.pid) for p in tree))
            except psutil.Error:
                pass
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - started
    done.set()
    sampler.join()
    if proc.returncode not in (0, 4):
        raise SystemExit(f"ingest failed ({proc.returncode}): {err}")
    from dateline.store import open_store

    with open_store(str(db), readonly=True) as store:
        articles = store.count()
        words = store_words(store)
    return {"wall": wall, "articles": articles, "words": words, "peak_rss": peak[0], "peak_process": peak[1], "peak_pss": peak[2], "summary": err.strip()}


def pss(pid: int) -> int:
    """Proportional set size in bytes (shared pages split between the processes sharing them); 0 if
    the kernel does not say."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def store_words(store) -> int:
    import sqlalchemy as sa

    from dateline.store import schema

    with store.reading() as conn:
        return int(conn.execute(sa.select(sa.func.sum(schema.articles.c.word_count))).scalar() or 0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dateline-bench-") as tmp:
        work = Path(tmp)
        corpus = work / "corpus.jsonl"
        n = len(build_corpus(corpus, args.articles))
        texts = clean_texts(corpus)
        words = sum(len(t.split()) for t in texts)
        bare = ceiling(texts, args.batch_size)
        one = in_process(corpus, work / "one.db", args.batch_size)
        two = subprocess_run(corpus, work / "two.db", 2, args.batch_size)
    rss_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    if one["articles"] != n or two["articles"] != n:
        raise SystemExit(f"stored {one['articles']} and {two['articles']} of {n} articles: copies not distinct?")
    report(n, words, bare, one, two, rss_self, args)


def report(n: int, words: int, bare: float, one: dict, two: dict, rss_self: int, args) -> None:
    ceiling_rate = n / bare
    one_rate, two_rate = one["articles"] / one["wall"], two["articles"] / two["wall"]
    lines = [
        (f"Command: `make bench` (= `.venv/bin/python bench/e2e.py --articles {args.articles}`), "
         f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {platform.machine()}, "
         f"{psutil.cpu_count()} cores; corpus: VOA stories repeated to {n} articles, {words:,} words."),
        "",
        "| run | articles/s | words/s | ratio to ceiling | peak RSS |",
        "|---|---|---|---|---|",
        (f"| bare `nlp.pipe` ceiling (1 process, batch {args.batch_size}) | {ceiling_rate:.1f} | "
         f"{words / bare:,.0f} | 1.00 | — |"),
        (f"| end-to-end, 1 process (in-process ingest) | {one_rate:.1f} | {one['words'] / one['wall']:,.0f} | "
         f"{one_rate / ceiling_rate:.2f} | {rss_self / 2**20:,.0f} MiB (bench process) |"),
        (f"| end-to-end, `--workers 2` (CLI subprocess) | {two_rate:.1f} | {two['words'] / two['wall']:,.0f} | "
         f"{two_rate / ceiling_rate:.2f} | {two['peak_rss'] / 2**20:,.0f} MiB (process tree; largest process "
         f"{two['peak_process'] / 2**20:,.0f} MiB; tree PSS {two['peak_pss'] / 2**20:,.0f} MiB) |"),
        "",
        "Wall times include loading the model (and, for `--workers 2`, starting the worker processes).",
        f"Stored: {one['articles']} (1 process, {one['failed']} failed) and {two['articles']} (2 workers).",
        "",
        "Per-stage share of the 1-process wall time:",
        "",
        "| stage | share |",
        "|---|---|",
        *(f"| {stage} | {share:.1%} |" for stage, share in sorted(one["shares"].items(), key=lambda kv: -kv[1])),
    ]
    print("\n".join(lines))


if __name__ == "__main__":
    main()
