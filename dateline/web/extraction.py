"""Run the pipeline for the try-it page and ``POST /extract`` / ``POST /ingest``.

The pipeline holds one spaCy model and is not meant to be entered by two threads at once, so
requests take turns.  URLs are fetched with a size cap and a timeout, http(s) only.
"""

from __future__ import annotations

import datetime as dt
import threading

import httpx

from dateline.errors import InputError
from dateline.model import Article

MAX_BYTES = 5_000_000
TIMEOUT = 15.0
_lock = threading.Lock()


def fetch(url: str) -> bytes:
    """The body of an http(s) URL, at most MAX_BYTES; InputError with a one-line reason otherwise."""
    if not url.lower().startswith(("http://", "https://")):
        raise InputError(f"{url!r}: only http and https URLs can be fetched")
    try:
        with httpx.stream("GET", url, timeout=TIMEOUT, follow_redirects=True,
                          headers={"User-Agent": "dateline"}) as response:
            response.raise_for_status()
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > MAX_BYTES:
                    raise InputError(f"{url}: larger than {MAX_BYTES} bytes")
            return bytes(body)
    except httpx.HTTPError as exc:
        raise InputError(f"{url}: cannot fetch ({exc})") from exc


def run_extract(text: str | None = None, url: str | None = None, date: dt.date | None = None,
                one_sided: bool = False) -> Article:
    """Extract one article from pasted text/HTML or from a URL; ``one_sided`` keeps the records of
    acts whose other party was not found (``Pipeline(one_sided=True)``)."""
    if url:
        data: str | bytes = fetch(url)
        meta = {"url": url, "origin": url}
    elif text and text.strip():
        data, meta = text, {"origin": "<pasted>"}
    else:
        raise InputError("nothing to extract: paste some text or HTML, or give a URL")
    with _lock:
        article = _pipeline(one_sided).extract(data, date, **meta)
    if url and not article.url:
        article.url = url
    return article


_one_sided = None


def _pipeline(one_sided: bool):
    """The process's default pipeline, or one keeping one-sided records that shares its model."""
    global _one_sided
    from dateline.pipeline import Pipeline, default_pipeline

    if not one_sided:
        return default_pipeline()
    if _one_sided is None:
        _one_sided = Pipeline(nlp=default_pipeline().ctx.nlp, one_sided=True)
    return _one_sided
