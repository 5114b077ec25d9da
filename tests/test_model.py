"""The data model: JSON round trip and the committed JSON Schema."""

from pathlib import Path

from dateline.model import Article, Event, Provenance, Quote, Why
from dateline.schema import render

ROOT = Path(__file__).resolve().parents[1]


def test_committed_schema_matches_model():
    committed = (ROOT / "docs" / "schema" / "article.schema.json").read_text()
    assert committed == render(), "run `make schema` and commit docs/schema/article.schema.json"


def test_article_json_round_trip():
    prov = Provenance(article_id="a1", sentence=0, start=0, end=3, text="met", rule="verb:meet", confidence=0.9)
    article = Article(
        id="a1",
        text="met",
        events=[Event(id="e1", code="040", why=Why(pattern="verb:meet", trigger="met"), provenance=prov)],
        quotes=[Quote(id="q1", content="met", content_start=0, content_end=3, provenance=prov)],
    )
    again = Article.from_json(article.to_json())
    assert again == article
    assert again.events[0].provenance.rule == "verb:meet"


def test_sentence_lookup_by_offset():
    from dateline.model import Sentence

    article = Article(text="A b. C d.", sentences=[Sentence(index=0, start=0, end=4, text="A b."),
                                                  Sentence(index=1, start=5, end=9, text="C d.")])
    assert article.sentence_at(0) == 0
    assert article.sentence_at(6) == 1
    assert article.sentence_at(4) is None
