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
def line_cues() -> re.Pattern:
    """One alternation of every cue, a named group per cue (``<reason>__<n>``), matched against the
    whole line: a single regex pass per line keeps the cleaner fast."""
    parts = []
    for number, line in enumerate(_data("line_cues.tsv").splitlines()):
        if line.strip() and not line.startswith("#"):
            reason, regex = line.split("\t", 1)
            parts.append(f"(?P<{reason.replace('-', '_')}__{number}>{regex})")
    return re.compile("|".join(parts), re.IGNORECASE)


@lru_cache(maxsize=1)
def inline_cues() -> list[tuple[str, re.Pattern]]:
    """(reason, pattern) of page furniture that a flattened page runs into a line of text."""
    cues = []
    for line in _data("inline_cues.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            reason, regex = line.split("\t", 1)
            cues.append((reason, re.compile(regex, re.IGNORECASE)))
    return cues


def inline_furniture(line: str) -> list[tuple[int, int, str]]:
    """(start, end, reason) of the widgets run into ``line``, in order and not overlapping."""
    found = sorted((m.start(), m.end(), reason) for reason, cue in inline_cues() for m in cue.finditer(line)
                   if m.group().strip())
    spans: list[tuple[int, int, str]] = []
    for start, end, reason in found:
        if not spans or start >= spans[-1][1]:
            spans.append((start, end, reason))
    return spans


@lru_cache(maxsize=1)
def english_stopwords() -> frozenset[str]:
    return frozenset(w.strip() for w in _data("stopwords-en.txt").splitlines() if w.strip())


@lru_cache(maxsize=1)
def sentence_openers() -> frozenset[str]:
    """Words that open a sentence, as written ("The", "In"): a section heading run into the next
    sentence ends before one (``dateline.nlp.breaks``)."""
    return frozenset(w.strip() for w in _data("sentence_openers.txt").splitlines() if w.strip() and not w.startswith("#"))


def cue_reason(line: str, n_words: int) -> str | None:
    """Why a short line is page furniture, or None."""
    if n_words > MAX_CUE_WORDS:
        return None
    found = line_cues().fullmatch(line)
    return found.lastgroup.split("__")[0].replace("_", "-") if found else None
