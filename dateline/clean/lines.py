"""Noisy-text cleaner: a line/block classifier for text without markup (scraped dumps, WET files).

Each non-empty line is a block.  Blocks are judged in three passes:

1. *What is it?*  Wire credit lines become credits; cue lists name counters, widgets, banners and
   navigation; a block seen before is a repeat (the doubled headline of scraped pages).
2. *Where is the article?*  Prose blocks (long, punctuated) score positive, short blocks negative;
   the highest-scoring contiguous run of blocks (maximum subarray) is the article body, so menus
   above it and link lists below it fall away while subheadings inside it stay.
3. *What is the title?*  The page title from metadata, or else the heading-like block just above
   the body (or a block that the page repeats) is taken as the title and kept out of the text.

Every dropped block is returned with its reason so nothing is lost silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dateline.clean.credits import match_credit
from dateline.clean.cues import cue_reason
from dateline.model import Credit, RemovedBlock

_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?…\"”»:;)]\s*$")

#: Block weight = words - PROSE_WORDS (+ SENTENCE_BONUS if it ends like a sentence); blocks of at
#: least PROSE_WORDS words are prose.  Chosen on AEB-derived dumps (docs/BENCHMARKS.md).
PROSE_WORDS = 12
SENTENCE_BONUS = 2
SHORT_PAGE_PROSE_WORDS = 6
#: Junk lines (cues, repeats) cost this much in the body search.
JUNK_WEIGHT = -6
#: Longest block that can be a title.
TITLE_MAX_WORDS = 25


@dataclass
class Block:
    line: int
    text: str
    words: int
    reason: str | None = None
    rule: str = ""


@dataclass
class CleanResult:
    paragraphs: list[str]
    removed: list[RemovedBlock] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)
    title: str | None = None


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def classify(text: str, title: str | None = None, find_body: bool = True) -> CleanResult:
    """Split ``text`` into kept paragraphs and removed blocks.

    ``find_body=False`` keeps every block that is not junk (used after an HTML extractor already
    chose the body).
    """
    blocks, credits = _label(text)
    if find_body:
        start, end = _body_span(blocks)
    else:
        start, end = 0, len(blocks)
    title_key = _key(title) if title else None
    if not title_key:
        title, title_key = _guess_title(blocks, start, end)
    result = CleanResult(paragraphs=[], credits=credits, title=title)
    for i, block in enumerate(blocks):
        reason, rule = block.reason, block.rule
        if reason is None and title_key and _key(block.text) == title_key:
            reason, rule = "headline", "lines.title"
        if reason is None and not start <= i < end:
            reason, rule = "outside-article", "lines.body-span"
        if reason is None:
            result.paragraphs.append(block.text)
        elif reason != "empty":
            result.removed.append(RemovedBlock(text=block.text, reason=reason, line=block.line, rule=rule))
    return result


def _label(text: str) -> tuple[list[Block], list[Credit]]:
    blocks: list[Block] = []
    credits: list[Credit] = []
    seen: dict[str, int] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = " ".join(raw.split())
        if not line:
            continue
        words = len(_WORD.findall(line))
        credit = match_credit(line) if words <= 12 or "(" in line[:60] or line[-30:].count("—") else None
        if credit is not None:
            credits.append(credit.credit)
            credit_text = credit.credit.provenance.text if credit.credit.provenance else line
            blocks.append(Block(number, credit_text, 0, "credit", credit.credit.provenance.rule))
            if not credit.remainder:
                continue
            line = credit.remainder
            words = len(_WORD.findall(line))
        block = Block(number, line, words)
        if words == 0:
            block.reason, block.rule = "no-words", "lines.no-words"
        else:
            cue = cue_reason(line, words)
            if cue:
                block.reason, block.rule = cue, f"cue.{cue}"
            else:
                key = _key(line)
                if key in seen:
                    block.reason, block.rule = ("repeated-headline" if words <= TITLE_MAX_WORDS else "duplicate",
                                                "lines.repeat")
                seen.setdefault(key, number)
        blocks.append(block)
    return blocks, credits


def _weight(block: Block, prose_words: int = PROSE_WORDS) -> float:
    if block.reason is not None:
        return 0.0 if block.reason == "credit" else JUNK_WEIGHT
    weight = block.words - prose_words
    if _SENTENCE_END.search(block.text):
        weight += SENTENCE_BONUS
    return weight


def _body_span(blocks: list[Block], prose_words: int = PROSE_WORDS) -> tuple[int, int]:
    """[start, end) of the article: the highest-scoring contiguous run of blocks (Kadane).  Pages
    of short lines only (tables, lists) get a second look with a lower prose threshold."""
    weights = [_weight(b, prose_words) for b in blocks]
    best, (start, end) = 0.0, (0, 0)
    running, run_start = 0.0, 0
    for i, weight in enumerate(weights):
        if running <= 0:
            running, run_start = 0.0, i
        running += weight
        if running > best:
            best, (start, end) = running, (run_start, i + 1)
    if best <= 0 and prose_words > SHORT_PAGE_PROSE_WORDS:
        return _body_span(blocks, SHORT_PAGE_PROSE_WORDS)
    return start, end


def _guess_title(blocks: list[Block], start: int, end: int) -> tuple[str | None, str | None]:
    """A repeated short block, else the heading-like block right above the body."""
    for block in blocks[start:end]:
        if block.reason == "repeated-headline":
            return block.text, _key(block.text)
    for block in reversed(blocks[:start]):
        if block.reason in (None, "outside-article") and block.words <= TITLE_MAX_WORDS:
            if not block.text.endswith(".") and block.words >= 2:
                return block.text, _key(block.text)
            return None, None
        if block.reason not in ("credit",):
            continue
    return None, None
