"""``dateline load PARQUET_DIR --db URL``: put a Parquet dataset of a Dask run into the store."""

from __future__ import annotations

import sys

import typer

from dateline.cli import app


@app.command()
def load(
    parquet_dir: str = typer.Argument(..., help="Dataset written by 'dateline ingest --engine dask'."),
    db: str | None = typer.Option(None, "--db", help="Database URL or SQLite path (default: dateline.db)."),
    reprocess: bool = typer.Option(False, "--reprocess", help="Replace articles stored already."),
) -> None:
    """Load the articles of a Parquet dataset into the store (idempotent: stored ones are skipped).

    'failed' counts input items that failed during the Dask run; they are recorded with the run.
    """
    from dateline.distributed import load_dataset

    counts = load_dataset(parquet_dir, db, replace=reprocess, progress=sys.stderr.isatty())
    typer.echo(", ".join(f"{n} {what}" for what, n in counts.items()))
