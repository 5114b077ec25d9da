"""Evaluation suites run by ``dateline eval SUITE --data DIR``.

Each suite registers a function ``run(data_dir, **options) -> Report``; the CLI prints the report
as a Rich table plus one JSON line of metrics so runs can be logged and compared.
"""

from dateline.eval.registry import Report, get_suite, register, suites

__all__ = ["Report", "get_suite", "register", "suites"]
