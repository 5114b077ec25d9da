"""Plain word lists of the events stage (``dateline/data/events/*.txt``), read once per process."""

from __future__ import annotations

from functools import cache
from importlib import resources


def data_lines(name: str) -> list[str]:
    """The non-empty, non-comment lines of a data file, stripped."""
    text = resources.files("dateline.data.events").joinpath(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def word_list(name: str) -> frozenset[str]:
    """A one-word-per-line file as a lower-case set."""
    return frozenset(line.lower() for line in data_lines(name))


@cache
def pledged_threats() -> dict[str, tuple[str, bool]]:
    """Verbs whose pledge is a threat: lemma → (CAMEO code, whether an election race voids it)
    (``pledged_threats.tsv``)."""
    rows = (line.split("\t") for line in data_lines("pledged_threats.tsv"))
    return {row[0]: (row[1], "race" in row[2:]) for row in rows}


@cache
def summary_nouns() -> dict[str, str]:
    """Nouns appended to a clause that sum it up: lemma → "statement" (made by the sentence's speaker)
    or "act" (done by a reported clause's subject) (``summary_nouns.tsv``)."""
    return dict(line.split("\t")[:2] for line in data_lines("summary_nouns.tsv"))


@cache
def partner_acts() -> dict[str, str]:
    """CAMEO code prefixes → "partner" (an act done to or with another party), "reciprocal" (one
    several actors may also do among themselves) or "recipient" (a gift whose recipient, when named,
    must be found) (``partner_acts.tsv``)."""
    return dict(line.split("\t")[:2] for line in data_lines("partner_acts.tsv"))


@cache
def private_parties() -> dict[str, frozenset[str]]:
    """"sector" → the CAMEO sectors of parties with no public office, "own-act" → the code prefixes of
    acts such a party does in its own right (``private_parties.tsv``)."""
    kinds: dict[str, set[str]] = {"sector": set(), "own-act": set()}
    for line in data_lines("private_parties.tsv"):
        kind, value = line.split("\t")[:2]
        kinds[kind].add(value)
    return {kind: frozenset(values) for kind, values in kinds.items()}
