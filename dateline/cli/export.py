"""``dateline export --format gdelt|plover|jsonl|csv|parquet``: the event database as files."""

from __future__ import annotations

from enum import Enum

import typer

from dateline.cli import app
from dateline.cli.extract import parse_date
from dateline.store.engine import DEFAULT_URL


class ExportFormat(str, Enum):
    gdelt = "gdelt"
    plover = "plover"
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


@app.command("export")
def export_command(
    fmt: ExportFormat = typer.Option(..., "--format", "-f", help="gdelt (TSV, grouped), plover (JSONL), "
                                     "jsonl (articles), csv or parquet (events)."),
    output: str = typer.Option("-", "--output", "-o", help="File to write; '-' = standard output."),
    db: str = typer.Option(DEFAULT_URL, "--db", help="Database URL or SQLite path."),
    start: str | None = typer.Option(None, "--from", help="First event day YYYY-MM-DD."),
    end: str | None = typer.Option(None, "--to", help="Last event day YYYY-MM-DD."),
    actor: str | None = typer.Option(None, "--actor", help="Either side: code, country or part of a name."),
    source: str | None = typer.Option(None, "--source", help="Source actor: code, country or name part."),
    target: str | None = typer.Option(None, "--target", help="Target actor: code, country or name part."),
    country: str | None = typer.Option(None, "--country", help="Either side's country (ISO alpha-3)."),
    code: str | None = typer.Option(None, "--code", help="CAMEO code prefix, e.g. 04 or 042."),
    root: str | None = typer.Option(None, "--root", help="CAMEO root code, e.g. 19."),
    quad_class: int | None = typer.Option(None, "--quad-class", min=1, max=4, help="QuadClass 1-4."),
    plover_type: str | None = typer.Option(None, "--plover-type", help="PLOVER event type, e.g. CONSULT."),
    modality: str | None = typer.Option(None, "--modality", help="negated, future, hypothetical, historical, "
                                        "reported or asserted."),
    grouped: bool = typer.Option(False, "--grouped", help="csv/parquet: one row per GDELT-style event group."),
) -> None:
    """Export events (filtered) for pandas, R, DuckDB or GDELT/PLOVER pipelines."""
    from dateline.export import export
    from dateline.store import open_store
    from dateline.store.queries import EventFilter

    try:
        flt = EventFilter(start=parse_date(start), end=parse_date(end), actor=actor, source=source, target=target,
                          country=country, code=code, root=root, quad_class=quad_class, plover_type=plover_type,
                          modality=modality)
    except ValueError as err:
        raise typer.BadParameter(str(err)) from None
    if fmt is ExportFormat.parquet and output == "-":
        raise typer.BadParameter("parquet is a binary format: give an output file", param_hint="--output")
    if grouped and fmt in (ExportFormat.jsonl, ExportFormat.plover):
        raise typer.BadParameter(f"{fmt.value} exports single events or articles", param_hint="--grouped")
    with open_store(db, readonly=True) as store:
        rows = export(store, fmt.value, output, flt, grouped=grouped)
    typer.echo(f"exported {rows} {'articles' if fmt is ExportFormat.jsonl else 'rows'} as {fmt.value}"
               + ("" if output == "-" else f" to {output}"), err=True)
