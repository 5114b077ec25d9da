"""What every reader produces: raw content plus whatever metadata the container carried."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RawDocument:
    """One news item before cleaning.

    ``data`` is bytes when the encoding is still unknown (files, HTTP bodies) and str when the
    container already decoded it (JSONL fields, stdin text).  ``format`` is 'html', 'text' or None
    (sniff).  ``meta`` carries container metadata: id, url, title, published (date or ISO string),
    source, section, byline.
    """

    data: bytes | str
    origin: str = "<text>"
    format: str | None = None
    meta: dict = field(default_factory=dict)


@dataclass
class IntakeFailure:
    """An input item that could not be read; batches record it and go on."""

    origin: str
    reason: str
