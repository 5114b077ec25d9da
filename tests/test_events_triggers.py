"""Own trigger lexicon: intent frames, refusals, nominal protests, clause subjects, reported pronouns.

Actors come from the hand-made table of ``test_events`` so only the events coder is exercised.
"""

from __future__ import annotations

import pytest
from test_events import coded, triples

from dateline.events.patterns import own_patterns
from dateline.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def test_trigger_file_has_no_errors():
    patterns, _, errors = own_patterns()
    assert errors == [] and len(patterns) > 500


def test_announced_coercion_is_a_threat(nlp):
    article = coded(nlp, "Israel said it would impose a curfew on Hamas.")
    assert ("ISR", "HMS", "132") in triples(article)
    assert {e.plover_type for e in article.events} == {"THREATEN"}


def test_refusal_to_act_is_a_rejection(nlp):
    article = coded(nlp, "Russia refused to meet Ukraine.")
    assert ("RUS", "UKR", "120") in triples(article)
    assert "040" not in {e.code for e in article.events}


def test_hunger_strike_is_a_protest_not_an_attack(nlp):
    codes = {e.code for e in coded(nlp, "Hamas began a hunger strike against Israel.").events}
    assert "142" in codes and not any(c.startswith("19") for c in codes)


def test_subject_of_a_demanded_clause_is_the_target(nlp):
    assert ("UKR", "RUS", "100") in triples(coded(nlp, "Ukraine demanded that Russia end the blockade."))


def test_unresolved_pronoun_of_a_reported_clause_is_the_reporter(nlp):
    article = coded(nlp, "China says it is willing to withdraw its troops from Ukraine.")
    assert ("CHN", "UKR", "0356") in triples(article)
    assert next(e for e in article.events if e.code == "0356").plover_type == "AGREE"
