"""Registry of evaluation suites; each suite module registers itself on import."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from dateline.errors import DataError


@dataclass
class Report:
    """What a suite measured: headline metrics (the JSON line) and table rows (breakdowns)."""

    suite: str
    metrics: dict[str, float | int | str]
    rows: list[dict] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)


Suite = Callable[..., Report]
_SUITES: dict[str, Suite] = {}
#: suite name → module that registers it; imported lazily so one suite's dependencies never slow another.
_MODULES = {
    "extraction": "dateline.eval.extraction",
    "actors": "dateline.eval.actors",
    "events": "dateline.eval.events",
    "quotes": "dateline.eval.quotes",
}


def register(name: str) -> Callable[[Suite], Suite]:
    def deco(fn: Suite) -> Suite:
        _SUITES[name] = fn
        return fn

    return deco


def suites() -> list[str]:
    return sorted(_MODULES)


def get_suite(name: str) -> Suite:
    if name not in _MODULES:
        raise DataError(f"unknown eval suite {name!r}; choose one of: {', '.join(suites())}")
    try:
        importlib.import_module(_MODULES[name])
    except ModuleNotFoundError as exc:
        raise DataError(f"eval suite {name!r} is not available yet ({exc.name} missing)") from exc
    return _SUITES[name]


def require_dir(path: Path, what: str) -> Path:
    if not path.is_dir():
        raise DataError(f"{what} data not found at {path}")
    return path
