"""Intake and cleaning throughput on one core: the HTML path and the noisy-text path of
:func:`dateline.clean.prepare`, beside plain trafilatura on the same pages.

* HTML: the 181 AEB pages (``/work/shared/eval/aeb``), raw bytes in, Article out.
* Noisy text: the seed page, the VOA stories read from their JSONL (``format='text'``), and the
  AEB full-page visible-text dumps (every text block of the page; much longer than an article).

Rates are per CPU-second of this process (``time.process_time``), so other jobs on a shared
machine do not distort them; wall-clock rates are printed too.  One warm-up pass first (lingua
and the cue regexes load once per process).  Prints a Markdown table and one JSON line.

    .venv/bin/python bench/intake.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections.abc import Callable
from pathlib import Path

AEB = Path(os.environ.get("DATELINE_AEB", "/work/shared/eval/aeb"))
VOA = Path(os.environ.get("DATELINE_VOA", "/work/shared/corpora/voa/voa_stories.jsonl"))
SEED = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "unreserved-support.txt"


def timed(items: list, work: Callable, repeat: int) -> tuple[float, float]:
    """(items per CPU-second, items per wall-second), best of ``repeat`` runs."""
    best_cpu = best_wall = float("inf")
    for _ in range(repeat):
        cpu, wall = time.process_time(), time.perf_counter()
        for item in items:
            work(item)
        best_cpu = min(best_cpu, time.process_time() - cpu)
        best_wall = min(best_wall, time.perf_counter() - wall)
    return len(items) / best_cpu, len(items) / best_wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    import trafilatura

    from dateline.clean import prepare
    from dateline.clean.decode import decode
    from dateline.errors import InputError
    from dateline.eval.extraction import load_pages, visible_text
    from dateline.intake import RawDocument, read_inputs

    def clean(raw: RawDocument) -> None:
        try:
            prepare(raw)
        except InputError:
            pass

    pages = list(load_pages(AEB))
    html = [RawDocument(data=body, origin=pid, meta={"url": rec.get("url")}) for pid, body, rec in pages]
    dumps = [RawDocument(data=visible_text(decode(body)[0]), format="text") for _, body, _ in pages]
    voa = [d for d in read_inputs([str(VOA)]) if isinstance(d, RawDocument)]
    seed = [RawDocument(data=SEED.read_bytes())] * 200
    for raw in html[:5] + dumps[:5] + voa[:5] + seed[:1]:
        clean(raw)  # warm-up: lingua, regexes, trafilatura's caches

    runs = {
        "trafilatura.extract (HTML)": (html, lambda r: trafilatura.extract(r.data, url=r.meta.get("url"))),
        "dateline HTML path": (html, clean),
        "dateline noisy text: seed page": (seed, clean),
        "dateline noisy text: VOA stories": (voa, clean),
        "dateline noisy text: AEB full-page dumps": (dumps, clean),
    }
    metrics, print_rows = {}, []
    for name, (items, work) in runs.items():
        per_cpu, per_wall = timed(items, work, args.repeat)
        print_rows.append(f"| {name} | {len(items)} | {per_cpu:.0f} | {per_wall:.0f} |")
        metrics[name] = round(per_cpu, 1)
    print("| input | items | items / CPU-second | items / wall-second |\n|---|---:|---:|---:|")
    print("\n".join(print_rows))
    print(json.dumps({"bench": "intake", "items_per_cpu_second": metrics}))


if __name__ == "__main__":
    main()
