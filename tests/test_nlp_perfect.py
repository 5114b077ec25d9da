"""A contracted "has" the parser labels as a passive "is" is relabelled active (dateline/nlp/perfect.py)."""

import pytest

from dateline.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def labels(nlp, text: str) -> dict[str, str]:
    return {t.text: t.dep_ for t in nlp(text)}


def test_a_contracted_has_with_an_object_is_active(nlp):
    deps = labels(nlp, "He's criticized Clinton for years.")
    assert deps["He"] == "nsubj" and deps["'s"] == "aux" and deps["Clinton"] == "dobj"


def test_a_contracted_is_stays_passive(nlp):
    assert labels(nlp, "He's criticized by Clinton every day.")["He"] == "nsubjpass"
    assert labels(nlp, "He's considered a moderate.")["He"] == "nsubjpass"  # an object complement, no object
    assert labels(nlp, "He's been criticized by Clinton.")["He"] == "nsubjpass"


def test_the_critic_stays_the_source_of_the_event():
    from dateline import extract

    article = extract("Marco Rubio is a senator from Florida. He's criticized Hillary Clinton for years.")
    names = {a.id: a.name for a in article.actors}
    assert ("Marco Rubio", "Hillary Clinton") in {(names.get(e.source), names.get(e.target)) for e in article.events
                                                  if e.code.startswith("11")}
