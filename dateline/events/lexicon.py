"""Assemble the trigger lexicon: our own patterns plus PETRARCH verb dictionaries.

By default that is ``triggers.json`` and the Phoenix CAMEO 2.0 verb dictionary shipped in
``dateline/data/events``; users add their own PETRARCH-format files with the pipeline option
``verb_dictionaries=[path, ...]`` (or replace the Phoenix one with ``phoenix=False``).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from dateline.events.patterns import Lexicon, own_patterns
from dateline.events.petrarch_verbs import VerbDictionary, read_verb_dictionary

PHOENIX_VERBS = "phoenix-CAMEO.2.0.verbs.txt"


def build_lexicon(verb_files: tuple[str | Path, ...] = (), own: bool = True) -> Lexicon:
    lexicon = Lexicon()
    if own:
        lexicon.extend(*own_patterns())
    verbs = VerbDictionary(synsets=dict(lexicon.synsets))
    for path in verb_files:
        read_verb_dictionary(path, into=verbs)
    lexicon.extend(verbs.patterns, verbs.synsets, verbs.errors)
    return lexicon


@lru_cache(maxsize=4)
def cached_lexicon(verb_files: tuple[str, ...], own: bool = True) -> Lexicon:
    return build_lexicon(verb_files, own)


def default_verb_files(phoenix: bool = True) -> tuple[str, ...]:
    return (str(resources.files("dateline.data.events").joinpath(PHOENIX_VERBS)),) if phoenix else ()


def lexicon_for(ctx) -> Lexicon:
    """The lexicon for a pipeline run (options ``verb_dictionaries``, ``phoenix``), loaded once."""
    options = getattr(ctx, "options", {}) or {}
    files = default_verb_files(options.get("phoenix", True)) + tuple(str(p) for p in options.get("verb_dictionaries", ()))
    cache = getattr(ctx, "cache", {})
    key = ("events.lexicon", files)
    if key not in cache:
        cache[key] = cached_lexicon(files)
    return cache[key]
