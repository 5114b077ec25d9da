"""Assemble the trigger lexicon: our own patterns plus PETRARCH verb dictionaries.

By default that is ``triggers.json`` alone.  The Phoenix CAMEO 2.0 verb dictionary ships in
``dateline/data/events`` and is added with the pipeline option ``phoenix=True``; users add their
own PETRARCH-format files with ``verb_dictionaries=[path, ...]``.  An imported verb's bare block
default (no context words) is left out unless ``imported_defaults=True``: on news text those
defaults code far more than the sentence states ("receiving" → visit, "called" → phone call).
Phoenix is off by default because on the VOA sample its patterns over spaCy parses lowered
precision (docs/events-sample.md) and cost ~6× the coding time.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from dateline.events.patterns import Lexicon, own_patterns
from dateline.events.petrarch_verbs import VerbDictionary, read_verb_dictionary

PHOENIX_VERBS = "phoenix-CAMEO.2.0.verbs.txt"


def build_lexicon(verb_files: tuple[str | Path, ...] = (), own: bool = True, imported_defaults: bool = True) -> Lexicon:
    lexicon = Lexicon()
    if own:
        lexicon.extend(*own_patterns())
    verbs = VerbDictionary(synsets=dict(lexicon.synsets))
    for path in verb_files:
        read_verb_dictionary(path, into=verbs)
    patterns = verbs.patterns if imported_defaults else [p for p in verbs.patterns if not p.default]
    lexicon.extend(patterns, verbs.synsets, verbs.errors)
    return lexicon


@lru_cache(maxsize=4)
def cached_lexicon(verb_files: tuple[str, ...], own: bool = True, imported_defaults: bool = False) -> Lexicon:
    return build_lexicon(verb_files, own, imported_defaults)


def default_verb_files(phoenix: bool = True) -> tuple[str, ...]:
    return (str(resources.files("dateline.data.events").joinpath(PHOENIX_VERBS)),) if phoenix else ()


def lexicon_for(ctx) -> Lexicon:
    """The lexicon for a pipeline run (options ``verb_dictionaries``, ``phoenix``), loaded once."""
    options = getattr(ctx, "options", {}) or {}
    files = default_verb_files(options.get("phoenix", False)) + tuple(str(p) for p in options.get("verb_dictionaries", ()))
    cache = getattr(ctx, "cache", {})
    defaults = bool(options.get("imported_defaults", False))
    key = ("events.lexicon", files, defaults)
    if key not in cache:
        cache[key] = cached_lexicon(files, True, defaults)
    return cache[key]
