"""Cleaning: RawDocument → Article with clean text, removed blocks, credits, language, hash."""

from dateline.clean.prepare import prepare


def find_relays(article, doc, ctx):
    """Placeholder: in-text agency relays (filled in by the intake issue)."""
    return article


__all__ = ["find_relays", "prepare"]
