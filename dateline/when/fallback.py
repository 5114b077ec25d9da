"""dateparser as the fallback for time expressions the grammar does not know.

dateparser is slow to initialise and to run, so it only sees spaCy DATE/TIME entities the grammar
left alone *and* that name a month, weekday or year; one parser per publication date is created
and reused (always ``languages=['en']``, dates from the past preferred).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

from dateparser.date import DateDataParser

from dateline.when.grammar import MONTH, WEEKDAY, YEAR

_WORTH_PARSING = re.compile(rf"{MONTH}|{WEEKDAY}|{YEAR}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}", re.IGNORECASE)
_ABSOLUTE = re.compile(rf"{YEAR}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}")


@lru_cache(maxsize=64)
def _parser(base: dt.date | None) -> DateDataParser:
    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    return DateDataParser(languages=["en"], settings=settings)


def names_a_date(text: str) -> bool:
    """Whether the expression names a calendar date at all (a month, weekday, year or d/m/y)."""
    return _WORTH_PARSING.search(text) is not None


def is_absolute(text: str) -> bool:
    """Whether the expression carries its own year, so needs no publication date."""
    return _ABSOLUTE.search(text) is not None


def parse(text: str, base: dt.date | None) -> tuple[dt.date, dt.date, str] | None:
    """(start, end, precision) or None; without ``base`` only expressions carrying a year are tried."""
    if not names_a_date(text) or (base is None and not is_absolute(text)):
        return None
    data = _parser(base).get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    day = data.date_obj.date()
    if data.period == "year":
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31), "year"
    if data.period == "month":
        return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1]), "month"
    return day, day, "day"
