"""Code events over a text whose actors are given by hand (phrase → actor), so a test exercises the
events stage alone, whatever the actors stage would find."""

from __future__ import annotations

import re

from dateline.events import code_events
from dateline.model import Actor, Article, Mention, Provenance, Sentence
from dateline.pipeline import Context

#: phrase → (actor id, CAMEO code, country, kind)
ActorTable = dict[str, tuple[str, str | None, str | None, str]]


def code_with_actors(nlp, text: str, actors: ActorTable, **options) -> Article:
    """Every whole-word occurrence of a phrase of ``actors`` is a mention of its actor; ``options``
    are the pipeline's (``one_sided=True``)."""
    doc = nlp(text)
    article = Article(id="t", text=text)
    article.sentences = [Sentence(index=i, start=s.start_char, end=s.end_char, text=s.text) for i, s in enumerate(doc.sents)]
    for phrase, (actor_id, code, country, kind) in actors.items():
        for m in re.finditer(rf"\b{re.escape(phrase)}\b", text):
            if article.actor(actor_id) is None:
                article.actors.append(Actor(id=actor_id, name=phrase, code=code, country=country, kind=kind))
            article.mentions.append(Mention(id=f"{actor_id}-{m.start()}", actor_id=actor_id, text=phrase,
                                            provenance=Provenance(start=m.start(), end=m.end(), text=phrase)))
    return code_events(article, doc, Context(nlp=nlp, options=options))
