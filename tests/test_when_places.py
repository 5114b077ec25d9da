"""Places: gazetteer resolution with reasons for ambiguity, datelines, and the place of a sentence."""

from __future__ import annotations

import csv
from collections import Counter
from importlib import resources

import pytest

from dateline.model import Article
from dateline.nlp import parse_articles
from dateline.when import find_dates, place_for_sentence
from dateline.when.gazetteer import gazetteer
from dateline.when.places import choose


def analysed(text: str):
    ((article, doc),) = parse_articles([Article(id="p", text=text)])
    find_dates(article, doc)
    return article, doc


def sentence_place(text: str, index: int = 0):
    article, doc = analysed(text)
    return place_for_sentence(article, doc, index)


def test_pyongyang_resolves_to_north_korea_with_coordinates():
    place = sentence_place("Talks between the two leaders ended this morning in Pyongyang.")
    assert (place.name, place.country, place.source) == ("Pyongyang", "PRK", "sentence")
    assert place.lat == pytest.approx(39.03, abs=0.1) and place.lon == pytest.approx(125.75, abs=0.1)
    assert place.geonameid and "locative" in place.reason
    assert place.provenance.text == "Pyongyang"


def test_ambiguous_city_names_the_candidates_and_the_reason():
    place = sentence_place("The ministers met in Paris on Tuesday.")
    assert place.country == "FRA"
    assert "candidates" in place.reason and "USA" in place.reason and "chose Paris" in place.reason


def test_country_in_focus_decides_between_a_country_and_a_us_state():
    us_story = "Voters lined up in Atlanta and Texas. Turnout was high in Georgia."
    assert sentence_place(us_story, 1).country == "USA"
    caucasus = "Protesters gathered in Tbilisi. Police dispersed them in Georgia."
    assert sentence_place(caucasus, 1).country == "GEO"
    entry, reason = choose("Georgia", Counter({"USA": 2}))
    assert entry.kind == "state" and "in focus" in reason


def test_capital_beats_namesakes():
    entry, reason = choose("Washington", Counter())
    assert (entry.country, entry.capital) == ("USA", True) and reason.endswith("the national capital")


@pytest.mark.parametrize("name, country", [
    ("DPRK", "PRK"), ("the Russian Federation", "RUS"), ("Kiev", "UKR"), ("U.S.", "USA"), ("Britain", "GBR"),
    ("Gaza", "PSE"),
])
def test_aliases_and_official_names(name, country):
    entry, _ = choose(name, Counter())
    assert entry is not None and entry.country == country


def test_alias_geonameids_exist_in_the_gazetteer():
    path = resources.files("dateline.data") / "places" / "aliases.tsv"
    with path.open(encoding="utf-8") as handle:
        ids = [int(row["geonameid"]) for row in csv.DictReader(handle, delimiter="\t") if row["geonameid"]]
    assert ids and all(i in gazetteer().by_id for i in ids)


def test_dateline_is_the_place_of_sentences_that_name_none():
    article, doc = analysed("KYIV, Ukraine (AP) — Air raid sirens sounded overnight.\n\nOfficials said nobody was hurt.")
    line = article.places[0]
    assert (line.source, line.name, line.country) == ("dateline", "Kyiv", "UKR")
    assert line.provenance.text == "KYIV, Ukraine"
    fallback = place_for_sentence(article, doc, 1)
    assert fallback.name == "Kyiv" and "dateline" in fallback.reason


@pytest.mark.parametrize("opening, name, country", [
    ("WASHINGTON (Reuters) - The Senate voted on Friday.", "Washington", "USA"),
    ("PARIS, Texas — A storm hit the town.", "Paris", "USA"),
    ("NAIROBI, KENYA — Heavy rains fell.", "Nairobi", "KEN"),
])
def test_dateline_forms(opening, name, country):
    article, _ = analysed(opening)
    line = article.places[0]
    assert (line.source, line.name, line.country) == ("dateline", name, country)


def test_no_dateline_in_ordinary_openings():
    article, _ = analysed("The U.S. - China talks ended in Geneva.")
    assert all(p.source == "sentence" for p in article.places)


def test_acting_places_are_not_event_places():
    place = sentence_place("Moscow praised the operation in Ukraine.")
    assert place.name == "Ukraine"
    assert sentence_place("Russia's foreign minister praised the deal.") is None


def test_place_of_the_verb_beats_place_of_a_noun():
    place = sentence_place("The minister criticised the operation in Ukraine while speaking in Beijing.")
    assert place.name == "Beijing"
    place = sentence_place("The minister criticised the operation in Ukraine.")
    assert place.name == "Ukraine" and place.reason.startswith("locative phrase of a noun")


def test_visited_country_is_the_place_and_the_first_wins():
    place = sentence_place("Kim visited Russia in September when he invited Putin to visit Pyongyang.")
    assert place.country == "RUS"


def test_city_preferred_over_its_own_country():
    place = sentence_place("Shelling was reported in Kharkiv, Ukraine, on Monday.")
    assert place.name == "Kharkiv" and place.country == "UKR"


def test_unknown_place_is_kept_without_coordinates():
    article, _ = analysed("Fighting continued in the Anbar desert.")
    unknown = [p for p in article.places if p.country is None]
    assert unknown and unknown[0].lat is None and unknown[0].reason


def test_every_location_mention_becomes_a_place_with_provenance():
    article, _ = analysed("Officials from France and Germany met in Brussels.")
    assert {p.country for p in article.places} == {"FRA", "DEU", "BEL"}
    for place in article.places:
        p = place.provenance
        assert article.text[p.start:p.end] == p.text and p.sentence == 0
