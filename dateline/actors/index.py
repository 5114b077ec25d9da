"""Look up which actor a stretch of clean text refers to, by character offsets.

The events and quotes stages work on spaCy tokens; the actors stage records mentions as character
spans.  :class:`MentionIndex` bridges the two without either stage knowing the other's internals.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from dateline.model import Actor, Article, Mention


class MentionIndex:
    """Mentions of an article sorted by start offset, with actor lookup."""

    def __init__(self, article: Article):
        self.article = article
        self.mentions: list[Mention] = sorted(
            (m for m in article.mentions if m.actor_id), key=lambda m: (m.provenance.start, -m.provenance.end)
        )
        self._starts = [m.provenance.start for m in self.mentions]
        self._actors = {a.id: a for a in article.actors}

    def actor(self, actor_id: str | None) -> Actor | None:
        return self._actors.get(actor_id) if actor_id else None

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Mentions lying entirely inside [start, end)."""
        lo = bisect_left(self._starts, start)
        hi = bisect_right(self._starts, end)
        return [m for m in self.mentions[lo:hi] if m.provenance.end <= end]

    def mention_covering(self, start: int, end: int) -> Mention | None:
        """The longest mention that overlaps [start, end)."""
        hi = bisect_right(self._starts, end - 1)
        best = None
        for m in self.mentions[max(0, hi - 50):hi]:
            overlaps = m.provenance.end > start and m.provenance.start < end
            if overlaps and (best is None or _length(m) > _length(best)):
                best = m
        return best

    def actor_for_span(self, start: int, end: int) -> Actor | None:
        m = self.mention_covering(start, end)
        return self.actor(m.actor_id) if m else None


def _length(mention: Mention) -> int:
    return mention.provenance.end - mention.provenance.start
