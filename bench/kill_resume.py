"""Kill-and-resume, many rounds (`make bench`): SIGKILL a real ingest at a random moment, restart it,
and check that every article is stored exactly once with no partial records.

The normal test suite runs three rounds (tests/test_ingest.py); this runs 20 by default, alternating
1 and 2 worker processes, over the first VOA stories cut to their opening sentences (the property
tested does not depend on article length; short stories keep 20 rounds affordable).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

VOA = Path("/work/shared/corpora/voa/voa_stories.jsonl")


def check(db: Path, expected: int) -> None:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT id, record FROM articles").fetchall()
        assert len(rows) == expected, f"{len(rows)} articles stored, expected {expected}"
        assert len({json.loads(r)["content_hash"] for _, r in rows}) == expected, "duplicate content"
        for table in ("events", "actors", "mentions", "quotes", "credits", "removed"):
            name = "removed_blocks" if table == "removed" else table
            counts = dict(conn.execute(f"SELECT article_id, count(*) FROM {name} GROUP BY article_id"))
            assert set(counts) <= {aid for aid, _ in rows}, f"orphan rows in {name}"
            for aid, record in rows:
                assert counts.get(aid, 0) == len(json.loads(record)[table]), f"partial {name} of {aid}"


def shorten(story: dict, chars: int) -> dict:
    end = story["text"].find(". ", chars)
    return story if end < 0 else dict(story, text=story["text"][: end + 1])


def stored(db: Path) -> int:
    """Articles in the database (0 when the ingest was killed before creating the schema)."""
    if not db.exists():
        return 0
    with sqlite3.connect(db) as conn:
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.OperationalError:
            return 0


def ingest(corpus: Path, db: Path, workers: int) -> list[str]:
    """Batches of 4 so that articles are stored all along the run, not only at its end."""
    return [sys.executable, "-m", "dateline", "ingest", "--no-progress", str(corpus), "--db", str(db),
            "--workers", str(workers), "--batch-size", "4"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--articles", type=int, default=30)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--chars", type=int, default=600, help="Cut each story at the sentence end after this.")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    lines = [json.dumps(shorten(json.loads(line), args.chars))
             for line in VOA.read_text(encoding="utf-8").splitlines()[: args.articles]]
    with tempfile.TemporaryDirectory(prefix="dateline-kill-") as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
        started = time.perf_counter()
        for round_no in range(1, args.rounds + 1):
            db = Path(tmp) / f"r{round_no}.db"
            workers = 1 + round_no % 2
            # kill once a random number of articles (0 = during start-up) is stored, plus a random
            # few milliseconds, so kills land before, between and inside article transactions
            target = rng.randrange(len(lines))
            proc = subprocess.Popen(ingest(corpus, db, workers), stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL, start_new_session=True)
            while proc.poll() is None and stored(db) < target:
                time.sleep(0.01)
            time.sleep(rng.uniform(0.0, 0.05))
            killed = proc.poll() is None
            if killed:
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            before = stored(db) if killed else None
            done = subprocess.run(ingest(corpus, db, 1), capture_output=True, text=True, check=False)
            assert done.returncode == 0, done.stderr
            check(db, len(lines))
            state = f"killed at {before} stored (aimed at {target})" if killed else "finished before the kill"
            print(f"round {round_no:2d} (workers {workers}): {state}; resumed → {len(lines)} exactly once")
        print(f"kill-and-resume: {args.rounds}/{args.rounds} rounds passed in {time.perf_counter() - started:.0f}s")


if __name__ == "__main__":
    main()
