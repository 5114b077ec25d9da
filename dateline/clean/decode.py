"""Bytes → text: refuse binary and oversized payloads, honour a declared charset only when it fits.

Scraped pages often declare the wrong charset (a cp1251 page labelled UTF-8, latin-1 labelled
nothing), so a declaration is tried strictly and charset-normalizer decides when it fails.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from dateline.errors import InputError

#: Largest input the cleaner accepts; a longer article is a dump or an attack, not a news page.
MAX_INPUT_BYTES = 20 * 1024 * 1024

#: Leading bytes of common non-text payloads.
BINARY_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive",
    b"\x1f\x8b": "gzip-compressed data",
    b"\x7fELF": "an executable",
    b"MZ": "an executable",
    b"\x00\x00\x01\x00": "an icon",
}
WESTERN_DEFAULT = "cp1252"
#: Non-ASCII characters of Western European prose under windows-1252.
_WESTERN = set("àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝœŒ’‘“”–—…€«»°£§·\xa0")
#: Above this share of non-ASCII letters the text is a non-Latin script (cp1251 Cyrillic reads as
#: a run of accented letters under windows-1252).
_MAX_ACCENTED_SHARE = 0.25
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def _reads_as_western(sample: bytes) -> bool:
    try:
        text = sample.decode(WESTERN_DEFAULT)
    except UnicodeDecodeError:
        return False
    foreign = [c for c in text if ord(c) > 127]
    letters = sum(c.isalpha() for c in text)
    return bool(foreign) and all(c in _WESTERN for c in foreign) and len(foreign) <= letters * _MAX_ACCENTED_SHARE


def check_size(size: int, origin: str) -> None:
    if size > MAX_INPUT_BYTES:
        raise InputError(f"{origin}: too large: {size / 1_048_576:.0f} MB, above the "
                         f"{MAX_INPUT_BYTES // 1_048_576} MB limit for one article")


def check_not_binary(data: bytes, origin: str) -> None:
    for magic, what in BINARY_MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"{origin}: binary input ({what}), not text or HTML")
    sample = data[:8192]
    if sample and len(_CONTROL.findall(sample)) > len(sample) * 0.01:
        raise InputError(f"{origin}: binary input (control bytes), not text or HTML")


def decode(data: bytes | str, origin: str = "<input>") -> tuple[str, str | None]:
    """Return (text, encoding used); encoding is None when the input was already text."""
    if isinstance(data, str):
        check_size(len(data), origin)
        return data, None
    check_size(len(data), origin)
    check_not_binary(data, origin)
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _DECLARED.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii", "ignore").lower()
        try:
            if codecs.lookup(name).name not in {"utf-8", "ascii"}:
                return data.decode(name), name
        except (LookupError, UnicodeDecodeError):
            pass
    encoding = guess_encoding(data[:200_000])
    if encoding is None:
        raise InputError(f"{origin}: cannot decode the input as text (unknown encoding)")
    return data.decode(encoding, errors="replace"), encoding


def guess_encoding(sample: bytes) -> str | None:
    """windows-1252 (what pages labelled latin-1 really use) when the text reads as Western European
    under it; otherwise charset-normalizer's choice, with windows-1252 winning a tie (short Western
    texts score the same under several code pages, and it sometimes picks a DOS code page)."""
    if _reads_as_western(sample):
        return WESTERN_DEFAULT
    matches = from_bytes(sample)
    best = matches.best()
    if best is None:
        return None
    tied = {m.encoding for m in matches if m.chaos <= best.chaos and m.coherence >= best.coherence - 0.01}
    return WESTERN_DEFAULT if WESTERN_DEFAULT in tied else best.encoding
