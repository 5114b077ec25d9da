"""WARC / WARC.gz archives (Common Crawl, news crawls): one RawDocument per HTML response."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from dateline.clean.decode import MAX_INPUT_BYTES
from dateline.intake.base import IntakeFailure, RawDocument

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(stream: BinaryIO, origin: str) -> Iterator[RawDocument | IntakeFailure]:
    """HTML responses with status 200; a truncated or corrupt archive ends with one failure."""
    count = 0
    try:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or ""
            where = f"{origin}#{uri or count}"
            count += 1
            status = record.http_headers.get_statuscode()
            content_type = (record.http_headers.get_header("Content-Type") or "").lower()
            if status != "200" or not content_type.startswith(HTML_TYPES):
                continue
            body = record.content_stream().read(MAX_INPUT_BYTES + 1)
            if getattr(record.raw_stream, "limit", 0) > 0 and len(body) <= MAX_INPUT_BYTES:
                raise EOFError("record shorter than its Content-Length")
            if len(body) > MAX_INPUT_BYTES:
                yield IntakeFailure(where, f"too large: response over {MAX_INPUT_BYTES // 1_048_576} MB")
                continue
            yield RawDocument(data=body, origin=where, format="html",
                              meta={"url": uri, "id": record.rec_headers.get_header("WARC-Record-ID")})
    # warcio surfaces a cut gzip member as AttributeError from its header parser
    except (ArchiveLoadFailed, EOFError, OSError, ValueError, AttributeError, zlib.error) as err:
        yield IntakeFailure(origin, f"truncated or corrupt WARC after {count} records ({type(err).__name__})")
