"""Sentence breaks set before the parser: blank lines, and section headings run into the text."""

import pytest

from dateline.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def sentences(nlp, text):
    return [s.text.strip() for s in nlp(text).sents]


def test_a_heading_run_into_the_next_sentence_is_its_own_sentence(nlp):
    text = ("The talks ended on Friday without a deal. Government involvement In 2017, the ministry "
            "released a new plan for the region.")
    assert "Government involvement" in sentences(nlp, text)


def test_a_capitalised_name_after_a_verb_is_no_heading(nlp):
    text = "The talks ended on Friday. The senator also attacked The Wall Street Journal on Monday."
    assert sentences(nlp, text)[1] == "The senator also attacked The Wall Street Journal on Monday."


def test_an_opening_phrase_ending_in_a_comma_is_no_heading(nlp):
    text = "The report came out. In its Jan. 22 report, The Financial Times cited two officials."
    assert sentences(nlp, text)[1].startswith("In its Jan. 22 report, The Financial Times")


def test_title_case_headlines_are_not_cut_at_their_capitals(nlp):
    text = "Senator Says He Will Release Records After Pressure From Rivals.\n\nThe senator spoke."
    assert sentences(nlp, text)[0] == "Senator Says He Will Release Records After Pressure From Rivals."
    text = "Senator Blasts Rival for Mocking His Plan, Quotes Scripture to Make a Point.\n\nThe senator spoke."
    assert sentences(nlp, text)[0] == "Senator Blasts Rival for Mocking His Plan, Quotes Scripture to Make a Point."


def test_a_headline_style_heading_with_a_verb_is_its_own_sentence(nlp):
    """Section headings are often written as headlines, with a verb; a small word after the capitalised
    opener shows no name starts there."""
    text = "The talks ended on Friday. Rebel attacks rise Since last August, the group has claimed many attacks."
    assert "Rebel attacks rise" in sentences(nlp, text)
    text = "The rules changed in 2019. A final decision If the card is revoked, the holder must leave."
    assert "A final decision" in sentences(nlp, text)


def test_a_dash_glued_to_a_sentence_end_breaks_the_sentence(nlp):
    """"the HSE.- He also called": a flattened paragraph break; the verb before it stays a word of its own."""
    doc = nlp("Kelly said the minister needs to act.- He also called for an inquiry.")
    assert [s.text.strip() for s in doc.sents] == ["Kelly said the minister needs to act.-", "He also called for an inquiry."]
    assert "act" in [t.text for t in doc]
    assert sentences(nlp, "Officials from the U.S.- China council met.") == ["Officials from the U.S.- China council met."]
