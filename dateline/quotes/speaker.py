"""Resolve a speaker phrase to an actor through the actors stage's mentions, and flag unnamed sources."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span

from dateline.actors.index import MentionIndex
from dateline.quotes.lexicon import Lexicon

PERSONAL_PRONOUNS = {"he", "she", "they", "we", "i"}


@dataclass
class Speaker:
    actor_id: str | None
    text: str
    start: int
    end: int
    anonymous: bool


def resolve(span: Span, index: MentionIndex, lexicon: Lexicon) -> Speaker:
    """The actor behind a speaker phrase: the mention at its head word first, then any mention in it."""
    root = span.root
    mention = index.mention_covering(root.idx, root.idx + len(root))
    if mention is None or mention.provenance.start < span.start_char or mention.provenance.end > span.end_char:
        mention = index.mention_covering(span.start_char, span.end_char) or mention
    actor = index.actor(mention.actor_id) if mention is not None else None
    return Speaker(
        actor_id=actor.id if actor else None,
        text=span.text,
        start=span.start_char,
        end=span.end_char,
        anonymous=bool(actor and actor.anonymous) or (actor is None or actor.kind != "person") and _unnamed(span, lexicon),
    )


def _unnamed(span: Span, lexicon: Lexicon) -> bool:
    """"a senior official", "sources familiar with the talks": an unnamed-source head and no person's name."""
    lowered = span.text.lower()
    unnamed_head = span.root.lower_ in lexicon.anonymous or any(
        " " in entry and re.search(rf"\b{re.escape(entry)}\b", lowered) for entry in lexicon.anonymous)
    return unnamed_head and not any(token.ent_type_ == "PERSON" for token in span)


def is_pronoun(span: Span) -> bool:
    return span.root.lower_ in PERSONAL_PRONOUNS
