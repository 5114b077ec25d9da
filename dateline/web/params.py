"""Query-string parsing shared by pages and API.

HTML forms send empty strings for untouched fields, so every filter arrives as text and is
converted here; a bad value is a 422 naming the field, never a server error.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import Depends, HTTPException, Query

from dateline.store.queries import MODALITIES, EventFilter


def _date(name: str, value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise HTTPException(422, f"{name}: expected YYYY-MM-DD, got {value!r}") from None


def _quad(value: str | None) -> int | None:
    if not value:
        return None
    if value not in {"1", "2", "3", "4"}:
        raise HTTPException(422, f"quad_class: expected 1, 2, 3 or 4, got {value!r}")
    return int(value)


def _modality(value: str | None) -> str | None:
    if value and value not in MODALITIES:
        raise HTTPException(422, f"modality: expected one of {', '.join(MODALITIES)}")
    return value or None


def event_query(
    start: str | None = Query(None, description="First event day, YYYY-MM-DD"),
    end: str | None = Query(None, description="Last event day, YYYY-MM-DD"),
    source: str | None = Query(None, description="Source actor: CAMEO code, country code, key or part of the name"),
    target: str | None = Query(None, description="Target actor: CAMEO code, country code, key or part of the name"),
    actor: str | None = Query(None, description="Actor on either side"),
    country: str | None = Query(None, description="Country code on either side, e.g. RUS"),
    root: str | None = Query(None, description="CAMEO root code, e.g. 04"),
    code: str | None = Query(None, description="CAMEO code or prefix, e.g. 042"),
    quad_class: str | None = Query(None, description="QuadClass 1-4"),
    plover_type: str | None = Query(None, description="PLOVER event type, e.g. CONSULT"),
    modality: str | None = Query(None, description="negated, future, hypothetical, historical, reported or asserted"),
) -> EventFilter:
    return EventFilter(start=_date("start", start), end=_date("end", end), source=source or None,
                       target=target or None, actor=actor or None, country=country or None, root=root or None,
                       code=code or None, quad_class=_quad(quad_class), plover_type=plover_type or None,
                       modality=_modality(modality))


#: route parameter type: ``flt: Filters`` parses the event filters from the query string
Filters = Annotated[EventFilter, Depends(event_query)]
