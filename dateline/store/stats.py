"""Corpus summary for ``dateline stats`` and ``make run``: counts, QuadClass mix, top dyads and speakers."""

from __future__ import annotations

import sqlalchemy as sa

from dateline.store import Store, schema

QUAD_CLASSES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


def summary(store: Store, top: int = 10) -> dict:
    a, e, q, r = schema.articles, schema.events, schema.quotes, schema.runs
    with store.reading() as conn:
        by_status = dict(conn.execute(sa.select(a.c.status, sa.func.count()).group_by(a.c.status)).all())
        by_quad = dict(conn.execute(sa.select(e.c.quad_class, sa.func.count()).group_by(e.c.quad_class)).all())
        dyad_count = sa.func.count().label("events")
        dyads = conn.execute(
            sa.select(e.c.source_key, e.c.target_key, dyad_count, sa.func.avg(e.c.goldstein).label("goldstein"))
            .where(e.c.source_key != "", e.c.target_key != "")
            .group_by(e.c.source_key, e.c.target_key).order_by(dyad_count.desc(), e.c.source_key, e.c.target_key)
            .limit(top)).all()
        quote_count = sa.func.count().label("quotes")
        speakers = conn.execute(
            sa.select(q.c.speaker_name, quote_count).where(q.c.speaker_name.is_not(None))
            .group_by(q.c.speaker_name).order_by(quote_count.desc(), q.c.speaker_name).limit(top)).all()
        span = conn.execute(sa.select(sa.func.min(a.c.published), sa.func.max(a.c.published))).one()
        last_run = conn.execute(sa.select(r).order_by(r.c.id.desc()).limit(1)).first()
        totals = {t: conn.execute(sa.select(sa.func.count()).select_from(schema.metadata.tables[t])).scalar()
                  for t in ("articles", "actors", "mentions", "events", "quotes", "failures")}
    return {
        "totals": totals,
        "articles_by_status": by_status,
        "published": [d.isoformat() if d else None for d in span],
        "events_by_quad_class": {QUAD_CLASSES.get(k, "unclassified"): v for k, v in sorted(
            by_quad.items(), key=lambda kv: (kv[0] is None, kv[0] or 0))},
        "top_dyads": [{"source": d.source_key, "target": d.target_key, "events": d.events,
                       "goldstein": None if d.goldstein is None else round(float(d.goldstein), 2)} for d in dyads],
        "top_speakers": [{"speaker": s.speaker_name, "quotes": s.quotes} for s in speakers],
        "last_run": None if last_run is None else {
            "id": last_run.id, "status": last_run.status, "pipeline_version": last_run.pipeline_version,
            "inserted": last_run.articles_inserted, "replaced": last_run.articles_replaced, "skipped": last_run.articles_skipped,
            "failed": last_run.articles_failed, "timings": last_run.timings},
    }
