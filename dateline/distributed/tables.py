"""Flatten coded articles into the four tables of the Parquet dataset.

``articles`` keeps the full Article JSON (the lossless record that ``dateline load`` rebuilds from)
and the article's position in its shard (input order across the month partitions);
``actors``, ``events`` and ``quotes`` are flat, typed views for analysis in pandas, DuckDB or Spark.
Every row carries ``month`` (YYYY-MM of the publication date, 'unknown' without one), the
partition key of the dataset.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyarrow as pa

from dateline.model import Article, Provenance

UNKNOWN_MONTH = "unknown"

_PROVENANCE = [("sentence", pa.int32()), ("start", pa.int32()), ("end", pa.int32()),
               ("evidence", pa.string()), ("rule", pa.string())]

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema([
        ("article_id", pa.string()), ("shard", pa.string()), ("position", pa.int32()), ("published", pa.date32()),
        ("url", pa.string()), ("title", pa.string()), ("source", pa.string()), ("language", pa.string()),
        ("status", pa.string()), ("content_hash", pa.string()), ("n_actors", pa.int32()),
        ("n_events", pa.int32()), ("n_quotes", pa.int32()), ("article_json", pa.string()),
        ("month", pa.string()),
    ]),
    "actors": pa.schema([
        ("article_id", pa.string()), ("actor_id", pa.string()), ("name", pa.string()), ("kind", pa.string()),
        ("country", pa.string()), ("sector", pa.string()), ("code", pa.string()), ("kb_id", pa.string()),
        ("n_mentions", pa.int32()), ("month", pa.string()),
    ]),
    "events": pa.schema([
        ("article_id", pa.string()), ("event_id", pa.string()), ("published", pa.date32()),
        ("event_date", pa.date32()), ("source", pa.string()), ("target", pa.string()),
        ("source_code", pa.string()), ("target_code", pa.string()), ("code", pa.string()), ("root", pa.string()),
        ("base", pa.string()), ("goldstein", pa.float64()), ("quad_class", pa.int8()),
        ("plover_type", pa.string()), ("plover_mode", pa.string()), ("negated", pa.bool_()),
        ("future", pa.bool_()), ("hypothetical", pa.bool_()), ("historical", pa.bool_()),
        ("reported", pa.bool_()), ("place", pa.string()), ("place_country", pa.string()),
        ("lat", pa.float64()), ("lon", pa.float64()), ("reported_by", pa.string()), ("quote_id", pa.string()),
        ("confidence", pa.float64()), *_PROVENANCE, ("month", pa.string()),
    ]),
    "quotes": pa.schema([
        ("article_id", pa.string()), ("quote_id", pa.string()), ("kind", pa.string()), ("content", pa.string()),
        ("speaker", pa.string()), ("speaker_text", pa.string()), ("cue", pa.string()),
        ("relay", pa.list_(pa.string())), ("events", pa.list_(pa.string())), *_PROVENANCE,
        ("month", pa.string()),
    ]),
}
TABLES = tuple(SCHEMAS)


def month_of(article: Article) -> str:
    return article.published.strftime("%Y-%m") if article.published else UNKNOWN_MONTH


def tables_for(articles: Iterable[Article], shard_id: str) -> dict[str, list[dict]]:
    """Rows of every table for the given articles, in article order."""
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    for position, article in enumerate(articles):
        month = month_of(article)
        rows["articles"].append(_article_row(article, shard_id) | {"position": position, "month": month})
        rows["actors"].extend(_actor_row(article, actor) | {"month": month} for actor in article.actors)
        rows["events"].extend(_event_row(article, event) | {"month": month} for event in article.events)
        rows["quotes"].extend(_quote_row(article, quote) | {"month": month} for quote in article.quotes)
    return rows


def _article_row(article: Article, shard_id: str) -> dict:
    return {
        "article_id": article.id, "shard": shard_id, "published": article.published, "url": article.url,
        "title": article.title, "source": article.source, "language": article.language,
        "status": article.status, "content_hash": article.content_hash, "n_actors": len(article.actors),
        "n_events": len(article.events), "n_quotes": len(article.quotes), "article_json": article.to_json(),
    }


def _actor_row(article: Article, actor) -> dict:
    return {
        "article_id": article.id, "actor_id": actor.id, "name": actor.name, "kind": actor.kind,
        "country": actor.country, "sector": actor.sector, "code": actor.code, "kb_id": actor.kb_id,
        "n_mentions": len(actor.mentions),
    }


def _event_row(article: Article, event) -> dict:
    place = event.place
    return {
        "article_id": article.id, "event_id": event.id, "published": article.published,
        "event_date": event.date.start if event.date else None, "source": event.source, "target": event.target,
        "source_code": event.source_code, "target_code": event.target_code, "code": event.code,
        "root": event.root, "base": event.base, "goldstein": event.goldstein, "quad_class": event.quad_class,
        "plover_type": event.plover_type, "plover_mode": event.plover_mode,
        "negated": event.modality.negated, "future": event.modality.future,
        "hypothetical": event.modality.hypothetical, "historical": event.modality.historical,
        "reported": event.modality.reported, "place": place.name if place else None,
        "place_country": place.country if place else None, "lat": place.lat if place else None,
        "lon": place.lon if place else None, "reported_by": event.reported_by, "quote_id": event.quote_id,
        "confidence": event.confidence, **_provenance(event.provenance),
    }


def _quote_row(article: Article, quote) -> dict:
    return {
        "article_id": article.id, "quote_id": quote.id, "kind": quote.kind, "content": quote.content,
        "speaker": quote.speaker, "speaker_text": quote.speaker_text, "cue": quote.cue, "relay": quote.relay,
        "events": quote.events, **_provenance(quote.provenance),
    }


def _provenance(prov: Provenance) -> dict:
    return {"sentence": prov.sentence, "start": prov.start, "end": prov.end, "evidence": prov.text,
            "rule": prov.rule}
