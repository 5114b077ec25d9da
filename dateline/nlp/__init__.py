"""spaCy loading and batching: the only place that knows which model dateline runs."""

from dateline.nlp.loader import load_nlp, load_stock_nlp, parse_articles

__all__ = ["load_nlp", "load_stock_nlp", "parse_articles"]
