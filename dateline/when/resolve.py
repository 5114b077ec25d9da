"""Turn a grammar :class:`Hit` into dates, against the article's publication date.

News reports the past: a month-day without a year takes the year that puts it on or before the
article date, a bare weekday is the most recent such day on or before it.  Relative expressions
("last year", "yesterday") cannot be resolved without an article date and are returned unresolved.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from dateline.when import fallback
from dateline.when.grammar import SEASONS, WEEKDAYS, Hit, month_number, number_value

Precision = str  # "day" | "month" | "year" | "range" | "unknown"

#: rules whose meaning never depends on the article date
ABSOLUTE_RULES = {"iso-date", "numeric-date", "full-date", "month-year", "year", "year-range", "decade", "century",
                  "season"}


@dataclass
class Resolution:
    start: dt.date | None
    end: dt.date | None
    precision: Precision
    relative: bool

    @property
    def resolved(self) -> bool:
        return self.start is not None


def resolve(hit: Hit, base: dt.date | None) -> Resolution:
    """Dates of a hit; relative hits without ``base`` come back unresolved but typed."""
    relative = hit.rule not in ABSOLUTE_RULES and not (hit.rule.endswith("range") and "y" in hit.groups)
    if relative and base is None:
        return Resolution(None, None, _precision_without_base(hit), True)
    try:
        start, end, precision = _RESOLVERS[hit.rule](hit.groups, base)
    except ValueError:  # impossible calendar dates such as "February 30"
        return Resolution(None, None, "unknown", relative)
    return Resolution(start, end, precision, relative)


# -- helpers --------------------------------------------------------------------------------------

def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _day(text: str) -> int:
    return int(text.rstrip("stndrh"))


def _year_not_after(base: dt.date, month: int, day: int = 1) -> int:
    """The year that puts month/day on or before ``base`` (news reports the past)."""
    return base.year if (month, day) <= (base.month, base.day) else base.year - 1


def _shift_months(date: dt.date, months: int) -> dt.date:
    index = date.year * 12 + date.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(date.day, calendar.monthrange(year, month + 1)[1]))


def _precision_without_base(hit: Hit) -> Precision:
    unit = hit.groups.get("unit", "").rstrip("s")
    if hit.rule in ("deictic-day", "weekday", "month-day") or unit == "day":
        return "day"
    if hit.rule.endswith("range") or hit.rule in ("past-n", "relative-season") or unit in ("week", "weekend"):
        return "range"
    if hit.rule in ("month", "month-of-relative-year") or unit == "month":
        return "month"
    return "year" if unit in ("year", "decade") else "unknown"


# -- one resolver per rule ------------------------------------------------------------------------

def _iso(g, base):
    date = dt.date(int(g["y"]), int(g["m"]), int(g["d"]))
    return date, date, "day"


def _numeric_date(g, base):
    """3/14/2024, 14.03.2024: the day/month order is dateparser's call (English: month first)."""
    parsed = fallback.parse(g["numeric"], base)
    if parsed is None:
        raise ValueError(g["numeric"])
    return parsed


def _full_date(g, base):
    date = dt.date(int(g["y"]), month_number(g["m"]), _day(g["d"]))
    return date, date, "day"


def _month_day(g, base):
    month, day = month_number(g["m"]), _day(g["d"])
    date = dt.date(_year_not_after(base, month, day), month, day)
    return date, date, "day"


def _day_range(g, base):
    m1 = month_number(g.get("m1") or g["m2"])
    m2 = month_number(g["m2"]) if g.get("m2") else m1
    d1, d2 = _day(g["d1"]), _day(g["d2"])
    year = int(g["y"]) if "y" in g else _year_not_after(base, m1, d1)
    end_year = year + 1 if (m2, d2) < (m1, d1) else year
    if "y" in g and end_year != year:  # "December 28 to January 3, 2024": the year belongs to the end
        year, end_year = year - 1, year
    return dt.date(year, m1, d1), dt.date(end_year, m2, d2), "range"


def _year_range(g, base):
    return dt.date(int(g["y1"]), 1, 1), dt.date(int(g["y2"]), 12, 31), "range"


def _month_year(g, base):
    year, month = int(g["y"]), month_number(g["m"])
    return dt.date(year, month, 1), _month_end(year, month), "month"


def _month_of_relative_year(g, base):
    year = base.year + {"this": 0, "last": -1, "next": 1}[g["rel"].lower()]
    month = month_number(g["m"])
    return dt.date(year, month, 1), _month_end(year, month), "month"


def _month(g, base):
    month = month_number(g["m"])
    rel = g.get("rel", "").lower()
    if rel == "next":
        year = base.year if month > base.month else base.year + 1
    elif rel == "last":
        year = base.year if month < base.month else base.year - 1
    elif rel == "this":
        year = base.year
    else:
        year = _year_not_after(base, month)
    return dt.date(year, month, 1), _month_end(year, month), "month"


def _year(g, base):
    year = int(g["y"])
    return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"


def _decade(g, base):
    first = int(g["decade"])
    return dt.date(first, 1, 1), dt.date(first + 9, 12, 31), "range"


def _season_of(name: str, year: int) -> tuple[dt.date, dt.date, Precision]:
    first_month, months = SEASONS[name.lower()]
    start = dt.date(year, first_month, 1)
    last = _shift_months(start, months - 1)
    return start, _month_end(last.year, last.month), "range"


def _season(g, base):
    return _season_of(g["season"], int(g["y"]))


def _relative_season(g, base):
    """"last summer": the most recent such season that has begun before the article (or the one
    before it); "this winter" the one in progress or coming; "next spring" the following one."""
    first_month = SEASONS[g["season"].lower()][0]
    year = base.year if first_month <= base.month else base.year - 1  # the latest one already begun
    rel = g["rel"].lower()
    if rel in ("last", "past"):
        year = year if _season_of(g["season"], year)[1] < base else year - 1
    elif rel == "next" or (rel == "this" and _season_of(g["season"], year)[1] < base):
        year += 1
    return _season_of(g["season"], year)


def _century(g, base):
    first = (int(g["century"]) - 1) * 100
    return dt.date(max(first, 1), 1, 1), dt.date(first + 99, 12, 31), "range"


def _ago(g, base):
    n, unit = number_value(g["n"]), g["unit"].rstrip("s").lower()
    if unit == "day":
        date = base - dt.timedelta(days=n)
        return date, date, "day"
    if unit == "week":
        date = base - dt.timedelta(weeks=n)
        return date - dt.timedelta(days=3), date + dt.timedelta(days=3), "range"
    if unit == "month":
        date = _shift_months(base, -n)
        return date.replace(day=1), _month_end(date.year, date.month), "month"
    years = n * (10 if unit == "decade" else 1)
    return dt.date(base.year - years, 1, 1), dt.date(base.year - years, 12, 31), "year"


def _past_n(g, base):
    n, unit = number_value(g["n"]), g["unit"].rstrip("s").lower()
    days = {"day": 1, "week": 7}.get(unit)
    if days:
        return base - dt.timedelta(days=n * days), base, "range"
    months = n * {"month": 1, "year": 12, "decade": 120}[unit]
    return _shift_months(base, -months), base, "range"


def _relative_unit(g, base):
    rel = g["rel"].lower().replace("the ", "").strip()
    step = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0)
    unit, qual = g["unit"].lower(), g.get("qual", "").lower()
    if unit in ("week", "weekend"):
        monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=step)
        if unit == "weekend":
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6), "range"
        start, end, precision = monday, monday + dt.timedelta(days=6), "range"
    elif unit == "month":
        first = _shift_months(base.replace(day=1), step)
        start, end, precision = first, _month_end(first.year, first.month), "month"
    elif unit == "year":
        year = base.year + step
        start, end, precision = dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    else:  # decade: "the past decade" is the ten years before the article
        start = dt.date(base.year - 10, 1, 1) if step < 0 else dt.date(base.year - base.year % 10, 1, 1)
        end = base if step <= 0 else dt.date(base.year + 10, 12, 31)
        return start, end, "range"
    if step == 0 and qual == "earlier":  # "earlier this month": from its start up to the article
        end = min(end, base)
    elif step == 0 and qual == "later":
        start = max(start, base)
    return start, end, precision


def _deictic_day(g, base):
    phrase = g["deictic"].lower()
    if "before yesterday" in phrase:
        offset = -2
    elif phrase == "yesterday" or phrase.startswith(("last", "late last")):
        offset = -1
    elif phrase == "tomorrow":
        offset = 1
    else:
        offset = 0
    date = base + dt.timedelta(days=offset)
    return date, date, "day"


def _weekday(g, base):
    target = WEEKDAYS[g["wd"]]
    back = (base.weekday() - target) % 7
    rel = g.get("rel", "").lower()
    if rel == "next":
        date = base + dt.timedelta(days=(target - base.weekday()) % 7 or 7)
    elif rel == "last":
        date = base - dt.timedelta(days=back or 7)
    else:  # "on Friday": the most recent Friday on or before the article date
        date = base - dt.timedelta(days=back)
    return date, date, "day"


_RESOLVERS = {
    "iso-date": _iso, "numeric-date": _numeric_date, "full-date": _full_date, "month-day": _month_day, "month-day-range": _day_range,
    "day-month-range": _day_range, "year-range": _year_range, "month-year": _month_year,
    "month-of-relative-year": _month_of_relative_year, "month": _month, "year": _year, "decade": _decade,
    "century": _century, "season": _season, "relative-season": _relative_season,
    "ago": _ago, "past-n": _past_n, "relative-unit": _relative_unit, "deictic-day": _deictic_day,
    "weekday": _weekday,
}
