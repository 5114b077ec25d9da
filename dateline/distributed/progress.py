"""The Rich progress bar of a distributed run (on stderr): articles done, articles/s, ETA."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text


class RateColumn(ProgressColumn):
    """Articles per second over the run so far (Rich's own speed column is bytes-oriented)."""

    def render(self, task) -> Text:
        speed = task.completed / task.elapsed if task.elapsed else 0.0
        return Text(f"{speed:.1f} articles/s", style="progress.data.speed")


@contextmanager
def shard_progress(total: int, enabled: bool = True, label: str = "coding") -> Iterator[Callable[[int], None]]:
    """Yield ``advance(n_articles)``; a no-op when disabled (tests, non-interactive callers)."""
    if not enabled:
        yield lambda n: None
        return
    columns = (TextColumn(label), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(), RateColumn(),
               TimeElapsedColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=False) as bar:
        task = bar.add_task(label, total=total or None)
        yield lambda n: bar.advance(task, n)
