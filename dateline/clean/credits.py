"""Wire credits of a page ("Izvor: Tanjug/", "(Reuters) -", "— AP", "Source: AFP", "Xinhua |").

A credit line names the agency that supplied the copy; it is page metadata, not article text, so it
is cut from the text and kept as a :class:`Credit` of kind ``wire``.  The line shapes are data
(``dateline/data/agencies/credit_patterns.tsv``); the agency must be in the agencies data file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from dateline.clean.agencies import load_agencies
from dateline.model import Credit, Provenance


@dataclass(frozen=True)
class CreditPattern:
    rule: str
    scope: str
    regex: re.Pattern


@dataclass
class CreditMatch:
    credit: Credit
    remainder: str  # the line without the credit ('' when the whole line was the credit)


@lru_cache(maxsize=1)
def credit_patterns() -> tuple[CreditPattern, ...]:
    alias = f"(?P<agency>{load_agencies().alias_pattern})"
    text = resources.files("dateline").joinpath("data/agencies/credit_patterns.tsv").read_text("utf-8")
    patterns = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rule, scope, regex = line.split("\t")
        body = regex.replace("{agency}", alias)
        anchored = {"line": f"(?:{body})", "prefix": f"(?:{body})", "suffix": f"(?:{body})$"}[scope]
        patterns.append(CreditPattern(rule, scope, re.compile(anchored)))
    return tuple(patterns)


@lru_cache(maxsize=1)
def _any_alias() -> re.Pattern:
    return re.compile(load_agencies().alias_pattern)


def match_credit(line: str) -> CreditMatch | None:
    """The wire credit carried by one stripped line, or None."""
    long = len(line) > 400
    if not _any_alias().search(line[:400] if long else line):
        return None
    for pattern in credit_patterns():
        if long and pattern.scope != "prefix":
            continue  # a long paragraph is prose; only its start can carry a credit ("(CNN)Malaysia has ...")
        if pattern.scope == "suffix":
            found = pattern.regex.search(line)
        elif pattern.scope == "line":
            found = pattern.regex.fullmatch(line)
        else:
            found = pattern.regex.match(line)
        if not found:
            continue
        agency = load_agencies().by_alias(found.group("agency"))
        credit = Credit(agency=agency.id, name=agency.name, alias=found.group("agency"), kind="wire",
                        provenance=Provenance(text=found.group(0).strip(), rule=pattern.rule, confidence=0.9))
        return CreditMatch(credit, _remainder(line, found, pattern.scope))
    return None


def _remainder(line: str, found: re.Match, scope: str) -> str:
    if scope == "line":
        return ""
    if scope == "suffix":
        return line[: found.start()].rstrip()
    keep = (found.groupdict().get("keep") or "").strip()
    rest = line[found.end():].lstrip()
    return f"{keep} — {rest}" if keep else rest
