"""Intake: every way news arrives (files, HTML, text, JSONL, WARC, feeds, URLs) → RawDocument."""

from dateline.intake.base import IntakeFailure, RawDocument
from dateline.intake.registry import read_inputs, read_inputs_from_bytes

__all__ = ["IntakeFailure", "RawDocument", "read_inputs", "read_inputs_from_bytes"]
