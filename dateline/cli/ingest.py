"""``dateline ingest INPUT… --db URL``: code a pile of news into the event database.

Idempotent and resumable (see :mod:`dateline.store.batch`); ``--workers N`` codes in N processes;
``--engine dask`` hands the run to :func:`dateline.distributed.ingest_dask`.  Exit code 0 when every
input was stored or skipped, 4 when some failed (each logged with its reason), 5 for store errors.
"""

from __future__ import annotations

import contextlib
import glob
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from dateline import __version__
from dateline.cli import app
from dateline.cli.extract import ONE_SIDED_HELP, actor_options, event_options, parse_date
from dateline.errors import EXIT_SOME_FAILED, InputError, StoreError
from dateline.store.engine import DEFAULT_URL


class Engine(str, Enum):
    local = "local"
    dask = "dask"


class RateColumn(ProgressColumn):
    """Articles per second since the start (Rich's own speed column smooths over a short window)."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        rate = task.completed / elapsed if elapsed > 0 else 0.0
        return Text(f"{rate:5.1f} articles/s", style="progress.data.speed")


def estimate_total(inputs: list[str]) -> int | None:
    """How many documents the inputs hold, for the ETA: files in folders, lines of JSONL; None when
    a container (WARC, feeds, URLs) can only be counted by reading it."""
    total = 0
    for name in inputs:
        path = Path(name)
        if path.is_dir():
            total += sum(1 for p in path.rglob("*") if p.is_file())
        elif path.suffix == ".jsonl" and path.is_file():
            with path.open("rb") as handle:
                total += sum(1 for line in handle if line.strip())
        elif path.is_file() and path.suffix not in (".warc", ".gz", ".xml", ".rss", ".atom"):
            total += 1
        else:
            return None
    return total


def check_inputs(inputs: list[str]) -> None:
    for name in inputs:
        if "://" not in name and name != "-" and not glob.has_magic(name) and not Path(name).exists():
            raise InputError(f"{name}: no such file or directory")


@app.command()
def ingest(
    inputs: list[str] = typer.Argument(..., help="Files, folders, JSONL, WARC, feeds or URLs."),
    db: str = typer.Option(DEFAULT_URL, "--db", help="Database URL (sqlite:///file.db, postgresql://…) or path."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Coding processes."),
    reprocess: bool = typer.Option(False, "--reprocess", help="Recode stored articles and replace their records."),
    date: str | None = typer.Option(None, "--date", help="Publication date YYYY-MM-DD for inputs without one."),
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Articles coded per chunk (spaCy parses at most 12 at a time)."),
    engine: Engine = typer.Option(Engine.local, "--engine", help="local processes or a Dask cluster."),
    scheduler: str = typer.Option("local", "--scheduler", help="With --engine dask: 'local' or tcp://host:8786."),
    progress: bool | None = typer.Option(None, "--progress/--no-progress", help="Progress bar (default: on a TTY)."),
    learn: bool = typer.Option(False, "--learn/--no-learn", help="Learn actors' roles from the inputs (one worker)."),
    kb: str | None = typer.Option(None, "--kb", help="Knowledge base JSON file: read if it exists; --learn saves to it."),
    one_sided: bool = typer.Option(False, "--one-sided", help=ONE_SIDED_HELP),
) -> None:
    """Code news into the event database: skips stored content, resumes after a crash."""
    check_inputs(inputs)
    if learn and (workers > 1 or engine is Engine.dask):
        raise typer.BadParameter("--learn needs one local worker: parallel workers would each learn a different base")
    pipeline_opts = {**actor_options(learn, kb), **event_options(one_sided)}
    published = parse_date(date)
    console = Console(stderr=True)
    show = console.is_terminal if progress is None else progress
    if engine is Engine.dask:
        _ingest_dask(inputs, db, scheduler, workers, show, event_options(one_sided))
        return
    from dateline.store import open_store
    from dateline.store.batch import ingest as run_ingest
    from dateline.store.versions import lexicon_versions

    store = open_store(db)
    options = {"workers": workers, "reprocess": reprocess, "batch_size": batch_size, "date": date, **pipeline_opts}
    run_id = store.start_run(inputs=list(inputs), options=options, pipeline_version=__version__,
                             lexicon_versions=lexicon_versions(), workers=workers)
    report, status = None, "failed"
    try:
        with _progress_bar(console, estimate_total(inputs), show) as advance:
            report = run_ingest(inputs, store, workers=workers, reprocess=reprocess, batch_size=batch_size,
                                published=published, run_id=run_id, options=pipeline_opts,
                                on_outcome=lambda outcome: _log_outcome(console, outcome, advance))
        status = "finished"
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    finally:
        with contextlib.suppress(StoreError):  # the original error matters more than the run record
            store.finish_run(run_id, status=status, counts=_counts(report), timings=_timings(report))
        store.close()
    c = report.counts
    typer.echo(f"ingested into {store.where}: {c['inserted']} new, {c['replaced']} replaced, "
               f"{c['skipped']} already stored, {c['failed']} failed; {report.elapsed:.1f}s "
               f"({report.rate():.1f} articles/s, {report.words / max(report.elapsed, 1e-9):.0f} words/s)",
               err=True)
    if c["failed"]:
        raise typer.Exit(EXIT_SOME_FAILED)


def _counts(report) -> dict[str, int]:
    return {k: report.counts[k] for k in ("inserted", "replaced", "skipped", "failed")} if report else {}


def _timings(report) -> dict[str, float]:
    return {**report.timings, "total": report.elapsed} if report else {}


def _log_outcome(console: Console, outcome, advance) -> None:
    from dateline.intake.base import IntakeFailure

    if isinstance(outcome, IntakeFailure):
        where = "" if outcome.reason.startswith(outcome.origin) else f"{outcome.origin}: "
        console.print(f"dateline: warning: {where}{outcome.reason}", markup=False, highlight=False,
                      soft_wrap=True)
    advance()


class _progress_bar:
    """A Rich bar with articles/s and ETA; a no-op when not shown (pipes, tests)."""

    def __init__(self, console: Console, total: int | None, show: bool):
        self.progress = Progress(
            SpinnerColumn(), TextColumn("coding"), BarColumn(), MofNCompleteColumn(), RateColumn(),
            TextColumn("ETA"), TimeRemainingColumn(), TimeElapsedColumn(), console=console, disable=not show,
            transient=False)
        self.total = total

    def __enter__(self):
        self.progress.start()
        task = self.progress.add_task("coding", total=self.total)
        return lambda: self.progress.advance(task)

    def __exit__(self, *exc) -> None:
        self.progress.stop()


def _ingest_dask(inputs: list[str], db: str, scheduler: str, workers: int, show: bool, options: dict) -> None:
    from dateline.distributed import ingest_dask

    report = ingest_dask(inputs, db_url=db, scheduler=scheduler, n_workers=workers, progress=show, options=options)
    typer.echo(report.summary(), err=True)
    if report.exit_code:
        raise typer.Exit(report.exit_code)

