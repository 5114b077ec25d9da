"""HTTP API and server-rendered pages over a real store (FastAPI TestClient, SQLite)."""

from __future__ import annotations

import html
import json
import re

import pytest
from fastapi.testclient import TestClient
from web_demo import ATTR, JS_URL, ONERROR, SCRIPT, TEXTAREA, TOKEN, build_demo_db, hostile_article

from dateline.web import create_app
from dateline.web.security import CSP

LOCAL = ("127.0.0.1", 50000)
REMOTE = ("203.0.113.7", 50000)
PAGES = ["/", "/articles", "/article/demo-dyad-18", "/article/hostile-1", "/actors", "/actor/RUSGOV",
         "/dyad/RUS/PRK", "/network", "/events", "/events?grouped=true", "/quotes", "/try", "/docs"]


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'demo.db'}"
    build_demo_db(url)
    return url


@pytest.fixture(scope="module")
def client(demo_url):
    return TestClient(create_app(demo_url, token=TOKEN), client=LOCAL)


def refs_in(page: str) -> set[str]:
    """Every record key referenced by a highlight on a rendered article page."""
    found: set[str] = set()
    for raw in re.findall(r"data-refs='([^']*)'", page):
        found.update(json.loads(html.unescape(raw)))
    return found


def record_json(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="records">(.*?)</script>', page, re.DOTALL)
    assert match, "record JSON block missing"
    return json.loads(match.group(1))


@pytest.mark.parametrize("path", PAGES)
def test_every_page_renders_with_strict_csp(client, path):
    response = client.get(path)
    assert response.status_code == 200, response.text[:300]
    assert response.headers["content-type"].startswith("text/html")
    assert response.headers["content-security-policy"] == CSP
    assert "script-src 'self'" in CSP and "unsafe-inline" not in CSP
    assert "<script>" not in response.text  # only external (src=) and JSON data blocks
    assert "style=" not in response.text


def test_article_page_highlights_every_record(client):
    page = client.get("/article/demo-dyad-18").text
    refs = refs_in(page)
    expected = {f"mention:m{i}" for i in range(1, 8)} | {"event:e1", "event:e2", "event:e3", "quote:q1"}
    assert expected <= refs
    records = record_json(page)
    assert expected <= records.keys()
    assert records["event:e1"]["why"]["pattern"] == "met"
    assert records["event:e1"]["source_name"] == "Vladimir Putin"
    assert 'class="hl k-event"' in page  # trigger "met" alone is an event highlight
    assert "Removed boilerplate (1 blocks)" in page and "navigation" in page
    assert "via KCNA" in page  # relay chain of the quote


def test_seed_article_highlights_every_record(tmp_path, seed_article):
    url = f"sqlite:///{tmp_path / 'seed.db'}"
    from dateline.store import open_store

    with open_store(url) as store:
        store.save(seed_article)
    page = TestClient(create_app(url), client=LOCAL).get(f"/article/{seed_article.id}").text
    refs = refs_in(page)
    keys = ({f"mention:{m.id}" for m in seed_article.mentions if m.provenance.end > m.provenance.start}
            | {f"event:{e.id}" for e in seed_article.events}
            | {f"quote:{q.id}" for q in seed_article.quotes if q.content_end > q.content_start})
    assert keys <= refs
    assert keys <= record_json(page).keys()
    for credit in seed_article.credits:
        assert html.escape(credit.name) in page


def test_hostile_content_is_escaped_everywhere(client):
    for path in ["/article/hostile-1", "/", "/events", "/actor/XSS", "/quotes", "/articles", "/network"]:
        page = client.get(path).text
        for attack in (SCRIPT, ONERROR, TEXTAREA, ATTR):
            assert attack not in page, (path, attack)
        assert 'href="javascript:' not in page.lower(), path
    page = client.get("/article/hostile-1").text
    assert html.escape(SCRIPT) in page
    assert f'<span class="src">{html.escape(JS_URL)}</span>' in page  # shown, not linked
    records = record_json(page)
    assert records["event:xe1"]["why"]["notes"] == [TEXTAREA]  # data intact after the JSON round trip


def test_reads_are_local_only_unless_token_or_public(demo_url):
    remote = TestClient(create_app(demo_url, token=TOKEN), client=REMOTE)
    assert remote.get("/api/stats").status_code == 403
    assert remote.get("/").status_code == 403
    assert remote.get("/api/stats", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200
    assert remote.get("/api/stats", headers={"Authorization": "Bearer wrong"}).status_code == 403
    public = TestClient(create_app(demo_url, public_reads=True), client=REMOTE)
    assert public.get("/api/stats").json()["articles"] == 4


def test_writes_need_the_token(client, demo_url):
    body = {"text": "Russia signed an agreement with North Korea.", "date": "2024-06-19"}
    assert client.post("/extract", json=body).status_code == 401
    assert client.post("/extract", json=body, headers={"Authorization": "Bearer nope"}).status_code == 401
    tokenless = TestClient(create_app(demo_url, token=None), client=LOCAL)
    assert tokenless.post("/extract", json=body, headers={"Authorization": "Bearer x"}).status_code == 403
    response = client.post("/extract", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200
    assert response.json()["text"] == body["text"]
    empty = client.post("/extract", json={"text": "  "}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert empty.status_code == 422 and "nothing to extract" in empty.json()["detail"]


def test_extract_keeps_one_sided_records_when_asked(client):
    """``one_sided`` reaches the pipeline: cooperation with nobody named is withheld by default."""
    body = {"text": "Russian President Vladimir Putin cooperated on the project on Tuesday, the Kremlin said.",
            "date": "2024-06-19"}
    auth = {"Authorization": f"Bearer {TOKEN}"}
    default = client.post("/extract", json=body, headers=auth).json()
    kept = client.post("/extract", json={**body, "one_sided": True}, headers=auth).json()
    assert not [e for e in default["events"] if e["root"] == "06"]
    assert [e["target"] for e in kept["events"] if e["root"] == "06"] == [None]


def test_ingest_stores_the_article(tmp_path):
    url = f"sqlite:///{tmp_path / 'ingest.db'}"
    api = TestClient(create_app(url, token=TOKEN), client=LOCAL)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    stored = api.post("/ingest", json={"text": "Kim met Putin in Pyongyang."}, headers=auth).json()
    assert stored["result"] == "inserted"
    assert api.post("/ingest", json={"text": "Kim met Putin in Pyongyang."}, headers=auth).json()["result"] == "skipped"
    assert api.get(f"/api/articles/{stored['id']}").json()["text"] == "Kim met Putin in Pyongyang."
    assert api.get("/api/stats").json()["articles"] == 1


def test_try_it_renders_like_an_article_and_escapes(client):
    hostile = hostile_article().text
    assert client.post("/try", data={"text": hostile, "token": "bad"}).status_code == 401
    page = client.post("/try", data={"text": hostile, "token": TOKEN}).text
    assert 'id="article-text"' in page and "not stored" in page
    for attack in (SCRIPT, ONERROR, TEXTAREA):
        assert attack not in page
    bad_date = client.post("/try", data={"text": "x", "date": "June", "token": TOKEN})
    assert bad_date.status_code == 422 and "YYYY-MM-DD" in bad_date.text
    refill = client.post("/try", data={"text": TEXTAREA, "url": "ftp://x", "token": TOKEN})
    assert refill.status_code == 422 and TEXTAREA not in refill.text and html.escape(TEXTAREA) in refill.text


def test_try_it_keeps_one_sided_records_when_ticked(client):
    """The try-it form's checkbox reaches the pipeline and stays ticked on a re-shown form."""
    text = "Russian President Vladimir Putin cooperated on the project on Tuesday, the Kremlin said."
    assert 'name="one_sided"' in client.get("/try").text
    plain = client.post("/try", data={"text": text, "token": TOKEN}).text
    kept = client.post("/try", data={"text": text, "one_sided": "true", "token": TOKEN}).text
    assert "COOPERATE" not in plain and "COOPERATE" in kept
    refill = client.post("/try", data={"text": text, "date": "June", "one_sided": "true", "token": TOKEN})
    assert refill.status_code == 422 and "checked" in refill.text


def test_event_filters_and_grouping(client):
    conflict = client.get("/api/events", params={"quad_class": "3"}).json()
    assert conflict["total"] == 3 and {e["quad_class"] for e in conflict["events"]} == {3}
    assert {e["code"] for e in client.get("/api/events", params={"root": "05"}).json()["events"]} == {"057"}
    assert client.get("/api/events", params={"modality": "hypothetical"}).json()["total"] == 3
    june19 = client.get("/api/events", params={"start": "2024-06-19", "end": "2024-06-19"}).json()
    assert {e["day"] for e in june19["events"]} == {"2024-06-19"}
    grouped = client.get("/api/events", params={"grouped": "true", "source": "RUS", "code": "057"}).json()
    assert [g["num_articles"] for g in grouped["events"]] == [1, 1, 1]
    paged = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert paged["total"] == 10 and len(paged["events"]) == 2
    bad = client.get("/api/events", params={"start": "yesterday"})
    assert bad.status_code == 422 and "start" in bad.json()["detail"]
    assert client.get("/api/events", params={"quad_class": "7"}).status_code == 422


def test_events_page_keeps_filters_in_export_and_paging_links(client):
    page = client.get("/events", params={"quad_class": "3", "source": "RUS"}).text
    assert "Impose embargo" in page and "Sign formal agreement" not in page
    assert 'value="RUS"' in page and '<option value="3" selected>' in page


def test_dyad_series_and_page(client):
    series = client.get("/api/dyads/RUS/PRK").json()["series"]
    assert [s["period"] for s in series] == ["2024-06-18", "2024-06-19", "2024-06-20"]
    assert all(s["count"] == 3 and s["by_quad"] == {"1": 2, "2": 0, "3": 1, "4": 0} for s in series)
    assert all(s["goldstein"] == pytest.approx(1 / 3, abs=0.01) for s in series)
    weekly = client.get("/api/dyads/RUS/PRK", params={"interval": "week"}).json()["series"]
    assert len(weekly) == 1 and weekly[0]["count"] == 9
    page = client.get("/dyad/RUS/PRK").text
    assert page.count('class="bar q1"') == 3 and page.count('class="bar q3"') == 3
    assert 'class="goldstein"' in page


def test_actor_quotes_network_and_articles(client):
    actor = client.get("/api/actors/PRKGOV").json()
    assert actor["names"] == ["Kim Jong Un"] and "Kim" in actor["aliases"]
    assert len(actor["as_target"]) == 3 and len(actor["quotes"]) == 3
    assert client.get("/api/actors/NOBODY").status_code == 404
    assert client.get("/api/actors", params={"q": "putin"}).json()[0]["key"] == "RUSGOV"
    quotes = client.get("/api/quotes", params={"q": "strengthen"}).json()
    assert len(quotes) == 3 and quotes[0]["relays"] == 1
    assert client.get("/api/quotes", params={"speaker": "kim"}).json()
    net = client.get("/api/network").json()
    edge = next(e for e in net["edges"] if {e["a"], e["b"]} == {"RUS", "PRK"})
    assert edge == {"a": "PRK", "b": "RUS", "coop": 3, "conflict": 3}
    page = client.get("/network").text
    assert 'class="edge coop"' in page and 'class="edge conflict"' in page
    found = client.get("/api/articles", params={"q": "threatened"}).json()
    assert {a["id"] for a in found} == {"demo-dyad-18", "demo-dyad-19", "demo-dyad-20"}
    assert client.get("/api/articles/missing").status_code == 404
    assert client.get("/article/missing").status_code == 404
    assert "no article" in client.get("/article/missing").text


def test_openapi_schema_is_valid_and_documented(client):
    from openapi_spec_validator import validate

    schema = client.get("/openapi.json").json()
    validate(schema)
    assert {"/api/events", "/api/dyads/{source}/{target}", "/extract", "/ingest"} <= schema["paths"].keys()
    docs = client.get("/docs").text
    assert "/api/events" in docs and "/extract" in docs


def test_export_this_view_in_every_format(client):
    import io

    import pandas as pd

    page = client.get("/events", params={"quad_class": "3"}).text
    links = [html.unescape(h) for h in re.findall(r'href="(/api/export[^"]*)"', page)]
    assert len(links) == 4 and all("quad_class=3" in link for link in links)
    csv = client.get(next(link for link in links if "format=csv" in link))
    assert csv.status_code == 200 and "attachment" in csv.headers["content-disposition"]
    assert set(pd.read_csv(io.StringIO(csv.text))["quad_class"]) == {3}
    parquet = client.get("/api/export", params={"format": "parquet", "quad_class": "3"})
    assert len(pd.read_parquet(io.BytesIO(parquet.content))) == 3
    gdelt = client.get("/api/export", params={"format": "gdelt"}).text
    assert gdelt.splitlines()[0].startswith("GLOBALEVENTID\t")
    plover = client.get("/api/export", params={"format": "plover", "quad_class": "3"}).text.splitlines()
    assert len(plover) == 3 and all(json.loads(line)["event"] == ["THREATEN"] for line in plover)
    assert client.get("/api/export", params={"format": "plover", "grouped": "true"}).status_code == 422


def test_serve_command_prints_the_url(monkeypatch, tmp_path):
    import uvicorn
    from typer.testing import CliRunner

    from dateline.cli import app

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda web, **kw: calls.append((web, kw)))
    monkeypatch.delenv("DATELINE_TOKEN", raising=False)
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "x.db"), "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert "http://localhost:8123/" in result.output and "token for this run" in result.output
    web, options = calls[0]
    assert options == {"host": "127.0.0.1", "port": 8123, "log_level": "warning"}
    assert web.state.settings.token and not web.state.settings.public_reads
