"""The command-line door: a thin Typer adapter over the pipeline, store and evaluation suites.

Each command group lives in its own module and registers itself on ``app``; user errors become a
one-line message and a distinct exit code (see :mod:`dateline.errors`), never a traceback.
"""

from __future__ import annotations

import importlib
import sys

import typer
from typer._click.exceptions import ClickException

from dateline.errors import EXIT_USAGE, DatelineError

app = typer.Typer(
    name="dateline",
    help="Who did what to whom, when and where, who said what, and through which source.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

#: command modules; each defines its commands on ``app`` when imported.
COMMAND_MODULES = [
    "dateline.cli.extract",
    "dateline.cli.evaluate",
    "dateline.cli.load",
    "dateline.cli.ingest",
    "dateline.cli.export",
    "dateline.cli.stats",
    "dateline.cli.serve",
    "dateline.cli.kb",
]

for _module in COMMAND_MODULES:
    importlib.import_module(_module)


def main() -> None:
    """Entry point: run the app and turn DatelineError into its exit code."""
    try:
        code = app(standalone_mode=False)  # without standalone mode click returns typer.Exit's code
        if isinstance(code, int) and code:
            sys.exit(code)
    except DatelineError as err:
        typer.echo(f"dateline: error: {err}", err=True)
        sys.exit(err.exit_code)
    except typer.Abort:
        sys.exit(130)
    except ClickException as err:  # usage errors: bad option values, missing arguments
        err.show()
        sys.exit(EXIT_USAGE)
    except BrokenPipeError:  # `dateline extract … | head` closed the pipe: not an error
        sys.exit(0)
