"""End to end on the seed page: every point of the foundation issue, asserted on real output.

The seed is a scraped page about the Putin–Kim talks with navigation junk, a doubled headline, a wire
credit and relayed agencies.  These tests run the whole pipeline once (session fixture) and check
cleaning, credits, actors, coreference, events, modality, quotes, dates and provenance.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.actors.index import MentionIndex
from dateline.model import Article

BOILERPLATE = ["World 0", "Izvor", "Tanjug/", "0 Komentari", "Možda vas zanima"]


# -- helpers --------------------------------------------------------------------------------------

def actor_named(article: Article, name: str):
    matches = [a for a in article.actors if a.name == name]
    assert matches, f"no actor named {name!r}; actors: {[a.name for a in article.actors]}"
    assert len(matches) == 1, f"{name!r} split into {len(matches)} actors"
    return matches[0]


def referent(article: Article, phrase: str, occurrence: int = 0, within: str | None = None):
    """The actor the text at ``phrase`` (n-th occurrence, optionally inside sentence ``within``) refers to."""
    text = article.text
    base = text.index(within) if within else 0
    start = base - 1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return MentionIndex(article).actor_for_span(start, start + len(phrase))


def country_of(article: Article, actor_id: str | None) -> str | None:
    actor = article.actor(actor_id)
    return actor.country if actor else None


def events_in(article: Article, fragment: str):
    return [e for e in article.events if fragment in article.text[_sentence_span(article, e)]]


def _sentence_span(article: Article, event) -> slice:
    s = article.sentences[event.provenance.sentence]
    return slice(s.start, s.end)


def quote_starting(article: Article, prefix: str):
    found = [q for q in article.quotes if q.content.lstrip("\"“ ").startswith(prefix)]
    assert found, f"no quote starting {prefix!r}; quotes: {[q.content[:40] for q in article.quotes]}"
    return found[0]


def quote_containing(article: Article, fragment: str):
    found = [q for q in article.quotes if fragment in q.content]
    assert found, f"no quote containing {fragment!r}; quotes: {[q.content[:40] for q in article.quotes]}"
    return found[0]


# -- cleaning and credits -------------------------------------------------------------------------

def test_boilerplate_removed_and_body_kept(seed_article, seed_text):
    for junk in BOILERPLATE:
        assert junk not in seed_article.text, junk
    assert seed_article.text.count("You have our unreserved support!") <= 1
    paragraphs = [p.strip() for p in seed_text.split("\n") if len(p.strip()) > 60]
    assert len(paragraphs) >= 15
    for paragraph in paragraphs:
        assert paragraph in seed_article.text, paragraph[:50]
    reasons = {r.reason for r in seed_article.removed}
    assert seed_article.removed and all(r.reason for r in seed_article.removed), reasons


def test_title_and_wire_credit(seed_article):
    assert seed_article.title == "You have our unreserved support!"
    wires = [c for c in seed_article.credits if c.kind == "wire"]
    assert [c.name for c in wires] == ["Tanjug"]


@pytest.mark.parametrize("agency,phrase", [("RIA Novosti", "RIA Novosti reported"), ("TASS", "Russian Tas reports")])
def test_relayed_agencies_cover_their_sentences(seed_article, agency, phrase):
    relays = [c for c in seed_article.credits if c.kind == "relay" and c.name == agency]
    assert relays, [c.name for c in seed_article.credits]
    covered = {i for c in relays for i in c.sentences}
    holders = {s.index for s in seed_article.sentences if phrase in s.text}
    assert holders and holders <= covered


# -- actors ---------------------------------------------------------------------------------------

PEOPLE = [
    # name, title fragment, country, CAMEO code
    ("Vladimir Putin", "President", "RUS", "RUSGOV"),
    ("Kim Jong Un", "leader", "PRK", "PRKGOV"),
    ("Sergei Lavrov", "Foreign Minister", "RUS", "RUSGOV"),
    ("Denis Manturov", "First Deputy Prime Minister", "RUS", "RUSGOV"),
    ("Alexander Novak", "Deputy Prime Minister", "RUS", "RUSGOV"),
    ("Dmitry Peskov", "spokesman", "RUS", "RUSGOV"),
    ("Choi Song-Hee", "Foreign Minister", "PRK", "PRKGOV"),
    ("Park Chong Chon", "Vice Chairman of the Central Military Committee", "PRK", None),
    ("Im Chong-Il", "Vice Foreign Minister", "PRK", "PRKGOV"),
]


@pytest.mark.parametrize("name,title,country,code", PEOPLE)
def test_people_with_titles_and_codes(seed_article, name, title, country, code):
    actor = actor_named(seed_article, name)
    assert actor.kind == "person"
    assert actor.country == country
    assert any(title.lower() in r.title.lower() for r in actor.roles), [r.title for r in actor.roles]
    if code:
        assert actor.code == code
    else:
        assert actor.code and actor.code.startswith(country)
    role = actor.roles[0]
    assert role.provenance is not None and role.provenance.sentence is not None


def test_no_fragment_actors(seed_article):
    names = {a.name for a in seed_article.actors if a.kind == "person"}
    for fragment in ["Park", "Chong Chon", "Manturov", "Putin", "Kim", "Im"]:
        assert fragment not in names


@pytest.mark.parametrize("phrase,within,who", [
    ("Putin", "Putin emphasized that Moscow", "Vladimir Putin"),
    ("The Russian leader", None, "Vladimir Putin"),
    ("the head of the Russian state", None, "Vladimir Putin"),
    ("He", "He said that a new fundamental document", "Vladimir Putin"),
    ("Kim", "At the meeting, Kim emphasized", "Kim Jong Un"),
    ("The leader of the DPRK", None, "Kim Jong Un"),
    ("He", "He pointed out that the situation", "Kim Jong Un"),
    ("He", "He expressed his belief", "Kim Jong Un"),
])
def test_coreference_to_people(seed_article, phrase, within, who):
    actor = referent(seed_article, phrase, within=within)
    assert actor is not None and actor.name == who


@pytest.mark.parametrize("phrase,country", [
    ("Russia", "RUS"), ("Moscow", "RUS"), ("Russian Federation", "RUS"), ("The Russian side", "RUS"),
    ("North Korea", "PRK"), ("DPRK", "PRK"), ("Pyongyang", "PRK"),
    ("Democratic People's Republic of Korea", "PRK"), ("the Korean side", "PRK"), ("Ukraine", "UKR"),
])
def test_places_and_sides_resolve_to_countries(seed_article, phrase, country):
    actor = referent(seed_article, phrase)
    assert actor is not None, phrase
    assert actor.country == country


# -- events ---------------------------------------------------------------------------------------

def _dyad(article, event):
    return country_of(article, event.source), country_of(article, event.target)


def test_talks_between_russia_and_north_korea(seed_article):
    talks = [e for e in seed_article.events if e.code.startswith("04") and e.plover_type == "CONSULT"
             and set(_dyad(seed_article, e)) == {"RUS", "PRK"}]
    assert talks
    assert any(e.place and e.place.country == "PRK" for e in talks)


def test_visit_and_host(seed_article):
    pairs = {(e.code, _dyad(seed_article, e)) for e in seed_article.events}
    assert ("042", ("RUS", "PRK")) in pairs
    assert ("043", ("PRK", "RUS")) in pairs


def test_full_support_for_russia(seed_article):
    support = [e for e in events_in(seed_article, "expressed full support")
               if e.code.startswith("05") and _dyad(seed_article, e) == ("PRK", "RUS")]
    assert support and support[0].plover_type == "SUPPORT"


def test_agreements_to_be_signed_are_future(seed_article):
    signed = [e for e in events_in(seed_article, "agreements between Russia and North Korea will be signed")
              if e.code == "057"]
    assert signed and all(e.plover_type == "AGREE" and e.modality.future for e in signed)
    assert set(_dyad(seed_article, signed[0])) == {"RUS", "PRK"}


def test_hoped_next_meeting_is_intent(seed_article):
    hoped = [e for e in events_in(seed_article, "next meeting will take place in Russia") if e.code == "036"]
    assert hoped and all(e.modality.hypothetical or e.modality.future for e in hoped)
    assert country_of(seed_article, hoped[0].source) == "RUS"


def test_last_visit_is_historical(seed_article):
    past = [e for e in events_in(seed_article, "Putin last visited North Korea in 2000") if e.code.startswith("04")]
    assert past
    assert all(e.modality.historical and e.date and e.date.start and e.date.start.year == 2000 for e in past)


def test_event_records_are_complete(seed_article):
    assert len(seed_article.events) >= 6
    for e in seed_article.events:
        assert e.source or e.target, e
        assert e.goldstein is not None and e.quad_class in (1, 2, 3, 4)
        assert e.root == e.code[:2] and e.plover_type
        assert e.why.pattern and e.why.trigger
        assert e.date is not None


def test_no_event_from_boilerplate(seed_article):
    for e in seed_article.events:
        sentence = seed_article.sentences[e.provenance.sentence].text
        assert not any(junk in sentence for junk in BOILERPLATE)


# -- quotes ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("prefix", [
    "The government of the Democratic People's Republic of Korea appreciates",
    "Relations between the Russian Federation and the DPRK are entering",
    "I think the enthusiasm",
])
def test_direct_quotes_of_kim(seed_article, prefix):
    quote = quote_starting(seed_article, prefix)
    assert quote.kind == "direct"
    assert seed_article.actor(quote.speaker).name == "Kim Jong Un"
    assert quote.cue == "said"
    assert seed_article.text[quote.content_start:quote.content_end] == quote.content


@pytest.mark.parametrize("fragment", ["Moscow highly values", "a new fundamental document is ready"])
def test_indirect_statements_of_putin(seed_article, fragment):
    quote = quote_containing(seed_article, fragment)
    assert quote.kind in ("indirect", "mixed")
    assert seed_article.actor(quote.speaker).name == "Vladimir Putin"
    assert quote.cue in ("emphasized", "said")


def test_relay_chain_of_relayed_quote(seed_article):
    quote = quote_starting(seed_article, "Relations between the Russian Federation and the DPRK")
    relay = [r.upper() for r in quote.relay]
    assert "TASS" in relay
    assert relay[-1] == "TANJUG"


# -- dates ----------------------------------------------------------------------------------------

def date_ref(article: Article, phrase: str):
    refs = [d for d in article.dates if phrase in d.text]
    assert refs, f"no date {phrase!r}; dates: {[d.text for d in article.dates]}"
    return refs[0]


def test_relative_dates_resolved_against_publication_date(seed_article):
    assert date_ref(seed_article, "last year").start.year == 2023
    assert date_ref(seed_article, "this year").start.year == 2024
    assert date_ref(seed_article, "2000").start.year == 2000
    visit = date_ref(seed_article, "September 12")
    assert (visit.start, visit.end) == (dt.date(2023, 9, 12), dt.date(2023, 9, 17))


def test_relative_dates_unresolved_without_publication_date(seed_article_undated):
    last_year = date_ref(seed_article_undated, "last year")
    assert last_year.relative and not last_year.resolved and last_year.start is None
    assert date_ref(seed_article_undated, "2000").start.year == 2000


# -- provenance -----------------------------------------------------------------------------------

def test_every_record_has_provenance(seed_article):
    records = [m.provenance for m in seed_article.mentions]
    records += [e.provenance for e in seed_article.events] + [q.provenance for q in seed_article.quotes]
    assert records
    for p in records:
        assert p.article_id == seed_article.id
        assert p.sentence is not None
        assert seed_article.text[p.start:p.end] == p.text
        assert p.rule
        assert 0 < p.confidence <= 1


def test_same_input_same_output(seed_text, seed_article):
    import dateline

    again = dateline.extract(seed_text, date=dt.date(2024, 6, 19))
    assert again.to_json() == seed_article.to_json()
