"""The country an actor without one belongs to, as the article states it, for its event codes.

The actors stage gives "Rebels", "Judge Alejandro Rivera" or "Red Cross officials" a sector but no
country when the name alone does not tell.  Event data is coded by country, so before an event
falls back to a bare sector code the article is asked, in this order of directness:

1. the actor's own phrase, at any of its mentions: "Rebels IN THE IVORY COAST", "U.N. mediator
   Diego Cordovez", "workers AFFILIATED WITH the Serbian Workers' Union", "refugees FLEEING the
   civil war IN LIBERIA" (an actor with a country named inside the noun phrase or its participle);
2. the sentences that mention the actor, when they name exactly one country ("Judge Rivera opened
   investigations against 28 CHILEAN officials": a domestic actor in a one-country story);
3. the whole article, when it names exactly one country.

Steps 2 and 3 apply only to people and to actors with a domestic sector (GOV, REB, JUD ...): an
organisation the actors stage could not place may as well be international.

International actors (IGO, NGO, IMG, MNC ...) are never given a country, and a group actor ("the
two sides") keeps its members' countries.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dateline.actors.codes import INTERNATIONAL, SECTORS, is_country, make_code, split_code
from dateline.actors.index import MentionIndex
from dateline.model import Actor, Article

#: Dependencies followed from a mention's head through its own phrase (never into clauses with
#: their own subject: "rebels, who attacked Liberia" does not make them Liberian).
PHRASE_DEPS = {"prep", "pobj", "compound", "amod", "poss", "nmod", "appos", "acl", "dobj", "npadvmod"}
_PHRASE_DEPTH = 5
#: Sectors whose bodies are as often international as national ("rights groups called for ..."):
#: they take a country only from their own phrase.
OFTEN_INTERNATIONAL = {"HRI"}
#: Modifiers saying a body belongs to some other country than the one its sentence names.
FOREIGN_WORDS = {"foreign", "overseas"}


@dataclass(frozen=True)
class Affiliation:
    country: str
    reason: str


class Affiliations:
    """Per-article memo of :func:`affiliation` for every actor that lacks a country."""

    def __init__(self, article: Article, doc: Doc, index: MentionIndex):
        self.article, self.doc, self.index = article, doc, index
        self._memo: dict[str, Affiliation | None] = {}

    def code_of(self, actor: Actor | None) -> str | None:
        """The actor's code, prefixed with the country the article gives it when it has none."""
        if actor is None:
            return None
        found = self.of(actor)
        if found is None:
            return actor.code or actor.country
        return (make_code(found.country, None) or "") + (actor.code or "")

    def of(self, actor: Actor) -> Affiliation | None:
        if actor.id not in self._memo:
            self._memo[actor.id] = self._find(actor) if _needs_country(actor) else None
        return self._memo[actor.id]

    def _find(self, actor: Actor) -> Affiliation | None:
        heads = [t for m in self.index.mentions if m.actor_id == actor.id
                 for t in _head_tokens(self.doc, m.provenance.start, m.provenance.end)]
        for head in heads:
            found = self._in_phrase(head, actor.id)
            if found is not None:
                return found
        if any(c.dep_ == "amod" and c.lower_ in FOREIGN_WORDS for head in heads for c in head.children):
            return None  # "a FOREIGN government": not the country the sentence names
        sectors = {(actor.code or "")[i:i + 3] for i in range(0, len(actor.code or ""), 3)}
        if not (sectors or actor.kind == "person") or sectors & OFTEN_INTERNATIONAL:
            return None  # an unknown organisation may as well be international ("the Ceasefire Committee")
        sentences = {head.sent.start: head.sent for head in heads}
        countries = {c for sent in sentences.values() for c in self._countries(sent.start_char, sent.end_char, actor.id)}
        if len(countries) == 1:
            return Affiliation(countries.pop(), "the only country in its sentences")
        countries = set(self._countries(0, len(self.article.text), actor.id))
        if len(countries) == 1:
            return Affiliation(countries.pop(), "the only country in the article")
        return None

    def _in_phrase(self, head: Token, actor_id: str) -> Affiliation | None:
        frontier, depth = [head], 0
        while frontier and depth <= _PHRASE_DEPTH:
            for node in frontier:
                other = self._actor_at(node)
                if other is not None and other.id != actor_id and (country := _country(other, bodies=True)):
                    return Affiliation(country, f"named in its phrase: {node.text}")
            frontier = [c for node in frontier for c in node.children if c.dep_ in PHRASE_DEPS]
            depth += 1
        return None

    def _countries(self, start: int, end: int, actor_id: str) -> list[str]:
        out = []
        for mention in self.index.mentions_in(start, end):
            other = self.index.actor(mention.actor_id)
            if other is not None and other.id != actor_id and not other.members and (country := _country(other)):
                out.append(country)
        return out

    def _actor_at(self, token: Token) -> Actor | None:
        mention = self.index.mention_covering(token.idx, token.idx + len(token.text))
        return self.index.actor(mention.actor_id) if mention else None


def _needs_country(actor: Actor) -> bool:
    """No country, and a code made only of sector fields ("REB", "GOV", "MUS": the religion, which
    the actors stage did not read as Mauritius) or no code at all."""
    if actor.country or actor.members:
        return False
    code = actor.code or ""
    fields = [code[i:i + 3] for i in range(0, len(code), 3)]
    return all(f in SECTORS and f not in INTERNATIONAL for f in fields)


def _country(actor: Actor, bodies: bool = False) -> str | None:
    """The country of an actor; with ``bodies`` also an international body's ("UNO": "U.N. mediator
    Diego Cordovez" speaks for the UN), which a shared sentence alone does not confer."""
    country = actor.country or split_code(actor.code or "")[0]
    if not country:
        return None
    return country if is_country(country) or (bodies and country in INTERNATIONAL.values()) else None


def _head_tokens(doc: Doc, start: int, end: int) -> list[Token]:
    """Tokens of the span [start, end) whose syntactic head lies outside it (usually one)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    return [t for t in span if t.head.i == t.i or not (span.start <= t.head.i < span.end)]
