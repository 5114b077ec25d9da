"""One spaCy PhraseMatcher per process for every fixed name: countries, demonyms, capitals, seats of
power, curated organisations and news agencies.

Patterns match case-sensitively as written plus an upper-case variant for all-caps copy, so the
pronoun "us" never becomes the United States.  Building takes a fraction of a second and happens
once per vocabulary; matching is a single pass over the Doc.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from dateline.actors.kb import KnowledgeBase
from dateline.actors.lexicon import Lexicon, read_tsv

_CACHE: dict[int, PhraseMatcher] = {}


@dataclass
class Agency:
    id: str
    name: str
    country: str | None


def load_agencies() -> dict[str, Agency]:
    """Alias → agency, from the intake helper's ``dateline/data/agencies/agencies.json`` if present."""
    try:
        text = resources.files("dateline.data.agencies").joinpath("agencies.json").read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return {}
    table: dict[str, Agency] = {}
    for row in json.loads(text).get("agencies", []):
        agency = Agency(row["id"], row.get("name", row["id"]), row.get("country"))
        for alias in row.get("aliases", []):
            if len(alias) > 2:
                table[alias] = agency
    return table


def _patterns(lex: Lexicon, kb: KnowledgeBase, agencies: dict[str, Agency]) -> dict[str, set[str]]:
    labels: dict[str, set[str]] = {}

    def add(label: str, text: str) -> None:
        for variant in {text, text.upper()}:
            labels.setdefault(label, set()).add(variant)

    for name, iso3 in lex.exact.items():
        add(f"country:{iso3}", name)
    for iso3, names in read_tsv("country_names.tsv"):
        for name in names.split(","):
            add(f"country:{iso3}", name.strip())
    for iso3, display in lex.country_names.items():
        add(f"country:{iso3}", display)
    for iso3, forms in read_tsv("demonyms.tsv"):
        for form in forms.split(","):
            if "(" not in form and not form.isupper():
                add(f"demonym:{iso3}", form.strip())
                if not form.endswith(("s", "ese", "ish", "ch")):
                    add(f"demonym:{iso3}", form.strip() + "s")
    for form, codes in read_tsv("ambiguous.tsv"):
        add(f"ambiguous:{codes}", form)
    for name, iso3, kind, *_sector in read_tsv("capitals.tsv"):
        add(f"{kind}:{iso3}", name.removeprefix("the "))
    for name, iso3, *_sector in read_tsv("regions.tsv"):
        add(f"region:{iso3}", name)
    for name in lex.world_regions:
        add("world:", name)
    for key, (iso3, kind) in lex.seats.items():
        if kind == "capital":
            add(f"capital:{iso3}", key.title())
    for entry in kb.entries.values():
        if entry.kind != "person" and entry.source == "curated":
            for alias in [entry.name, *entry.aliases]:
                if len(alias) > 2 or alias.isupper():
                    add(f"org:{entry.id}", alias)
    for alias, agency in agencies.items():
        add(f"agency:{agency.id}", alias)
    return labels


def phrase_matcher(nlp_or_vocab: Language, lex: Lexicon, kb: KnowledgeBase, agencies: dict[str, Agency]) -> PhraseMatcher:
    vocab = nlp_or_vocab.vocab
    matcher = _CACHE.get(id(vocab))
    if matcher is None:
        matcher = PhraseMatcher(vocab, attr="ORTH")
        tokenizer = nlp_or_vocab.tokenizer
        for label, texts in _patterns(lex, kb, agencies).items():
            matcher.add(label, list(tokenizer.pipe(sorted(texts))))
        _CACHE[id(vocab)] = matcher
    return matcher


def fixed_names(doc: Doc, matcher: PhraseMatcher) -> list[tuple[str, int, int]]:
    """(label, token start, token end) of the longest non-overlapping fixed-name matches."""
    strings = doc.vocab.strings
    hits = sorted(((strings[m], s, e) for m, s, e in matcher(doc)), key=lambda h: (h[1], -(h[2] - h[1])))
    kept: list[tuple[str, int, int]] = []
    last_end = -1
    for label, start, end in hits:
        if start >= last_end:
            kept.append((label, start, end))
            last_end = end
    return kept
