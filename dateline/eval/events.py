"""``dateline eval events --suite petrarch-unit|plover-gsr|voa --data DIR``.

* ``petrarch-unit``: the PETRARCH unit-test records with their own verb, actor, agent and discard
  dictionaries (DIR holds ``PETR.UnitTest.records.xml`` and ``PETR.Validate.*``).  A record passes
  when the set of coded (source, target, event) triples equals the expected set; pass rate over the
  ``sentence="true"`` records, by category.
* ``voa``: the VOA corpus (DIR holds ``voa_stories.jsonl``): events per article, events without an
  actor (must be 0), the events stage's cost per article against the bare ``nlp.pipe`` parse, and
  a reproducible random sample of events (``sample=30``, ``seed=5``; ``start=N`` skips the first N
  stories, kept for development) printed for reading by hand.
* ``plover-gsr``: the PLOVER gold-standard dev records (DIR holds ``dev.jsonl``) through the whole
  pipeline: event type accuracy of the most confident event, source/target country accuracy,
  full-record accuracy and macro-F1 over types (older type names mapped as the gold README says).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from dateline.errors import DataError
from dateline.eval.registry import Report, register, require_dir

OLD_PLOVER = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}


@register("events")
def run(data: Path, suite: str = "petrarch-unit", limit: int | str | None = None, **_) -> Report:
    limit = int(limit) if limit else None
    if suite == "petrarch-unit":
        return petrarch_unit(require_dir(Path(data), "PETRARCH unit-test"), limit)
    phoenix = str(_.get("phoenix", "")).lower() in ("1", "true", "yes")
    if suite == "plover-gsr":
        return plover_gsr(require_dir(Path(data), "PLOVER GSR"), limit, phoenix)
    if suite == "voa":
        return voa(require_dir(Path(data), "VOA corpus"), limit, int(_.get("sample", 30)), int(_.get("seed", 5)), phoenix,
                   int(_.get("start", 0)))
    raise DataError(f"unknown events suite {suite!r}; choose petrarch-unit, plover-gsr or voa")


# -- PETRARCH unit tests --------------------------------------------------------------------------

@dataclass
class UnitRecord:
    id: str
    category: str
    date: dt.date | None
    text: str
    expected: set[tuple[str, str, str]] = field(default_factory=set)


def read_unit_records(path: Path) -> list[UnitRecord]:
    root = ET.parse(path).getroot()
    records = []
    for node in root.iter("Sentence"):
        if node.get("sentence", "").lower() != "true":
            continue
        raw_date = node.get("date", "")
        date = dt.datetime.strptime(raw_date, "%Y%m%d").date() if len(raw_date) == 8 else None
        text = " ".join((node.findtext("Text") or "").split())
        expected = {(c.get("sourcecode", "").strip('"'), c.get("targetcode", "").strip('"'), c.get("eventcode", ""))
                    for c in node.iter("EventCoding") if c.get("eventcode")}
        records.append(UnitRecord(node.get("id", ""), node.get("category", ""), date, text, expected))
    return records


def petrarch_unit(data: Path, limit: int | None = None) -> Report:
    from dateline.actors.index import MentionIndex
    from dateline.events.coder import SentenceCoder
    from dateline.events.lexicon import build_lexicon
    from dateline.events.petrarch_actors import PetrarchActorTagger
    from dateline.events.petrarch_verbs import read_discards
    from dateline.events.stage import group_members, token_actor_lookup
    from dateline.model import Article
    from dateline.nlp import load_nlp

    records = read_unit_records(data / "PETR.UnitTest.records.xml")[:limit]
    lexicon = build_lexicon((data / "PETR.Validate.verbs.txt",), own=False)
    tagger = PetrarchActorTagger.from_files([data / "PETR.Validate.actors.txt"], [data / "PETR.Validate.agents.txt"])
    discards = [re.compile(rf"\b{re.escape(' '.join(d.split()))}\b")
                for group in read_discards(data / "PETR.Validate.discards.txt") for d in group]
    nlp = load_nlp()
    by_category: dict[str, Counter] = defaultdict(Counter)
    failures = []
    for record, doc in zip(records, nlp.pipe(r.text for r in records)):
        article = Article(id=record.id, text=record.text)
        tagger.tag(article, doc, record.date)
        got: set[tuple[str, str, str]] = set()
        if not any(d.search(" ".join(record.text.upper().split())) for d in discards):
            index = MentionIndex(article)
            coder = SentenceCoder(lexicon, token_actor_lookup(index), into_complements=True,
                                  members_of=group_members(index))
            for sent in doc.sents:
                for cand in coder.code(sent):
                    if cand.source and cand.target:
                        got.add((index.actor(cand.source).code, index.actor(cand.target).code, cand.code))
        passed = got == record.expected
        by_category[record.category]["total"] += 1
        by_category[record.category]["pass"] += passed
        if not passed:
            failures.append((record.id, sorted(record.expected), sorted(got)))
    total = sum(c["total"] for c in by_category.values())
    passed = sum(c["pass"] for c in by_category.values())
    rows = [{"category": cat, "records": c["total"], "passed": c["pass"], "pass_rate": c["pass"] / c["total"]}
            for cat, c in sorted(by_category.items())]
    metrics = {"records": total, "passed": passed, "pass_rate": round(passed / total, 4) if total else 0.0,
               "dictionary_errors": len(lexicon.errors) + len(tagger.problems)}
    report = Report("events", {"suite": "petrarch-unit", **metrics}, rows, ["category", "records", "passed", "pass_rate"])
    report.failures = failures  # type: ignore[attr-defined]
    return report


# -- PLOVER GSR -----------------------------------------------------------------------------------

def _gold_list(value) -> list[dict]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def plover_gsr(data: Path, limit: int | None = None, phoenix: bool = False) -> Report:
    from dateline.pipeline import Pipeline

    path = data / "dev.jsonl"
    if not path.is_file():
        raise DataError(f"PLOVER GSR file not found: {path}")
    gold = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()][:limit]
    pipeline = Pipeline(phoenix=phoenix)
    type_hits = source_hits = target_hits = full_hits = targets_scored = 0
    confusion: list[tuple[str, str]] = []
    failures = []
    for record in gold:
        gold_type = OLD_PLOVER.get(record["event"], record["event"])
        gold_sources = {s.get("code", "")[:3] for s in _gold_list(record.get("source"))} - {""}
        gold_targets = {t.get("code", "")[:3] for t in _gold_list(record.get("target"))} - {""}
        date = dt.date.fromisoformat(record["date"]) if record.get("date") else None
        article = pipeline.extract(record["text"], date)
        best = max(article.events, key=lambda e: e.confidence, default=None)
        got_type = best.plover_type if best else ""
        same_type = [e for e in article.events if e.plover_type == gold_type] or article.events
        got_sources = {(e.source_code or "")[:3] for e in same_type} - {""}
        got_targets = {(e.target_code or "")[:3] for e in same_type} - {""}
        type_ok = got_type == gold_type
        source_ok = bool(gold_sources) and gold_sources <= got_sources or not gold_sources and not got_sources
        target_ok = gold_targets <= got_targets
        type_hits += type_ok
        source_hits += source_ok
        if gold_targets:
            targets_scored += 1
            target_hits += target_ok
        full_hits += type_ok and source_ok and target_ok
        confusion.append((gold_type, got_type))
        if not (type_ok and source_ok and target_ok):
            failures.append((record["id"], gold_type, got_type, sorted(gold_sources), sorted(got_sources),
                             sorted(gold_targets), sorted(got_targets)))
    n = len(gold) or 1
    types = sorted({g for g, _ in confusion})
    rows, f1s = [], []
    for t in types:
        tp = sum(1 for g, p in confusion if g == t and p == t)
        fp = sum(1 for g, p in confusion if g != t and p == t)
        fn = sum(1 for g, p in confusion if g == t and p != t)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        f1s.append(f1)
        rows.append({"type": t, "gold": tp + fn, "precision": prec, "recall": rec, "f1": f1})
    metrics = {"suite": "plover-gsr", "phoenix": phoenix, "records": len(gold), "type_accuracy": round(type_hits / n, 4),
               "source_accuracy": round(source_hits / n, 4),
               "target_accuracy": round(target_hits / targets_scored, 4) if targets_scored else 0.0,
               "full_record_accuracy": round(full_hits / n, 4), "macro_f1": round(sum(f1s) / len(f1s), 4) if f1s else 0.0}
    report = Report("events", metrics, rows, ["type", "gold", "precision", "recall", "f1"])
    report.failures = failures  # type: ignore[attr-defined]
    return report


# -- VOA corpus: coverage, cost and a sample to read -----------------------------------------------

def voa(data: Path, limit: int | None = None, sample: int = 30, seed: int = 5, phoenix: bool = False,
        start: int = 0) -> Report:
    """``start``: the first story used (the stories before it can be kept for development, so a
    sample drawn from the rest is read on text the rules were not tuned on)."""
    import random
    import time

    from dateline.events import code_events
    from dateline.intake.base import RawDocument
    from dateline.model import Article, Sentence
    from dateline.pipeline import Pipeline, analyse

    path = data / "voa_stories.jsonl"
    if not path.is_file():
        raise DataError(f"VOA corpus file not found: {path}")
    stories = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()][start:][:limit]
    pipeline = Pipeline(phoenix=phoenix)
    articles = [next(iter(pipeline.prepare([RawDocument(data=s["text"], origin=s["id"], meta={})],
                                           dt.date.fromisoformat(s["published"][:10])))) for s in stories]
    articles = [a for a in articles if isinstance(a, Article) and a.status == "coded"]
    started = time.perf_counter()
    docs = list(pipeline.ctx.nlp.pipe(a.text for a in articles))
    parse_seconds = time.perf_counter() - started
    for article, doc in zip(articles, docs):
        article.sentences = [Sentence(index=i, start=s.start_char, end=s.start_char + len(s.text.rstrip()),
                                      text=s.text.rstrip()) for i, s in enumerate(doc.sents)]
        analyse(article, doc, pipeline.ctx)
    code_events(articles[0], docs[0], pipeline.ctx)  # warm the lexicon cache before timing
    event_seconds = 0.0
    for article, doc in zip(articles, docs):
        article.events = []
        started = time.perf_counter()
        code_events(article, doc, pipeline.ctx)
        event_seconds += time.perf_counter() - started
    events = [(a, e) for a in articles for e in a.events]
    orphans = sum(1 for _, e in events if not (e.source or e.target))
    rng = random.Random(seed)
    picked = rng.sample(events, min(sample, len(events)))
    rows = []
    for article, e in picked:
        source, target = article.actor(e.source), article.actor(e.target)
        flags = ",".join(k for k in ("negated", "future", "hypothetical", "historical", "reported") if getattr(e.modality, k))
        rows.append({"article": article.id, "source": f"{source.name if source else ''} ({e.source_code})",
                     "target": f"{target.name if target else ''} ({e.target_code})", "code": e.code, "plover": e.plover_type,
                     "modality": flags, "trigger": e.why.trigger, "evidence": e.provenance.text[:160]})
    n = len(articles) or 1
    metrics = {"suite": "voa", "phoenix": phoenix, "articles": len(articles), "events": len(events), "events_without_actor": orphans,
               "events_per_article": round(len(events) / n, 2),
               "events_ms_per_article": round(1000 * event_seconds / n, 2),
               "parse_ms_per_article": round(1000 * parse_seconds / n, 2),
               "throughput_vs_bare_parse": round(parse_seconds / (parse_seconds + event_seconds), 3) if parse_seconds else 0.0}
    return Report("events", metrics, rows, ["article", "source", "target", "code", "plover", "modality", "trigger", "evidence"])
