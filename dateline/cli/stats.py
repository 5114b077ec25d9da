"""``dateline stats``: what is in the event database, as tables (or one JSON object)."""

from __future__ import annotations

import json

import typer
from rich.console import Console
from rich.table import Table

from dateline.cli import app
from dateline.store.engine import DEFAULT_URL


@app.command()
def stats(
    db: str = typer.Option(DEFAULT_URL, "--db", help="Database URL or SQLite path."),
    top: int = typer.Option(10, "--top", min=1, help="Rows in the top-dyads and top-speakers tables."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object instead of tables."),
) -> None:
    """Summarise the database: articles, events by QuadClass, top dyads, top speakers."""
    from dateline.store import open_store
    from dateline.store.stats import summary

    with open_store(db, readonly=True) as store:
        data = summary(store, top)
        where = store.where
    if as_json:
        typer.echo(json.dumps(data, ensure_ascii=False))
        return
    print_summary(data, where)


def print_summary(data: dict, where: str) -> None:
    console = Console()
    totals = data["totals"]
    first, last = data["published"]
    console.print(f"[bold]{where}[/bold]: {totals['articles']} articles ({first or '?'} to {last or '?'}), "
                  f"{totals['actors']} actors, {totals['events']} events, {totals['quotes']} quotes, "
                  f"{totals['failures']} failed inputs", highlight=False)
    console.print(_table("Articles by status", ["status", "articles"], data["articles_by_status"].items()))
    console.print(_table("Events by QuadClass", ["QuadClass", "events"], data["events_by_quad_class"].items()))
    console.print(_table("Top dyads", ["source", "target", "events", "mean Goldstein"],
                         [(d["source"], d["target"], d["events"], d["goldstein"]) for d in data["top_dyads"]],
                         labels=2))
    console.print(_table("Top speakers", ["speaker", "quotes"],
                         [(s["speaker"], s["quotes"]) for s in data["top_speakers"]]))
    run = data["last_run"]
    if run:
        total = run["timings"].get("total")
        console.print(f"last run #{run['id']} ({run['status']}, dateline {run['pipeline_version']}): "
                      f"{run['inserted']} new, {run['replaced']} replaced, {run['skipped']} skipped, {run['failed']} failed"
                      + (f" in {total:.1f}s" if total else ""), highlight=False)


def _table(title: str, columns: list[str], rows, labels: int = 1) -> Table:
    """A table whose first ``labels`` columns are text (left) and the rest numbers (right)."""
    table = Table(title=title, title_justify="left")
    for i, name in enumerate(columns):
        table.add_column(name, justify="right" if i >= labels else "left")
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    return table
