"""Cleaning: RawDocument → Article with clean text, removed blocks, credits, language, hash."""

from dateline.clean.prepare import prepare

__all__ = ["prepare"]
