"""Scale-out on Dask: shards, the unit of work, the Parquet dataset, and runs on a real LocalCluster."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from dateline.distributed import ShardSpec, ingest_dask, iter_articles, plan_shards, process_shard, read_table
from dateline.distributed.dataset import completed_manifests, quarantined
from dateline.distributed.driver import RunReport, run_shards
from dateline.distributed.tables import month_of
from dateline.errors import EXIT_SCHEDULER, EXIT_SOME_FAILED, SchedulerError
from dateline.model import Article

PEOPLE = ["Vladimir Putin", "Kim Jong Un", "Emmanuel Macron", "Olaf Scholz", "Narendra Modi", "Xi Jinping"]
PLACES = ["Moscow", "Pyongyang", "Paris", "Berlin", "New Delhi", "Beijing"]


def _story(i: int, paragraphs: int = 2) -> str:
    a, b = PEOPLE[i % 6], PEOPLE[(i + 1) % 6]
    para = (f"{a} met {b} in {PLACES[i % 6]} on Tuesday to discuss trade, story {i}. "
            f'"We expressed full support for the talks," {a} said. {b} will visit {PLACES[(i + 2) % 6]} next year.')
    return "\n\n".join([para] * paragraphs)


def write_jsonl(path: Path, n: int, paragraphs: int = 2) -> Path:
    lines = []
    for i in range(n):
        lines.append(json.dumps({"id": f"story-{i:03d}", "url": f"https://news.example/{i}", "title": f"Story {i}",
                                 "published": f"2024-0{1 + i % 3}-1{i % 9}", "text": _story(i, paragraphs)}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def jsonl_export(db: Path) -> str:
    from dateline.export import export
    from dateline.store import open_store

    out = db.with_suffix(".export.jsonl")
    with open_store(str(db)) as store:
        export(store, "jsonl", out)
    return out.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                      silence_logs=logging.ERROR) as local:
        yield local


def test_retried_shard_overwrites_its_own_part(tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", 4)
    (spec,) = plan_shards([str(path)], shard_size=10)
    out = tmp_path / "out"
    first = process_shard(spec, str(out))
    second = process_shard(spec.to_dict(), str(out))
    assert first["files"] == second["files"] and first["articles"] == 4
    articles = list(iter_articles(out))
    assert [a.id for a in articles] == [f"story-{i:03d}" for i in range(4)]  # input order across partitions
    assert {p.parent.name for p in (out / "articles").glob("*/*.parquet")} == {
        f"month={month_of(a)}" for a in articles} == {"month=2024-01", "month=2024-02", "month=2024-03"}
    assert read_table(out, "articles").num_rows == 4
    assert not list(out.rglob(".*.tmp"))


def test_dask_run_gives_the_same_records_as_the_local_path(tmp_path, cluster):
    from dateline.store import open_store
    from dateline.store.batch import ingest

    path = write_jsonl(tmp_path / "in.jsonl", 9)
    report = ingest_dask([str(path)], db_url=str(tmp_path / "dask.db"), scheduler=cluster.scheduler_address,
                         out_dir=tmp_path / "out", shard_size=2, progress=False)
    assert (report.completed, report.articles, report.exit_code) == (5, 9, 0)
    assert report.loaded["inserted"] == 9
    with open_store(str(tmp_path / "local.db")) as store:
        ingest([str(path)], store)
    assert jsonl_export(tmp_path / "dask.db") == jsonl_export(tmp_path / "local.db")
    articles = list(iter_articles(tmp_path / "out"))
    for table in ("actors", "events", "quotes"):
        assert read_table(tmp_path / "out", table).num_rows == sum(len(getattr(a, table)) for a in articles)


def test_loading_a_dataset_twice_stores_every_article_once(tmp_path, cluster):
    from dateline.distributed import load_dataset
    from dateline.store import open_store

    path = write_jsonl(tmp_path / "in.jsonl", 4)
    out = tmp_path / "out"
    ingest_dask([str(path)], scheduler=cluster.scheduler_address, out_dir=out, shard_size=3, progress=False)
    db = str(tmp_path / "store.db")
    assert load_dataset(out, db)["inserted"] == 4
    assert load_dataset(out, db) == {"inserted": 0, "replaced": 0, "skipped": 4, "failed": 0}
    with open_store(db) as store:
        assert store.count() == 4
    again = dateline_cli("load", str(out), "--db", db)
    assert again.returncode == 0 and "4 skipped" in again.stdout
    missing = dateline_cli("load", str(tmp_path / "nothing"), "--db", db)
    assert missing.returncode == 3 and "no finished shards" in missing.stderr and "Traceback" not in missing.stderr


def test_cli_unreachable_scheduler_exits_with_its_code(tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", 1)
    run = dateline_cli("ingest", str(path), "--db", str(tmp_path / "x.db"), "--engine", "dask",
                       "--scheduler", "tcp://127.0.0.1:9")
    assert run.returncode == EXIT_SCHEDULER, run.stderr
    assert "cannot reach the Dask scheduler" in run.stderr and "Traceback" not in run.stderr


def dateline_cli(*args: str) -> subprocess.CompletedProcess:
    env = os.environ | {"DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "1s"}
    return subprocess.run([sys.executable, "-m", "dateline", *args], capture_output=True, text=True, check=False,
                          timeout=120, env=env)


def test_partition_key_is_the_publication_month():
    assert month_of(Article(published=dt.date(2024, 6, 19))) == "2024-06"
    assert month_of(Article()) == "unknown"


def test_rerun_skips_finished_shards(tmp_path, cluster):
    path = write_jsonl(tmp_path / "in.jsonl", 4)
    out = tmp_path / "out"
    ingest_dask([str(path)], scheduler=cluster.scheduler_address, out_dir=out, shard_size=2, progress=False)
    again = ingest_dask([str(path)], scheduler=cluster.scheduler_address, out_dir=out, shard_size=2, progress=False)
    assert (again.skipped, again.completed) == (2, 0)
    assert read_table(out, "articles").num_rows == 4


def test_shard_failing_every_attempt_is_quarantined(tmp_path, cluster):
    from distributed import Client

    path = write_jsonl(tmp_path / "in.jsonl", 4)
    good = plan_shards([str(path)], shard_size=2)
    changed = ShardSpec(id="changed-input", kind="jsonl", paths=(str(path),), start=0, end=10 ** 7, expected=3)
    out = tmp_path / "out"
    report = RunReport(out_dir=str(out), scheduler=cluster.scheduler_address, shards=3)
    with Client(cluster.scheduler_address) as client:
        run_shards(client, [*good, changed], out, report, retries=1)
    assert report.completed == 2 and report.exit_code == EXIT_SOME_FAILED
    (entry,) = quarantined(out)
    assert entry["shard"]["id"] == "changed-input" and entry["attempts"] == 2
    assert "changed since the run was planned" in entry["reason"]
    assert read_table(out, "articles").num_rows == 4


def test_unreachable_scheduler_is_a_clear_error(tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", 2)
    with pytest.raises(SchedulerError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9") as err:
        ingest_dask([str(path)], scheduler="tcp://127.0.0.1:9", out_dir=tmp_path / "out", connect_timeout=1,
                    progress=False)
    assert err.value.exit_code == EXIT_SCHEDULER


def _in_background(target) -> tuple[threading.Thread, dict]:
    outcome: dict = {}

    def run():
        try:
            outcome["report"] = target()
        except Exception as err:  # noqa: BLE001 - handed to the test thread
            outcome["error"] = err

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, outcome


def test_a_result_cancelled_as_the_scheduler_goes_is_a_lost_scheduler(tmp_path, monkeypatch):
    """The scheduler may go between a shard's "finished" status and the fetch of its result: Dask then
    raises FutureCancelledError, which the run reports as the lost scheduler it is."""
    import distributed
    from distributed.client import FutureCancelledError

    class Fetched:  # a shard that finished just before the scheduler went away
        status = "finished"

        def result(self):
            raise FutureCancelledError(key="shard-a", reason="scheduler-connection-lost")

    class Client:
        scheduler = None

        def submit(self, *args, **kwargs):
            return Fetched()

    monkeypatch.setattr(distributed, "as_completed", list)
    spec = ShardSpec(id="a", kind="jsonl", paths=(str(tmp_path / "in.jsonl"),), expected=1)
    report = RunReport(out_dir=str(tmp_path), scheduler="tcp://gone", shards=1)
    with pytest.raises(SchedulerError, match="run the same command again to resume"):
        run_shards(Client(), [spec], tmp_path, report)


def test_scheduler_lost_mid_run_keeps_output_and_resumes(tmp_path, cluster):
    from distributed import LocalCluster

    path = write_jsonl(tmp_path / "in.jsonl", 12, paragraphs=3)
    out = tmp_path / "out"
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=":0",
                      silence_logs=logging.ERROR) as doomed:
        thread, outcome = _in_background(lambda: ingest_dask(
            [str(path)], scheduler=doomed.scheduler_address, out_dir=out, shard_size=2, progress=False))
        _wait_for(lambda: completed_manifests(out))
    thread.join(60)
    assert isinstance(outcome.get("error"), SchedulerError), outcome
    assert "run the same command again to resume" in str(outcome["error"])
    kept = len(completed_manifests(out))
    assert 0 < kept < 6
    resumed = ingest_dask([str(path)], scheduler=cluster.scheduler_address, out_dir=out, shard_size=2, progress=False)
    assert resumed.skipped == kept and resumed.completed == 6 - kept
    assert sorted(read_table(out, "articles").column("article_id").to_pylist()) == [f"story-{i:03d}" for i in range(12)]


def test_worker_killed_mid_shard_every_article_exactly_once(tmp_path, cluster):
    from distributed import Client

    path = write_jsonl(tmp_path / "in.jsonl", 16, paragraphs=12)
    out = tmp_path / "out"
    with Client(cluster.scheduler_address) as client:
        thread, outcome = _in_background(lambda: ingest_dask(
            [str(path)], scheduler=cluster.scheduler_address, out_dir=out, shard_size=2, progress=False))

        def busy_worker():
            running = client.run(lambda dask_worker: [str(ts.key) for ts in dask_worker.state.executing])
            return next((addr for addr, keys in running.items() if any("shard-" in k for k in keys)), None)

        victim = _wait_for(busy_worker)
        pid = client.run(os.getpid, workers=[victim])[victim]
        os.kill(pid, signal.SIGKILL)
        thread.join(120)
    assert "error" not in outcome, outcome
    report = outcome["report"]
    assert report.exit_code == 0 and not report.quarantined
    ids = read_table(out, "articles").column("article_id").to_pylist()
    assert sorted(ids) == [f"story-{i:03d}" for i in range(16)]


def _wait_for(probe, timeout: float = 60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = probe()
        if value:
            return value
        time.sleep(0.02)
    raise AssertionError("condition not reached in time")
