"""Intake: every way news arrives (files, HTML, text, JSONL, WARC, feeds, URLs) → RawDocument."""

from dateline.intake.base import IntakeFailure, RawDocument

__all__ = ["IntakeFailure", "RawDocument"]
