"""Boilerplate cue lists (``dateline/data/boilerplate/``): which page-furniture line is which."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

#: Cues only judge short lines: a long line that starts like a widget is still prose.
MAX_CUE_WORDS = 30


def _data(name: str) -> str:
    return resources.files("dateline").joinpath(f"data/boilerplate/{name}").read_text("utf-8")


@lru_cache(maxsize=1)
def line_cues() -> tuple[tuple[str, re.Pattern], ...]:
    """(reason, pattern) pairs; one alternation per reason, matched against the whole line."""
    by_reason: dict[str, list[str]] = {}
    for line in _data("line_cues.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            reason, regex = line.split("\t", 1)
            by_reason.setdefault(reason, []).append(f"(?:{regex})")
    return tuple((reason, re.compile("|".join(parts), re.I)) for reason, parts in by_reason.items())


@lru_cache(maxsize=1)
def english_stopwords() -> frozenset[str]:
    return frozenset(w.strip() for w in _data("stopwords-en.txt").splitlines() if w.strip())


def cue_reason(line: str, n_words: int) -> str | None:
    """Why a short line is page furniture, or None."""
    if n_words > MAX_CUE_WORDS:
        return None
    for reason, pattern in line_cues():
        if pattern.fullmatch(line):
            return reason
    return None
