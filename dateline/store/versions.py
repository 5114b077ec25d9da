"""Versions recorded with every run, so stored results can be traced to the knowledge that made them."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"


@lru_cache(maxsize=1)
def lexicon_versions() -> dict[str, str]:
    """One version per folder of ``dateline/data``: the content of its VERSION file when it has one,
    else the first 12 hex digits of a SHA-256 over its files (names and bytes, in sorted order)."""
    versions: dict[str, str] = {}
    for topic in sorted(p for p in DATA.iterdir() if p.is_dir()) if DATA.is_dir() else []:
        marker = topic / "VERSION"
        if marker.is_file():
            versions[topic.name] = marker.read_text(encoding="utf-8").strip()
            continue
        digest = hashlib.sha256()
        for path in sorted(p for p in topic.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            digest.update(str(path.relative_to(topic)).encode())
            digest.update(path.read_bytes())
        versions[topic.name] = digest.hexdigest()[:12]
    return versions
