"""When and where: time expressions resolved against the publication date, and places with coordinates.

The pipeline calls :func:`find_dates` (one stage fills both ``article.dates`` and ``article.places``);
the events stage asks :func:`date_for_sentence`, :func:`date_ahead`, :func:`is_historical` and :func:`place_for_sentence`.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.model import Article
from dateline.when.dates import date_ahead, date_for_sentence, is_historical
from dateline.when.dates import find_dates as find_time_expressions
from dateline.when.places import dateline_spans, find_places, place_for_sentence

__all__ = ["date_ahead", "date_for_sentence", "dateline_spans", "find_dates", "find_places", "is_historical", "place_for_sentence"]


def find_dates(article: Article, doc: Doc, ctx=None) -> Article:
    """Pipeline stage: fill ``article.dates`` and ``article.places``."""
    find_time_expressions(article, doc)
    find_places(article, doc)
    return article
