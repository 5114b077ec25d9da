"""``dateline eval SUITE --data DIR``: measure against public gold data; a table and one JSON line."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from dateline.cli import app
from dateline.eval import get_suite, suites


@app.command("eval")
def evaluate(
    suite: str = typer.Argument(..., metavar="SUITE", help="Suite: " + ", ".join(suites())),
    data: Path = typer.Option(..., "--data", help="Directory with the gold data of the suite."),
    variant: str | None = typer.Option(None, "--suite", help="Sub-suite, e.g. events: petrarch-unit or plover-gsr."),
    option: list[str] = typer.Option([], "--set", help="Other suite option KEY=VALUE (e.g. --set split=train)."),
    limit: int | None = typer.Option(None, "--limit", help="Score only the first N items."),
) -> None:
    """Run an evaluation suite and print its metrics."""
    options = dict(kv.split("=", 1) for kv in option if "=" in kv)
    if variant is not None:
        options["suite"] = variant
    if limit is not None:
        options["limit"] = limit
    report = get_suite(suite)(data, **options)
    console = Console()
    if report.rows:
        table = Table(title=f"dateline eval {suite}")
        columns = report.columns or list(report.rows[0])
        for col in columns:
            table.add_column(col)
        for row in report.rows:
            table.add_row(*(_fmt(row.get(c)) for c in columns))
        console.print(table)
    print(json.dumps({"suite": report.suite, **report.metrics}, sort_keys=True))


def _fmt(value) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value if value is not None else "")
