"""When: every time expression of an article as a :class:`TimeRef`, and the date of a sentence.

The grammar (:mod:`dateline.when.grammar`) runs first over the clean text; spaCy DATE/TIME
entities it did not cover are kept too — resolved by dateparser when they name a calendar date,
otherwise recorded unresolved (durations such as "75 years").  Offsets index ``Article.text``.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc

from dateline.model import Article, Provenance, TimeRef
from dateline.when import fallback
from dateline.when.grammar import MONTH, WEEKDAY, scan
from dateline.when.resolve import resolve

TIME_LABELS = ("DATE", "TIME")
#: spaCy DATE entities that are not about when something happened (ages, stray numbers and names)
_NOT_A_TIME = re.compile(r"\bold$|\bage\b|^\W*(?:under|over)?\W*\d{1,3}\W*$", re.IGNORECASE)
_TIME_WORD = re.compile(
    r"second|minute|hour|day|night|morning|noon|afternoon|evening|week|month|year|decade|centur|season|"
    r"spring|summer|autumn|fall|winter|annual|\d0s\b|\d\s*[ap]\.?m\b|" + MONTH + "|" + WEEKDAY, re.IGNORECASE)
_PRECISION_RANK = {"day": 0, "range": 1, "month": 2, "year": 3, "unknown": 4}
#: how far before the article's date an event must end to be "historical"
HISTORICAL_GAP = dt.timedelta(days=7)


def find_dates(article: Article, doc: Doc) -> list[TimeRef]:
    """Fill ``article.dates`` in text order."""
    base = article.published
    entities = [e for e in doc.ents if e.label_ in TIME_LABELS]
    entity_spans = [(e.start_char, e.end_char) for e in entities]
    refs: list[tuple[int, TimeRef]] = []
    taken: list[tuple[int, int]] = []
    for hit in scan(article.text, entity_spans):
        found = resolve(hit, base)
        confidence = 0.95 if not found.relative else 0.9
        refs.append((hit.start, TimeRef(
            text=article.text[hit.start:hit.end], start=found.start, end=found.end, precision=found.precision,
            relative=found.relative, resolved=found.resolved,
            provenance=_provenance(article, hit.start, hit.end, f"when.{hit.rule}", confidence))))
        taken.append((hit.start, hit.end))
    for entity in entities:
        if (any(entity.start_char < e and s < entity.end_char for s, e in taken) or _NOT_A_TIME.search(entity.text)
                or not _TIME_WORD.search(entity.text)):
            continue
        refs.append((entity.start_char, _from_entity(article, entity.text, entity.start_char, entity.end_char)))
    article.dates = [ref for _, ref in sorted(refs, key=lambda r: r[0])]
    return article.dates


def _from_entity(article: Article, text: str, start: int, end: int) -> TimeRef:
    relative = fallback.names_a_date(text) and not fallback.is_absolute(text)
    parsed = fallback.parse(text, article.published)
    if parsed is None:
        return TimeRef(text=text, relative=relative,
                       provenance=_provenance(article, start, end, "when.ner-unresolved", 0.5))
    first, last, precision = parsed
    return TimeRef(text=text, start=first, end=last, precision=precision, relative=relative, resolved=True,
                   provenance=_provenance(article, start, end, "when.dateparser", 0.7))


def _provenance(article: Article, start: int, end: int, rule: str, confidence: float) -> Provenance:
    return Provenance(article_id=article.id, sentence=article.sentence_at(start), start=start, end=end,
                      text=article.text[start:end], rule=rule, confidence=confidence)


def date_for_sentence(article: Article, sentence_index: int) -> TimeRef:
    """The event date of a sentence: its most specific resolved time expression (first on ties); else an
    unresolved relative one (no article date to resolve it); else the article date, flagged
    ``source="article-date"``; else ``TimeRef(source="none")``."""
    own = [d for d in article.dates if d.provenance and d.provenance.sentence == sentence_index]
    resolved = [d for d in own if d.resolved]
    if resolved:
        return min(resolved, key=lambda d: _PRECISION_RANK[d.precision])
    relative = [d for d in own if d.relative]
    if relative:
        return relative[0]
    if article.published is not None:
        return TimeRef(start=article.published, end=article.published, precision="day", resolved=True,
                       source="article-date",
                       provenance=Provenance(article_id=article.id, sentence=sentence_index, rule="when.article-date",
                                             confidence=0.5))
    return TimeRef(source="none")


#: Year-less rules the resolver puts on or before the article date (news reports the past), and the
#: step to their next occurrence.
_NEXT_OCCURRENCE = {"when.month-day": "year", "when.month": "year", "when.month-day-range": "year",
                    "when.day-month-range": "year", "when.weekday": "week"}


def date_ahead(timeref: TimeRef, article: Article) -> TimeRef:
    """The same year-less date for an act still to come: "will visit Poland in September", written on
    30 August 1996, is September 1996, not the September before the article that a report of the past
    would mean; likewise "will meet on Tuesday" is the coming Tuesday.  Other dates are returned as
    they are."""
    step = _NEXT_OCCURRENCE.get(timeref.provenance.rule if timeref.provenance else "")
    last_day = timeref.end or timeref.start
    if step is None or article.published is None or last_day is None or last_day >= article.published \
            or timeref.text.split(" ")[0].lower() in ("last", "past", "this"):
        return timeref

    def shift(day: dt.date | None) -> dt.date | None:
        if day is None or step == "week":
            return day and day + dt.timedelta(days=7)
        return day.replace(year=day.year + 1, day=min(day.day, 28) if day.month == 2 else day.day)

    provenance = timeref.provenance.model_copy(update={"rule": f"{timeref.provenance.rule}+ahead"})
    return timeref.model_copy(update={"start": shift(timeref.start), "end": shift(timeref.end), "provenance": provenance})


def is_historical(timeref: TimeRef | None, article: Article) -> bool:
    """Whether the time ends clearly before the article's week (e.g. "in 2000", "last year")."""
    if timeref is None or article.published is None or not timeref.resolved:
        return False
    last_day = timeref.end or timeref.start
    return last_day is not None and last_day < article.published - HISTORICAL_GAP
