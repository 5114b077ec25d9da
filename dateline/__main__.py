"""``python -m dateline`` is the CLI."""

from dateline.cli import main

main()
