"""``dateline extract INPUT...``: pages in, their records out as JSON or a readable summary.

Inputs are anything :func:`dateline.intake.read_inputs` reads: files (HTML, text, JSONL, WARC,
RSS/Atom, URL lists, gzip), directories, globs, URLs and '-' for stdin.  One article prints as one
indented JSON object; several print one JSON object per line.  A single unusable input is an error
(exit 3); in a batch each failure is a one-line warning and the exit code is 4.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from itertools import chain
from pathlib import Path

import typer

from dateline.cli import app
from dateline.errors import EXIT_SOME_FAILED, InputError
from dateline.intake.base import IntakeFailure
from dateline.model import Article


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


def parse_fields(pairs: list[str]) -> dict | None:
    """``--field text=body`` pairs → the JSONL field mapping."""
    fields = {}
    for pair in pairs:
        key, sep, name = pair.partition("=")
        if not sep or not key or not name:
            raise typer.BadParameter(f"expected OURS=THEIRS (e.g. text=body), got {pair!r}")
        fields[key.strip()] = name.strip()
    return fields or None


def actor_options(learn: bool, kb: str | None) -> dict:
    """Pipeline options of ``--learn`` and ``--kb`` (see :mod:`dateline.actors`)."""
    options: dict = {"learn": learn}
    if kb:
        path = Path(kb)
        if path.is_dir():
            raise typer.BadParameter(f"--kb needs a file path, {kb} is a directory")
        options["kb_path"] = str(path)
    return options


#: Help of ``--one-sided`` (extract and ingest).
ONE_SIDED_HELP = ("Keep records of acts on another party (meetings, aid, arrests ...) whose other party was not "
                  "found, and private parties' acts on no one; withheld by default "
                  "(dateline/data/events/partner_acts.tsv, private_parties.tsv).")


def event_options(one_sided: bool) -> dict:
    """Pipeline options of ``--one-sided`` (see :mod:`dateline.events.stage`)."""
    return {"one_sided": True} if one_sided else {}


def failure_message(failure: IntakeFailure) -> str:
    return failure.reason if failure.reason.startswith(failure.origin) else f"{failure.origin}: {failure.reason}"


@app.command()
def extract(
    inputs: list[str] = typer.Argument(..., help="Files, directories, globs, URLs, or '-' for standard input."),
    date: str | None = typer.Option(None, "--date", help="Publication date YYYY-MM-DD, anchors relative dates."),
    fmt: Format = typer.Option(Format.json, "--format", "-f", help="json (the Article) or pretty (tables)."),
    fetch: bool = typer.Option(False, "--fetch", help="Follow feed items and link-only JSONL records to their pages."),
    field: list[str] = typer.Option([], "--field", help="JSONL field name, OURS=THEIRS (e.g. text=body, published=date)."),
    learn: bool = typer.Option(False, "--learn/--no-learn", help="Learn actors' roles from the inputs (see --kb)."),
    kb: str | None = typer.Option(None, "--kb", help="Knowledge base JSON file: read if it exists; --learn saves to it."),
    one_sided: bool = typer.Option(False, "--one-sided", help=ONE_SIDED_HELP),
) -> None:
    """Extract actors, events, quotes and credits from news pages."""
    from dateline.actors import save_knowledge
    from dateline.intake import read_inputs
    from dateline.pipeline import Pipeline, default_pipeline

    published = parse_date(date)
    documents = read_inputs(inputs, fetch=fetch, jsonl_fields=parse_fields(field))
    options = {**actor_options(learn, kb), **event_options(one_sided)}
    pipeline = Pipeline(**options) if learn or kb or one_sided else default_pipeline()
    results = pipeline.run(documents, published=published)
    first, second = next(results, None), next(results, None)
    if second is None:
        _single(first, fmt)
        save_knowledge(pipeline.ctx)
        return
    failed = 0
    for item in chain([first, second], results):
        failed += _emit(item, fmt)
    save_knowledge(pipeline.ctx)
    if failed:
        raise typer.Exit(EXIT_SOME_FAILED)


def _single(item: Article | IntakeFailure | None, fmt: Format) -> None:
    if item is None:
        raise InputError("no input documents found")
    if isinstance(item, IntakeFailure):
        raise InputError(failure_message(item))
    _warn(item)
    if fmt is Format.json:
        typer.echo(item.to_json(indent=2))
    else:
        from dateline.cli.render import print_article

        print_article(item)


def _emit(item: Article | IntakeFailure, fmt: Format) -> int:
    """Print one batch item; returns 1 for a failure."""
    if isinstance(item, IntakeFailure):
        typer.echo(f"dateline: warning: {failure_message(item)}", err=True)
        return 1
    _warn(item)
    if fmt is Format.json:
        typer.echo(item.to_json())
    else:
        from dateline.cli.render import print_article

        print_article(item)
    return 0


def _warn(article: Article) -> None:
    for warning in article.warnings:
        typer.echo(f"dateline: warning: {warning}", err=True)
