"""``read_inputs``: every way news arrives → RawDocuments (or per-item IntakeFailures), in order.

Inputs are paths, globs, directories, '-' (stdin) and URLs.  Each byte stream is routed by its
content (:mod:`dateline.intake.sniff`), not its extension: WARC, JSONL, RSS/Atom, HTML, a list of
URLs, or plain text; gzip is unwrapped with a cap so a gzip bomb is a failure, not an outage.
A bad item never stops the batch.
"""

from __future__ import annotations

import glob
import gzip
import io
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from dateline.clean.decode import MAX_INPUT_BYTES
from dateline.intake import web
from dateline.intake.base import IntakeFailure, RawDocument
from dateline.intake.feeds import read_feed
from dateline.intake.jsonl import read_jsonl
from dateline.intake.sniff import GZIP_MAGIC, HEAD_BYTES, gunzip_head, sniff
from dateline.intake.warc import read_warc

Item = RawDocument | IntakeFailure
Opener = Callable[[], BinaryIO]
_MB = 1_048_576
#: stdin is read into memory (sniffing opens a stream twice); more than this is cut off.
STDIN_MAX_BYTES = 8 * MAX_INPUT_BYTES


def read_inputs(inputs: Iterable[str], *, fetch: bool = False, jsonl_fields: dict | None = None) -> Iterator[Item]:
    """Yield every document of every input.  URLs and URL lists are always fetched; ``fetch``
    also follows feed items and JSONL records that carry only a link to their pages."""
    for spec in inputs:
        yield from _resolve(_expand(spec, jsonl_fields), fetch)


#: Links fetched together (in parallel, up to ``web.MAX_PARALLEL`` at a time) before yielding.
FETCH_BATCH = 16


def _resolve(items: Iterable[Item], fetch: bool) -> Iterator[Item]:
    """Fetch what must be fetched, in batches, keeping input order: URLs always, the links of feed
    items and JSONL records only when ``fetch`` is on."""
    pending: list[RawDocument] = []
    for item in items:
        if isinstance(item, RawDocument) and _must_fetch(item, fetch):
            pending.append(item)
            if len(pending) < FETCH_BATCH:
                continue
            yield from _fetch_pending(pending, fetch)
        else:
            yield from _fetch_pending(pending, fetch)
            if isinstance(item, RawDocument) and item.format == "link":
                item = IntakeFailure(item.origin, "no text, only a link (fetching is off; use --fetch to follow it)")
            yield item
        pending = []
    yield from _fetch_pending(pending, fetch)


def _must_fetch(item: RawDocument, fetch: bool) -> bool:
    if item.format == "url":
        return True
    return fetch and bool(item.meta.get("url")) and (item.format == "link" or bool(item.meta.get("from_feed")))


def _expand(spec: str, fields: dict | None) -> Iterator[Item]:
    if spec == "-":
        data = sys.stdin.buffer.read(STDIN_MAX_BYTES)
        yield from _read_stream("<stdin>", lambda: io.BytesIO(data), len(data), fields)
    elif spec.startswith(("http://", "https://")):
        yield RawDocument(data=b"", origin=spec, format="url", meta={"url": spec})
    elif os.path.isdir(spec):
        files = sorted(p for p in Path(spec).rglob("*") if p.is_file() and not _hidden(p, Path(spec)))
        if not files:
            yield IntakeFailure(spec, "directory has no files")
        for path in files:
            yield from _read_file(path, fields)
    elif os.path.isfile(spec):
        yield from _read_file(Path(spec), fields)
    elif glob.has_magic(spec):
        matches = sorted(glob.glob(spec, recursive=True))
        if not matches:
            yield IntakeFailure(spec, "no file matches the pattern")
        for match in matches:
            yield from _expand(match, fields)
    else:
        yield IntakeFailure(spec, "no such file or directory")


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _read_file(path: Path, fields: dict | None) -> Iterator[Item]:
    try:
        size = path.stat().st_size
        yield from _read_stream(str(path), lambda: path.open("rb"), size, fields)
    except OSError as err:
        yield IntakeFailure(str(path), f"cannot read ({err.strerror or err})")


def _read_stream(origin: str, opener: Opener, size: int, fields: dict | None) -> Iterator[Item]:
    with opener() as stream:
        head = stream.read(HEAD_BYTES)
    if not head.strip():
        yield IntakeFailure(origin, "empty input")
        return
    compressed = head.startswith(GZIP_MAGIC)
    kind = sniff(gunzip_head(head) if compressed else head)
    if kind == "warc":  # warcio reads gzip members itself
        with opener() as stream:
            yield from read_warc(stream, origin)
        return
    if compressed:
        yield from _read_gzip(origin, opener, kind, fields)
        return
    if kind == "jsonl":
        with opener() as stream:
            yield from read_jsonl(stream, origin, fields)
        return
    if size > MAX_INPUT_BYTES:
        yield IntakeFailure(origin, f"too large: {size / _MB:.0f} MB, above the {MAX_INPUT_BYTES // _MB} MB limit for one document")
        return
    with opener() as stream:
        yield from _read_document(origin, stream.read(), kind)


def _read_gzip(origin: str, opener: Opener, kind: str, fields: dict | None) -> Iterator[Item]:
    """Decompress at most MAX_INPUT_BYTES for one document (JSONL streams unbounded)."""
    try:
        with opener() as raw, gzip.GzipFile(fileobj=raw) as stream:
            if kind == "jsonl":
                yield from read_jsonl(stream, origin, fields)
                return
            data = stream.read(MAX_INPUT_BYTES + 1)
    except (OSError, EOFError) as err:
        yield IntakeFailure(origin, f"corrupt or truncated gzip data ({err})")
        return
    if len(data) > MAX_INPUT_BYTES:
        yield IntakeFailure(origin, f"too large: decompresses to more than {MAX_INPUT_BYTES // _MB} MB (gzip bomb?)")
        return
    yield from _read_document(origin, data, kind)


def _read_document(origin: str, data: bytes, kind: str) -> Iterator[Item]:
    if kind == "feed":
        for item in read_feed(data, origin):
            if isinstance(item, RawDocument):
                item.meta["from_feed"] = True
            yield item
    elif kind == "urls":
        lines = data.decode("utf-8", errors="replace").splitlines()
        for url in (line.strip() for line in lines):
            if url and not url.startswith("#"):
                yield RawDocument(data=b"", origin=url, format="url", meta={"url": url})
    else:
        yield RawDocument(data=data, origin=origin, format=kind if kind in ("html", "text") else None)


def _fetch_pending(items: list[RawDocument], fetch: bool) -> Iterator[Item]:
    """Fetch the pages of link-only documents; a fetched feed, WARC or URL list is read like a file."""
    pending = [(item.meta["url"], {k: v for k, v in item.meta.items() if k != "from_feed"}) for item in items]
    for (url, meta), result in zip(pending, web.fetch_documents(pending)):
        if isinstance(result, IntakeFailure):
            yield result
            continue
        _, body, content_type = result
        head = body[:HEAD_BYTES]
        kind = sniff(gunzip_head(head) if head.startswith(GZIP_MAGIC) else head)
        if kind in ("html", "text") or "html" in content_type:
            yield web.as_document(url, body, content_type, meta)
        else:
            yield from read_inputs_from_bytes(url, body, fetch)


def read_inputs_from_bytes(origin: str, data: bytes, fetch: bool = False, jsonl_fields: dict | None = None
                           ) -> Iterator[Item]:
    """Route an in-memory payload (a fetched feed, a WARC download, an upload) like a file."""
    yield from _resolve(_read_stream(origin, lambda: io.BytesIO(data), len(data), jsonl_fields), fetch)
