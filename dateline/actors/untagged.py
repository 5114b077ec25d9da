"""Names of parties the NER left untagged: "The PUK accuses the KDP ...", "slammed the Girl Scouts".

A run of proper nouns with no entity type that fills a party's slot of a verb (subject, object,
the object of a non-place, non-time preposition) is taken for an organisation's name, with low
confidence.  Only acronyms ("KDP"), brand names in camel case ("WeWork") and runs of two or more
capitalised words qualify: a lone capitalised word is as often a surname, a product or a heading word, and a surname of a person
named in full is found by the coreference pass; two capitalised words count as a person only when the
second stands alone elsewhere in the text ("Shane Bortsch ... Bortsch said", not "MacBook Pro").  Calendar words, deities and address forms
(``not_names.txt``), places, titles and all-capital headlines never qualify.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span

from dateline.actors.lexicon import Lexicon, normalise, read_tsv
from dateline.nlp.cache import text_of

DATA = "dateline.data.actors"
#: dependencies by which a phrase fills a party's slot of its verb
PARTY_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "pobj", "conj", "appos"}
#: prepositions whose object is where or when something happens, not who takes part
PLACE_TIME_PREPS = {"in", "at", "near", "outside", "inside", "around", "across", "throughout", "on", "during",
                    "until", "since", "before", "after", "into", "onto", "over", "through"}
#: a verb's own subject and object: the only slots where a word the tagger took for a product is a party
_CLAUSE_PARTIES = {"nsubj", "nsubjpass", "dobj"}
ACRONYM_LENGTH = (2, 5)
HEADLINE_WORDS = 4  # content words a title-case heading has at least


@lru_cache(maxsize=1)
def not_names() -> frozenset[str]:
    text = resources.files(DATA).joinpath("not_names.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def name_words() -> dict[str, str]:
    """Word → organisation | legal-form | not-party | name-prefix | particle (``name_words.tsv``)."""
    return {word: role for word, role in read_tsv("name_words.tsv")}


def untagged_names(doc: Doc, taken: list[bool], lex: Lexicon, sentences: list[tuple[int, int]]) -> list[Span]:
    """Spans of untagged proper-noun runs that name a party, in text order; see :func:`entity_of`."""
    found: list[Span] = []
    i = 0
    while i < len(doc):
        if not _name_token(doc[i], taken):
            i += 1
            continue
        j = i
        while j < len(doc) and _name_token(doc[j], taken) and sentences[j] == sentences[i]:
            j += 1
        span = doc[i:j]
        if _names_a_party(span, lex) and not _headline(doc, sentences[i]):
            found.append(span)
        i = j
    return found


def entity_of(span: Span, lex: Lexicon) -> str:
    """"person" for a run of two singular capitalised words with no organisation word ("Jansher Khan"),
    else "organisation" (an acronym, a plural "Girl Scouts", a "... Corp", "Right Wing Watch")."""
    if len(span) == 2 and all(t.tag_ == "NNP" for t in span) and not any(
            name_words().get(t.lower_) in ("organisation", "legal-form") or lex.sector_words.get(t.lower_, ("", ""))[1] == "organisation"
            for t in span):
        return "person"
    return "organisation"


def _name_token(token, taken: list[bool]) -> bool:
    """An untagged capitalised proper noun, or a camel-case brand the tagger took for a product or a noun."""
    if taken[token.i] or not token.is_alpha or not token.text[:1].isupper():
        return False
    if _camel_case(token.text):  # the tagger's label for a brand is a guess ("accused YChina": GPE)
        return token.ent_type_ in ("", "PRODUCT", "GPE", "LOC")
    return token.pos_ == "PROPN" and token.ent_type_ == ""


def _names_a_party(span: Span, lex: Lexicon) -> bool:
    words = [t.lower_ for t in span]
    if any(w in not_names() or name_words().get(w) == "not-party" or w in lex.titles or w in lex.modifiers or w in lex.place_words for w in words):
        return False
    if lex.country(span.text) or normalise(span.text) in lex.cities or normalise(span.text) in lex.regions:
        return False
    if len(span) == 1:
        low, high = ACRONYM_LENGTH
        acronym = span.text.isupper() and low <= len(span.text) <= high
        if not acronym and not (_camel_case(span.text) and not _product_context(span)) and not _passive_agent(span):
            return False
        if span[0].ent_type_ == "PRODUCT" and span.root.dep_ not in _CLAUSE_PARTIES:
            return False  # a brand the tagger took for a product names a party only as a verb's subject or object
    elif any(t.is_upper for t in span):
        return False  # "NEW YORK GIANTS": capitals of a headline or a shouted phrase
    if entity_of(span, lex) == "person" and not _surname_recurs(span):
        return False  # "MacBook Pro", "Viva Zapata": two capitalised words are a person only if the surname recurs
    root = span.root
    if root.dep_ not in PARTY_DEPS:
        return False
    if root.dep_ == "pobj" and root.head.lower_ in PLACE_TIME_PREPS:
        return False
    return root.dep_ not in ("conj", "appos") or root.head.pos_ in ("PROPN", "NOUN")


def _passive_agent(span: Span) -> bool:
    """"is welcomed BY ORTHIOS": a lone proper noun that is the agent of a passive verb names who acted."""
    root = span.root
    return root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.pos_ == "VERB" and not root.is_sent_start


def _camel_case(word: str) -> bool:
    """"WeWork", "YouTube", "PayPal", "YChina": a capital inside a lower-case word, or one capital letter
    before a capitalised word, marks a brand name, unless the part before it is a surname prefix
    (``name_words.tsv`` name-prefix: "McCain", "DeSantis", "MacBook"); "NGOs", "MPs" are plural acronyms."""
    inner = next((k for k, c in enumerate(word[1:], 1) if c.isupper()), 0)
    if inner == 1:
        return len(word) >= 5 and word[2:].isalpha() and word[2:].islower()
    return (inner > 1 and word[1:inner].islower() and any(c.islower() for c in word[inner:])
            and name_words().get(word[:inner].lower()) != "name-prefix")


def _product_context(span: Span) -> bool:
    """"Apple AirPods", "Apple's AirPlay 2", "AirPods 2", "#MethWeAreOnIt": a maker's name before it, a
    model number after it, a product in its list or a hashtag mark make a camel-case word a product or a
    tag, not a company."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    maker = before is not None and (before.ent_type_ == "ORG" or before.lower_ in ("'s", "’s"))
    listed = any(t.ent_type_ == "PRODUCT" for t in span.root.conjuncts)  # "the iPhone, Apple Watch, and AirPods"
    return maker or listed or (after is not None and after.like_num) or (before is not None and before.text == "#")


def _surname_recurs(span: Span) -> bool:
    """Whether the last word of the name stands alone elsewhere in the text ("Shane Bortsch ... Bortsch said")."""
    surname = span[-1].text
    if len(re.findall(rf"\b{re.escape(surname)}\b", text_of(span.doc))) < 2:
        return False  # the word occurs only in the name itself (a cheap test before walking the tokens)
    return any(t.text == surname and not (span.start <= t.i < span.end) and (t.i == 0 or t.nbor(-1).text != span[0].text)
               for t in span.doc)


def _headline(doc: Doc, bounds: tuple[int, int]) -> bool:
    """A sentence written mostly in capitals (a wire slug) or in title case (a heading: "Pastor Launches
    Stunning Tirade Against Girl Scouts")."""
    letters = [t for t in doc[bounds[0]:bounds[1]] if t.is_alpha]
    words = [t for t in letters if not t.is_stop]
    title_case = len(words) >= HEADLINE_WORDS and all(t.text[:1].isupper() for t in words)
    return bool(letters) and (sum(t.is_upper for t in letters) * 2 > len(letters) or title_case)
