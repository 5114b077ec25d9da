"""The regular-expression grammar of English time expressions in news text.

Cheap patterns run before anything else: they catch almost every expression news uses ("last
year", "on Friday", "September 12 to 17", "in 2000", "two weeks ago") and say exactly which parts
were written, so resolution needs no guessing.  Month and weekday names are matched case-sensitively
("May" the month, not "may" the verb); the function words around them are case-insensitive.
Each :class:`Rule` names its pattern; the rule id ends up in the provenance of every TimeRef.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

_MONTH_ABBREVIATIONS = {"Sept": 9}
MONTHS: dict[str, int] = {name: i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name: i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS.update(_MONTH_ABBREVIATIONS)
WEEKDAYS: dict[str, int] = {name: i for i, name in enumerate(calendar.day_name)}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a few": 3, "several": 3}

_month_alt = "|".join(sorted((m for m in MONTHS if len(m) > 3 or m == "May"), key=len, reverse=True))
_abbr_alt = "|".join(sorted((m for m in MONTHS if len(m) <= 4 and m != "May"), key=len, reverse=True))
MONTH = rf"(?:{_month_alt}|(?:{_abbr_alt})\.?)"
WEEKDAY = "(?:" + "|".join(WEEKDAYS) + ")"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
YEAR = r"(?:1[6-9]\d\d|20\d\d)(?!\d)"
NUMBER = r"(?:\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
UNIT = r"(?:day|week|month|year|decade)s?"
DASH = r"\s*(?:-|–|—)\s*"
#: "from May 3 to 5" or "May 3-5"; "and" only after "between" ("May 3 and 5 soldiers" is no range)
RANGE_START = r"(?:(?i:(?P<between>between)|from)\s+)?"
RANGE_JOIN = rf"(?:{DASH}|\s+(?i:to|through|until|till)\s+|(?(between)\s+(?i:and)\s+|(?!)))"
#: Northern-hemisphere meteorological seasons: first month and length in months
SEASONS = {"spring": (3, 3), "summer": (6, 3), "autumn": (9, 3), "fall": (9, 3), "winter": (12, 3)}
SEASON = "(?i:" + "|".join(SEASONS) + ")"
QUALIFIER = r"(?i:(?P<qual>earlier|later|late|early|mid|the\s+end\s+of|the\s+beginning\s+of)[\s-]+)"


@dataclass(frozen=True)
class Rule:
    id: str
    pattern: re.Pattern
    #: a bare form (e.g. a year alone) is only trusted when spaCy also tagged it DATE
    needs_entity: bool = False


def _rule(rule_id: str, pattern: str, needs_entity: bool = False) -> Rule:
    """Whole words only, and never a piece of a numeric date such as 3/14/2025 (left to dateparser)."""
    return Rule(rule_id, re.compile(r"(?<![\w/.-])" + pattern + r"(?![\w/])"), needs_entity)


RULES: tuple[Rule, ...] = (
    _rule("iso-date", r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)"),
    _rule("numeric-date", r"(?P<numeric>\d{1,2}([/.])\d{1,2}\2(?:\d{4}|\d\d))"),
    _rule("month-day-range",
          rf"{RANGE_START}(?P<m1>{MONTH})\s+(?P<d1>{DAY}){RANGE_JOIN}"
          rf"(?:(?P<m2>{MONTH})\s+)?(?P<d2>{DAY})(?:,?\s+(?P<y>{YEAR}))?"),
    _rule("day-month-range",
          rf"{RANGE_START}(?P<d1>{DAY}){RANGE_JOIN}(?P<d2>{DAY})\s+(?P<m2>{MONTH})(?:,?\s+(?P<y>{YEAR}))?"),
    _rule("year-range", rf"{RANGE_START}(?P<y1>{YEAR}){RANGE_JOIN}(?P<y2>{YEAR})"),
    _rule("full-date", rf"(?:{WEEKDAY},?\s+)?(?P<m>{MONTH})\s+(?P<d>{DAY}),?\s+(?P<y>{YEAR})"),
    _rule("full-date", rf"(?:{WEEKDAY},?\s+)?(?P<d>{DAY})\s+(?P<m>{MONTH}),?\s+(?P<y>{YEAR})"),
    _rule("month-day", rf"(?:{WEEKDAY},?\s+)?(?P<m>{MONTH})\s+(?P<d>{DAY})(?!,?\s*\d)"),
    _rule("month-day", rf"(?:{WEEKDAY},?\s+)?(?P<d>{DAY})\s+(?P<m>{MONTH})"),
    _rule("month-year", rf"{QUALIFIER}?(?P<m>{MONTH}),?\s+(?:(?i:of\s+))?(?P<y>{YEAR})"),
    _rule("month-of-relative-year",
          rf"{QUALIFIER}?(?P<m>{MONTH})\s+(?i:of\s+(?P<rel>this|last|next)\s+year)"),
    _rule("season", rf"(?:(?i:the)\s+)?{QUALIFIER}?(?P<season>{SEASON})(?:\s+(?i:of))?\s+(?P<y>{YEAR})"),
    _rule("relative-season", rf"{QUALIFIER}?(?i:(?P<rel>this|last|next|past))\s+(?P<season>{SEASON})"),
    _rule("decade", rf"(?:(?i:the)\s+)?{QUALIFIER}?(?P<decade>(?:1[6-9]|20)\d0)'?s"),
    _rule("century", rf"(?:(?i:the)\s+)?{QUALIFIER}?(?P<century>1\d|2[01]|[1-9])(?:st|nd|rd|th)\s+(?i:century)"),
    _rule("ago", rf"(?P<n>{NUMBER})\s+(?P<unit>{UNIT})\s+(?i:ago)"),
    _rule("past-n", rf"(?i:(?:the\s+)?(?:past|last|previous))\s+(?P<n>{NUMBER})\s+(?P<unit>{UNIT})"),
    _rule("relative-unit",
          rf"{QUALIFIER}?(?i:(?P<rel>this|last|next|past|the\s+past|coming|the\s+coming|current|the\s+current))"
          r"\s+(?i:(?P<unit>week|weekend|month|year|decade))"),
    _rule("deictic-day",
          r"(?i:(?P<deictic>the\s+day\s+before\s+yesterday|yesterday|today|tonight|tomorrow"
          r"|(?:this|last|late\s+last|early\s+this)\s+(?:morning|afternoon|evening|night)))"),
    _rule("weekday",
          rf"(?:(?i:(?P<rel>last|this|next|on|early|late|by|since|until|from)\s+))?(?P<wd>{WEEKDAY})"
          r"(?:\s+(?i:morning|afternoon|evening|night))?"),
    _rule("month",
          rf"(?i:(?P<rel>in|since|until|by|early|late|mid|last|this|next|during|through)[\s-]+)(?P<m>{MONTH})"
          r"(?!\s*\d)"),
    _rule("month", rf"(?P<m>{MONTH})(?!\s*\d)", needs_entity=True),
    _rule("year", rf"(?i:(?P<prep>in|since|by|until|till|from|during|before|after|of|early|late|mid|the\s+year)[\s-]+)"
          rf"(?P<y>{YEAR})"),
    _rule("year", rf"(?P<y>{YEAR})", needs_entity=True),
)


@dataclass
class Hit:
    """One grammar match: where it is and what it says."""

    rule: str
    start: int
    end: int
    groups: dict[str, str]


#: every rule contains one of these; the rules only run in windows around them (speed: most of a
#: story's text holds no time expression)
ANCHOR = re.compile(
    rf"\d+|{MONTH}|{WEEKDAY}|(?i:ago|yesterday|today|tonight|tomorrow|morning|afternoon|evening|night|week"
    r"|month|year|decade|centur|spring|summer|autumn|fall|winter)")
#: how far an expression may reach from its anchor ("between the beginning of May 3 and 5, 2024")
WINDOW = 48


def scan(text: str, entity_spans: list[tuple[int, int]]) -> list[Hit]:
    """All non-overlapping time expressions, longest first, earlier rules winning ties."""
    candidates: list[tuple[int, int, int, Hit]] = []
    for start, end in _windows(text):
        for priority, rule in enumerate(RULES):
            for match in rule.pattern.finditer(text, start, end):
                if rule.needs_entity and not _inside_any(match.start(), match.end(), entity_spans):
                    continue
                groups = {k: v for k, v in match.groupdict().items() if v is not None}
                hit = Hit(rule.id, match.start(), match.end(), groups)
                candidates.append((-(match.end() - match.start()), priority, match.start(), hit))
    chosen: list[Hit] = []
    taken: list[tuple[int, int]] = []
    for *_, hit in sorted(candidates, key=lambda c: c[:3]):
        if not any(hit.start < e and s < hit.end for s, e in taken):
            chosen.append(hit)
            taken.append((hit.start, hit.end))
    return sorted(chosen, key=lambda h: h.start)


def _windows(text: str) -> list[tuple[int, int]]:
    """Merged stretches of text around anchors, widened to whitespace so no word is cut."""
    windows: list[tuple[int, int]] = []
    for anchor in ANCHOR.finditer(text):
        start = max(0, anchor.start() - WINDOW)
        end = min(len(text), anchor.end() + WINDOW)
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        while end < len(text) and not text[end].isspace():
            end += 1
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


def _inside_any(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def month_number(name: str) -> int:
    return MONTHS[name.rstrip(".")]


def number_value(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]
