"""The relay chain of a quote: outlets named next to it, agencies credited for its sentences, the wire.

Innermost first: a phrase in the quote's own sentence ("told VOA", "in a post on X", "Russian Tas
reports"), then relay credits that the cleaning stage linked to the quote's sentences, and last the
page's wire credit, so the seed's Kim quote reads TASS, Tanjug.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from dateline.clean.agencies import load_agencies
from dateline.model import Article, Credit
from dateline.quotes.lexicon import Lexicon

OUTLET_LABELS = {"ORG", "WORK_OF_ART", "PRODUCT", "NORP", "PERSON"}
#: rules whose match is an outlet by construction; other rules need the parser to call it an organisation
TRUSTED_RULES = {"post-on-platform", "according-to-agency"}


def relay_chain(article: Article, doc: Doc, sentences: set[int], lexicon: Lexicon) -> list[str]:
    chain: list[str] = []
    for index in sorted(sentences):
        if 0 <= index < len(article.sentences):
            chain += _named_in_sentence(article, doc, index, lexicon)
    chain += [c.agency for c in article.credits if c.kind == "relay" and sentences & set(c.sentences)]
    chain += [c.agency for c in article.credits if c.kind == "wire"]
    return list(dict.fromkeys(chain))


def _named_in_sentence(article: Article, doc: Doc, index: int, lexicon: Lexicon) -> list[str]:
    sentence = article.sentences[index]
    found: list[tuple[int, str]] = []
    for pattern, rule in lexicon.relays:
        for match in pattern.finditer(article.text, sentence.start, sentence.end):
            start, end = match.span("agency")
            credit = _credit_named(article.credits, match.group("agency"))
            known = _known_agency(match.group("agency"))
            if credit is not None:
                found.append((start, credit.agency))
            elif known is not None:
                found.append((start, known))
            elif rule in TRUSTED_RULES or _is_outlet(doc, start, end):
                found.append((start, match.group("agency")))
    return [name for _, name in sorted(found)]


def _credit_named(credits: list[Credit], name: str) -> Credit | None:
    lowered = name.lower()
    for credit in credits:
        forms = {credit.agency.lower(), credit.name.lower(), credit.alias.lower()} - {""}
        if any(form == lowered or form in lowered for form in forms):
            return credit
    return None


def _known_agency(name: str) -> str | None:
    """The id of an agency in the agencies data file whose alias the matched name contains."""
    agencies = load_agencies()
    found = re.search(rf"\b{agencies.alias_pattern}\b", name)
    agency = agencies.by_alias(found.group()) if found else None
    return agency.id if agency else None


def _is_outlet(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(ent.label_ == "ORG" for ent in span.ents) and not any(
        ent.label_ == "PERSON" for ent in span.ents)
