"""The store on SQLite and PostgreSQL: round trips, idempotence, atomic replace, queries, bad databases."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3

import pytest
import sqlalchemy as sa
import storekit
from storekit import make_article

from dateline.errors import StoreError
from dateline.store import ArticleConflict, ArticleNotFound, open_store, schema
from dateline.store.queries import EventFilter, count_events, select_events

db_url = storekit.db_url  # fixture: a fresh database on SQLite and, when configured, PostgreSQL


def test_save_and_load_round_trip(db_url):
    art = make_article("s1", wire="AFP")
    with open_store(db_url) as store:
        assert store.save(art) == "inserted"
        assert store.load_article("s1") == art
        assert store.has(art.content_hash)
        with store.reading() as conn:
            event = conn.execute(sa.select(schema.events)).one()._mapping
            relay = conn.execute(sa.select(schema.quote_relays.c.agency).order_by("idx")).scalars().all()
            outlet = conn.execute(sa.select(schema.articles.c.outlet)).scalar()
        assert (event["source_name"], event["target_country"], event["code"]) == ("Vladimir Putin", "PRK", "042")
        assert (event["prov_start"], event["prov_text"], event["prov_rule"]) == (
            art.text.index("visited"), "visited", "cameo:042")
        assert relay == ["TASS", "AFP"]
        assert outlet == "AFP"


def test_save_is_idempotent_and_replace_is_atomic(db_url):
    with open_store(db_url) as store:
        art = make_article("s1")
        assert store.save(art) == "inserted"
        assert store.save(art) == "skipped"
        assert store.count("events") == 1
        recoded = art.model_copy(deep=True)
        recoded.events[0].code = "043"
        recoded.events.append(recoded.events[0].model_copy(update={"id": "e2", "code": "036"}))
        assert store.save(recoded, replace=True) == "replaced"
        assert store.count() == 1
        assert sorted(r["code"] for r in select_events(store)) == ["036", "043"]
        assert store.count("mentions") == 2 and store.count("quote_relays") == 1


def test_same_id_different_content_is_a_conflict(db_url):
    with open_store(db_url) as store:
        store.save(make_article("s1"))
        edited = make_article("s1", body="Putin visited Pyongyang again. \"We support Russia,\" Kim said.")
        with pytest.raises(ArticleConflict):
            store.save(edited)
        assert store.save(edited, replace=True) == "replaced"
        assert store.load_article("s1").text == edited.text
        with pytest.raises(ArticleNotFound):
            store.load_article("nope")


def test_filters_and_grouping(db_url):
    day = dt.date(2024, 6, 19)
    with open_store(db_url) as store:
        # the same visit from AFP twice (near-duplicates), from VOA, and a future signing a day later
        store.save(make_article("a", wire="AFP", duplicate_group="g1"))
        store.save(make_article("b", body="AFP copy: Putin visited Pyongyang. \"We support Russia,\" Kim said.",
                                source="Other", wire="AFP", duplicate_group="g1"))
        store.save(make_article("c", source="VOA"))
        store.save(make_article("d", code="057", future=True, published=day + dt.timedelta(days=1)))

        groups = select_events(store, grouped=True)
        visit = next(g for g in groups if g["code"] == "042")
        assert (visit["num_mentions"], visit["num_articles"], visit["num_sources"]) == (3, 3, 2)
        assert (visit["source_key"], visit["target_key"], visit["day"]) == ("RUSGOV", "PRKGOV", day)
        assert count_events(store, grouped=True) == 2 and count_events(store) == 4

        def codes(**kw) -> list[str]:
            return sorted(r["code"] for r in select_events(store, EventFilter(**kw)))

        assert codes(start=day + dt.timedelta(days=1)) == ["057"]
        assert codes(end=day) == ["042"] * 3
        assert codes(actor="putin") == codes(source="RUS") == codes(target="PRKGOV") == ["042"] * 3 + ["057"]
        assert codes(source="PRK") == []
        assert codes(code="05") == codes(root="05") == codes(modality="future") == ["057"]
        assert codes(modality="asserted") == ["042"] * 3
        assert codes(quad_class=2) == [] and codes(plover_type="consult") == ["042"] * 3 + ["057"]
        assert len(select_events(store, limit=2, offset=3)) == 1


def test_bad_filter_values_are_rejected():
    with pytest.raises(ValueError, match="modality"):
        EventFilter(modality="maybe")
    with pytest.raises(ValueError, match="quad_class"):
        EventFilter(quad_class=7)


def test_runs_record_versions_and_timings(db_url):
    with open_store(db_url) as store:
        run = store.start_run(inputs=["x.jsonl"], options={"workers": 1}, pipeline_version="0.1.0",
                              lexicon_versions={"cameo": "abc"})
        store.record_failure(run, "x.jsonl:3", "empty input")
        store.finish_run(run, status="finished", counts={"inserted": 2, "failed": 1}, timings={"total": 1.5})
        with store.reading() as conn:
            row = conn.execute(sa.select(schema.runs)).one()._mapping
        assert (row["status"], row["articles_inserted"], row["articles_failed"]) == ("finished", 2, 1)
        assert row["lexicon_versions"] == {"cameo": "abc"} and row["timings"] == {"total": 1.5}
        assert store.count("failures") == 1


def test_unreachable_database_is_a_store_error():
    with pytest.raises(StoreError, match="cannot open"):
        open_store("postgresql://nobody:secret@127.0.0.1:1/none")


def test_password_is_not_shown_in_errors():
    with pytest.raises(StoreError) as info:
        open_store("postgresql://nobody:secret@127.0.0.1:1/none")
    assert "secret" not in str(info.value)


def test_missing_database_for_reading(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        open_store(str(tmp_path / "absent.db"), readonly=True)


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "new.db"
    open_store(str(path)).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StoreError, match="newer than this dateline"):
        open_store(str(path))
    with pytest.raises(StoreError, match="newer than this dateline"):
        open_store(str(path), readonly=True)


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_database_is_a_store_error(tmp_path):
    path = tmp_path / "ro.db"
    open_store(str(path)).close()
    path.chmod(0o444)
    tmp_path.chmod(0o555)
    try:
        with pytest.raises(StoreError, match="read"):
            open_store(str(path)).save(make_article("x"))
    finally:
        tmp_path.chmod(0o755)


def test_read_only_database_as_root(tmp_path):
    """Root ignores permissions, so open the file through SQLite's read-only mode instead."""
    path = tmp_path / "ro.db"
    open_store(str(path)).close()
    store = open_store(f"sqlite:///file:{path}?mode=ro&uri=true", readonly=True)
    with pytest.raises(StoreError, match="readonly|read-only"):
        store.save(make_article("x"))


def test_full_disk_is_a_store_error(tmp_path):
    """SQLite's max_page_count caps the file at its current size: the next insert finds the disk full."""
    store = open_store(str(tmp_path / "full.db"))
    with store.writer.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

    @sa.event.listens_for(store.writer, "connect")
    def _cap(dbapi_conn, _record):
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    store.writer.dispose()
    big = 'Putin visited Pyongyang. "We support Russia," Kim said. ' + "x " * 20000
    with pytest.raises(StoreError, match="full"):
        store.save(make_article("x", body=big))
    assert store.count() == 0


def test_migrations_build_the_same_schema_as_the_models(db_url):
    """Alembic's upgrade from an empty database and schema.py must agree (no autogenerate diff)."""
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from dateline.store.engine import normalise_url
    from dateline.store.migrate import alembic_config
    from dateline.store.schema import metadata

    engine = sa.create_engine(normalise_url(db_url))
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
        assert compare_metadata(MigrationContext.configure(conn), metadata) == []
    engine.dispose()
    with open_store(db_url) as store:  # a migrated database opens as a current one
        assert store.save(make_article("m")) == "inserted"
