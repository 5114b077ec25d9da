"""The relational layout of the event database (SQLAlchemy Core), shared by SQLite and PostgreSQL.

Two views of every article are kept:

* ``articles.record`` holds the complete Article JSON, so :meth:`Store.load_article` returns exactly
  what the pipeline produced, including fields added to the model after this schema was written;
* one table per record type (actors, roles, aliases, mentions, dates, places, events and their actor
  lists, quotes and relay chains, credits, removed boilerplate) holds the fields queries filter,
  group and export on.  Every such row carries the provenance columns ``prov_*`` and the article id.

Rows of one article are written in one transaction, so a reader never sees half an article.
Schema changes go through Alembic (``dateline/store/migrations``); bump nothing here without a
migration.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


def provenance_columns() -> list[sa.Column]:
    """The Provenance of a record, flattened: sentence, char offsets into the clean text, evidence,
    rule id and confidence."""
    return [
        sa.Column("prov_sentence", sa.Integer),
        sa.Column("prov_start", sa.Integer),
        sa.Column("prov_end", sa.Integer),
        sa.Column("prov_text", sa.Text),
        sa.Column("prov_rule", sa.String(200)),
        sa.Column("prov_confidence", sa.Float),
    ]


def article_fk() -> sa.Column:
    return sa.Column("article_id", sa.String(200), sa.ForeignKey("articles.id", ondelete="CASCADE"),
                     nullable=False)


runs = sa.Table(
    "runs", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("finished_at", sa.DateTime(timezone=True)),
    sa.Column("status", sa.String(20), nullable=False, comment="running, finished, interrupted, failed"),
    sa.Column("command", sa.String(40), nullable=False, server_default="ingest"),
    sa.Column("pipeline_version", sa.String(40), nullable=False),
    sa.Column("schema_version", sa.String(20), nullable=False),
    sa.Column("lexicon_versions", sa.JSON, nullable=False),
    sa.Column("options", sa.JSON, nullable=False),
    sa.Column("inputs", sa.JSON, nullable=False),
    sa.Column("engine", sa.String(20), nullable=False, server_default="local"),
    sa.Column("workers", sa.Integer, nullable=False, server_default="1"),
    sa.Column("host", sa.String(200)),
    sa.Column("pid", sa.Integer),
    sa.Column("articles_inserted", sa.Integer, nullable=False, server_default="0"),
    sa.Column("articles_replaced", sa.Integer, nullable=False, server_default="0"),
    sa.Column("articles_skipped", sa.Integer, nullable=False, server_default="0"),
    sa.Column("articles_failed", sa.Integer, nullable=False, server_default="0"),
    sa.Column("timings", sa.JSON, nullable=False, comment="seconds per stage and total"),
)

articles = sa.Table(
    "articles", metadata,
    sa.Column("id", sa.String(200), primary_key=True),
    sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("url", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("byline", sa.Text),
    sa.Column("published", sa.Date, index=True),
    sa.Column("site", sa.String(200)),
    sa.Column("section", sa.String(200)),
    sa.Column("source", sa.String(200)),
    sa.Column("outlet", sa.String(200), nullable=False,
              comment="Who the article counts as for NumSources: wire agency, else source, else site"),
    sa.Column("input_format", sa.String(40)),
    sa.Column("encoding", sa.String(40)),
    sa.Column("language", sa.String(20)),
    sa.Column("status", sa.String(20), nullable=False, index=True),
    sa.Column("status_reason", sa.Text),
    sa.Column("duplicate_group", sa.String(200), index=True),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("word_count", sa.Integer, nullable=False),
    sa.Column("warnings", sa.JSON, nullable=False),
    sa.Column("pipeline_version", sa.String(40)),
    sa.Column("schema_version", sa.String(20)),
    sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id", ondelete="SET NULL")),
    sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("record", sa.Text, nullable=False, comment="The complete Article JSON"),
)

removed_blocks = sa.Table(
    "removed_blocks", metadata,
    article_fk(),
    sa.Column("idx", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("reason", sa.String(100), nullable=False),
    sa.Column("line", sa.Integer),
    sa.Column("rule", sa.String(200)),
    sa.PrimaryKeyConstraint("article_id", "idx"),
)

credits = sa.Table(
    "credits", metadata,
    article_fk(),
    sa.Column("idx", sa.Integer, nullable=False),
    sa.Column("agency", sa.String(100), nullable=False, index=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("alias", sa.String(200)),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("sentences", sa.JSON, nullable=False),
    *provenance_columns(),
    sa.PrimaryKeyConstraint("article_id", "idx"),
)

actors = sa.Table(
    "actors", metadata,
    article_fk(),
    sa.Column("id", sa.String(100), nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("country", sa.String(10), index=True),
    sa.Column("sector", sa.String(20)),
    sa.Column("code", sa.String(40), index=True),
    sa.Column("kb_id", sa.String(100), index=True),
    sa.Column("anonymous", sa.Boolean, nullable=False),
    *provenance_columns(),
    sa.PrimaryKeyConstraint("article_id", "id"),
)

actor_aliases = sa.Table(
    "actor_aliases", metadata,
    article_fk(),
    sa.Column("actor_id", sa.String(100), nullable=False),
    sa.Column("idx", sa.Integer, nullable=False),
    sa.Column("alias", sa.Text, nullable=False),
    sa.PrimaryKeyConstraint("article_id", "actor_id", "idx"),
)

actor_roles = sa.Table(
    "actor_roles", metadata,
    article_fk(),
    sa.Column("actor_id", sa.String(100), nullable=False),
    sa.Column("idx", sa.Integer, nullable=False),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("country", sa.String(10)),
    sa.Column("sector", sa.String(20)),
    sa.Column("organisation", sa.Text),
    sa.Column("start", sa.Date),
    sa.Column("end", sa.Date),
    *provenance_columns(),
    sa.PrimaryKeyConstraint("article_id", "actor_id", "idx"),
)

mentions = sa.Table(
    "mentions", metadata,
    article_fk(),
    sa.Column("id", sa.String(100), nullable=False),
    sa.Column("actor_id", sa.String(100)),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("ner_label", sa.String(20)),
    *provenance_columns(),
    sa.PrimaryKeyConstraint("article_id", "id"),
)

dates = sa.Table(
    "dates", metadata,
    article_fk(),
    sa.Column("idx", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("start", sa.Date),
    sa.Column("end", sa.Date),
    sa.Column("precision", sa.String(20), nullable=False),
    sa.Column("relative", sa.Boolean, nullable=False),
    sa.Column("resolved", sa.Boolean, nullable=False),
    sa.Column("source", sa.String(20), nullable=False),
    *provenance_columns(),
    sa.PrimaryKeyConstraint("article_id", "idx"),
)

places = sa.Table(
    "places", metadata,
    article_fk(),
    sa.Column("idx", sa.Integer, nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("country", sa.String(10)),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("geonameid", sa.BigInteger),
    sa.Column("source", sa.String(20), nullable=False),
    sa.Column("reason", sa.Text),
    *provenance_columns(),
    sa.PrimaryKeyConstraint("article_id", "idx"),
)

events = sa.Table(
    "events", metadata,
    article_fk(),
    sa.Column("id", sa.String(100), nullable=False),
    # who: the article-local actor ids plus the resolved fields cross-article queries need
    sa.Column("source", sa.String(100)),
    sa.Column("target", sa.String(100)),
    sa.Column("source_name", sa.Text),
    sa.Column("target_name", sa.Text),
    sa.Column("source_code", sa.String(40), index=True),
    sa.Column("target_code", sa.String(40), index=True),
    sa.Column("source_country", sa.String(10), index=True),
    sa.Column("target_country", sa.String(10), index=True),
    sa.Column("source_kb_id", sa.String(100)),
    sa.Column("target_kb_id", sa.String(100)),
    sa.Column("source_key", sa.String(200), nullable=False,
              comment="Cross-article identity used for grouping: CAMEO code, else name"),
    sa.Column("target_key", sa.String(200), nullable=False),
    # what
    sa.Column("code", sa.String(10), nullable=False, index=True),
    sa.Column("root", sa.String(10), nullable=False, index=True),
    sa.Column("base", sa.String(10), nullable=False),
    sa.Column("description", sa.Text),
    sa.Column("goldstein", sa.Float),
    sa.Column("quad_class", sa.Integer, index=True),
    sa.Column("plover_type", sa.String(40), index=True),
    sa.Column("plover_mode", sa.String(40)),
    sa.Column("plover_context", sa.JSON, nullable=False),
    # modality
    sa.Column("negated", sa.Boolean, nullable=False),
    sa.Column("future", sa.Boolean, nullable=False),
    sa.Column("hypothetical", sa.Boolean, nullable=False),
    sa.Column("historical", sa.Boolean, nullable=False),
    sa.Column("reported", sa.Boolean, nullable=False),
    # when
    sa.Column("day", sa.Date, index=True, comment="Event day if known to the day, else publication day"),
    sa.Column("date_text", sa.Text),
    sa.Column("date_start", sa.Date),
    sa.Column("date_end", sa.Date),
    sa.Column("date_precision", sa.String(20)),
    # where
    sa.Column("place_name", sa.Text),
    sa.Column("place_country", sa.String(10)),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("geonameid", sa.BigInteger),
    # said by / why
    sa.Column("reported_by", sa.String(100)),
    sa.Column("quote_id", sa.String(100)),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("why_pattern", sa.Text, nullable=False),
    sa.Column("why_trigger", sa.Text, nullable=False),
    sa.Column("why_source_path", sa.Text),
    sa.Column("why_target_path", sa.Text),
    sa.Column("why_notes", sa.JSON, nullable=False),
    *provenance_columns(),
    sa.PrimaryKeyConstraint("article_id", "id"),
)
sa.Index("ix_events_group", events.c.source_key, events.c.target_key, events.c.code, events.c.day)

event_actors = sa.Table(
    "event_actors", metadata,
    article_fk(),
    sa.Column("event_id", sa.String(100), nullable=False),
    sa.Column("side", sa.String(10), nullable=False, comment="source or target"),
    sa.Column("idx", sa.Integer, nullable=False),
    sa.Column("actor_id", sa.String(100), nullable=False),
    sa.PrimaryKeyConstraint("article_id", "event_id", "side", "idx"),
)

quotes = sa.Table(
    "quotes", metadata,
    article_fk(),
    sa.Column("id", sa.String(100), nullable=False),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("content", sa.Text, nullable=False),
    sa.Column("content_start", sa.Integer, nullable=False),
    sa.Column("content_end", sa.Integer, nullable=False),
    sa.Column("speaker", sa.String(100)),
    sa.Column("speaker_name", sa.Text, comment="Canonical name of the speaker actor"),
    sa.Column("speaker_text", sa.Text),
    sa.Column("speaker_start", sa.Integer),
    sa.Column("speaker_end", sa.Integer),
    sa.Column("cue", sa.String(100)),
    sa.Column("cue_start", sa.Integer),
    sa.Column("cue_end", sa.Integer),
    sa.Column("anonymous", sa.Boolean, nullable=False),
    *provenance_columns(),
    sa.PrimaryKeyConstraint("article_id", "id"),
)

quote_relays = sa.Table(
    "quote_relays", metadata,
    article_fk(),
    sa.Column("quote_id", sa.String(100), nullable=False),
    sa.Column("idx", sa.Integer, nullable=False, comment="0 = innermost relay; the wire credit last"),
    sa.Column("agency", sa.String(100), nullable=False),
    sa.PrimaryKeyConstraint("article_id", "quote_id", "idx"),
)

quote_events = sa.Table(
    "quote_events", metadata,
    article_fk(),
    sa.Column("quote_id", sa.String(100), nullable=False),
    sa.Column("event_id", sa.String(100), nullable=False),
    sa.PrimaryKeyConstraint("article_id", "quote_id", "event_id"),
)

failures = sa.Table(
    "failures", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id", ondelete="CASCADE")),
    sa.Column("origin", sa.Text, nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
)

#: tables whose rows belong to one article, in insertion order (children after ``articles``)
ARTICLE_TABLES = [removed_blocks, credits, actors, actor_aliases, actor_roles, mentions, dates, places,
                  events, event_actors, quotes, quote_relays, quote_events]
