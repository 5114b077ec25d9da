"""``dateline kb``: the actor knowledge base — import PETRARCH/Phoenix dictionaries, look names up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from dateline.actors.kb import curated_base
from dateline.actors.petrarch_dict import is_agent_file, read_lines
from dateline.cli import app
from dateline.errors import InputError

kb_app = typer.Typer(help="The actor knowledge base: curated, imported and learned actors with dated roles.",
                     no_args_is_help=True)
app.add_typer(kb_app, name="kb")

KB_OPTION = typer.Option(Path("dateline-kb.json"), "--kb", help="Knowledge-base file (JSON) to read and write.")
FILES_ARGUMENT = typer.Argument(..., help="PETRARCH/Phoenix .actors.txt dictionaries.")


def _open(path: Path):
    kb = curated_base()
    if path.is_file():
        try:
            kb.load(path)
        except (ValueError, KeyError) as err:
            raise InputError(f"{path}: not a dateline knowledge base ({err})") from err
    return kb


@kb_app.command("import-petrarch")
def import_petrarch(
    files: list[Path] = FILES_ARGUMENT,
    kb_path: Path = KB_OPTION,
) -> None:
    """Import actor dictionaries; unreadable lines are reported as FILE:LINE and skipped."""
    kb = _open(kb_path)
    total = 0
    for path in files:
        if not path.is_file():
            raise InputError(f"{path}: no such file")
        if is_agent_file(read_lines(path)):
            typer.echo(f"{path}: an AGENT dictionary (generic nouns), not actors; skipped", err=True)
            continue
        count, problems = kb.import_petrarch(path)
        for problem in problems:
            typer.echo(f"warning: {problem}", err=True)
        typer.echo(f"{path}: {count} actors, {len(problems)} lines skipped")
        total += count
    kb.save(kb_path)
    typer.echo(f"{kb_path}: {len(kb.entries)} actors in the knowledge base ({total} imported)")


@kb_app.command("show")
def show(
    name: str = typer.Argument(..., help="A name or alias, e.g. 'Putin'."),
    date: str | None = typer.Option(None, "--date", help="YYYY-MM-DD: which role was in force then."),
    kb_path: Path = KB_OPTION,
) -> None:
    """Show the actor a name resolves to, its aliases and dated roles."""
    try:
        when = dt.date.fromisoformat(date) if date else None
    except ValueError as err:
        raise InputError(f"--date {date!r}: expected YYYY-MM-DD") from err
    kb = _open(kb_path)
    hit = kb.lookup(name, when)
    if hit is None:
        raise InputError(f"{name!r}: not in the knowledge base")
    entry = hit.entry
    console = Console()
    console.print(f"[bold]{entry.name}[/bold] ({entry.kind}, {entry.source}, id {entry.id}, match {hit.score:.0f})")
    if entry.aliases:
        console.print("aliases: " + ", ".join(entry.aliases[:20]))
    table = Table("title", "country", "sector", "from", "to", "in force")
    for role in entry.roles:
        table.add_row(role.title, role.country or "", role.sector or "", str(role.start or ""), str(role.end or ""),
                      "✓" if hit.role == role else "")
    console.print(table)
    if hit.role and hit.role not in entry.roles:
        console.print(f"at {when}: {hit.role.title} ({hit.role.country}{hit.role.sector or ''})")
