"""Read-only queries the pages and the API need beyond loading one article.

Written against the store's SQLAlchemy Core tables (:mod:`dateline.store.schema`) so they run on
SQLite and PostgreSQL alike.  Cross-article actor identity is the store's *key*: CAMEO code, else
knowledge-base id, else canonical name (``events.source_key`` / ``target_key``).
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from dateline.store.queries import EventFilter, events_query
from dateline.store.schema import actor_aliases, actor_roles, actors, articles, events, quote_relays, quotes


def filter_params(flt: EventFilter) -> dict[str, str]:
    """The filter as query-string parameters, for links that keep the current view."""
    return {k: str(v) for k, v in flt.as_dict().items()}


def event_rows(conn: sa.Connection, flt: EventFilter, grouped: bool = False, limit: int = 100,
               offset: int = 0) -> list[dict]:
    """Raw or grouped event rows through the store's own query, so pages, API and export agree."""
    stmt = events_query(flt, grouped).limit(limit).offset(offset)
    return [dict(r._mapping) for r in conn.execute(stmt)]


def count_events(conn: sa.Connection, flt: EventFilter, grouped: bool = False) -> int:
    inner = events_query(flt, grouped).order_by(None).subquery()
    return conn.execute(sa.select(sa.func.count()).select_from(inner)).scalar_one()


def corpus_counts(conn: sa.Connection) -> dict[str, int]:
    def count(stmt) -> int:
        return conn.execute(stmt).scalar_one()

    return {
        "articles": count(sa.select(sa.func.count()).select_from(articles)),
        "events": count(sa.select(sa.func.count()).select_from(events)),
        "quotes": count(sa.select(sa.func.count()).select_from(quotes)),
        "actors": count(sa.select(sa.func.count(sa.distinct(actor_key_expr())))),
    }


def timeline(conn: sa.Connection, flt: EventFilter, weekly: bool = False) -> list[dict]:
    """Per day (or ISO week, keyed by its Monday): event count and mean Goldstein per QuadClass."""
    stmt = (sa.select(events.c.day, events.c.quad_class, sa.func.count().label("count"),
                      sa.func.avg(events.c.goldstein).label("goldstein"))
            .where(events.c.day.is_not(None), *flt.conditions())
            .group_by(events.c.day, events.c.quad_class).order_by(events.c.day))
    buckets: dict[dt.date, dict] = {}
    for day, quad, count, goldstein in conn.execute(stmt):
        day = day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day))
        key = day - dt.timedelta(days=day.weekday()) if weekly else day
        bucket = buckets.setdefault(key, {"period": key, "count": 0, "goldstein_sum": 0.0, "goldstein_n": 0,
                                          "by_quad": {1: 0, 2: 0, 3: 0, 4: 0}})
        bucket["count"] += count
        if quad in bucket["by_quad"]:
            bucket["by_quad"][quad] += count
        if goldstein is not None:
            bucket["goldstein_sum"] += goldstein * count
            bucket["goldstein_n"] += count
    return [{"period": b["period"], "count": b["count"], "by_quad": b["by_quad"],
             "goldstein": round(b["goldstein_sum"] / b["goldstein_n"], 2) if b["goldstein_n"] else None}
            for b in buckets.values()]


def top_dyads(conn: sa.Connection, limit: int = 10) -> list[dict]:
    stmt = (sa.select(events.c.source_key, events.c.target_key, sa.func.count().label("count"),
                      sa.func.avg(events.c.goldstein).label("goldstein"))
            .where(events.c.source_key != "", events.c.target_key != "")
            .group_by(events.c.source_key, events.c.target_key)
            .order_by(sa.desc("count"), events.c.source_key).limit(limit))
    return [dict(r._mapping) for r in conn.execute(stmt)]


def top_actors(conn: sa.Connection, limit: int = 10) -> list[dict]:
    sides = sa.union_all(
        sa.select(events.c.source_key.label("key"), events.c.source_name.label("name")),
        sa.select(events.c.target_key.label("key"), events.c.target_name.label("name"))).subquery()
    stmt = (sa.select(sides.c.key, sa.func.max(sides.c.name).label("name"), sa.func.count().label("events"))
            .where(sides.c.key != "").group_by(sides.c.key).order_by(sa.desc("events"), sides.c.key).limit(limit))
    return [dict(r._mapping) for r in conn.execute(stmt)]


def list_articles(conn: sa.Connection, search: str | None = None, limit: int = 20, offset: int = 0) -> list[dict]:
    n_events = (sa.select(sa.func.count()).where(events.c.article_id == articles.c.id)
                .correlate(articles).scalar_subquery())
    n_quotes = (sa.select(sa.func.count()).where(quotes.c.article_id == articles.c.id)
                .correlate(articles).scalar_subquery())
    stmt = sa.select(articles.c.id, articles.c.title, articles.c.published, articles.c.outlet, articles.c.url,
                     articles.c.status, n_events.label("events"), n_quotes.label("quotes"))
    if search:
        pattern = f"%{search}%"
        stmt = stmt.where(sa.or_(articles.c.title.ilike(pattern), articles.c.text.ilike(pattern)))
    stmt = stmt.order_by(articles.c.published.desc(), articles.c.ingested_at.desc(), articles.c.id)
    return [dict(r._mapping) for r in conn.execute(stmt.limit(limit).offset(offset))]


def actor_key_expr() -> sa.ColumnElement[str]:
    return sa.func.coalesce(actors.c.code, actors.c.kb_id, actors.c.name)


def search_actors(conn: sa.Connection, search: str | None = None, limit: int = 50, offset: int = 0) -> list[dict]:
    key = actor_key_expr()
    stmt = sa.select(key.label("key"), sa.func.max(actors.c.name).label("name"),
                     sa.func.max(actors.c.country).label("country"),
                     sa.func.count(sa.distinct(actors.c.article_id)).label("articles"))
    if search:
        pattern = f"%{search}%"
        stmt = stmt.where(sa.or_(actors.c.name.ilike(pattern), actors.c.code.ilike(pattern)))
    stmt = stmt.group_by(key).order_by(sa.desc("articles"), key).limit(limit).offset(offset)
    return [dict(r._mapping) for r in conn.execute(stmt)]


def actor_profile(conn: sa.Connection, key: str, limit: int = 100) -> dict | None:
    """Names, aliases, roles with dates, events as source and as target, and quotes of one actor key."""
    members = sa.select(actors.c.article_id, actors.c.id).where(actor_key_expr() == key).subquery()
    rows = conn.execute(sa.select(actors.c.name, actors.c.kind, actors.c.country, actors.c.code)
                        .where(actor_key_expr() == key)).all()
    if not rows:
        return None
    in_member = sa.tuple_(actor_aliases.c.article_id, actor_aliases.c.actor_id).in_(sa.select(members))
    aliases = conn.execute(sa.select(actor_aliases.c.alias).where(in_member).distinct()).scalars().all()
    role_member = sa.tuple_(actor_roles.c.article_id, actor_roles.c.actor_id).in_(sa.select(members))
    roles = conn.execute(sa.select(actor_roles.c.title, actor_roles.c.country, actor_roles.c.organisation,
                                   actor_roles.c.start, actor_roles.c.end, actor_roles.c.article_id)
                         .where(role_member).order_by(actor_roles.c.start)).all()
    quote_member = sa.tuple_(quotes.c.article_id, quotes.c.speaker).in_(sa.select(members))
    said = conn.execute(sa.select(quotes.c.article_id, quotes.c.id, quotes.c.kind, quotes.c.content)
                        .where(quote_member).limit(limit)).all()
    return {
        "key": key,
        "names": sorted({r.name for r in rows}),
        "kinds": sorted({r.kind for r in rows}),
        "countries": sorted({r.country for r in rows if r.country}),
        "codes": sorted({r.code for r in rows if r.code}),
        "aliases": sorted(set(aliases)),
        "roles": [dict(r._mapping) for r in roles],
        "as_source": event_rows(conn, EventFilter(source=key), limit=limit),
        "as_target": event_rows(conn, EventFilter(target=key), limit=limit),
        "quotes": [dict(r._mapping) for r in said],
    }


def search_quotes(conn: sa.Connection, search: str | None = None, speaker: str | None = None,
                  limit: int = 50, offset: int = 0) -> list[dict]:
    relay = (sa.select(sa.func.count()).where(quote_relays.c.article_id == quotes.c.article_id,
                                              quote_relays.c.quote_id == quotes.c.id)
             .correlate(quotes).scalar_subquery())
    stmt = sa.select(quotes.c.article_id, quotes.c.id, quotes.c.kind, quotes.c.content, quotes.c.speaker_name,
                     quotes.c.speaker_text, relay.label("relays"))
    if search:
        stmt = stmt.where(quotes.c.content.ilike(f"%{search}%"))
    if speaker:
        stmt = stmt.where(sa.or_(quotes.c.speaker_name.ilike(f"%{speaker}%"),
                                 quotes.c.speaker_text.ilike(f"%{speaker}%")))
    stmt = stmt.order_by(quotes.c.article_id, quotes.c.content_start).limit(limit).offset(offset)
    return [dict(r._mapping) for r in conn.execute(stmt)]


def network(conn: sa.Connection, flt: EventFilter, max_nodes: int = 40) -> dict:
    """Actors as nodes, one edge per (unordered) pair split into cooperation (Quad 1-2) and conflict (3-4)."""
    stmt = (sa.select(events.c.source_key, events.c.target_key, events.c.quad_class, sa.func.count().label("n"))
            .where(events.c.source_key != "", events.c.target_key != "",
                   events.c.source_key != events.c.target_key, *flt.conditions())
            .group_by(events.c.source_key, events.c.target_key, events.c.quad_class))
    weight: dict[str, int] = {}
    pairs: dict[tuple[str, str], dict[str, int]] = {}
    for src, tgt, quad, n in conn.execute(stmt):
        if quad not in (1, 2, 3, 4):
            continue
        pair = (min(src, tgt), max(src, tgt))
        edge = pairs.setdefault(pair, {"coop": 0, "conflict": 0})
        edge["coop" if quad in (1, 2) else "conflict"] += n
        weight[src] = weight.get(src, 0) + n
        weight[tgt] = weight.get(tgt, 0) + n
    nodes = sorted(weight, key=lambda k: (-weight[k], k))[:max_nodes]
    kept = set(nodes)
    edges = [{"a": a, "b": b, **w} for (a, b), w in sorted(pairs.items()) if a in kept and b in kept]
    return {"nodes": [{"key": k, "weight": weight[k]} for k in nodes], "edges": edges}


def dyad_timeline(conn: sa.Connection, source: str, target: str, weekly: bool = False, directed: bool = False
                  ) -> list[dict]:
    """Counts and mean Goldstein per period between A and B; A→B and B→A merged unless ``directed``."""
    forward = timeline(conn, EventFilter(source=source, target=target), weekly)
    if directed or source == target:
        return forward
    merged: dict[dt.date, dict] = {}
    for row in forward + timeline(conn, EventFilter(source=target, target=source), weekly):
        slot = merged.setdefault(row["period"], {"period": row["period"], "count": 0, "g": 0.0, "gn": 0,
                                                 "by_quad": {1: 0, 2: 0, 3: 0, 4: 0}})
        slot["count"] += row["count"]
        for quad, n in row["by_quad"].items():
            slot["by_quad"][quad] += n
        if row["goldstein"] is not None:
            slot["g"] += row["goldstein"] * row["count"]
            slot["gn"] += row["count"]
    return [{"period": s["period"], "count": s["count"], "by_quad": s["by_quad"],
             "goldstein": round(s["g"] / s["gn"], 2) if s["gn"] else None}
            for _, s in sorted(merged.items())]
