"""``dateline extract PATH|-``: one page in, its records out as JSON or a readable summary."""

from __future__ import annotations

import datetime as dt
import sys
from enum import Enum
from pathlib import Path

import typer

from dateline.cli import app
from dateline.errors import InputError


class Format(str, Enum):
    json = "json"
    pretty = "pretty"


def parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"expected YYYY-MM-DD, got {value!r}") from None


def read_input(path: str) -> tuple[bytes, str]:
    """Bytes of PATH or stdin ('-'); encoding is decided later by the cleaner."""
    if path == "-":
        return sys.stdin.buffer.read(), "<stdin>"
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file")
    if p.is_dir():
        raise InputError(f"{path}: is a directory (use 'dateline ingest' for many files)")
    return p.read_bytes(), str(p)


@app.command()
def extract(
    path: str = typer.Argument(..., help="File to read, or '-' for standard input."),
    date: str | None = typer.Option(None, "--date", help="Publication date YYYY-MM-DD, anchors relative dates."),
    fmt: Format = typer.Option(Format.json, "--format", "-f", help="json (the Article) or pretty (tables)."),
) -> None:
    """Extract actors, events, quotes and credits from one news page."""
    from dateline.pipeline import extract as run_extract

    published = parse_date(date)
    data, origin = read_input(path)
    article = run_extract(data, published, origin=origin)
    for warning in article.warnings:
        typer.echo(f"dateline: warning: {warning}", err=True)
    if fmt is Format.json:
        typer.echo(article.to_json(indent=2))
    else:
        from dateline.cli.render import print_article

        print_article(article)
