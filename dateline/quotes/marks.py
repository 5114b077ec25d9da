"""Find spans enclosed in quotation marks, paragraph by paragraph, from the characters alone.

Handles straight, curly and guillemet double marks, mismatched pairs (“…"), single curly marks used
as top-level quotes (headlines), nested quotes (kept inside the outer span), quotes left open at the
end of a paragraph that the next paragraph continues (the newsroom convention), and open quotes
that nothing closes (kept to the paragraph end, flagged ``closed=False``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_MARKS = re.compile("''|``|[\"“”«»„]")  # '' and `` are typewriter doubles (NYT archives)
SINGLE_MARKS = re.compile("[‘’]")
OPENERS = ("“", "«", "„", "``")
CLOSERS = ("”", "»")


@dataclass
class Marked:
    """One quoted stretch: ``start``/``end`` enclose the words, without the marks."""

    start: int
    end: int
    outer_start: int = -1  # where the opening mark starts
    outer_end: int = -1  # where the closing mark ends (``end`` when unclosed)
    closed: bool = True
    continues: bool = False  # the next paragraph carries on this quote
    parts: list[tuple[int, int]] | None = None

    @property
    def pieces(self) -> list[tuple[int, int]]:
        return self.parts or [(self.start, self.end)]


def _opens(text: str, i: int, j: int, line_start: int) -> bool:
    """Whether a mark at ``text[i:j]`` looks like an opening one from its neighbours."""
    before = text[i - 1] if i > line_start else " "
    after = text[j] if j < len(text) else " "
    return (before.isspace() or before in "([{—–-/:;,") and not after.isspace()


def _scan_line(text: str, start: int, end: int, marks: re.Pattern, openers: tuple[str, ...],
               closers: tuple[str, ...]) -> list[Marked]:
    """Pair the marks of one paragraph, keeping nested pairs inside the outer span."""
    spans: list[Marked] = []
    open_at: int | None = None
    mark_at = start
    outer = ""
    depth = 0  # nested curly pairs inside the open quote
    straight_nested = False  # a nested straight pair inside a curly quote
    for m in marks.finditer(text, start, end):
        i, ch = m.start(), m.group()
        if ch == "’" and i + 1 < end and text[i + 1].isalpha():
            continue  # an apostrophe, not a mark
        opening = _opens(text, i, m.end(), start)
        if open_at is None:
            if ch in openers or opening:
                open_at, mark_at, outer, depth, straight_nested = m.end(), i, ch, 0, False
            continue
        if ch not in openers and ch not in closers:  # a straight mark
            if outer not in openers:
                closing = True
            elif straight_nested or opening:
                straight_nested, closing = not straight_nested, False
            else:
                closing = True
        elif ch in openers and opening:
            depth, closing = depth + 1, False
        elif depth:
            depth, closing = depth - 1, False
        else:
            closing = True
        if closing:
            spans.append(Marked(open_at, i, mark_at, m.end()))
            open_at = None
    if open_at is not None:
        tail = end
        while tail > open_at and text[tail - 1].isspace():
            tail -= 1
        spans.append(Marked(open_at, tail, mark_at, tail, closed=False))
    return spans


def _single_quoted(text: str, start: int, end: int, taken: list[Marked]) -> list[Marked]:
    """‘Single-mark’ quotes that are not nested inside a double-quoted span (headline style)."""
    found = []
    for span in _scan_line(text, start, end, SINGLE_MARKS, ("‘",), ("’",)):
        if span.closed and not any(t.start <= span.start and span.end <= t.end for t in taken):
            found.append(span)
    return found


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line: news paragraphs are lines in the clean text."""
    spans, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def find_marked(text: str) -> list[Marked]:
    """All quoted spans in document order, with paragraph continuations merged into one span."""
    per_paragraph: list[list[Marked]] = []
    for start, end in paragraphs(text):
        spans = _scan_line(text, start, end, DOUBLE_MARKS, OPENERS, CLOSERS)
        spans += _single_quoted(text, start, end, spans)
        per_paragraph.append(sorted(spans, key=lambda s: s.start))
    merged: list[Marked] = []
    carry: Marked | None = None
    for spans in per_paragraph:
        if carry is not None:
            if spans and _starts_paragraph(text, spans[0]):
                carry.end, carry.outer_end, carry.closed = spans[0].end, spans[0].outer_end, spans[0].closed
                carry.continues = True
                spans = spans[1:]
                if not carry.closed:
                    continue  # the quote runs on into the next paragraph too
            merged.append(carry)
            carry = None
        for span in spans:
            if not span.closed and span is spans[-1]:
                carry = span
            else:
                merged.append(span)
    if carry is not None:
        merged.append(carry)
    return merged


def _starts_paragraph(text: str, span: Marked) -> bool:
    line_start = text.rfind("\n", 0, span.start) + 1
    return not text[line_start:span.outer_start].strip()
