"""Print the PLOVER GSR records whose source or target country is missed, to sort the misses by cause.

For each miss: the sentence, gold type/source/target, every coded event (codes, actors, argument
paths) and the actor mentions the actors stage found, so one can tell an argument-extraction error
(the right mention exists but the event took another) from an actor-resolution error (no mention, or
a mention without a country) and from a type error.  Scored exactly as ``dateline eval events``.
Each missed role gets a first, automatic cause label (see :func:`cause`); read the lines to confirm.

    .venv/bin/python bench/gsr_argument_misses.py ../shared/eval/plover-gsr/dev.jsonl [--limit N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections import Counter
from pathlib import Path

from dateline.eval.events import OLD_PLOVER, _gold_list
from dateline.pipeline import Pipeline


def _codes(items: list[dict]) -> list[str]:
    return sorted({i.get("code", "")[:3] for i in items} - {""})


def cause(gold: list[str], got: list[str], article, same_type: bool) -> str:
    """A first sorting of one missed role: ``type`` when no event of the gold type was coded,
    ``actors`` when no actor mention in the text carries a gold code, else ``arguments`` (the right
    actor was found but the event did not take it)."""
    if not same_type:
        return "type"
    coded = {(a.code or a.country or "")[:3] for a in article.actors} | {(a.country or "")[:3] for a in article.actors}
    return "arguments" if set(gold) - set(got) <= coded else "actors"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--all", action="store_true", help="print every record, not only misses")
    options = parser.parse_args()
    records = [json.loads(line) for line in options.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    pipeline = Pipeline()
    source_hits = target_hits = targets_scored = 0
    causes: Counter = Counter()
    for record in records[: options.limit]:
        date = dt.date.fromisoformat(record["date"]) if record.get("date") else None
        article = pipeline.extract(record["text"], date)
        gold_type = OLD_PLOVER.get(record["event"], record["event"])
        gold_sources, gold_targets = _codes(_gold_list(record.get("source"))), _codes(_gold_list(record.get("target")))
        same_type = [e for e in article.events if e.plover_type == gold_type] or article.events
        got_sources = sorted({(e.source_code or "")[:3] for e in same_type} - {""})
        got_targets = sorted({(e.target_code or "")[:3] for e in same_type} - {""})
        source_ok = set(gold_sources) <= set(got_sources) if gold_sources else not got_sources
        target_ok = set(gold_targets) <= set(got_targets)
        source_hits += source_ok
        if gold_targets:
            targets_scored += 1
            target_hits += target_ok
        if source_ok and target_ok and not options.all:
            continue
        best = max(article.events, key=lambda e: e.confidence, default=None)
        typed = any(e.plover_type == gold_type for e in article.events)
        labels = []
        if not source_ok:
            labels.append(f"source:{cause(gold_sources, got_sources, article, typed)}")
        if not target_ok:
            labels.append(f"target:{cause(gold_targets, got_targets, article, typed)}")
        causes.update(labels)
        print(f"== {record['id']}  source {'ok' if source_ok else 'MISS'}  target {'ok' if target_ok else 'MISS'}"
              f"  [{' '.join(labels)}]")
        print(f"   {record['text']}")
        print(f"   gold {gold_type} {gold_sources} -> {gold_targets}   system best {best.plover_type if best else '-'}"
              f" sources {got_sources} targets {got_targets}")
        for e in article.events:
            source, target = article.actor(e.source), article.actor(e.target)
            print(f"   ev {e.plover_type:<10} {e.code} {e.confidence:.2f} trig={e.why.trigger!r} "
                  f"S={source.name if source else '-'}({e.source_code}) via {e.why.source_path or '-'} "
                  f"T={target.name if target else '-'}({e.target_code}) via {e.why.target_path or '-'}")
        for m in article.mentions:
            actor = article.actor(m.actor_id)
            text = article.text[m.provenance.start:m.provenance.end]
            print(f"   m  {text!r} -> {actor.name if actor else '-'} code={actor.code if actor else '-'}"
                  f" country={actor.country if actor else '-'}")
    n = min(len(records), options.limit or len(records))
    print("misses by first cause:", ", ".join(f"{k} {v}" for k, v in sorted(causes.items())))
    print(f"source {source_hits}/{n} = {source_hits / n:.3f}; target {target_hits}/{targets_scored}")


if __name__ == "__main__":
    main()
