"""`dateline ingest`: idempotent, resumable after SIGKILL, parallel, and robust to bad inputs."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dateline.errors import EXIT_SOME_FAILED, EXIT_STORE

STORIES = [
    ("Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang on {day}. "
     "\"We support Russia,\" Kim said, according to the state news agency."),
    ("Ukraine accused Russia of shelling the city of Kharkiv on {day}, killing three civilians. "
     "Officials said rescue teams were searching the ruins."),
    ("Chinese Foreign Minister Wang Yi visited Tehran on {day} and promised economic aid to Iran. "
     "\"China stands with its partners,\" Wang told reporters."),
    ("Protesters gathered outside the parliament in Nairobi on {day}, demanding lower taxes. "
     "Police used tear gas to disperse the crowd, witnesses said."),
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def write_corpus(path: Path, n: int, extra_lines: tuple[str, ...] = ()) -> Path:
    """n distinct short stories as JSONL (plus raw extra lines, e.g. broken ones)."""
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            text = STORIES[i % len(STORIES)].format(day=DAYS[i % 7]) + f" Report number {i}."
            out.write(json.dumps({"id": f"t{i}", "title": f"Story {i}", "url": f"https://example.org/{i}",
                                  "published": "2024-06-19", "text": text}) + "\n")
        for line in extra_lines:
            out.write(line + "\n")
    return path


def ingest(*args: str, timeout: float = 300, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dateline", "ingest", "--no-progress", *args],
                          capture_output=True, text=True, timeout=timeout, check=False, **kw)


def check_complete(db: Path, expected: int) -> None:
    """Every article exactly once, and each stored article's rows match its full record."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT id, record FROM articles").fetchall()
        assert len(rows) == expected
        assert len({json.loads(record)["content_hash"] for _, record in rows}) == expected
        for table in ("events", "actors", "mentions", "quotes", "credits"):
            counts = dict(conn.execute(f"SELECT article_id, count(*) FROM {table} GROUP BY article_id"))
            orphans = set(counts) - {aid for aid, _ in rows}
            assert not orphans, f"{table} rows without an article: {orphans}"
            for aid, record in rows:
                assert counts.get(aid, 0) == len(json.loads(record)[table]), (table, aid)


def test_ingest_then_rerun_skips_everything(tmp_path):
    corpus, db = write_corpus(tmp_path / "c.jsonl", 6), tmp_path / "d.db"
    first = ingest(str(corpus), "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert "6 new" in first.stderr
    again = ingest(str(corpus), "--db", str(db))
    assert again.returncode == 0 and "6 already stored" in again.stderr, again.stderr
    check_complete(db, 6)
    with sqlite3.connect(db) as conn:
        runs = conn.execute("SELECT status, articles_inserted, articles_skipped, pipeline_version, "
                            "lexicon_versions, timings FROM runs ORDER BY id").fetchall()
    assert [r[:3] for r in runs] == [("finished", 6, 0), ("finished", 0, 6)]
    assert runs[0][3] and json.loads(runs[0][4]) and "analyse" in json.loads(runs[0][5])


def test_one_sided_ingest_keeps_acts_without_their_other_party(tmp_path):
    """``--one-sided`` reaches the workers: the cooperation with nobody named is stored, and the run
    records the option."""
    corpus, db = tmp_path / "c.jsonl", tmp_path / "d.db"
    corpus.write_text(json.dumps({"id": "a1", "published": "2024-06-19", "text": "Russian President Vladimir Putin "
                                  "cooperated on the project on Tuesday, the Kremlin said."}) + "\n")
    roots = []
    for flags in ((), ("--one-sided", "--reprocess", "--workers", "2")):
        proc = ingest(str(corpus), "--db", str(db), *flags)
        assert proc.returncode == 0, proc.stderr
        with sqlite3.connect(db) as conn:
            roots.append({r for (r,) in conn.execute("SELECT code FROM events")})
            options = json.loads(conn.execute("SELECT options FROM runs ORDER BY id DESC").fetchone()[0])
    assert not any(c.startswith("06") for c in roots[0]) and any(c.startswith("06") for c in roots[1])
    assert options.get("one_sided") is True


def test_reprocess_replaces_and_workers_agree(tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", 8)
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    assert ingest(str(corpus), "--db", str(one)).returncode == 0
    parallel = ingest(str(corpus), "--db", str(two), "--workers", "2")
    assert parallel.returncode == 0, parallel.stderr
    redo = ingest(str(corpus), "--db", str(one), "--reprocess")
    assert redo.returncode == 0 and "8 replaced" in redo.stderr, redo.stderr
    check_complete(one, 8)
    records = []
    for db in (one, two):
        with sqlite3.connect(db) as conn:
            records.append(dict(conn.execute("SELECT id, record FROM articles")))
    assert records[0] == records[1]


def test_bad_items_are_logged_and_the_batch_goes_on(tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", 3, extra_lines=("{not json", json.dumps({"id": "e", "text": " "})))
    db = tmp_path / "d.db"
    proc = ingest(str(corpus), "--db", str(db))
    assert proc.returncode == EXIT_SOME_FAILED, proc.stderr
    assert "Traceback" not in proc.stderr
    warnings = [line for line in proc.stderr.splitlines() if line.startswith("dateline: warning:")]
    assert len(warnings) == 2 and any("c.jsonl:4" in w for w in warnings), proc.stderr
    check_complete(db, 3)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM failures").fetchone() == (2,)


def test_a_stage_crash_fails_only_that_article(tmp_path, monkeypatch):
    from dateline import pipeline
    from dateline.store import open_store
    from dateline.store.batch import ingest as run_ingest

    real = pipeline.find_dates

    def fragile(article, doc, ctx):
        if "Kharkiv" in article.text:
            raise RuntimeError("stage bug")
        return real(article, doc, ctx)

    monkeypatch.setattr(pipeline, "find_dates", fragile)
    corpus = write_corpus(tmp_path / "c.jsonl", 8)
    with open_store(str(tmp_path / "d.db")) as store:
        report = run_ingest([str(corpus)], store, chunk_size=8)
        assert (report.counts["inserted"], report.failed) == (6, 2)
        assert all("stage bug" in f.reason for f in report.failures)


def test_unreachable_database_exits_with_store_code(tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", 1)
    proc = ingest(str(corpus), "--db", "postgresql://x:y@127.0.0.1:1/none")
    assert proc.returncode == EXIT_STORE
    assert "Traceback" not in proc.stderr and "cannot open" in proc.stderr


def test_missing_input_is_an_input_error(tmp_path):
    proc = ingest(str(tmp_path / "absent.jsonl"), "--db", str(tmp_path / "d.db"))
    assert proc.returncode == 3 and "no such file" in proc.stderr


def test_concurrent_ingests_into_one_sqlite_file(tmp_path):
    corpus, db = write_corpus(tmp_path / "c.jsonl", 10), tmp_path / "d.db"
    cmd = [sys.executable, "-m", "dateline", "ingest", "--no-progress", str(corpus), "--db", str(db)]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [(p.wait(timeout=300), p.stderr.read()) for p in procs]
    assert all(code == 0 for code, _ in results), results
    check_complete(db, 10)


def kill_and_resume(tmp_path: Path, corpus: Path, rng: random.Random, workers: int) -> None:
    """Start an ingest, SIGKILL its whole process group at a random moment, then finish the job."""
    db = tmp_path / f"k{rng.random():.6f}.db"
    cmd = [sys.executable, "-m", "dateline", "ingest", "--no-progress", str(corpus), "--db", str(db),
           "--workers", str(workers), "--batch-size", "4"]  # small batches: stored all along the run
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    time.sleep(rng.uniform(0.2, 6.0))
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    done = ingest(str(corpus), "--db", str(db))
    assert done.returncode == 0, done.stderr
    check_complete(db, 30)


@pytest.mark.parametrize("seed,workers", [(1, 1), (2, 2), (3, 1)])
def test_sigkill_then_resume_stores_every_article_once(tmp_path, seed, workers):
    kill_and_resume(tmp_path, write_corpus(tmp_path / "c.jsonl", 30), random.Random(seed), workers)


def test_near_duplicates_share_a_group_across_runs(tmp_path):
    from dateline.store import open_store
    from dateline.store.batch import ingest as run_ingest

    base = " ".join(STORIES[i].format(day="Monday") for i in range(4))
    first = tmp_path / "first.jsonl"
    first.write_text(json.dumps({"id": "orig", "text": base}) + "\n"
                     + json.dumps({"id": "other", "text": STORIES[1].format(day="Friday")}) + "\n")
    later = tmp_path / "later.jsonl"
    later.write_text(json.dumps({"id": "copy", "text": base + " The story was updated."}) + "\n")
    with open_store(str(tmp_path / "d.db")) as store:
        run_ingest([str(first)], store)
        run_ingest([str(later)], store)  # a new run: the index is seeded from the store
        groups = {i: store.load_article(i).duplicate_group for i in ("orig", "other", "copy")}
    assert groups["copy"] == groups["orig"] != groups["other"]
