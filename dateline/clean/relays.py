"""In-text relays: statements that reached the writer through a news agency.

"…, RIA Novosti reported", "Kim said …, Russian Tas reports", "according to KCNA", "told VOA".
Runs after parsing because a relay is tied to the sentences it covers: its own sentence and, when
the relay is the trailing clause ("…, X reported."), the sentences before it in the same paragraph.
The page's wire credit covers every sentence.  Cue shapes are data (``relay_cues.tsv``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from dateline.clean.agencies import load_agencies
from dateline.model import Article, Credit, Provenance, Sentence

#: An optional nationality or descriptor in front of the agency name; part of the alias seen.
_DESCRIPTOR = (
    r"(?:(?:the\s+)?(?:(?:North|South)\s+)?[A-Z][a-z]+(?:an|ese|ish|i|'s|’s)\s+"
    r"(?:state(?:-run)?\s+|official\s+)?(?:news\s+agency\s+|agency\s+|media\s+outlet\s+|broadcaster\s+)?)?"
)
RELAY_CONFIDENCE = 0.85


@lru_cache(maxsize=1)
def relay_patterns() -> tuple[tuple[str, re.Pattern], ...]:
    alias = rf"(?P<alias>{_DESCRIPTOR}(?<![\w-])(?P<agency>{load_agencies().alias_pattern})(?![\w-]))"
    text = resources.files("dateline").joinpath("data/agencies/relay_cues.tsv").read_text("utf-8")
    patterns = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            rule, regex = line.split("\t", 1)
            patterns.append((rule, re.compile(regex.replace("{agency}", alias))))
    return tuple(patterns)


@lru_cache(maxsize=1)
def alias_anywhere() -> re.Pattern:
    """A bare agency alias, bounded as in the cue patterns: every cue match contains one, so a
    sentence without it is skipped before the (slow) cue patterns run."""
    return re.compile(rf"(?<![\w-])(?:{load_agencies().alias_pattern})(?![\w-])")


def find_relays(article: Article, doc=None, ctx=None) -> Article:
    """Add a relay Credit per agency cue and give the wire credits every sentence index."""
    everything = [s.index for s in article.sentences]
    for credit in article.credits:
        if credit.kind == "wire":
            credit.sentences = list(everything)
    agencies = load_agencies()
    seen: set[tuple[int, int]] = set()
    for sentence in article.sentences:
        if not alias_anywhere().search(sentence.text):
            continue
        for rule, pattern in relay_patterns():
            for found in pattern.finditer(sentence.text):
                start = sentence.start + found.start("alias")
                end = sentence.start + found.end("alias")
                if (start, end) in seen:
                    continue
                seen.add((start, end))
                agency = agencies.by_alias(found.group("agency"))
                article.credits.append(Credit(
                    agency=agency.id, name=agency.name, alias=found.group("alias"), kind="relay",
                    sentences=_covered(article, sentence, found),
                    provenance=Provenance(
                        article_id=article.id, sentence=sentence.index, start=start, end=end,
                        text=article.text[start:end], rule=rule, confidence=RELAY_CONFIDENCE),
                ))
    return article


def _covered(article: Article, sentence: Sentence, found: re.Match) -> list[int]:
    """The relay's sentence, plus the earlier sentences of its paragraph when it trails them."""
    covered = [sentence.index]
    trailing = sentence.text[: found.start()].rstrip().endswith(",") and not sentence.text[found.end():].strip(" .\"”")
    if not trailing:
        return covered
    for previous in reversed(article.sentences[: sentence.index]):
        between = article.text[previous.end: article.sentences[previous.index + 1].start]
        if "\n" in between:
            break
        covered.insert(0, previous.index)
    return covered
