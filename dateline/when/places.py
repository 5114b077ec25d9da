"""Where: places named in the text, resolved against the gazetteer, and the place of a sentence.

Every GPE/LOC/FAC entity (and the dateline "KYIV, Ukraine —" at the top of a story) becomes a
:class:`Place` in ``article.places``.  When a name has several gazetteer candidates the choice and
its reason are recorded: a capital or major city over small namesakes, then places in the article's
countries in focus (the countries its unambiguous places belong to), then population.
The place of a sentence prefers a locative phrase ("in Pyongyang", "visit to Kyiv") over a bare
mention, and skips mentions that act (subjects, possessors: "Moscow values…", "Russia's role").
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span

from dateline.model import Article, Place, Provenance
from dateline.when.gazetteer import Entry, gazetteer

PLACE_LABELS = ("GPE", "LOC", "FAC")
MAJOR_POPULATION = 1_000_000
#: population orders of magnitude a country in focus is worth when choosing among minor namesakes
FOCUS_BONUS = 0.8
_KIND_RANK = {"country": 3, "state": 2, "region": 2, "city": 1}
DATELINE = re.compile(
    r"(?P<city>[A-Z][A-Z.'’\- ]{2,40}?)(?:,\s*(?P<region>[A-Z][A-Za-z.'’\- ]{1,40}?))?\s*"
    r"(?:\((?P<agency>[A-Za-z ]{2,20})\)\s*)?(?:—|–|--|-)\s")


#: Any story opening that says where and by whom it was filed, wider than ``DATELINE`` (which must
#: resolve a city): "(CNN)", "HANOI, Vietnam —", "ISLAMABAD/PENTAGON —", "Indianapolis – " (up to six
#: capitalised words, an agency in brackets, a dash).  The events stage takes no actor from it.
FILING_LINE = re.compile(r"\s*(?:\((?:[A-Z][A-Za-z]*\s?){1,3}\)\s+|(?:[A-Z][\w.'’/-]*,?\s+){0,5}[A-Z][\w.'’/-]*,?\s*"
                         r"(?:\([^)]{2,20}\)\s*)?(?:—|–|--)\s)")


@lru_cache(maxsize=1)
def locative_rules() -> dict:
    path = resources.files("dateline.data") / "places" / "locative.json"
    rules = json.loads(path.read_text(encoding="utf-8"))
    return {key: frozenset(values) for key, values in rules.items()}


# -- choosing among candidates --------------------------------------------------------------------

def choose(name: str, focus: Counter, alternates: bool = True, within: str | None = None
           ) -> tuple[Entry | None, str]:
    """The gazetteer entry a name most likely denotes here, and why when there was a choice;
    ``within`` (a country the text names alongside, as in "PARIS, Texas") narrows the candidates."""
    candidates = gazetteer().candidates(name, alternates)
    if within:
        candidates = [c for c in candidates if c.country == within] or candidates
    if len(candidates) <= 1:
        return (candidates[0] if candidates else None), ""
    keyed = sorted(((_rank(c, focus), c) for c in candidates), key=lambda kc: kc[0], reverse=True)
    (best_key, best), (second_key, _) = keyed[0], keyed[1]
    listed = "; ".join(_describe(c) for _, c in keyed[:4]) + ("; …" if len(keyed) > 4 else "")
    return best, f"{len(candidates)} candidates ({listed}); chose {_describe(best)}: {_why(best_key, second_key, best)}"


def _rank(entry: Entry, focus: Counter) -> tuple:
    """Major places first; among them the article's countries in focus decide ("Georgia" in a US story),
    among minor namesakes population does, with a bonus for the countries in focus."""
    major = entry.kind in ("country", "state") or entry.capital or entry.population >= MAJOR_POPULATION
    in_focus = focus.get(entry.country, 0) > 0
    weight = math.log10(entry.population + 1) + (FOCUS_BONUS if in_focus else 0.0)
    return (major, major and in_focus, entry.capital, _KIND_RANK.get(entry.kind, 0), round(weight, 3))


_REASONS = (
    "a country, state, capital or city of 1M+ over minor namesakes",
    "in the article's country in focus ({country})",
    "the national capital",
    "a {kind} over places of the same name",
    "largest population, counting a bonus for the article's countries in focus",
)


def _why(best: tuple, second: tuple, entry: Entry) -> str:
    for index, (a, b) in enumerate(zip(best, second)):
        if a != b:
            return _REASONS[index].format(country=entry.country, kind=entry.kind)
    return "first listed (candidates tie)"


def _describe(entry: Entry) -> str:
    size = f", pop {entry.population:,}" if entry.population else ""
    return f"{entry.name} [{entry.kind}, {entry.country or '-'}{size}]"


def _place(name: str, entry: Entry | None, reason: str, source: str, provenance: Provenance) -> Place:
    if entry is None:
        return Place(name=name, source=source, reason=reason or "not in the gazetteer", provenance=provenance)
    notes = "; ".join(n for n in (reason, entry.note) if n)
    return Place(name=entry.name, country=entry.country, lat=entry.lat, lon=entry.lon, geonameid=entry.geonameid,
                 source=source, reason=notes, provenance=provenance)


# -- the article's places -------------------------------------------------------------------------

def find_places(article: Article, doc: Doc) -> list[Place]:
    """Fill ``article.places`` with the dateline place and every resolved location mention."""
    spans = [e for e in doc.ents if e.label_ in PLACE_LABELS]
    focus = countries_in_focus(spans)
    places = []
    line = find_dateline(article, focus)
    if line:
        places.append(line)
        if line.country:
            focus[line.country] += 2
    for span in spans:
        entry, reason = choose(span.text, focus, alternates=span.label_ != "FAC")
        places.append(_place(span.text, entry, reason, "sentence", _provenance(article, span, "places.ner")))
    article.places = places
    return places


def countries_in_focus(spans: list[Span]) -> Counter:
    """How often each country is named by an unambiguous place (a country, or a city only it has)."""
    focus: Counter = Counter()
    for span in spans:
        candidates = gazetteer().candidates(span.text)
        if len({c.country for c in candidates}) == 1 and candidates[0].country:
            focus[candidates[0].country] += 1
    return focus


def find_dateline(article: Article, focus: Counter | None = None) -> Place | None:
    """The "CITY, Region —" opening of the first paragraphs, resolved with its region as a hint."""
    offset = 0
    for line in article.text.split("\n")[:4]:
        match = DATELINE.match(line)
        if match:
            return _dateline_place(article, match, offset, focus or Counter())
        offset += len(line) + 1
    return None


def _dateline_place(article: Article, match: re.Match, offset: int, focus: Counter) -> Place | None:
    city = match["city"].strip().title()
    region = gazetteer().candidates(match["region"].strip()) if match["region"] else []
    entry, reason = choose(city, focus, within=region[0].country if region else None)
    if entry is None:
        return None
    start, end = offset + match.start("city"), offset + match.end("region" if match["region"] else "city")
    provenance = Provenance(article_id=article.id, sentence=article.sentence_at(start), start=start, end=end,
                            text=article.text[start:end], rule="places.dateline", confidence=0.9)
    return _place(city, entry, reason, "dateline", provenance)


def _provenance(article: Article, span: Span, rule: str, confidence: float = 0.8) -> Provenance:
    return Provenance(article_id=article.id, sentence=article.sentence_at(span.start_char), start=span.start_char,
                      end=span.end_char, text=span.text, rule=rule, confidence=confidence)


# -- the place of one sentence --------------------------------------------------------------------

def place_for_sentence(article: Article, doc: Doc, sentence_index: int) -> Place | None:
    """Where the sentence's event happened: a locative place, else a named non-acting place, else the
    dateline; ``None`` when the text says nothing."""
    if not article.places:
        find_places(article, doc)
    in_sentence = [p for p in article.places if p.source == "sentence" and p.provenance
                   and p.provenance.sentence == sentence_index]
    ranked = []
    for order, place in enumerate(in_sentence):
        span = doc.char_span(place.provenance.start, place.provenance.end, alignment_mode="expand")
        role = _role(span) if span is not None else "mention"
        if role in _ROLE_RANK and (role != "mention" or place.country):
            ranked.append((_ROLE_RANK[role], -order, role, place))
    if ranked:
        best_rank, _, role, best = max(ranked, key=lambda r: r[:2])
        best = _most_specific(best, [p for rank, _, _, p in ranked if rank == best_rank])
        return best.model_copy(update={"reason": "; ".join(r for r in (_ROLE_REASON[role], best.reason) if r)})
    line = next((p for p in article.places if p.source == "dateline"), None)
    if line is not None:
        return line.model_copy(update={"reason": "; ".join(r for r in ("the story's dateline", line.reason) if r)})
    return None


_ROLE_RANK = {"locative": 3, "nominal-locative": 2, "mention": 1}
_ROLE_REASON = {"locative": "locative phrase", "nominal-locative": "locative phrase of a noun",
                "mention": "named in the sentence, not as an actor"}


def _most_specific(chosen: Place, peers: list[Place]) -> Place:
    """"in Kharkiv, Ukraine": among places of the chosen one's country, the most specific."""
    same_country = [p for p in peers if p.country and p.country == chosen.country]
    return max(same_country, key=lambda p: (_specificity(p), p is chosen), default=chosen)


def _specificity(place: Place) -> int:
    """Cities say more than states and regions, which say more than countries."""
    entry = gazetteer().by_id.get(place.geonameid) if place.geonameid else None
    if entry is None:
        return 1 if place.country else 0
    return {"city": 3, "state": 2, "region": 2}.get(entry.kind, 1)


def _role(span: Span) -> str:
    """'locative' (object of in/at/… on a verb, of a movement verb, or of 'to' after one),
    'nominal-locative' (the phrase belongs to a noun: "the operation in Ukraine"), 'actor' (subject,
    possessor) or 'mention'."""
    rules = locative_rules()
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and (head.dep_ == "prep" or head.pos_ == "ADP"):
        prep, governor = head.lower_, head.head
        if prep in rules["movement_prepositions"] and governor.lemma_.lower() in rules["movement_heads"]:
            return "locative"
        if prep in rules["prepositions"]:
            return "locative" if governor.pos_ in ("VERB", "AUX") else "nominal-locative"
        return "mention"
    if root.dep_ == "dobj" and head.lemma_.lower() in rules["movement_heads"]:
        return "locative"
    if root.dep_ in rules["actor_dependencies"] or any(t.dep_ == "case" for t in root.children):
        return "actor"
    return "mention"


def dateline_spans(text: str, lines: int = 3) -> list[tuple[int, int]]:
    """The "HANOI, Vietnam —", "(CNN)", "Indianapolis –" openings of a story's first paragraphs: where
    it was filed and who filed it, never the actor of its first sentence."""
    spans, offset = [], 0
    for line in text.split("\n")[:lines]:
        match = FILING_LINE.match(line)
        if match:
            spans.append((offset, offset + match.end()))
        offset += len(line) + 1
    return spans
