"""Fetching pages over HTTP(S): timeouts, a size cap, retries with backoff, a clear User-Agent and
a limit on parallel requests, so a list of URLs neither hangs nor hammers a site."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx

from dateline import __version__
from dateline.clean.decode import MAX_INPUT_BYTES
from dateline.intake.base import IntakeFailure, RawDocument

USER_AGENT = f"dateline/{__version__} (news event research; +https://github.com/dateline-events/dateline)"
TIMEOUT = httpx.Timeout(15.0, connect=5.0)
RETRIES = 2
BACKOFF_SECONDS = 0.5
MAX_PARALLEL = 4
RETRY_STATUS = {429, 500, 502, 503, 504}


class FetchError(Exception):
    """A URL could not be fetched; the message is the one-line reason."""


class _Retryable(Exception):
    """A failure worth another try: connection trouble, timeouts, 429 and 5xx answers."""


def fetch(url: str, client: httpx.Client, retries: int | None = None) -> tuple[bytes, str]:
    """(body, content type) of ``url``; raises FetchError after ``retries`` extra tries with backoff."""
    retries = RETRIES if retries is None else retries
    attempt = 0
    while True:
        try:
            return _get(url, client)
        except (httpx.TransportError, _Retryable) as err:
            if attempt >= retries:
                raise FetchError(_describe(err)) from err
            time.sleep(BACKOFF_SECONDS * 2**attempt)
            attempt += 1


def _get(url: str, client: httpx.Client) -> tuple[bytes, str]:
    with client.stream("GET", url) as response:
        if response.status_code in RETRY_STATUS:
            raise _Retryable(f"HTTP {response.status_code}")
        if response.status_code >= 400:
            raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}")
        body = bytearray()
        for chunk in response.iter_bytes():
            body.extend(chunk)
            if len(body) > MAX_INPUT_BYTES:
                raise FetchError(f"too large: response over {MAX_INPUT_BYTES // 1_048_576} MB")
        return bytes(body), response.headers.get("content-type", "")


def _describe(err: Exception) -> str:
    if isinstance(err, httpx.TimeoutException):
        return "timed out"
    if isinstance(err, httpx.ConnectError):
        return "unreachable (connection failed)"
    return str(err) or type(err).__name__


def client() -> httpx.Client:
    return httpx.Client(timeout=TIMEOUT, follow_redirects=True, headers={"User-Agent": USER_AGENT})


def fetch_documents(items: Iterable[tuple[str, dict]], retries: int | None = None
                    ) -> Iterator[tuple[str, bytes, str] | IntakeFailure]:
    """Fetch (url, meta) pairs in parallel (order kept): (url, body, content type) or a failure."""
    items = list(items)
    if not items:
        return
    with client() as http, ThreadPoolExecutor(MAX_PARALLEL) as pool:
        def one(item: tuple[str, dict]):
            url, _meta = item
            try:
                return (url, *fetch(url, http, retries))
            except FetchError as err:
                return IntakeFailure(url, str(err))
        yield from pool.map(one, items)


def as_document(url: str, body: bytes, content_type: str, meta: dict) -> RawDocument:
    fmt = "html" if "html" in content_type else None
    return RawDocument(data=body, origin=url, format=fmt, meta={"url": url, **meta})
