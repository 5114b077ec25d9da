"""A tiny stand-in for the actors stage, for the events tests: named entities and a few country
words become actors with CAMEO codes, so the events coder can be tested alone."""

from __future__ import annotations

from dateline.model import Actor, Article, Mention, Provenance

COUNTRIES = {
    "russia": "RUS", "russian": "RUS", "moscow": "RUS", "russian federation": "RUS", "kremlin": "RUS",
    "north korea": "PRK", "north korean": "PRK", "pyongyang": "PRK", "dprk": "PRK", "korean": "PRK",
    "democratic people's republic of korea": "PRK", "ukraine": "UKR", "ukrainian": "UKR", "kyiv": "UKR",
    "united states": "USA", "u.s.": "USA", "washington": "USA", "china": "CHN", "chinese": "CHN",
    "israel": "ISR", "israeli": "ISR", "iran": "IRN", "iranian": "IRN", "france": "FRA", "germany": "DEU",
    "hungarian": "HUN", "romanian": "ROU", "jordan": "JOR",
}
PEOPLE = {"putin": ("Vladimir Putin", "RUSGOV"), "kim": ("Kim Jong Un", "PRKGOV"), "he": None}


def stub_actors(article: Article, doc, ctx=None) -> Article:
    """Mentions for countries (by name) and the two leaders; 'he' → the last leader named."""
    actors: dict[str, Actor] = {}
    last_person = None

    def actor(key: str, name: str, country: str, code: str, kind: str) -> Actor:
        if key not in actors:
            actors[key] = Actor(id=f"A{len(actors)}", name=name, kind=kind, country=country, code=code)
        return actors[key]

    spans = []
    for ent in doc.ents:
        low = ent.text.lower().removeprefix("the ")
        words = low.split()
        if ent.label_ == "PERSON" and any(w in PEOPLE and PEOPLE[w] for w in words):
            name, code = next(PEOPLE[w] for w in words if w in PEOPLE and PEOPLE[w])
            spans.append((ent.start_char, ent.end_char, actor(name, name, code[:3], code, "person")))
        elif low in COUNTRIES:
            c = COUNTRIES[low]
            spans.append((ent.start_char, ent.end_char, actor(c, c, c, c, "country")))
    taken = {s for s, _, _ in spans}
    for tok in doc:
        if tok.idx in taken:
            continue
        if tok.lower_ in ("he", "his") and last_person_before(spans, tok.idx):
            spans.append((tok.idx, tok.idx + len(tok), last_person_before(spans, tok.idx)))
        elif tok.lower_ in COUNTRIES and tok.ent_type_ in ("", "GPE", "NORP", "LOC"):
            c = COUNTRIES[tok.lower_]
            spans.append((tok.idx, tok.idx + len(tok), actor(c, c, c, c, "country")))
    for n, (start, end, a) in enumerate(sorted(spans, key=lambda s: s[0])):
        m = Mention(id=f"M{n}", actor_id=a.id, text=article.text[start:end],
                    provenance=Provenance(article_id=article.id, start=start, end=end, text=article.text[start:end]))
        article.mentions.append(m)
        a.mentions.append(m.id)
    article.actors = list(actors.values())
    del last_person
    return article


def last_person_before(spans, offset):
    people = [(s, a) for s, _, a in spans if a.kind == "person" and s < offset]
    return max(people, key=lambda p: p[0])[1] if people else None
