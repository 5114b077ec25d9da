"""What the article page shows: highlighted segments, side-panel lists and the record JSON.

The same view serves stored articles and the try-it page, so a pasted text renders exactly like
an article from the database.  Records go to the browser as JSON inside a non-executable
``<script type="application/json">`` element; the vendored script builds the detail panel from it
with ``textContent`` only, so article text never becomes markup or code.
"""

from __future__ import annotations

from dataclasses import dataclass

from dateline.model import Article
from dateline.web.highlight import Segment, article_segments

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


@dataclass
class ArticleView:
    article: Article
    segments: list[Segment]
    records: dict[str, dict]
    names: dict[str, str]

    def name(self, actor_id: str | None) -> str:
        return self.names.get(actor_id or "", actor_id or "—")

    def agency(self, agency_id: str) -> str:
        return next((c.name for c in self.article.credits if c.agency == agency_id), agency_id)


def record_payload(article: Article) -> dict[str, dict]:
    """"<type>:<id>" → JSON-ready record with a ``type`` tag and actor names resolved for display."""
    names = {a.id: a.name for a in article.actors}
    records: dict[str, dict] = {}
    for actor in article.actors:
        records[f"actor:{actor.id}"] = {"type": "actor", **actor.model_dump(mode="json", exclude={"mentions"})}
    for mention in article.mentions:
        records[f"mention:{mention.id}"] = {"type": "mention", "actor_name": names.get(mention.actor_id or ""),
                               **mention.model_dump(mode="json")}
    for event in article.events:
        records[f"event:{event.id}"] = {"type": "event", "source_name": names.get(event.source or ""),
                             "target_name": names.get(event.target or ""),
                             "quad_name": QUAD_NAMES.get(event.quad_class or 0),
                             **event.model_dump(mode="json")}
    for quote in article.quotes:
        records[f"quote:{quote.id}"] = {"type": "quote", "speaker_name": names.get(quote.speaker or ""),
                             **quote.model_dump(mode="json")}
    return records


def article_view(article: Article) -> ArticleView:
    return ArticleView(article=article, segments=article_segments(article), records=record_payload(article),
                       names={a.id: a.name for a in article.actors})
