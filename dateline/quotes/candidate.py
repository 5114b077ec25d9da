"""The working record of one attribution before it becomes a :class:`dateline.model.Quote`."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span


@dataclass
class Candidate:
    kind: str  # direct, indirect, mixed
    parts: list[tuple[int, int]]  # content pieces (char offsets), in text order
    rule: str
    confidence: float
    speaker: Span | None = None  # the speaker phrase in the parse
    cue: tuple[int, int] | None = None  # char offsets of the cue words
    inherited_from: Candidate | None = None  # speaker carried over from an earlier quote
    extras: dict = field(default_factory=dict)

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]

    def overlap(self, start: int, end: int) -> int:
        return sum(max(0, min(e, end) - max(s, start)) for s, e in self.parts)

    def length(self) -> int:
        return sum(e - s for s, e in self.parts)
