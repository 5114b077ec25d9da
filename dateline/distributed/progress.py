"""The Rich progress bar of a distributed run: articles done, articles/s, ETA."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)


class RateColumn(TextColumn):
    """Articles per second over the run so far (Rich's own speed column is bytes-oriented)."""

    def __init__(self):
        super().__init__("")

    def render(self, task):
        from rich.text import Text

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
    with Progress(*columns, transient=False) as bar:
        task = bar.add_task(label, total=total or None)
        yield lambda n: bar.advance(task, n)
