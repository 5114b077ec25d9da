"""Cost of the dates/places stage per article on the VOA corpus, against bare ``nlp.pipe``.

Parses every story once with ``nlp.pipe`` (timed: the bare-parse baseline), then times
``dateline.when.find_dates`` (time expressions + places) over the parsed docs, after a warm-up
that builds the gazetteer and dateparser once (timed separately: a once-per-process cost).
Prints a Markdown summary and one JSON line.

    .venv/bin/python bench/dates.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import time
from pathlib import Path

VOA = Path(os.environ.get("DATELINE_VOA", "/work/shared/corpora/voa/voa_stories.jsonl"))


def load_articles():
    from dateline.model import Article

    stories = [json.loads(line) for line in VOA.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Article(id=s["id"], text=s["text"], published=dt.date.fromisoformat(s["published"][:10]))
            for s in stories]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="timed passes of the stage (best is kept)")
    args = parser.parse_args()

    from dateline.nlp import load_nlp, parse_articles
    from dateline.when import find_dates
    from dateline.when.gazetteer import gazetteer

    nlp = load_nlp()
    articles = load_articles()
    started = time.perf_counter()
    pairs = list(parse_articles(articles, nlp))
    parse_s = time.perf_counter() - started

    started = time.perf_counter()
    gazetteer()
    find_dates(*pairs[0])
    warmup_s = time.perf_counter() - started

    passes = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        for article, doc in pairs:
            find_dates(article, doc)
        passes.append(time.perf_counter() - started)
    stage_s = min(passes)

    n = len(pairs)
    result = {
        "articles": n, "parse_s": round(parse_s, 2), "parse_articles_per_s": round(n / parse_s, 2),
        "stage_ms_per_article": round(1000 * stage_s / n, 2), "stage_share_of_parse": round(stage_s / parse_s, 4),
        "throughput_ratio_with_stage": round(parse_s / (parse_s + stage_s), 4),
        "warmup_s": round(warmup_s, 2), "dates": sum(len(a.dates) for a, _ in pairs),
        "resolved_dates": sum(d.resolved for a, _ in pairs for d in a.dates),
        "places": sum(len(a.places) for a, _ in pairs),
        "places_with_country": sum(p.country is not None for a, _ in pairs for p in a.places),
    }
    print("| articles | bare nlp.pipe art/s | dates+places ms/article | throughput with stage / bare |")
    print("|---|---|---|---|")
    print(f"| {n} | {result['parse_articles_per_s']} | {result['stage_ms_per_article']} | "
          f"{result['throughput_ratio_with_stage']} |")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
