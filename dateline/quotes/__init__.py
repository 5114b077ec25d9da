"""Quotes and attribution: who said what, in their words or reported, and through whom.

``find_quotes`` (after the actors stage) fills ``Article.quotes``; ``link_events`` (after event
coding) ties events stated inside a quote to its speaker.
"""

from dateline.quotes.link import link_events
from dateline.quotes.stage import find_quotes

__all__ = ["find_quotes", "link_events"]
