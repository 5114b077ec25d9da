"""Cleaning: decoding, the HTML and noisy-text paths, wire credits, relays, language, ids, duplicates.

Fixtures are built here (the seed page is the shared fixture); relay tests give the article its
sentences directly, so they need no spaCy model.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from dateline.clean import find_relays, prepare
from dateline.clean.credits import match_credit
from dateline.clean.decode import decode
from dateline.clean.dedup import DuplicateIndex
from dateline.errors import InputError
from dateline.intake.base import RawDocument
from dateline.model import Article, Credit, Sentence

PARAGRAPHS = [
    ("The foreign ministers of both countries met in the capital on Monday and agreed to resume talks on "
     "trade, energy and security after a pause of more than two years."),
    ("Officials said the first round would take place next month, with a second round planned before the "
     "end of the year if the first one goes well."),
    ("The agreement follows months of quiet contacts between the two governments, according to diplomats "
     "familiar with the preparations for the meeting."),
]


def page(body: str, head: str = "") -> str:
    return f"<!doctype html><html><head>{head}</head><body>{body}</body></html>"


def article_with_sentences(text: str) -> Article:
    """An Article whose sentences are split at sentence punctuation (no parser needed)."""
    article = Article(id="t", text=text)
    for i, found in enumerate(re.finditer(r"[^\n]+?(?:[.!?][\"”]?(?=\s|$)|$)", text)):
        start = found.start() + len(found.group()) - len(found.group().lstrip())
        article.sentences.append(Sentence(index=i, start=start, end=found.end(), text=text[start:found.end()]))
    return article


# -- decoding and unusable input ------------------------------------------------------------------

def test_cp1251_and_latin1_decode():
    cyrillic = "Министр иностранных дел Сергей Лавров провёл переговоры в Москве в понедельник. " * 3
    assert decode(cyrillic.encode("cp1251")) == (cyrillic, "cp1251")
    western = "The café owner in Zürich said the Swiss government had condemned the attack. " * 3
    assert decode(western.encode("latin-1"))[0] == western


def test_misdeclared_charset_in_html():
    html = page("<p>Ce café à Zürich.</p>", "<meta charset='utf-8'>").encode("cp1252")
    assert "café à Zürich" in decode(html)[0]


@pytest.mark.parametrize("data,words", [
    (b"", "empty"),
    (b"   \n\t ", "empty"),
    (bytes(range(256)) * 64, "binary"),
    (b"%PDF-1.7\n" + b"x" * 100, "PDF"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "PNG"),
])
def test_unusable_input_is_a_one_line_error(data, words):
    with pytest.raises(InputError) as err:
        prepare(RawDocument(data=data, origin="in.bin"))
    message = str(err.value)
    assert words in message and "\n" not in message and message.startswith("in.bin")


def test_oversized_text_is_refused():
    with pytest.raises(InputError, match="too large"):
        prepare(RawDocument(data="The minister said the talks went well. " * 600_000, origin="big"))


# -- HTML path ------------------------------------------------------------------------------------

def test_html_body_and_metadata():
    head = ("<title>Ministers agree to resume talks | Example News</title>"
            "<meta property='og:title' content='Ministers agree to resume talks'>"
            "<meta property='og:site_name' content='Example News'>"
            "<meta name='author' content='Jane Doe'>"
            "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"datePublished\": \"2024-06-18\","
            " \"articleSection\": \"World\"}</script>")
    body = ("<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>Ministers agree to resume talks</h1>"
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
            + "<p>Source: AFP</p></article><div class='share'>Share this article</div>")
    raw = RawDocument(data=page(body, head).encode(), meta={"url": "https://www.reuters.com/world/talks"})
    article = prepare(raw)
    assert article.input_format == "html" and article.title == "Ministers agree to resume talks"
    assert article.text == "\n\n".join(PARAGRAPHS)
    assert article.published == dt.date(2024, 6, 18) and article.byline == "Jane Doe"
    assert article.site == "Example News" and article.url == "https://www.reuters.com/world/talks"
    assert article.source == "Reuters"
    assert [c.name for c in article.credits if c.kind == "wire"] == ["AFP"]
    assert prepare(raw, published=dt.date(2024, 6, 19)).published == dt.date(2024, 6, 19)


def test_malformed_and_truncated_html_still_yield_text():
    body = "".join(f"<p>{p}" for p in PARAGRAPHS) + "<div><span>unclosed"
    article = prepare(RawDocument(data=page(body)[:-20]))
    assert all(p in article.text for p in PARAGRAPHS)


@pytest.mark.parametrize("body", ["<script>var a = 1;</script><script>track()</script>", "<div></div>"])
def test_pages_without_article_text_are_refused(body):
    with pytest.raises(InputError, match="no article text"):
        prepare(RawDocument(data=page(body), origin="p.html"))


# -- noisy-text path ------------------------------------------------------------------------------

def test_seed_boilerplate_removed_with_reasons(seed_text):
    article = prepare(RawDocument(data=seed_text.encode()))
    for junk in ("World 0", "Izvor", "0 Komentari", "Možda vas zanima"):
        assert junk not in article.text
    assert article.title == "You have our unreserved support!"
    assert "You have our unreserved support!" not in article.text
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["World 0"] == "counter" and reasons["Izvor: Tanjug/"] == "credit"
    assert reasons["Možda vas zanima"] == "related" and reasons["0 Komentari"] == "counter"
    body = [line for line in seed_text.splitlines() if len(line) > 60]
    assert article.text == "\n\n".join(body)
    assert [(c.kind, c.name) for c in article.credits] == [("wire", "Tanjug")]


def test_navigation_and_widgets_around_an_article_are_dropped():
    text = "\n".join(["Home", "Politics", "Business", "Sign in", "Ministers agree to resume talks",
                      *PARAGRAPHS, "Share this article", "Related stories",
                      "Five things to know about the talks", "We use cookies to improve your experience.",
                      "© 2024 Example News. All rights reserved."])
    article = prepare(RawDocument(data=text))
    assert article.text == "\n\n".join(PARAGRAPHS)
    assert article.title == "Ministers agree to resume talks"
    assert {"navigation", "share", "related", "cookie", "legal"} <= {r.reason for r in article.removed}


def test_a_share_bar_run_into_the_text_is_cut_out_between_two_paragraphs():
    """boilerplate/inline_cues.tsv: a flattened page's share bar and short link inside a line go, with
    a reason; the text either side stays, as two paragraphs, so no sentence spans the widget."""
    bar = "Send Facebook Twitter Google+ Whatsapp Tumblr linkedin stumble Digg reddit Newsvine Permalink http://dw.com/p/2X59T"
    article = prepare(RawDocument(data=f"{PARAGRAPHS[0]} {bar} {PARAGRAPHS[1]}\n{PARAGRAPHS[2]}"))
    assert article.text == "\n\n".join(PARAGRAPHS)
    assert [(r.text, r.reason, r.rule) for r in article.removed] == [(bar, "share", "cue.inline-share")]
    prose = "Officials said they would share, print and email the report to Facebook and Twitter users on Monday."
    assert prepare(RawDocument(data=prose)).text == prose


def test_metadata_title_is_removed_from_text():
    text = "Ministers agree to resume talks\n" + "\n".join(PARAGRAPHS)
    article = prepare(RawDocument(data=text, meta={"title": "Ministers agree to resume talks", "id": "abc"}))
    assert article.text.startswith(PARAGRAPHS[0]) and article.id == "abc"


def test_one_line_input_is_kept():
    assert prepare(RawDocument(data="Kenyan police arrested 20 protesters.")).text == "Kenyan police arrested 20 protesters."


@pytest.mark.parametrize("line,agency,rest", [
    ("Izvor: Tanjug/", "TANJUG", ""),
    ("Source: AFP", "AFP", ""),
    ("WASHINGTON (Reuters) - The U.S. said on Monday", "REUTERS", "WASHINGTON — The U.S. said on Monday"),
    ("BEIJING, June 19 (Xinhua) -- China said", "XINHUA", "BEIJING, June 19 — China said"),
    ("Xinhua | Updated 2024-06-19", "XINHUA", "Updated 2024-06-19"),
    ("The talks ended on Monday. — AP", "AP", "The talks ended on Monday."),
    ("By The Associated Press", "AP", ""),
    ("(CNN)Malaysia has asked Interpol for help.", "CNN", "Malaysia has asked Interpol for help."),
    ("Kabul, Afghanistan (CNN)At least 10 people died. " + " ".join(["The talks went on."] * 30), "CNN",
     "Kabul, Afghanistan — At least 10 people died. " + " ".join(["The talks went on."] * 30)),
])
def test_wire_credit_lines(line, agency, rest):
    found = match_credit(line)
    assert found and found.credit.agency == agency and found.credit.kind == "wire"
    assert found.remainder == rest


@pytest.mark.parametrize("line", ["AP sources say it is fine", "Sources said the talks went well.",
                                  "The Apple store opened.", "RIA Novosti reported the talks ended.",
                                  "The report (CNN) said the talks ended."])
def test_prose_is_not_a_credit(line):
    assert match_credit(line) is None


def test_non_english_article_is_not_coded():
    text = ("Die Bundesregierung hat am Montag neue Sanktionen gegen Russland beschlossen. "
            "Der Außenminister sagte, man werde die Ukraine weiterhin unterstützen. ") * 3
    article = prepare(RawDocument(data=text))
    assert article.language == "de" and article.status == "not-coded"
    assert "not English" in article.status_reason and "German" in article.status_reason


# -- relays ---------------------------------------------------------------------------------------

def test_relays_and_their_sentences():
    text = ("Kim praised the talks. He pledged support, RIA Novosti reported.\n\n"
            "\"Relations are entering a new period,\" Kim said after the meeting, Russian Tas reports.\n\n"
            "According to KCNA, the visit lasted two days.\n\n"
            "\"We are ready,\" the minister told VOA.\n\n"
            "Associated Press photographers were present. The Apple store was closed.")
    article = article_with_sentences(text)
    article.credits.append(Credit(agency="TANJUG", name="Tanjug", kind="wire"))
    find_relays(article)
    relays = {(c.name, c.alias): c for c in article.credits if c.kind == "relay"}
    assert set(relays) == {("RIA Novosti", "RIA Novosti"), ("TASS", "Russian Tas"), ("KCNA", "KCNA"), ("VOA", "VOA")}
    assert relays["RIA Novosti", "RIA Novosti"].sentences == [0, 1]
    assert relays["TASS", "Russian Tas"].sentences == [2]
    tas = relays["TASS", "Russian Tas"].provenance
    assert text[tas.start:tas.end] == "Russian Tas" and tas.sentence == 2 and tas.rule
    assert relays["KCNA", "KCNA"].sentences == [3]
    wire = next(c for c in article.credits if c.kind == "wire")
    assert wire.sentences == [s.index for s in article.sentences]


# -- identity and duplicates ----------------------------------------------------------------------

def test_content_hash_ignores_spacing_and_case():
    one = prepare(RawDocument(data="\n".join(PARAGRAPHS)))
    two = prepare(RawDocument(data="\n\n\n".join(p.upper() for p in PARAGRAPHS)))
    assert one.content_hash == two.content_hash and one.id == one.content_hash[:16]


def test_duplicate_groups():
    index = DuplicateIndex()
    base = prepare(RawDocument(data="\n".join(PARAGRAPHS), meta={"id": "a"}))
    copy = prepare(RawDocument(data="\n".join(PARAGRAPHS), meta={"id": "b"}))
    updated = prepare(RawDocument(data="\n".join(PARAGRAPHS) + "\nThis story has been updated with a quote.",
                                  meta={"id": "c"}))
    other = prepare(RawDocument(data="Floods closed roads across the north of the country on Tuesday as rivers "
                                     "rose after a week of heavy rain, the weather service said.", meta={"id": "d"}))
    assert [index.assign(a) for a in (base, copy, updated, other)] == ["a", "a", "a", "d"]
    assert copy.duplicate_group == "a"


def test_line_in_another_language_is_removed_from_english_article():
    text = "\n".join([PARAGRAPHS[0], "Pogledajte šta se dešava danas", *PARAGRAPHS[1:]])
    article = prepare(RawDocument(data=text))
    assert article.text == "\n\n".join(PARAGRAPHS)
    (removed,) = [r for r in article.removed if r.reason == "other-language"]
    assert removed.text == "Pogledajte šta se dešava danas"


def test_byline_and_date_lines_become_metadata_not_text():
    text = "\n".join(["Ministers agree to resume talks", "By Jane Doe", "June 18, 2024 at 10:42 AM", *PARAGRAPHS])
    article = prepare(RawDocument(data=text))
    assert article.text == "\n\n".join(PARAGRAPHS) and article.byline == "Jane Doe"
    assert {r.text: r.reason for r in article.removed}["June 18, 2024 at 10:42 AM"] == "dateline-date"


@pytest.mark.parametrize("line", [
    "Related to the case, police said the suspect fled.",
    "Comments by the minister were welcomed in Kyiv.",
    "Copyright lawsuits were filed on Monday.",
    "By Monday, the talks had ended.",
    "Trending stocks rose on Monday as investors cheered.",
])
def test_prose_that_starts_like_a_widget_is_kept(line):
    article = prepare(RawDocument(data="\n".join([PARAGRAPHS[0], line, *PARAGRAPHS[1:]])))
    assert line in article.text


@pytest.mark.parametrize("line,reason", [
    ("(Reporting by Jane Doe; editing by John Roe.)", "byline"),
    ("Have a tip? Jane Doe may be reached at jane@example.org.", "contact"),
    ("Follow us on Twitter @example", "share"),
    ("Comments (3)", "counter"),
    ("Leave a Reply", "comments"),
])
def test_widget_lines_inside_the_body_are_removed(line, reason):
    article = prepare(RawDocument(data="\n".join([PARAGRAPHS[0], line, *PARAGRAPHS[1:]])))
    assert line not in article.text
    assert {r.text: r.reason for r in article.removed}[line] == reason
