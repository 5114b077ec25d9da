"""Cut an article's clean text into flat segments, each tagged with the records that cover it.

Mentions, event triggers and quotes overlap freely (a quote contains mentions and triggers), so
nesting HTML elements would break on partial overlaps.  Instead the text is split at every span
boundary and each piece lists the kinds and record ids covering it; the template renders one
``<span>`` per piece and the browser script looks the ids up in the article's record JSON.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from dateline.model import Article, Event


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # mention | event | quote | cue
    ref: str   # "<record type>:<id>", the key of the record in the page's record JSON


@dataclass
class Segment:
    text: str
    start: int
    kinds: list[str] = field(default_factory=list)
    refs: list[str] = field(default_factory=list)


def trigger_span(event: Event, text: str) -> tuple[int, int]:
    """The trigger words inside the event's evidence when they can be found there, else the evidence."""
    start, end = event.provenance.start, event.provenance.end
    trigger = event.why.trigger.strip()
    if trigger:
        at = text.find(trigger, start, end)
        if at >= 0:
            return at, at + len(trigger)
    return start, end


def article_spans(article: Article) -> list[Span]:
    """Every highlightable span of the article, clamped to the text."""
    text = article.text
    spans = [Span(m.provenance.start, m.provenance.end, "mention", f"mention:{m.id}") for m in article.mentions]
    spans += [Span(*trigger_span(e, text), "event", f"event:{e.id}") for e in article.events]
    for q in article.quotes:
        spans.append(Span(q.content_start, q.content_end, "quote", f"quote:{q.id}"))
        if q.cue_start is not None and q.cue_end is not None:
            spans.append(Span(q.cue_start, q.cue_end, "cue", f"quote:{q.id}"))
    size = len(text)
    clamped = (Span(max(0, s.start), min(size, s.end), s.kind, s.ref) for s in spans)
    return [s for s in clamped if s.start < s.end]


def segments(text: str, spans: list[Span]) -> list[Segment]:
    """Split ``text`` at every span boundary; each segment lists the spans that cover it."""
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    by_start = sorted(spans, key=lambda s: s.start)
    active: list[Span] = []
    pending = 0
    out: list[Segment] = []
    for left, right in itertools.pairwise(cuts):
        while pending < len(by_start) and by_start[pending].start <= left:
            active.append(by_start[pending])
            pending += 1
        active = [s for s in active if s.end > left]
        kinds = sorted({s.kind for s in active})
        refs = list(dict.fromkeys(s.ref for s in active))
        out.append(Segment(text[left:right], left, kinds, refs))
    return out


def article_segments(article: Article) -> list[Segment]:
    return segments(article.text, article_spans(article))
