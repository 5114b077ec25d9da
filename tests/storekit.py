"""Builders for the store, ingest and export tests: fully populated Articles without running NLP,
and the database URLs to test against (SQLite always, PostgreSQL when DATELINE_TEST_PG is set)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import uuid

import pytest

from dateline.model import (
    Actor,
    Article,
    Credit,
    Event,
    Mention,
    Modality,
    Place,
    Provenance,
    Quote,
    RemovedBlock,
    Role,
    Sentence,
    TimeRef,
    Why,
)

PG_URL = os.environ.get("DATELINE_TEST_PG")


def prov(aid: str, text: str, start: int, rule: str = "test", sentence: int = 0) -> Provenance:
    return Provenance(article_id=aid, sentence=sentence, start=start, end=start + len(text), text=text, rule=rule,
                      confidence=0.9)


def make_article(aid: str, *, body: str = "", published: dt.date = dt.date(2024, 6, 19), source: str = "VOA",
                 wire: str | None = None, duplicate_group: str | None = None, code: str = "042",
                 future: bool = False) -> Article:
    """An article where Russia (RUSGOV, Putin) visits North Korea (PRKGOV, Kim), with one quote."""
    text = body or f"Putin visited Pyongyang on Wednesday, story {aid}. \"We support Russia,\" Kim said."
    art = Article(id=aid, title=f"Story {aid}", url=f"https://example.org/{aid}", published=published,
                  source=source, input_format="text", language="en", text=text,
                  content_hash=hashlib.sha256(text.encode()).hexdigest(), duplicate_group=duplicate_group,
                  pipeline_version="test")
    first_end = text.index(".") + 1
    art.sentences = [Sentence(index=0, start=0, end=first_end, text=text[:first_end]),
                     Sentence(index=1, start=first_end + 1, end=len(text), text=text[first_end + 1:])]
    art.removed = [RemovedBlock(text="0 Komentari", reason="counter", line=3, rule="counter-line")]
    if wire:
        art.credits = [Credit(agency=wire, name=wire, alias=wire, kind="wire", sentences=[0, 1])]
    putin = Actor(id="a1", name="Vladimir Putin", kind="person", country="RUS", sector="GOV", code="RUSGOV",
                  roles=[Role(title="President", country="RUS", sector="GOV", start=dt.date(2012, 5, 7))],
                  aliases=["Putin"], mentions=["m1"], provenance=prov(aid, "Putin", 0))
    kim_at = text.index("Kim")
    kim = Actor(id="a2", name="Kim Jong Un", kind="person", country="PRK", sector="GOV", code="PRKGOV",
                aliases=["Kim"], mentions=["m2"], provenance=prov(aid, "Kim", kim_at, sentence=1))
    art.actors = [putin, kim]
    art.mentions = [Mention(id="m1", actor_id="a1", text="Putin", provenance=prov(aid, "Putin", 0)),
                    Mention(id="m2", actor_id="a2", text="Kim", provenance=prov(aid, "Kim", kim_at, sentence=1))]
    art.dates = [TimeRef(text="Wednesday", start=published, end=published, precision="day", relative=True,
                         resolved=True)]
    art.places = [Place(name="Pyongyang", country="PRK", lat=39.03, lon=125.75, geonameid=1871859)]
    visited = text.index("visited")
    art.events = [Event(id="e1", source="a1", target="a2", source_group=["a1"], target_group=["a2"],
                        source_code="RUSGOV", target_code="PRKGOV", code=code, root=code[:2], base=code[:3],
                        description="Make a visit", goldstein=1.9, quad_class=1, plover_type="CONSULT",
                        modality=Modality(future=future), date=art.dates[0], place=art.places[0],
                        why=Why(pattern="visit +TARGET", trigger="visited"),
                        provenance=prov(aid, "visited", visited, rule="cameo:042"))]
    quote_at = text.index("We support")
    art.quotes = [Quote(id="q1", content="We support Russia,", content_start=quote_at,
                        content_end=quote_at + 18, speaker="a2", speaker_text="Kim", speaker_start=kim_at,
                        speaker_end=kim_at + 3, cue="said", relay=["TASS"] + ([wire] if wire else []),
                        events=[], provenance=prov(aid, "We support Russia,", quote_at, sentence=1))]
    return art


def pg_database_url() -> str:
    """A fresh, empty PostgreSQL schema-less database per test (created in the server named by
    DATELINE_TEST_PG and dropped by :func:`drop_pg_database`)."""
    import sqlalchemy as sa

    from dateline.store.engine import normalise_url

    base = normalise_url(PG_URL)
    name = f"dateline_t_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
    admin.dispose()
    return base.set(database=name).render_as_string(hide_password=False)


def drop_pg_database(url: str) -> None:
    import sqlalchemy as sa

    from dateline.store.engine import normalise_url

    parsed = normalise_url(url)
    admin = sa.create_engine(parsed.set(database=normalise_url(PG_URL).database), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {parsed.database} WITH (FORCE)")
    admin.dispose()


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(
    PG_URL is None, reason="DATELINE_TEST_PG not set (CI sets it; see .ci/postgres.sh)"))]


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path):
    """A fresh empty database on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    url = pg_database_url()
    try:
        yield url
    finally:
        drop_pg_database(url)
