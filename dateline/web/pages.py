"""The HTML pages: overview, article, actor, dyad, network, events table, quotes, try-it, API docs."""

from __future__ import annotations

import datetime as dt
import math

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from dateline.errors import DatelineError
from dateline.store.queries import EventFilter
from dateline.web import queries
from dateline.web.api import DOWNLOADS, store_of
from dateline.web.article_view import article_view
from dateline.web.charts import goldstein_timeline, stacked_quad_bars
from dateline.web.extraction import run_extract
from dateline.web.layout import SIZE, force_layout
from dateline.web.params import Filters
from dateline.web.security import check_token, require_read

router = APIRouter(dependencies=[Depends(require_read)], include_in_schema=False)
PAGE_SIZE = 50


def render(request: Request, template: str, status_code: int = 200, **context) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, template, context, status_code=status_code)


@router.get("/", response_class=HTMLResponse)
def overview(request: Request):
    with store_of(request).reading() as conn:
        counts = queries.corpus_counts(conn)
        series = queries.timeline(conn, EventFilter(), weekly=False)
        weekly = len(series) > 60
        if weekly:
            series = queries.timeline(conn, EventFilter(), weekly=True)
        return render(request, "overview.html", counts=counts, chart=stacked_quad_bars(series), weekly=weekly,
                      dyads=queries.top_dyads(conn, 10), actors=queries.top_actors(conn, 10),
                      articles=queries.list_articles(conn, limit=10))


@router.get("/articles", response_class=HTMLResponse)
def articles(request: Request, q: str | None = None, page: int = Query(1, ge=1)):
    with store_of(request).reading() as conn:
        rows = queries.list_articles(conn, q or None, PAGE_SIZE + 1, (page - 1) * PAGE_SIZE)
    return render(request, "articles.html", rows=rows[:PAGE_SIZE], q=q or "", page=page,
                  more=len(rows) > PAGE_SIZE)


@router.get("/article/{article_id}", response_class=HTMLResponse)
def article(request: Request, article_id: str):
    found = store_of(request).get_article(article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return render(request, "article.html", view=article_view(found), stored=True)


@router.get("/actors", response_class=HTMLResponse)
def actors(request: Request, q: str | None = None, page: int = Query(1, ge=1)):
    with store_of(request).reading() as conn:
        rows = queries.search_actors(conn, q or None, PAGE_SIZE + 1, (page - 1) * PAGE_SIZE)
    return render(request, "actors.html", rows=rows[:PAGE_SIZE], q=q or "", page=page, more=len(rows) > PAGE_SIZE)


@router.get("/actor/{key:path}", response_class=HTMLResponse)
def actor(request: Request, key: str):
    with store_of(request).reading() as conn:
        profile = queries.actor_profile(conn, key)
    if profile is None:
        raise HTTPException(404, f"no actor {key!r}")
    return render(request, "actor.html", actor=profile)


@router.get("/dyad/{source}/{target}", response_class=HTMLResponse)
def dyad(request: Request, source: str, target: str, weekly: bool = False):
    with store_of(request).reading() as conn:
        series = queries.dyad_timeline(conn, source, target, weekly)
        rows = (queries.event_rows(conn, EventFilter(source=source, target=target), limit=200)
                + queries.event_rows(conn, EventFilter(source=target, target=source), limit=200))
    rows.sort(key=lambda r: (r["day"] or dt.date.min, r["article_id"], r["id"]), reverse=True)
    return render(request, "dyad.html", source=source, target=target, chart=goldstein_timeline(series),
                  series=series, rows=rows, weekly=weekly)


@router.get("/network", response_class=HTMLResponse)
def network(request: Request, flt: Filters, max_nodes: int = Query(30, ge=2, le=80)):
    with store_of(request).reading() as conn:
        graph = queries.network(conn, flt, max_nodes)
    keys = [n["key"] for n in graph["nodes"]]
    where = force_layout(keys, [(e["a"], e["b"], e["coop"] + e["conflict"]) for e in graph["edges"]])
    peak = max((n["weight"] for n in graph["nodes"]), default=1)
    nodes = [{**n, "x": where[n["key"]][0], "y": where[n["key"]][1], "r": 5 + 13 * (n["weight"] / peak) ** 0.5}
             for n in graph["nodes"]]
    edge_peak = max((max(e["coop"], e["conflict"]) for e in graph["edges"]), default=1)
    lines = []
    for e in graph["edges"]:
        (x1, y1), (x2, y2) = where[e["a"]], where[e["b"]]
        length = max(math.hypot(x2 - x1, y2 - y1), 0.01)
        nx, ny = (y1 - y2) / length, (x2 - x1) / length  # unit normal: coop and conflict side by side
        for kind, offset in (("coop", -3.0), ("conflict", 3.0)):
            if e[kind]:
                dx, dy = round(nx * offset, 2), round(ny * offset, 2)
                lines.append({"kind": kind, "n": e[kind], "a": e["a"], "b": e["b"], "x1": x1 + dx, "y1": y1 + dy,
                              "x2": x2 + dx, "y2": y2 + dy, "w": round(1 + 7 * e[kind] / edge_peak, 2)})
    return render(request, "network.html", nodes=nodes, lines=lines, size=SIZE, filters=queries.filter_params(flt),
                  max_nodes=max_nodes)


@router.get("/events", response_class=HTMLResponse)
def events(request: Request, flt: Filters, grouped: bool = False,
           page: int = Query(1, ge=1)):
    with store_of(request).reading() as conn:
        rows = queries.event_rows(conn, flt, grouped, PAGE_SIZE + 1, (page - 1) * PAGE_SIZE)
        total = queries.count_events(conn, flt, grouped)
    return render(request, "events.html", rows=rows[:PAGE_SIZE], more=len(rows) > PAGE_SIZE, page=page,
                  total=total, grouped=grouped, filters=queries.filter_params(flt),
                  export_formats=list(DOWNLOADS))


@router.get("/quotes", response_class=HTMLResponse)
def quotes(request: Request, q: str | None = None, speaker: str | None = None, page: int = Query(1, ge=1)):
    with store_of(request).reading() as conn:
        rows = queries.search_quotes(conn, q or None, speaker or None, PAGE_SIZE + 1, (page - 1) * PAGE_SIZE)
    return render(request, "quotes.html", rows=rows[:PAGE_SIZE], more=len(rows) > PAGE_SIZE, page=page,
                  q=q or "", speaker=speaker or "")


@router.get("/try", response_class=HTMLResponse)
def try_form(request: Request):
    return render(request, "try.html", text="", url="", date="", one_sided=False,
                  enabled=bool(request.app.state.settings.token))


@router.post("/try", response_class=HTMLResponse)
def try_extract(request: Request, text: str = Form(""), url: str = Form(""), date: str = Form(""),
                one_sided: bool = Form(False), token: str = Form("")):
    check_token(request, token)
    form = {"text": text, "url": url, "date": date, "one_sided": one_sided, "enabled": True}
    try:
        published = dt.date.fromisoformat(date) if date else None
    except ValueError:
        return render(request, "try.html", status_code=422, error=f"date: expected YYYY-MM-DD, got {date!r}", **form)
    try:
        article = run_extract(text, url.strip() or None, published, one_sided)
    except DatelineError as err:
        return render(request, "try.html", status_code=422, error=str(err), **form)
    return render(request, "article.html", view=article_view(article), stored=False)


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request):
    schema = request.app.openapi()
    operations = [{"method": method.upper(), "path": path, **op}
                  for path, item in schema["paths"].items() for method, op in item.items()]
    return render(request, "docs.html", operations=operations, schema=schema)
