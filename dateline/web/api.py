"""The JSON API: the same queries as the pages, for scripts.  Writes need the bearer token."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path
from typing import Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import FileResponse
from pydantic import BaseModel, Field
from starlette.background import BackgroundTask

from dateline.errors import DatelineError
from dateline.model import Article
from dateline.store import Store
from dateline.web import queries
from dateline.web.extraction import run_extract
from dateline.web.params import Filters
from dateline.web.security import require_read, require_token

router = APIRouter()
reads = APIRouter(prefix="/api", dependencies=[Depends(require_read)], tags=["read"])


def store_of(request: Request) -> Store:
    return request.app.state.settings.store


@reads.get("/stats", summary="Corpus counts")
def stats(request: Request) -> dict[str, int]:
    with store_of(request).reading() as conn:
        return queries.corpus_counts(conn)


@reads.get("/articles", summary="List or search articles (title and text)")
def list_articles(request: Request, q: str | None = None, limit: int = Query(20, ge=1, le=500),
                  offset: int = Query(0, ge=0)) -> list[dict]:
    with store_of(request).reading() as conn:
        return queries.list_articles(conn, q, limit, offset)


@reads.get("/articles/{article_id}", summary="One article with all its records", response_model=Article)
def get_article(request: Request, article_id: str) -> Article:
    article = store_of(request).get_article(article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return article


@reads.get("/events", summary="Events, raw or grouped across articles (GDELT-style)")
def list_events(request: Request, flt: Filters, grouped: bool = False,
                limit: int = Query(100, ge=1, le=5000), offset: int = Query(0, ge=0)) -> dict:
    with store_of(request).reading() as conn:
        return {"total": queries.count_events(conn, flt, grouped), "limit": limit, "offset": offset,
                "events": queries.event_rows(conn, flt, grouped, limit, offset)}


#: export format → (file name, media type) of the download
DOWNLOADS = {"csv": ("events.csv", "text/csv"), "parquet": ("events.parquet", "application/vnd.apache.parquet"),
             "gdelt": ("events-gdelt.tsv", "text/tab-separated-values"),
             "plover": ("events-plover.jsonl", "application/jsonl")}


@reads.get("/export", summary="Download the filtered events as CSV, Parquet, GDELT 2.0 TSV or PLOVER JSONL",
           response_class=FileResponse)
def export_events(request: Request, flt: Filters, format: Literal["csv", "parquet", "gdelt", "plover"] = "csv",
                  grouped: bool = False) -> FileResponse:
    from dateline.export import export

    name, media = DOWNLOADS[format]
    handle, path = tempfile.mkstemp(prefix="dateline-export-", suffix=Path(name).suffix)
    os.close(handle)
    try:
        export(store_of(request), format, path, flt, grouped)
    except DatelineError as err:
        os.unlink(path)
        raise HTTPException(422, str(err)) from None
    return FileResponse(path, media_type=media, filename=name, background=BackgroundTask(os.unlink, path))


@reads.get("/actors", summary="Search actors by name or CAMEO code")
def list_actors(request: Request, q: str | None = None, limit: int = Query(50, ge=1, le=500),
                offset: int = Query(0, ge=0)) -> list[dict]:
    with store_of(request).reading() as conn:
        return queries.search_actors(conn, q, limit, offset)


@reads.get("/actors/{key:path}", summary="One actor (by key: CAMEO code, KB id or name) with roles, events, quotes")
def get_actor(request: Request, key: str) -> dict:
    with store_of(request).reading() as conn:
        profile = queries.actor_profile(conn, key)
    if profile is None:
        raise HTTPException(404, f"no actor {key!r}")
    return profile


@reads.get("/quotes", summary="Full-text search over quotes, or by speaker")
def list_quotes(request: Request, q: str | None = None, speaker: str | None = None,
                limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0)) -> list[dict]:
    with store_of(request).reading() as conn:
        return queries.search_quotes(conn, q, speaker, limit, offset)


@reads.get("/dyads/{source}/{target}", summary="Dyad time series: counts by QuadClass and mean Goldstein")
def dyad_series(request: Request, source: str, target: str,
                interval: Literal["day", "week"] = "day", directed: bool = False) -> dict:
    with store_of(request).reading() as conn:
        series = queries.dyad_timeline(conn, source, target, interval == "week", directed)
    return {"source": source, "target": target, "interval": interval, "directed": directed, "series": series}


@reads.get("/network", summary="Actor network: cooperation and conflict edge weights")
def get_network(request: Request, flt: Filters,
                max_nodes: int = Query(40, ge=2, le=200)) -> dict:
    with store_of(request).reading() as conn:
        return queries.network(conn, flt, max_nodes)


class ExtractRequest(BaseModel):
    """What the try-it page sends (pasted text or HTML, or a URL to fetch), and whether to keep
    one-sided records."""

    text: str | None = Field(None, description="Plain text or HTML of one news page")
    url: str | None = Field(None, description="http(s) URL to fetch instead of text")
    date: dt.date | None = Field(None, description="Publication date; anchors relative dates")
    one_sided: bool = Field(False, description="Keep records of acts (aid, cooperation, arrests ...) whose "
                                               "other party was not found, and private parties' acts on no "
                                               "one; withheld by default")


def extract_or_422(body: ExtractRequest) -> Article:
    try:
        return run_extract(body.text, body.url, body.date, body.one_sided)
    except DatelineError as err:
        raise HTTPException(422, str(err)) from None


@router.post("/extract", summary="Extract every record from one page (needs the token)", response_model=Article,
             dependencies=[Depends(require_token)], tags=["write"])
def extract(body: ExtractRequest) -> Article:
    return extract_or_422(body)


@router.post("/ingest", summary="Extract one page and store it (needs the token)",
             dependencies=[Depends(require_token)], tags=["write"])
def ingest(request: Request, body: ExtractRequest) -> dict:
    article = extract_or_422(body)
    try:
        result = store_of(request).save(article)
    except DatelineError as err:
        raise HTTPException(409, str(err)) from None
    return {"id": article.id, "result": result, "events": len(article.events), "quotes": len(article.quotes)}


router.include_router(reads)
