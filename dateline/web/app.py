"""The web app and HTTP API over one store: ``create_app(db_url, token=None)``.

Pages (server-rendered HTML) and the JSON API share the queries in :mod:`dateline.web.queries`.
FastAPI's own ``/docs`` pulls Swagger UI from a CDN with inline script, which the CSP forbids, so
``/docs`` is our own page rendered from the OpenAPI schema (served raw at ``/openapi.json``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlencode, urlsplit

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException

from dateline import __version__
from dateline.store import Store, open_store
from dateline.store.queries import MODALITIES
from dateline.web.article_view import QUAD_NAMES
from dateline.web.security import SecurityHeaders

HERE = Path(__file__).parent
JSON_PREFIXES = ("/api/", "/extract", "/ingest", "/openapi.json")


@dataclass
class Settings:
    store: Store
    token: str | None
    public_reads: bool


def path_part(value: object) -> str:
    """Quote a value for use as one URL path segment (slashes included)."""
    return quote(str(value), safe="")


def safe_href(url: str | None) -> str | None:
    """Only http(s) URLs become links; ``javascript:`` and other schemes stay plain text."""
    return url if url and urlsplit(url.strip()).scheme.lower() in ("http", "https") else None


def make_templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    env = templates.env
    env.filters["path_part"] = path_part
    env.filters["safe_href"] = safe_href
    env.filters["query"] = lambda params: urlencode({k: v for k, v in params.items() if v not in (None, "")})
    env.globals["version"] = __version__
    env.globals["quad_names"] = QUAD_NAMES
    env.globals["modalities"] = MODALITIES
    return templates


def create_app(db_url: str | None, token: str | None = None, public_reads: bool = False) -> FastAPI:
    """Build the app over the database at ``db_url``; ``token`` defaults to ``$DATELINE_TOKEN``."""
    from dateline.web import api, pages

    app = FastAPI(title="dateline", version=__version__, docs_url=None, redoc_url=None,
                  description="Events, actors, quotes and articles extracted by dateline.")
    app.state.settings = Settings(store=open_store(db_url), token=token or os.environ.get("DATELINE_TOKEN") or None,
                                  public_reads=public_reads)
    app.state.templates = make_templates()
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        return error_response(request, exc.status_code, str(exc.detail), exc.headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        problems = "; ".join(f"{'.'.join(map(str, e['loc'][1:]))}: {e['msg']}" for e in exc.errors())
        return error_response(request, 422, problems or "invalid request")

    return app


def error_response(request: Request, status: int, detail: str, headers: dict | None = None):
    """JSON for API clients, a page for browsers."""
    if request.url.path.startswith(JSON_PREFIXES):
        return JSONResponse({"detail": detail}, status_code=status, headers=headers)
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, "error.html", {"status": status, "detail": detail},
                                      status_code=status, headers=headers)
