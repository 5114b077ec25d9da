"""Flatten one Article into the rows of each table in :mod:`dateline.store.schema`.

Pure functions, no database: the store inserts what :func:`article_rows` returns in one transaction.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

from dateline.model import Actor, Article, Event, Provenance
from dateline.store import schema


def provenance_row(prov: Provenance | None) -> dict:
    if prov is None:
        return dict.fromkeys(("prov_sentence", "prov_start", "prov_end", "prov_text", "prov_rule",
                              "prov_confidence"))
    return {"prov_sentence": prov.sentence, "prov_start": prov.start, "prov_end": prov.end,
            "prov_text": prov.text, "prov_rule": prov.rule, "prov_confidence": prov.confidence}


def outlet_of(article: Article) -> str:
    """Who an article counts as for NumSources: the credited wire agency, else the outlet, else the
    site or URL host.  Near-duplicates are collapsed separately through ``duplicate_group``."""
    wire = next((c.agency for c in article.credits if c.kind == "wire"), None)
    host = urlsplit(article.url).hostname if article.url else None
    return wire or article.source or article.site or host or "unknown"


def actor_key(actor: Actor | None) -> str:
    """Cross-article identity of an event participant: CAMEO code, else knowledge-base id, else name."""
    if actor is None:
        return ""
    return actor.code or actor.kb_id or actor.name


def event_day(event: Event, published: dt.date | None) -> dt.date | None:
    """The day an event is counted on: its own date when known to the day, else the publication day."""
    when = event.date
    if when is not None and when.start is not None and when.precision == "day":
        return when.start
    return published


def article_row(article: Article, run_id: int | None, now: dt.datetime) -> dict:
    return {
        "id": article.id, "content_hash": article.content_hash, "url": article.url, "title": article.title,
        "byline": article.byline, "published": article.published, "site": article.site,
        "section": article.section, "source": article.source, "outlet": outlet_of(article),
        "input_format": article.input_format, "encoding": article.encoding, "language": article.language,
        "status": article.status, "status_reason": article.status_reason,
        "duplicate_group": article.duplicate_group, "text": article.text,
        "word_count": len(article.text.split()), "warnings": list(article.warnings),
        "pipeline_version": article.pipeline_version, "schema_version": article.schema_version,
        "run_id": run_id, "ingested_at": now, "record": article.to_json(),
    }


def _event_row(aid: str, event: Event, article: Article) -> dict:
    src, tgt = article.actor(event.source), article.actor(event.target)
    when, where, mod, why = event.date, event.place, event.modality, event.why
    return {
        "article_id": aid, "id": event.id, "source": event.source, "target": event.target,
        "source_name": src.name if src else None, "target_name": tgt.name if tgt else None,
        "source_code": event.source_code or (src.code if src else None),
        "target_code": event.target_code or (tgt.code if tgt else None),
        "source_country": src.country if src else None, "target_country": tgt.country if tgt else None,
        "source_kb_id": src.kb_id if src else None, "target_kb_id": tgt.kb_id if tgt else None,
        "source_key": event.source_code or actor_key(src), "target_key": event.target_code or actor_key(tgt),
        "code": event.code, "root": event.root or event.code[:2], "base": event.base or event.code[:3],
        "description": event.description, "goldstein": event.goldstein, "quad_class": event.quad_class,
        "plover_type": event.plover_type, "plover_mode": event.plover_mode or mod.plover_mode,
        "plover_context": list(event.plover_context),
        "negated": mod.negated, "future": mod.future, "hypothetical": mod.hypothetical,
        "historical": mod.historical, "reported": mod.reported,
        "day": event_day(event, article.published),
        "date_text": when.text if when else None, "date_start": when.start if when else None,
        "date_end": when.end if when else None, "date_precision": when.precision if when else None,
        "place_name": where.name if where else None, "place_country": where.country if where else None,
        "lat": where.lat if where else None, "lon": where.lon if where else None,
        "geonameid": where.geonameid if where else None,
        "reported_by": event.reported_by, "quote_id": event.quote_id, "confidence": event.confidence,
        "why_pattern": why.pattern, "why_trigger": why.trigger, "why_source_path": why.source_path,
        "why_target_path": why.target_path, "why_notes": list(why.notes),
        **provenance_row(event.provenance),
    }


def child_rows(article: Article) -> dict[str, list[dict]]:
    """Rows of every per-article table except ``articles`` itself, keyed by table name."""
    aid = article.id
    rows: dict[str, list[dict]] = {t.name: [] for t in schema.ARTICLE_TABLES}
    rows["removed_blocks"] = [
        {"article_id": aid, "idx": i, "text": b.text, "reason": b.reason, "line": b.line, "rule": b.rule}
        for i, b in enumerate(article.removed)]
    rows["credits"] = [
        {"article_id": aid, "idx": i, "agency": c.agency, "name": c.name, "alias": c.alias, "kind": c.kind,
         "sentences": list(c.sentences), **provenance_row(c.provenance)}
        for i, c in enumerate(article.credits)]
    for a in article.actors:
        rows["actors"].append({
            "article_id": aid, "id": a.id, "name": a.name, "kind": a.kind, "country": a.country,
            "sector": a.sector, "code": a.code, "kb_id": a.kb_id, "anonymous": a.anonymous,
            **provenance_row(a.provenance)})
        rows["actor_aliases"] += [{"article_id": aid, "actor_id": a.id, "idx": i, "alias": alias}
                                  for i, alias in enumerate(a.aliases)]
        rows["actor_roles"] += [
            {"article_id": aid, "actor_id": a.id, "idx": i, "title": r.title, "country": r.country,
             "sector": r.sector, "organisation": r.organisation, "start": r.start, "end": r.end,
             **provenance_row(r.provenance)}
            for i, r in enumerate(a.roles)]
    rows["mentions"] = [
        {"article_id": aid, "id": m.id, "actor_id": m.actor_id, "text": m.text, "kind": m.kind,
         "ner_label": m.ner_label, **provenance_row(m.provenance)}
        for m in article.mentions]
    rows["dates"] = [
        {"article_id": aid, "idx": i, "text": d.text, "start": d.start, "end": d.end, "precision": d.precision,
         "relative": d.relative, "resolved": d.resolved, "source": d.source, **provenance_row(d.provenance)}
        for i, d in enumerate(article.dates)]
    rows["places"] = [
        {"article_id": aid, "idx": i, "name": p.name, "country": p.country, "lat": p.lat, "lon": p.lon,
         "geonameid": p.geonameid, "source": p.source, "reason": p.reason, **provenance_row(p.provenance)}
        for i, p in enumerate(article.places)]
    for e in article.events:
        rows["events"].append(_event_row(aid, e, article))
        for side, group in (("source", e.source_group), ("target", e.target_group)):
            rows["event_actors"] += [{"article_id": aid, "event_id": e.id, "side": side, "idx": i,
                                      "actor_id": actor_id} for i, actor_id in enumerate(group)]
    for q in article.quotes:
        speaker = article.actor(q.speaker)
        rows["quotes"].append({
            "article_id": aid, "id": q.id, "kind": q.kind, "content": q.content,
            "content_start": q.content_start, "content_end": q.content_end, "speaker": q.speaker,
            "speaker_name": speaker.name if speaker else None, "speaker_text": q.speaker_text,
            "speaker_start": q.speaker_start, "speaker_end": q.speaker_end, "cue": q.cue,
            "cue_start": q.cue_start, "cue_end": q.cue_end, "anonymous": q.anonymous,
            **provenance_row(q.provenance)})
        rows["quote_relays"] += [{"article_id": aid, "quote_id": q.id, "idx": i, "agency": agency}
                                 for i, agency in enumerate(q.relay)]
        rows["quote_events"] += [{"article_id": aid, "quote_id": q.id, "event_id": event_id}
                                 for event_id in dict.fromkeys(q.events)]
    return rows
