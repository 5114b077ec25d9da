"""Tie coded events to the quotes that state them (runs after event coding)."""

from __future__ import annotations

from dateline.model import Article, Event, Quote


def link_events(article: Article) -> Article:
    """An event whose trigger lies inside a quote's content is reported by the quote's speaker."""
    if not article.quotes or not article.events:
        return article
    pieces = sorted(
        ((start, end, quote) for quote in article.quotes for start, end in _pieces(quote)),
        key=lambda p: p[1] - p[0],
    )
    for event in article.events:
        at = _trigger_offset(event)
        quote = next((q for start, end, q in pieces if start <= at < end), None)
        if quote is None:
            continue
        event.reported_by = quote.speaker
        event.quote_id = quote.id
        event.modality.reported = True
        if event.id not in quote.events:
            quote.events.append(event.id)
    return article


def _pieces(quote: Quote) -> list[tuple[int, int]]:
    return list(quote.parts) or [(quote.content_start, quote.content_end)]


def _trigger_offset(event: Event) -> int:
    evidence = event.provenance
    found = evidence.text.find(event.why.trigger) if event.why.trigger else -1
    return evidence.start + found if found >= 0 else evidence.start
