"""``dateline eval quotes --data DIR``: attribution on PolNeAR (Newell et al. 2018).

Gold: ``{split}/text/*.txt`` and brat ``{split}/attributions/*.ann`` (Source, Cue, Content spans tied
by an Attribution event; when several annotators worked on a text the file whose suffix sorts first
is used).  The article text is analysed as is, so offsets agree with the gold.

Scores (as /work/shared/eval/README.md says):

* overlap P/R/F1 — a system quote and a gold attribution match when their content spans overlap
  (one-to-one, largest overlap first);
* exact P/R/F1 — content spans are equal once each piece is trimmed of whitespace, quotation marks
  and edge punctuation and pieces separated only by such characters are joined;
* speaker accuracy — among overlap matches with a gold Source, the system speaker span overlaps it
  or resolves to the same actor;
* cue accuracy — among overlap matches with a gold Cue, the system cue span overlaps it.
"""

from __future__ import annotations

import re
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from dateline.actors import find_actors
from dateline.actors.index import MentionIndex
from dateline.clean import find_relays
from dateline.eval.registry import Report, register, require_dir
from dateline.model import Article, Quote
from dateline.nlp import load_nlp, parse_articles
from dateline.pipeline import Context
from dateline.quotes import find_quotes
from dateline.when import find_dates

Spans = list[tuple[int, int]]
EDGE = set(" \n\t\xa0\"“”‘’«»'.,;:!?—–-")


@dataclass
class Gold:
    content: Spans
    source: Spans = field(default_factory=list)
    cue: Spans = field(default_factory=list)


def read_ann(path: Path) -> list[Gold]:
    """Attributions of one brat file (those with a Content span)."""
    spans: dict[str, tuple[str, Spans]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            label, _, offsets = fields[1].partition(" ")
            pieces = [tuple(int(x) for x in part.split()) for part in offsets.split(";")]
            spans[fields[0]] = (label, pieces)
        elif line.startswith("E") and len(fields) >= 2:
            events.append(dict(arg.split(":", 1) for arg in fields[1].split()[1:]))
    found = []
    for args in events:
        content = spans.get(args.get("Content", ""))
        if content is None:
            continue
        source = spans.get(args.get("Source", ""), ("", []))[1]
        cue = spans.get(args.get("Cue", ""), ("", []))[1]
        found.append(Gold(content[1], source, cue))
    return found


def normalise(text: str, pieces: Spans) -> tuple[tuple[int, int], ...]:
    """Trim each piece's edges and join pieces separated only by edge characters."""
    trimmed = []
    for start, end in sorted(pieces):
        while start < end and text[start] in EDGE:
            start += 1
        while end > start and text[end - 1] in EDGE:
            end -= 1
        if end > start:
            trimmed.append([start, end])
    joined: list[list[int]] = []
    for piece in trimmed:
        if joined and all(c in EDGE for c in text[joined[-1][1]:piece[0]]):
            joined[-1][1] = max(joined[-1][1], piece[1])
        else:
            joined.append(piece)
    return tuple(tuple(p) for p in joined)


def _overlap(a: Spans, b: Spans) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def pieces_of(quote: Quote) -> Spans:
    return list(quote.parts) or [(quote.content_start, quote.content_end)]


@dataclass
class Tally:
    gold: int = 0
    system: int = 0
    overlap: int = 0
    exact: int = 0
    speaker_total: int = 0
    speaker_ok: int = 0
    cue_total: int = 0
    cue_ok: int = 0
    gold_direct: int = 0
    found_direct: int = 0

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def metrics(self) -> dict[str, float | int]:
        def f1(tp: int) -> tuple[float, float, float]:
            p = tp / self.system if self.system else 0.0
            r = tp / self.gold if self.gold else 0.0
            return p, r, (2 * p * r / (p + r) if p + r else 0.0)

        op, orc, of = f1(self.overlap)
        ep, er, ef = f1(self.exact)
        indirect_gold = self.gold - self.gold_direct
        return {
            "overlap_p": op, "overlap_r": orc, "overlap_f1": of,
            "exact_p": ep, "exact_r": er, "exact_f1": ef,
            "speaker_acc": self.speaker_ok / self.speaker_total if self.speaker_total else 0.0,
            "cue_acc": self.cue_ok / self.cue_total if self.cue_total else 0.0,
            "recall_direct": self.found_direct / self.gold_direct if self.gold_direct else 0.0,
            "recall_other": (self.overlap - self.found_direct) / indirect_gold if indirect_gold else 0.0,
            "gold": self.gold, "system": self.system,
        }


def score_article(article: Article, gold: list[Gold]) -> Tally:
    text = article.text
    tally = Tally(gold=len(gold), system=len(article.quotes))
    quotes = article.quotes
    pairs = sorted(((_overlap(pieces_of(q), g.content), qi, gi) for qi, q in enumerate(quotes)
                    for gi, g in enumerate(gold)), reverse=True)
    used_q, used_g = set(), set()
    index = MentionIndex(article)
    for size, qi, gi in pairs:
        if size <= 0:
            break
        if qi in used_q or gi in used_g:
            continue
        used_q.add(qi)
        used_g.add(gi)
        quote, g = quotes[qi], gold[gi]
        tally.overlap += 1
        if _is_direct(text, g):
            tally.found_direct += 1
        if g.source:
            tally.speaker_total += 1
            tally.speaker_ok += _speaker_matches(quote, g, index)
        if g.cue:
            tally.cue_total += 1
            tally.cue_ok += quote.cue_start is not None and _overlap([(quote.cue_start, quote.cue_end)], g.cue) > 0
    tally.gold_direct = sum(_is_direct(text, g) for g in gold)
    exact_gold = {normalise(text, g.content) for g in gold}
    tally.exact = sum(normalise(text, pieces_of(q)) in exact_gold for q in quotes)
    return tally


def _is_direct(text: str, g: Gold) -> bool:
    start = min(s for s, _ in g.content)
    return text[start:start + 1] in "\"“‘«'"


def _speaker_matches(quote: Quote, g: Gold, index: MentionIndex) -> bool:
    if quote.speaker_start is not None and _overlap([(quote.speaker_start, quote.speaker_end)], g.source) > 0:
        return True
    if quote.speaker is None:
        return False
    start, end = min(s for s, _ in g.source), max(e for _, e in g.source)
    actor = index.actor_for_span(start, end)
    return actor is not None and actor.id == quote.speaker


def load_split(root: Path, split: str) -> list[tuple[str, str, list[Gold]]]:
    texts = require_dir(root / split / "text", "PolNeAR")
    anns = require_dir(root / split / "attributions", "PolNeAR")
    by_text: dict[str, list[Path]] = defaultdict(list)
    for ann in anns.glob("*.ann"):
        by_text[ann.stem.rsplit("_", 1)[0]].append(ann)
    items = []
    for path in sorted(texts.glob("*.txt")):
        if path.stem in by_text:
            gold = read_ann(min(by_text[path.stem]))
            items.append((path.stem, path.read_text(encoding="utf-8"), gold))
    return items


@register("quotes")
def run(data_dir: Path, split: str = "dev", limit: int | str | None = None, **_options) -> Report:
    items = load_split(Path(data_dir), split)
    if limit is not None:
        items = items[:int(limit)]
    nlp = load_nlp()
    ctx = Context(nlp=nlp)
    articles = [Article(id=name, text=text, language="en") for name, text, _ in items]
    golds = {name: gold for name, _, gold in items}
    by_publisher: dict[str, Tally] = defaultdict(Tally)
    total = Tally()
    started = time.perf_counter()
    spent: dict[str, float] = defaultdict(float)
    for article, doc in parse_articles(articles, nlp):
        for stage in (find_relays, find_dates, find_actors, find_quotes):  # the pipeline's order up to quotes
            begun = time.perf_counter()
            stage(article, doc, ctx)
            spent[stage.__name__] += time.perf_counter() - begun
        tally = score_article(article, golds[article.id])
        by_publisher[_publisher(article.id)].add(tally)
        total.add(tally)
    seconds = time.perf_counter() - started
    rows = [{"publisher": name, **t.metrics()} for name, t in sorted(by_publisher.items())]
    rows.append({"publisher": "all", **total.metrics()})
    parse = seconds - sum(spent.values())
    metrics = {**total.metrics(), "split": split, "articles": len(items), "seconds": round(seconds, 1),
               "parse_seconds": round(parse, 2), "quotes_seconds": round(spent["find_quotes"], 2),
               "quotes_share_of_parse": round(spent["find_quotes"] / parse, 4) if parse else 0.0}
    columns = ["publisher", "overlap_p", "overlap_r", "overlap_f1", "exact_f1", "speaker_acc", "cue_acc",
               "recall_direct", "recall_other", "gold", "system"]
    return Report("quotes", {k: round(v, 4) if isinstance(v, float) else v for k, v in metrics.items()},
                  rows, columns)


def _publisher(name: str) -> str:
    return re.split(r"_\d{4}-", name, maxsplit=1)[0]
