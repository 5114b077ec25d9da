"""Time expressions: found in the text, resolved against the publication date, typed and traced."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import Article
from dateline.nlp import parse_articles
from dateline.when import date_for_sentence, fallback, find_dates, is_historical

PUBLISHED = dt.date(2024, 6, 19)  # a Wednesday


def analysed(text: str, published: dt.date | None = PUBLISHED) -> Article:
    ((article, doc),) = parse_articles([Article(id="t", text=text, published=published)])
    find_dates(article, doc)
    return article


def only_date(text: str, published: dt.date | None = PUBLISHED):
    article = analysed(text, published)
    resolved = [d for d in article.dates if d.resolved or d.relative]
    assert len(resolved) == 1, [d.text for d in article.dates]
    return resolved[0]


D = dt.date


@pytest.mark.parametrize("sentence, phrase, start, end, precision", [
    ("The two countries marked the anniversary last year.", "last year", D(2023, 1, 1), D(2023, 12, 31), "year"),
    ("Trade grew this year, officials said.", "this year", D(2024, 1, 1), D(2024, 12, 31), "year"),
    ("Putin last visited North Korea in 2000.", "in 2000", D(2000, 1, 1), D(2000, 12, 31), "year"),
    ("Kim visited Russia from September 12 to 17 when he invited Putin.", "September 12 to 17",
     D(2023, 9, 12), D(2023, 9, 17), "range"),
    ("Talks ended this morning in Pyongyang.", "this morning", PUBLISHED, PUBLISHED, "day"),
    ("The strikes took place between May 3 and 5, the army said.", "between May 3 and 5",
     D(2024, 5, 3), D(2024, 5, 5), "range"),
    ("The summit ran from Dec. 28 to Jan. 3 in Geneva.", "Dec. 28 to Jan. 3", D(2023, 12, 28), D(2024, 1, 3), "range"),
    ("Rebels seized the town on Friday.", "on Friday", D(2024, 6, 14), D(2024, 6, 14), "day"),
    ("Rebels seized the town on Wednesday.", "on Wednesday", PUBLISHED, PUBLISHED, "day"),
    ("Rebels seized the town last Wednesday.", "last Wednesday", D(2024, 6, 12), D(2024, 6, 12), "day"),
    ("The minister will travel to Rome next Monday.", "next Monday", D(2024, 6, 24), D(2024, 6, 24), "day"),
    ("Police arrested two men yesterday.", "yesterday", D(2024, 6, 18), D(2024, 6, 18), "day"),
    ("The ministry announced the plan earlier this month.", "earlier this month", D(2024, 6, 1), PUBLISHED, "month"),
    ("The ministry announced the plan last month.", "last month", D(2024, 5, 1), D(2024, 5, 31), "month"),
    ("The ceasefire collapsed last week.", "last week", D(2024, 6, 10), D(2024, 6, 16), "range"),
    ("The accord was signed on March 3, 2024, in Doha.", "March 3, 2024", D(2024, 3, 3), D(2024, 3, 3), "day"),
    ("The accord was signed on 3 March 2021.", "3 March 2021", D(2021, 3, 3), D(2021, 3, 3), "day"),
    ("Protests began in March.", "in March", D(2024, 3, 1), D(2024, 3, 31), "month"),
    ("Protests began in July.", "in July", D(2023, 7, 1), D(2023, 7, 31), "month"),
    ("Floods hit the region in August 2022.", "August 2022", D(2022, 8, 1), D(2022, 8, 31), "month"),
    ("The war raged through the 1990s.", "the 1990s", D(1990, 1, 1), D(1999, 12, 31), "range"),
    ("Talks resumed in the spring of 2023.", "spring of 2023", D(2023, 3, 1), D(2023, 5, 31), "range"),
    ("The dam burst last summer.", "last summer", D(2023, 6, 1), D(2023, 8, 31), "range"),
    ("The border was drawn in the early 20th century.", "20th century", D(1900, 1, 1), D(1999, 12, 31), "range"),
    ("He led the party between 2014 and 2021.", "between 2014 and 2021", D(2014, 1, 1), D(2021, 12, 31), "range"),
    ("The dam was finished three years ago.", "three years ago", D(2021, 1, 1), D(2021, 12, 31), "year"),
    ("Prices rose over the past six months.", "past six months", D(2023, 12, 19), PUBLISHED, "range"),
    ("The talks were held on 2024-03-04 in Oslo.", "2024-03-04", D(2024, 3, 4), D(2024, 3, 4), "day"),
])
def test_expression_resolved_against_publication_date(sentence, phrase, start, end, precision):
    ref = only_date(sentence)
    assert phrase in ref.text
    assert (ref.start, ref.end, ref.precision, ref.resolved) == (start, end, precision, True)


def test_and_joins_a_range_only_after_between():
    ref = only_date("On May 3 and 5 soldiers died in the attack.")
    assert (ref.text, ref.start, ref.precision) == ("May 3", D(2024, 5, 3), "day")


def test_month_day_takes_the_year_on_or_before_the_article():
    assert only_date("The vote was held on June 19.").start == D(2024, 6, 19)
    assert only_date("The vote was held on June 20.").start == D(2023, 6, 20)


@pytest.mark.parametrize("sentence", [
    "The two countries marked the anniversary last year.", "Talks ended this morning.",
    "Kim visited Russia from September 12 to 17.", "Rebels seized the town on Friday.",
    "Police arrested two men yesterday.", "The vote was held on June 19.",
])
def test_relative_expressions_unresolved_without_publication_date(sentence):
    ref = only_date(sentence, published=None)
    assert ref.relative and not ref.resolved and ref.start is None and ref.end is None


@pytest.mark.parametrize("sentence, year", [
    ("Putin last visited North Korea in 2000.", 2000), ("The accord was signed on March 3, 2024.", 2024),
    ("Floods hit the region in August 2022.", 2022),
])
def test_absolute_expressions_resolve_without_publication_date(sentence, year):
    ref = only_date(sentence, published=None)
    assert ref.resolved and not ref.relative and ref.start.year == year


@pytest.mark.parametrize("sentence", [
    "The minister may resign, aides said.", "More than 2000 people marched.", "The 8-year-old boy was rescued.",
])
def test_words_that_only_look_like_dates_are_not_resolved(sentence):
    assert not [d for d in analysed(sentence).dates if d.resolved]


@pytest.mark.parametrize("sentence", [
    "The 8-year-old boy was rescued by neighbours.", "The law bans marriage under the age of 18.",
    "The suspect, who is only around 11 years old, was released.",
])
def test_ages_are_not_time_expressions(sentence):
    assert analysed(sentence).dates == []


def test_impossible_calendar_date_is_kept_unresolved():
    ref = analysed("The letter was dated February 30.").dates[0]
    assert not ref.resolved and ref.start is None


def test_provenance_points_into_the_clean_text():
    article = analysed("Officials met in Geneva. They met again on Friday and signed a deal in 2019.")
    assert [d.text for d in article.dates] == ["on Friday", "in 2019"]
    for ref in article.dates:
        p = ref.provenance
        assert article.text[p.start:p.end] == p.text == ref.text
        assert p.sentence == 1 and p.rule.startswith("when.") and p.article_id == "t"


def test_durations_are_recorded_but_not_resolved():
    article = analysed("The blockade lasted 75 years.")
    assert [(d.text, d.resolved, d.relative) for d in article.dates] == [("75 years", False, False)]


def test_numeric_dates_are_resolved_by_dateparser():
    ref = only_date("The decree dated 3/14/2024 was published.")
    assert (ref.text, ref.start, ref.precision, ref.relative) == ("3/14/2024", D(2024, 3, 14), "day", False)
    assert ref.provenance.rule == "when.numeric-date"
    assert only_date("The decree dated 14.03.2024 was published.").start == D(2024, 3, 14)


def test_dateparser_fallback_reuses_one_parser_per_date():
    assert fallback.parse("Jan 5th 2020", None) == (D(2020, 1, 5), D(2020, 1, 5), "day")
    assert fallback.parse("75 years", PUBLISHED) is None  # a duration, not a date
    assert fallback.parse("Monday", None) is None  # relative, and no date to resolve it against
    assert fallback._parser(PUBLISHED) is fallback._parser(PUBLISHED)


# -- the date of a sentence -----------------------------------------------------------------------

def test_sentence_date_is_its_most_specific_expression():
    article = analysed("In 2019 the rebels, who had fought since 2011, took the city on March 3.")
    ref = date_for_sentence(article, 0)
    assert (ref.start, ref.precision, ref.source) == (D(2024, 3, 3), "day", "sentence")


def test_sentence_without_date_falls_back_to_the_article_date_flagged():
    article = analysed("The rebels took the city.")
    ref = date_for_sentence(article, 0)
    assert (ref.start, ref.source, ref.resolved) == (PUBLISHED, "article-date", True)
    assert ref.provenance.rule == "when.article-date"


def test_sentence_without_any_date():
    assert date_for_sentence(analysed("The rebels took the city.", published=None), 0).source == "none"
    undated = analysed("The rebels took the city yesterday.", published=None)
    ref = date_for_sentence(undated, 0)
    assert ref.text == "yesterday" and ref.relative and not ref.resolved


@pytest.mark.parametrize("sentence, historical", [
    ("Putin last visited North Korea in 2000.", True), ("The ministry announced the plan last year.", True),
    ("Police arrested two men yesterday.", False), ("The ceasefire collapsed last week.", False),
    ("Rebels seized the town on Friday.", False), ("The summit will open next Monday.", False),
])
def test_historical_means_clearly_before_the_article_week(sentence, historical):
    article = analysed(sentence)
    assert is_historical(date_for_sentence(article, 0), article) is historical


def test_nothing_is_historical_without_an_article_date():
    article = analysed("Putin last visited North Korea in 2000.", published=None)
    assert not is_historical(date_for_sentence(article, 0), article)


def test_expressions_anywhere_in_a_long_text_are_found():
    filler = "Officials spoke at length about the matter. " * 40
    article = analysed("Yesterday rebels attacked. " + filler + "They withdrew between 3 and 5 May 2021.")
    assert [(d.text, d.start) for d in article.dates] == [
        ("Yesterday", D(2024, 6, 18)), ("between 3 and 5 May 2021", D(2021, 5, 3))]
