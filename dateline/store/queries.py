"""Event queries over the store: filters, raw rows and GDELT-style cross-article groups.

Every door that lists events (web pages, HTTP API, ``dateline export``) goes through
:func:`select_events` so they agree on what a filter means:

* ``start``/``end`` bound the event day (inclusive);
* ``actor`` matches either side, ``source``/``target`` one side: an exact CAMEO code or country
  (``RUS``, ``RUSGOV``), or a case-insensitive part of the actor's name (``putin``);
* ``country`` matches either side's country; ``code`` is a CAMEO code prefix (``04`` → 040…046),
  ``root`` the two-digit root; ``quad_class`` 1–4; ``plover_type`` e.g. ``CONSULT``;
* ``modality`` is one of ``negated``, ``future``, ``hypothetical``, ``historical``, ``reported``, or
  ``asserted`` (none of the flags).

Grouped results aggregate events with the same source, target, CAMEO code and day across articles:
``num_mentions`` = events, ``num_articles`` = distinct articles, ``num_sources`` = distinct outlets or
wire agencies, with near-duplicate articles (same ``duplicate_group``) counted once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, fields
from typing import TYPE_CHECKING

import sqlalchemy as sa

from dateline.store import schema

if TYPE_CHECKING:
    from dateline.store import Store

MODALITIES = ("negated", "future", "hypothetical", "historical", "reported", "asserted")
_FLAGS = ("negated", "future", "hypothetical", "historical", "reported")

e, a = schema.events, schema.articles


@dataclass
class EventFilter:
    start: dt.date | None = None
    end: dt.date | None = None
    actor: str | None = None
    source: str | None = None
    target: str | None = None
    country: str | None = None
    code: str | None = None
    root: str | None = None
    quad_class: int | None = None
    plover_type: str | None = None
    modality: str | None = None
    article_id: str | None = None

    def __post_init__(self) -> None:
        if self.modality is not None and self.modality not in MODALITIES:
            raise ValueError(f"modality must be one of {', '.join(MODALITIES)}, not {self.modality!r}")
        if self.quad_class is not None and self.quad_class not in (1, 2, 3, 4):
            raise ValueError(f"quad_class must be 1-4, not {self.quad_class!r}")

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) is None for f in fields(self))

    def as_dict(self) -> dict:
        return {k: v for k, v in asdict(self).items() if v is not None}

    def conditions(self) -> list[sa.ColumnElement[bool]]:
        """SQL conditions on the ``events`` table (joined with ``articles``)."""
        conds: list[sa.ColumnElement[bool]] = []
        if self.start is not None:
            conds.append(e.c.day >= self.start)
        if self.end is not None:
            conds.append(e.c.day <= self.end)
        if self.actor:
            conds.append(sa.or_(_side_matches("source", self.actor), _side_matches("target", self.actor)))
        if self.source:
            conds.append(_side_matches("source", self.source))
        if self.target:
            conds.append(_side_matches("target", self.target))
        if self.country:
            country = self.country.upper()
            conds.append(sa.or_(e.c.source_country == country, e.c.target_country == country))
        if self.code:
            conds.append(e.c.code.startswith(self.code, autoescape=True))
        if self.root:
            conds.append(e.c.root == self.root)
        if self.quad_class is not None:
            conds.append(e.c.quad_class == self.quad_class)
        if self.plover_type:
            conds.append(sa.func.upper(e.c.plover_type) == self.plover_type.upper())
        if self.modality == "asserted":
            conds.extend(e.c[flag].is_(False) for flag in _FLAGS)
        elif self.modality:
            conds.append(e.c[self.modality].is_(True))
        if self.article_id:
            conds.append(e.c.article_id == self.article_id)
        return conds


def _side_matches(side: str, value: str) -> sa.ColumnElement[bool]:
    code = value.upper()
    name = e.c[f"{side}_name"]
    return sa.or_(e.c[f"{side}_code"] == code, e.c[f"{side}_country"] == code, e.c[f"{side}_key"] == value,
                  sa.func.lower(name).contains(value.lower(), autoescape=True))


#: article columns joined onto raw event rows
ARTICLE_COLUMNS = [a.c.url.label("article_url"), a.c.title.label("article_title"),
                   a.c.published.label("article_published"), a.c.outlet.label("article_outlet"),
                   a.c.duplicate_group.label("article_duplicate_group")]


def source_identity() -> sa.ColumnElement[str]:
    """What counts as one source for NumSources: the near-duplicate group, else the outlet."""
    return sa.func.coalesce(sa.literal("dup:") + a.c.duplicate_group, a.c.outlet)


def _mean(column: sa.Column) -> sa.ColumnElement[float]:
    return sa.func.avg(column, type_=sa.Float)


def grouped_columns() -> list[sa.ColumnElement]:
    return [
        e.c.source_key, e.c.target_key, e.c.code, e.c.day,
        sa.func.count().label("num_mentions"),
        sa.func.count(sa.distinct(e.c.article_id)).label("num_articles"),
        sa.func.count(sa.distinct(source_identity())).label("num_sources"),
        sa.func.min(e.c.root).label("root"), sa.func.min(e.c.base).label("base"),
        sa.func.min(e.c.description).label("description"),
        _mean(e.c.goldstein).label("goldstein"), sa.func.min(e.c.quad_class).label("quad_class"),
        sa.func.min(e.c.plover_type).label("plover_type"),
        sa.func.min(e.c.source_name).label("source_name"), sa.func.min(e.c.target_name).label("target_name"),
        sa.func.min(e.c.source_code).label("source_code"), sa.func.min(e.c.target_code).label("target_code"),
        sa.func.min(e.c.source_country).label("source_country"),
        sa.func.min(e.c.target_country).label("target_country"),
        sa.func.min(e.c.place_name).label("place_name"), sa.func.min(e.c.place_country).label("place_country"),
        _mean(e.c.lat).label("lat"), _mean(e.c.lon).label("lon"),
        sa.func.min(e.c.geonameid).label("geonameid"),
        _mean(e.c.confidence).label("confidence"),
        sa.func.min(e.c.prov_sentence).label("first_sentence"),
        sa.func.min(e.c.article_id).label("first_article_id"), sa.func.min(a.c.url).label("source_url"),
        sa.func.max(a.c.ingested_at).label("date_added"),
    ]


def events_query(flt: EventFilter | None = None, grouped: bool = False) -> sa.Select:
    """The SELECT behind :func:`select_events`, unpaginated (exports stream it)."""
    flt = flt or EventFilter()
    joined = e.join(a, a.c.id == e.c.article_id)
    if grouped:
        keys = (e.c.source_key, e.c.target_key, e.c.code, e.c.day)
        return (sa.select(*grouped_columns()).select_from(joined).where(*flt.conditions())
                .group_by(*keys).order_by(sa.nulls_last(e.c.day.desc()), *keys))
    return (sa.select(e, *ARTICLE_COLUMNS).select_from(joined).where(*flt.conditions())
            .order_by(sa.nulls_last(e.c.day.desc()), e.c.article_id, e.c.id))


def select_events(store: Store, flt: EventFilter | None = None, grouped: bool = False,
                  limit: int | None = 100, offset: int = 0) -> list[dict]:
    """Raw event rows (each with its article's url/title/published/outlet) or grouped rows."""
    query = events_query(flt, grouped)
    if limit is not None:
        query = query.limit(limit)
    if offset:
        query = query.offset(offset)
    with store.reading() as conn:
        return [dict(row._mapping) for row in conn.execute(query)]


def count_events(store: Store, flt: EventFilter | None = None, grouped: bool = False) -> int:
    """How many rows :func:`select_events` would return without a limit (for pagination)."""
    inner = events_query(flt, grouped).order_by(None).subquery()
    with store.reading() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(inner)).scalar_one()


def matching_article_ids(store: Store, flt: EventFilter | None = None) -> list[str]:
    """Ids of articles with at least one matching event (all articles for an empty filter)."""
    flt = flt or EventFilter()
    if flt.is_empty():
        query = sa.select(a.c.id).order_by(a.c.id)
    else:
        query = (sa.select(e.c.article_id).select_from(e.join(a, a.c.id == e.c.article_id))
                 .where(*flt.conditions()).distinct().order_by(e.c.article_id))
    with store.reading() as conn:
        return list(conn.execute(query).scalars())
