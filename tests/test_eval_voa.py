"""The VOA events suite: coverage counts and a reproducible sample, optionally from held-out stories."""

from __future__ import annotations

import json
from pathlib import Path

from dateline.eval.events import voa

FIXTURES = Path(__file__).parent / "fixtures" / "voa"


def write_corpus(folder: Path) -> Path:
    lines = []
    for meta_file in sorted(FIXTURES.glob("*.json")):
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        text = meta_file.with_suffix(".txt").read_text(encoding="utf-8")
        lines.append(json.dumps({"id": meta_file.stem, "text": text, "published": meta.get("published", "2025-03-14")}))
    (folder / "voa_stories.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_sample_is_reproducible_and_start_holds_out_the_first_stories(tmp_path):
    corpus = write_corpus(tmp_path)
    whole = voa(corpus, sample=5, seed=3)
    again = voa(corpus, sample=5, seed=3)
    assert whole.rows == again.rows
    assert whole.metrics["events_without_actor"] == 0
    held_out = voa(corpus, sample=50, seed=3, start=2)
    assert held_out.metrics["articles"] == whole.metrics["articles"] - 2
    first_two = {row["article"] for row in voa(corpus, sample=500, seed=3, limit=2).rows}
    assert first_two and not first_two & {row["article"] for row in held_out.rows}
