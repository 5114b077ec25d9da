"""Cleaning: RawDocument → Article with clean text, removed blocks, credits, language, hash."""

from dateline.clean.prepare import prepare
from dateline.clean.relays import find_relays

__all__ = ["find_relays", "prepare"]
