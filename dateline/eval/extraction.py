"""``dateline eval extraction --data DIR``: the Zyte article-extraction benchmark (AEB).

Scored as the benchmark scores: ``\\w+`` tokens, multisets of 4-token shingles, per-page TP/FP/FN
normalised by their sum, precision and recall averaged over pages (pages without predicted / true
shingles skipped) and F1 from the two means.  Four systems run on the same pages:

* ``trafilatura``       – plain ``trafilatura.extract`` with default settings (the bar to beat);
* ``dateline-html``     – the HTML path of :func:`dateline.clean.prepare`;
* ``keep-all-text``     – every visible text block of the page (the noisy-text baseline);
* ``dateline-text``     – the noisy-text path of ``prepare`` on that visible-text dump.
"""

from __future__ import annotations

import gzip
import json
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import lxml.html

from dateline.errors import DatelineError
from dateline.eval.registry import Report, register, require_dir

_TOKEN = re.compile(r"\w+")
SHINGLE = 4
#: Elements whose text is never visible, and elements that start a new block in the dump.
INVISIBLE = frozenset(["script", "style", "noscript", "template", "svg", "head", "iframe", "object"])
BLOCKS = frozenset(
    ["address", "article", "aside", "blockquote", "body", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tr", "td", "th", "ul", "br", "title", "option", "select", "button"]
)


# -- scoring --------------------------------------------------------------------------------------

def shingles(text: str, n: int = SHINGLE) -> Counter:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def page_counts(true: str, pred: str) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) of one page."""
    gold, got = shingles(true), shingles(pred)
    tp = sum((gold & got).values())
    fp = sum((got - gold).values())
    fn = sum((gold - got).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def aggregate(counts: list[tuple[float, float, float]]) -> dict[str, float]:
    precisions = [_precision(*c) for c in counts if c[0] + c[1] > 0]
    recalls = [_recall(*c) for c in counts if c[0] + c[2] > 0]
    p = statistics.mean(precisions) if precisions else 0.0
    r = statistics.mean(recalls) if recalls else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


# -- inputs ---------------------------------------------------------------------------------------

def visible_text(html: str) -> str:
    """All visible text of a page, one block per line, scripts and styles removed (the AEB dump)."""
    root = lxml.html.document_fromstring(html)
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = " ".join("".join(current).split())
        if line:
            lines.append(line)
        current.clear()

    def walk(element) -> None:
        tag = element.tag.lower() if isinstance(element.tag, str) else None
        if tag is not None and tag not in INVISIBLE:
            block = tag in BLOCKS
            if block:
                flush()
            current.append(element.text or "")
            for child in element:
                walk(child)
            if block:
                flush()
        current.append(element.tail or "")

    walk(root)
    flush()
    return "\n".join(lines)


def load_pages(data: Path, limit: int | None = None) -> Iterator[tuple[str, bytes, dict]]:
    """(id, raw html bytes, gold record) of each benchmark page."""
    gold = json.loads((data / "ground-truth.json").read_text("utf-8"))
    for i, (page_id, record) in enumerate(sorted(gold.items())):
        if limit is not None and i >= limit:
            break
        yield page_id, gzip.decompress((data / "html" / f"{page_id}.html.gz").read_bytes()), record


# -- systems --------------------------------------------------------------------------------------

def _trafilatura(html: bytes, url: str) -> str:
    import trafilatura

    return trafilatura.extract(html, url=url) or ""


def _dateline(data: str | bytes, url: str, fmt: str) -> str:
    from dateline.clean import prepare
    from dateline.intake.base import RawDocument

    try:
        return prepare(RawDocument(data=data, format=fmt, meta={"url": url})).text
    except DatelineError:
        return ""


def _page_title(html: str) -> str | None:
    titles = lxml.html.document_fromstring(html).xpath("//title/text()")
    return titles[0].strip() if titles else None


@register("extraction")
def run(data: Path, limit: int | str | None = None, systems: str = "", **_options) -> Report:
    """Score every system on the benchmark pages; the JSON line carries each system's P/R/F1."""
    from dateline.clean.decode import decode

    require_dir(data / "html", "AEB (article-extraction-benchmark)")
    pages = list(load_pages(data, int(limit) if limit is not None else None))
    dumps = {pid: visible_text(decode(html, pid)[0]) for pid, html, _ in pages}
    runners: dict[str, Callable[[str, bytes, dict], str]] = {
        "trafilatura": lambda pid, html, rec: _trafilatura(html, rec.get("url", "")),
        "dateline-html": lambda pid, html, rec: _dateline(html, rec.get("url", ""), "html"),
        "keep-all-text": lambda pid, html, rec: dumps[pid],
        "dateline-text": lambda pid, html, rec: _dateline(dumps[pid], rec.get("url", ""), "text"),
    }
    chosen = [s for s in systems.split(",") if s] or list(runners)
    rows, metrics = [], {"pages": len(pages)}
    for name in chosen:
        started = time.process_time()  # CPU time: other jobs on a shared machine do not distort it
        counts = [page_counts(rec.get("articleBody", ""), runners[name](pid, html, rec)) for pid, html, rec in pages]
        seconds = time.process_time() - started
        scores = aggregate(counts)
        rows.append({"system": name, **scores, "pages/CPU-s": round(len(pages) / seconds, 1)})
        for key, value in scores.items():
            metrics[f"{name}.{key}"] = round(value, 4)
    return Report("extraction", metrics, rows, ["system", "precision", "recall", "f1", "pages/CPU-s"])
