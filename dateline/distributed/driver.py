"""Run shards on Dask: a LocalCluster on this machine, or any scheduler by address (SLURM, Kubernetes).

The driver only plans, submits and records: every shard runs :func:`process_shard` on a worker, which
writes the dataset itself.  Finished shards (a manifest on disk) are skipped, so a run stopped by a
lost scheduler, Ctrl-C or a crash is resumed by running the same command again.  A shard that fails
every attempt (its exception, or killing the workers it runs on) is quarantined with the reason and
the run goes on; the run then ends with a non-zero exit code.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
import traceback
import uuid
from collections.abc import Callable, Iterable
from concurrent.futures import CancelledError
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from dateline.distributed.dataset import completed_manifests, quarantine_path, write_json
from dateline.distributed.load import StoreLoader
from dateline.distributed.progress import shard_progress
from dateline.distributed.shards import ShardSpec, plan_shards
from dateline.distributed.work import PipelinePlugin, RunSettings, process_shard
from dateline.errors import EXIT_OK, EXIT_SOME_FAILED, SchedulerError

DEFAULT_OUT_DIR = "dateline-parquet"


@dataclass
class RunReport:
    """What a run did; ``exit_code`` is non-zero when shards were quarantined or items failed."""

    out_dir: str
    scheduler: str
    shards: int = 0
    skipped: int = 0
    completed: int = 0
    articles: int = 0
    failed_items: list[dict] = field(default_factory=list)
    quarantined: list[dict] = field(default_factory=list)
    elapsed: float = 0.0
    setup_seconds: float = 0.0
    run_seconds: float = 0.0
    shard_seconds: float = 0.0
    workers: int = 0
    loaded: dict | None = None

    @property
    def exit_code(self) -> int:
        return EXIT_SOME_FAILED if self.quarantined or self.failed_items else EXIT_OK

    def summary(self) -> str:
        rate = self.articles / self.elapsed if self.elapsed else 0.0
        lines = [(f"{self.articles} articles from {self.completed} shards in {self.elapsed:.1f}s "
                  f"({rate:.1f} articles/s); {self.skipped} shards already done; dataset: {self.out_dir}")]
        if self.failed_items:
            lines.append(f"{len(self.failed_items)} input items failed (see {self.out_dir}/_manifests)")
        for entry in self.quarantined:
            lines.append(f"quarantined shard {entry['shard']['id']}: {entry['reason']}")
        if self.loaded is not None:
            lines.append(f"store: {self.loaded}")
        return "\n".join(lines)


def ingest_dask(
    inputs: Iterable[str],
    db_url: str | None = None,
    scheduler: str = "local",
    out_dir: str | Path = DEFAULT_OUT_DIR,
    n_workers: int = 2,
    shard_size: int = 50,
    retries: int = 2,
    batch_size: int = 32,
    options: dict | None = None,
    jsonl_fields: dict | None = None,
    published: dt.date | None = None,
    replace: bool = False,
    progress: bool = True,
    connect_timeout: float | None = None,
) -> RunReport:
    """Code ``inputs`` on Dask into a Parquet dataset at ``out_dir``; then load it into ``db_url`` if given.

    ``scheduler`` is ``"local"`` (a LocalCluster of ``n_workers`` single-threaded processes) or the
    address of a running scheduler (``tcp://host:8786``), whose workers must have dateline installed
    and see the input and output paths.  Raises :class:`SchedulerError` when the scheduler cannot be
    reached (within ``connect_timeout`` seconds, default Dask's ``distributed.comm.timeouts.connect``)
    or goes away; what finished is kept and the same call resumes.  ``batch_size``, ``options``
    (Pipeline options), ``jsonl_fields`` and ``published`` are as in a local run; ``replace``
    replaces stored articles when loading (``--reprocess``).
    """
    started = time.perf_counter()
    out = Path(out_dir)
    shards = plan_shards(inputs, shard_size)
    done = completed_manifests(out)
    settings = RunSettings(batch_size, options or {}, jsonl_fields, published)
    todo = [s for s in shards if not _finished(done.get(s.id), s, settings)]
    report = RunReport(out_dir=str(out), scheduler=scheduler, shards=len(shards), skipped=len(shards) - len(todo))
    loader = InOrderLoader(shards, done, StoreLoader(out, db_url, replace)) if db_url else None
    status = "failed"
    try:
        if todo:
            with connect(scheduler, n_workers, connect_timeout) as client:
                client.register_plugin(PipelinePlugin(settings))
                report.workers = len(client.scheduler_info(n_workers=-1)["workers"])
                report.setup_seconds = time.perf_counter() - started
                with shard_progress(sum(s.expected for s in todo), enabled=progress) as advance:
                    run_shards(client, todo, out, report, retries, settings, advance,
                               loader.add if loader else None)
                report.run_seconds = time.perf_counter() - started - report.setup_seconds
        if loader:
            loader.flush(final=True)
        status = "finished"
    finally:
        if loader:
            report.loaded = loader.store_loader.finish(status)
        report.elapsed = time.perf_counter() - started
        write_json(out / "_run.json", asdict(report) | {"finished": datetime.now(UTC).isoformat(timespec="seconds")})
    return report


class InOrderLoader:
    """Saves finished shards into the store in input order while later shards are still coded, so
    loading overlaps with coding and near-duplicate groups come out as in a local run."""

    def __init__(self, shards: list[ShardSpec], done: dict[str, dict], store_loader: StoreLoader):
        self.order = [s.seq for s in shards]
        self.ready: dict[int, dict | None] = {s.seq: done[s.id] for s in shards if s.id in done}
        self.next = 0
        self.store_loader = store_loader

    def add(self, spec: ShardSpec, manifest: dict | None) -> None:
        """A shard finished (``manifest``) or was quarantined (None)."""
        self.ready[spec.seq] = manifest
        self.flush()

    def flush(self, final: bool = False) -> None:
        while self.next < len(self.order) and (final or self.order[self.next] in self.ready):
            manifest = self.ready.pop(self.order[self.next], None)
            if manifest is not None:
                self.store_loader.save_shard(manifest)
            self.next += 1


def _finished(manifest: dict | None, spec: ShardSpec, settings: RunSettings) -> bool:
    return (manifest is not None and ShardSpec.from_dict(manifest["shard"]) == spec
            and manifest.get("settings") == settings.to_dict())


@contextmanager
def connect(scheduler: str, n_workers: int, timeout: float | None):
    """A Client on a fresh LocalCluster ('local') or on the scheduler at the given address."""
    from distributed import Client, LocalCluster

    with _quiet_dask_logs():
        if scheduler == "local":
            with LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                              silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
                yield client
            return
        try:
            client = Client(scheduler, **({"timeout": timeout} if timeout is not None else {}))
        except (OSError, TimeoutError, ValueError) as err:
            raise SchedulerError(f"cannot reach the Dask scheduler at {scheduler} ({_reason(err)})") from None
        try:
            yield client
        finally:
            client.close()


@contextmanager
def _quiet_dask_logs():
    """Dask logs a traceback when the scheduler goes away; the run reports it in one line instead."""
    logger = logging.getLogger("distributed")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def run_shards(client, shards: list[ShardSpec], out_dir: Path, report: RunReport, retries: int = 2,
               settings: RunSettings | None = None, advance: Callable[[int], None] = lambda n: None,
               on_shard: Callable[[ShardSpec, dict | None], None] | None = None) -> None:
    """Submit every shard, record manifests as they finish, quarantine shards that keep failing;
    ``on_shard(spec, manifest or None)`` is called for each shard as it ends."""
    from distributed import as_completed

    token = uuid.uuid4().hex[:8]
    futures = {
        client.submit(process_shard, spec.to_dict(), str(out_dir), settings, key=f"shard-{spec.id}-{token}",
                      retries=retries, pure=False): spec
        for spec in shards
    }
    for future in as_completed(futures):
        spec = futures[future]
        try:
            if future.status == "finished":
                manifest = future.result()
                report.completed += 1
                report.articles += manifest["articles"]
                report.failed_items.extend(manifest["failures"])
                report.shard_seconds += manifest["elapsed"]
                advance(manifest["articles"] + len(manifest["failures"]))
            elif future.status == "error":
                report.quarantined.append(_quarantine(out_dir, spec, future.exception(), future.traceback(), retries))
                manifest = None
                advance(spec.expected)
            else:
                _raise_lost(client, report)
        except CancelledError:  # the scheduler went away between reading the status and fetching the result
            _raise_lost(client, report)
        if on_shard:
            on_shard(spec, manifest)


def _quarantine(out_dir: Path, spec: ShardSpec, error: BaseException, tb, retries: int) -> dict:
    """Record why a shard failed for good: its own exception after ``retries`` retries, or Dask's
    KilledWorker after it took down ``allowed-failures`` + 1 workers."""
    import dask
    from distributed import KilledWorker

    if isinstance(error, KilledWorker):
        retries = dask.config.get("distributed.scheduler.allowed-failures")
    entry = {
        "shard": spec.to_dict(),
        "reason": _reason(error),
        "error": type(error).__name__,
        "attempts": retries + 1,
        "traceback": traceback.format_tb(tb)[-3:] if tb else [],
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    write_json(quarantine_path(out_dir, spec.id), entry)
    return entry


def _raise_lost(client, report: RunReport) -> None:
    done = report.completed + report.skipped
    # the client keeps trying to reconnect in the background and would log a traceback after our message
    logging.getLogger("distributed.client").setLevel(logging.CRITICAL)
    raise SchedulerError(
        f"lost the Dask scheduler {client.scheduler.address if client.scheduler else ''} mid-run "
        f"({done} of {report.shards} shards finished and kept in {report.out_dir}); run the same command "
        "again to resume") from None


def _reason(error: BaseException) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return f"{type(error).__name__}: {text}" if text else type(error).__name__
