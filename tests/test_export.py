"""Exports round-trip: pandas, pyarrow and DuckDB read what `dateline export` wrote, unchanged."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest
import storekit
from storekit import make_article

from dateline.export import export
from dateline.export.gdelt import COLUMNS, FILLED
from dateline.model import Article
from dateline.store import open_store
from dateline.store.queries import EventFilter

DAY = dt.date(2024, 6, 19)

db_url = storekit.db_url  # fixture: a fresh database on SQLite and, when configured, PostgreSQL


@pytest.fixture
def store(db_url):
    with open_store(db_url) as store:
        store.save(make_article("a", wire="AFP", duplicate_group="g1"))
        store.save(make_article("b", body="Copy: Putin visited Pyongyang. \"We support Russia,\" Kim said.",
                                wire="AFP", duplicate_group="g1"))
        store.save(make_article("c", source="VOA"))
        store.save(make_article("d", code="057", future=True, published=DAY + dt.timedelta(days=1)))
        yield store


def test_gdelt_has_the_61_columns_in_order_and_group_counts(store, tmp_path):
    path = tmp_path / "events.tsv"
    assert export(store, "gdelt", path) == 2
    assert len(COLUMNS) == 61 and COLUMNS[0] == "GLOBALEVENTID" and COLUMNS[-1] == "SOURCEURL"
    assert set(FILLED) <= set(COLUMNS)
    frame = pd.read_csv(path, sep="\t", dtype={"EventCode": str, "EventBaseCode": str, "EventRootCode": str})
    assert list(frame.columns) == COLUMNS
    visit = frame[frame.EventCode == "042"].iloc[0]
    assert (visit.NumMentions, visit.NumArticles, visit.NumSources) == (3, 3, 2)
    assert (visit.SQLDATE, visit.Actor1Code, visit.Actor2CountryCode, visit.Actor1Type1Code) == (
        20240619, "RUSGOV", "PRK", "GOV")
    assert visit.EventRootCode == "04" and visit.QuadClass == 1 and visit.GoldsteinScale == 1.9
    assert visit.ActionGeo_FullName == "Pyongyang" and visit.ActionGeo_FeatureID == 1871859
    assert frame.AvgTone.isna().all()
    again = tmp_path / "again.tsv"
    export(store, "gdelt", again)
    assert again.read_text() == path.read_text()  # stable ids and order
    with duckdb.connect() as con:
        assert con.execute(f"SELECT count(*) FROM read_csv('{path}', delim='\t', header=true)").fetchone() == (2,)


def test_plover_records_follow_the_manual(store, tmp_path):
    path = tmp_path / "events.jsonl"
    assert export(store, "plover", path, EventFilter(modality="future")) == 1
    (record,) = [json.loads(line) for line in path.read_text().splitlines()]
    assert {"id", "date", "actor", "recipient", "event"} <= set(record)
    assert record["date"] == "2024-06-20" and record["event"] == ["CONSULT"]
    assert record["actor"] == [{"code": "RUS", "sector": "GOV", "entity_text": "Vladimir Putin",
                                "identifier_text": "Vladimir Putin"}]
    assert record["recipient"][0]["code"] == "PRK" and record["quad_code"] == 1
    assert record["event_loc"]["geonameid"] == 1871859 and record["text_info"]["start"] > 0
    assert pd.read_json(path, lines=True).shape[0] == 1


def test_csv_and_parquet_round_trip(store, tmp_path):
    csv_path, parquet_path = tmp_path / "e.csv", tmp_path / "e.parquet"
    assert export(store, "csv", csv_path) == export(store, "parquet", parquet_path) == 4
    from_csv = pd.read_csv(csv_path, dtype={"code": str, "root": str, "base": str})
    table = pq.read_table(parquet_path)
    from_parquet = table.to_pandas()
    assert list(from_csv.columns) == table.column_names
    assert sorted(from_csv.code) == sorted(from_parquet.code) == ["042", "042", "042", "057"]
    assert str(table.schema.field("day").type) == "date32[day]" and from_parquet.future.sum() == 1
    with duckdb.connect() as con:
        rows = con.execute(f"SELECT code, count(*) FROM '{parquet_path}' GROUP BY code ORDER BY code").fetchall()
    assert rows == [("042", 3), ("057", 1)]
    grouped = tmp_path / "g.parquet"
    assert export(store, "parquet", grouped, grouped=True) == 2
    assert pq.read_table(grouped).to_pandas().num_mentions.sum() == 4


def test_empty_parquet_export_still_has_the_schema(store, tmp_path):
    path = tmp_path / "none.parquet"
    assert export(store, "parquet", path, EventFilter(root="19")) == 0
    assert "code" in pq.read_table(path).column_names


def test_jsonl_exports_complete_articles(store, tmp_path):
    path = tmp_path / "articles.jsonl"
    assert export(store, "jsonl", path) == 4
    articles = [Article.from_json(line) for line in path.read_text().splitlines()]
    assert [a.id for a in articles] == ["a", "b", "c", "d"]
    assert articles[0] == store.load_article("a")
    assert export(store, "jsonl", path, EventFilter(code="057")) == 1


def test_export_command_with_filters(store, tmp_path):
    out = tmp_path / "f.csv"
    proc = subprocess.run([sys.executable, "-m", "dateline", "export", "--format", "csv", "--db",
                           store.url.render_as_string(hide_password=False), "-o", str(out), "--from", "2024-06-20", "--actor", "kim"],
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert pd.read_csv(out, dtype={"code": str}).code.tolist() == ["057"]
    bad = subprocess.run([sys.executable, "-m", "dateline", "export", "--format", "csv", "--db",
                          str(tmp_path / "absent.db")], capture_output=True, text=True, timeout=120, check=False)
    assert bad.returncode == 5 and "no such database" in bad.stderr and "Traceback" not in bad.stderr
