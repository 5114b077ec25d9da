"""The fast rule components must annotate exactly like the model's own attribute_ruler and lemmatizer."""

from pathlib import Path

import numpy
import pytest
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, SENT_START, TAG

from dateline.nlp import load_nlp, load_stock_nlp
from dateline.nlp.fast_rules import FastAttributeRuler, FastLemmatizer, RuleSlot

FIXTURE = Path(__file__).parent / "fixtures" / "unreserved-support.txt"
#: Forms that exercise the multi-token, regex, DEP-conditioned and whitespace rules.
TRICKY = ("I ain't gonna do it, y'all.  Let's go!\n\nC'mon, I gotta run. There is a dog. It was that, "
          "but he came anyway. Nothin' to do. You got it? Give it to me and you. That which I did, he does.")
ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD, SENT_START]


@pytest.fixture(scope="module")
def pipelines():
    return load_stock_nlp(), load_nlp()


def test_the_project_pipeline_uses_the_fast_components(pipelines):
    stock, fast = pipelines
    assert fast.pipe_names == stock.pipe_names
    assert isinstance(fast.get_pipe("attribute_ruler"), RuleSlot)
    assert isinstance(fast.get_pipe("attribute_ruler").inner, FastAttributeRuler)
    assert isinstance(fast.get_pipe("lemmatizer").inner, FastLemmatizer)


@pytest.mark.parametrize("text", [TRICKY, FIXTURE.read_text(encoding="utf-8"), "", "  \n\n "])
def test_annotations_are_identical_to_the_stock_pipeline(pipelines, text):
    stock, fast = pipelines
    expected, got = stock(text), fast(text)
    assert numpy.array_equal(expected.to_array(ATTRS), got.to_array(ATTRS))
    assert [(t.pos_, str(t.morph), t.lemma_) for t in expected] == [(t.pos_, str(t.morph), t.lemma_) for t in got]


def test_multi_token_rules_apply(pipelines):
    _, fast = pipelines
    lemmas = {t.lower_: t.lemma_ for t in fast("I ain't gonna stay, y'all.")}
    assert lemmas["ai"] == "be" and lemmas["gon"] == "go" and lemmas["na"] == "to" and lemmas["y'"] == "you"
