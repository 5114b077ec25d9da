"""The quote lexicons (cue verbs, cue nouns, anonymous-source heads, relay phrases), loaded once.

Vocabulary lives in ``dateline/data/quotes/`` so that adding a reporting verb is a data change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "quotes"


@dataclass(frozen=True)
class Cue:
    """A cue lemma: its class (speech, belief, intent, evidence) and the dependents carrying content."""

    lemma: str
    kind: str
    complements: frozenset[str]


@dataclass(frozen=True)
class Lexicon:
    cues: dict[str, Cue]
    cue_nouns: frozenset[str]
    anonymous: frozenset[str]
    relays: tuple[tuple[re.Pattern, str], ...]
    source_nouns: frozenset[str] = frozenset()
    hearsay_adverbs: frozenset[str] = frozenset()
    audience_nouns: frozenset[str] = frozenset()
    speech_act_nouns: frozenset[str] = frozenset()
    performance_verbs: frozenset[str] = frozenset()

    def speech_cue(self, lemma: str) -> bool:
        cue = self.cues.get(lemma)
        return cue is not None and cue.kind in ("speech", "belief")


def _lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    cues: dict[str, Cue] = {}
    for line in _lines("cues.tsv"):
        lemma, kind, complements = line.split("\t")
        known = cues.get(lemma)
        merged = frozenset(complements.split(",")) | (known.complements if known else frozenset())
        cues[lemma] = Cue(lemma, known.kind if known else kind, merged)
    relays = tuple((re.compile(p), rule) for p, rule in (line.split("\t") for line in _lines("relays.tsv")))
    return Lexicon(
        cues=cues,
        cue_nouns=frozenset(_lines("cue_nouns.txt")),
        anonymous=frozenset(_lines("anonymous.txt")),
        relays=relays,
        source_nouns=frozenset(_lines("source_nouns.txt")),
        hearsay_adverbs=frozenset(_lines("hearsay_adverbs.txt")),
        audience_nouns=frozenset(_lines("audience_nouns.txt")),
        speech_act_nouns=frozenset(_lines("speech_act_nouns.txt")),
        performance_verbs=frozenset(_lines("performance_verbs.txt")),
    )
