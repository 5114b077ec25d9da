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
from dateline.clean.cues import cue_reason, inline_furniture
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
    key: str = ""  # lower-cased word sequence, for repeat and title comparison
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

    ``find_body=False`` keeps every block that is not junk, repeats included (used after an HTML
    extractor already chose the body).
    """
    blocks, credits = _label(text)
    if find_body:
        start, end = _body_span(blocks)
    else:
        start, end = 0, len(blocks)
        for block in blocks:  # an extracted body may repeat itself on purpose (recipes, interviews)
            if block.reason in ("repeated-headline", "duplicate"):
                block.reason, block.rule = None, ""
    title_key = _key(title) if title else None
    if not title_key:
        title, title_key = _guess_title(blocks, start, end)
    result = CleanResult(paragraphs=[], credits=credits, title=title)
    run: list[Block] = []  # consecutive removed blocks with one reason become one RemovedBlock
    kept: set[str] = set()
    for i, block in enumerate(blocks):
        if block.reason is None and title_key and block.key == title_key:
            block.reason, block.rule = "headline", "lines.title"
        if block.reason is None and not start <= i < end:
            block.reason, block.rule = "outside-article", "lines.body-span"
        if block.reason == "duplicate" and start <= i < end and block.key not in kept:
            block.reason, block.rule = None, ""  # its first copy was a teaser outside the body
        if block.reason is None:
            kept.add(block.key)
        if run and (block.reason != run[0].reason or block.reason is None):
            result.removed.append(_removed(run))
            run = []
        if block.reason is None:
            result.paragraphs.append(block.text)
        else:
            run.append(block)
    if run:
        result.removed.append(_removed(run))
    return result


def _removed(run: list[Block]) -> RemovedBlock:
    # model_construct: the fields already have the right types, and pages have hundreds of blocks
    return RemovedBlock.model_construct(text="\n".join(b.text for b in run), reason=run[0].reason,
                                        line=run[0].line, rule=run[0].rule)


def _segments(text: str):
    """(line number, text, reason) of each non-empty line, with page furniture run into a line (a
    share bar flattened into the article) cut out as a segment of its own: the text on either side
    becomes two blocks, so no sentence spans the widget."""
    for number, raw in enumerate(text.splitlines(), start=1):
        line = " ".join(raw.split())
        position = 0
        spans = inline_furniture(line) if line else []
        if spans and spans[0][0] == 0 and spans[0][1] >= len(line.rstrip()):
            spans = []  # a line that is all widget is judged whole, by the line cues
        for start, end, reason in spans:
            if line[position:start].strip():
                yield number, line[position:start].strip(), None
            yield number, line[start:end].strip(), reason
            position = end
        if line[position:].strip():
            yield number, line[position:].strip(), None


def _label(text: str) -> tuple[list[Block], list[Credit]]:
    blocks: list[Block] = []
    credits: list[Credit] = []
    seen: dict[str, int] = {}
    for number, line, furniture in _segments(text):
        if furniture:
            blocks.append(Block(number, line, 0, "", furniture, f"cue.inline-{furniture}"))
            continue
        tokens = _WORD.findall(line.lower())
        credit = match_credit(line) if len(tokens) <= 12 or "(" in line[:60] or line[-30:].count("—") else None
        if credit is not None:
            credits.append(credit.credit)
            credit_text = credit.credit.provenance.text if credit.credit.provenance else line
            blocks.append(Block(number, credit_text, 0, "", "credit", credit.credit.provenance.rule))
            if not credit.remainder:
                continue
            line = credit.remainder
            tokens = _WORD.findall(line.lower())
        block = Block(number, line, len(tokens), " ".join(tokens))
        if not tokens:
            block.reason, block.rule = "no-words", "lines.no-words"
        else:
            cue = cue_reason(line, block.words)
            if cue:
                block.reason, block.rule = cue, f"cue.{cue}"
            elif block.key in seen:
                block.reason = "repeated-headline" if block.words <= TITLE_MAX_WORDS else "duplicate"
                block.rule = "lines.repeat"
            seen.setdefault(block.key, number)
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
    of short lines only (tables, lists, a one-line input) get a second look with a lower bar."""
    weights = [_weight(b, prose_words) for b in blocks]
    best, (start, end) = 0.0, (0, 0)
    running, run_start = 0.0, 0
    for i, weight in enumerate(weights):
        if running <= 0:
            running, run_start = 0.0, i
        running += weight
        if running > best:
            best, (start, end) = running, (run_start, i + 1)
    if best <= 0:
        # no prose at all: try a lower bar, and failing that keep every non-junk block (a one-line input)
        return _body_span(blocks, SHORT_PAGE_PROSE_WORDS) if prose_words > SHORT_PAGE_PROSE_WORDS else (0, len(blocks))
    return start, end


def _guess_title(blocks: list[Block], start: int, end: int) -> tuple[str | None, str | None]:
    """A repeated short block, else the heading-like block right above the body."""
    for block in blocks[start:end]:
        if block.reason == "repeated-headline":
            return block.text, block.key
    for block in reversed(blocks[:start]):
        if block.reason is not None:
            continue  # junk between title and body: credits, counters, share bars, bylines
        heading_like = 2 <= block.words <= TITLE_MAX_WORDS and not block.text.endswith(".")
        return (block.text, block.key) if heading_like else (None, None)
    return None, None
