"""Which reader a byte stream needs, decided by its content (extensions lie, stdin has none)."""

from __future__ import annotations

import json
import re
import zlib

GZIP_MAGIC = b"\x1f\x8b"
HEAD_BYTES = 65536
_FEED = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<rss[\s>]|<feed[\s>]|<rdf:RDF[\s>])", re.DOTALL | re.IGNORECASE)
_HTML = re.compile(rb"<(?:!doctype\s+html|html|head|body|div|p|article|meta|title|span|table)[\s>/]", re.IGNORECASE)
_URL_LINE = re.compile(rb"^https?://\S+$")


def gunzip_head(head: bytes) -> bytes:
    """The first decompressed bytes of a gzip stream ('' when corrupt)."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, HEAD_BYTES)
    except zlib.error:
        return b""


def sniff(head: bytes) -> str:
    """One of 'warc', 'jsonl', 'feed', 'html', 'urls', 'text' for the (decompressed) head of an input."""
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"WARC/"):
        return "warc"
    if stripped.startswith(b"{") and _first_line_is_json(stripped):
        return "jsonl"
    if _FEED.match(stripped[:4096]):
        return "feed"
    if _HTML.search(stripped[:4096]):
        return "html"
    lines = [line.strip() for line in stripped[:HEAD_BYTES].splitlines() if line.strip() and not line.startswith(b"#")]
    if lines and all(_URL_LINE.match(line) for line in lines[:-1] or lines):
        return "urls"
    return "text"


def _first_line_is_json(data: bytes) -> bool:
    first = data.split(b"\n", 1)[0]
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        return False
