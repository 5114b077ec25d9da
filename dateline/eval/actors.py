"""``dateline eval actors --data DIR``: actor resolution and entity recognition.

Two measurements:

* **actor cases** (``actor-resolution/cases.jsonl``, from NGEC's tests): each actor phrase runs
  through the actors stage alone (its date as the article date, the ``context`` as a fallback
  country); the actor of the longest mention is compared with the expected CAMEO country and first
  sector code ("" = no code).  Reported: country, sector and both accuracy.
* **CoNLL-2003 validation** (``conll2003/valid.txt``): entity-level F1 for PER/ORG/LOC of the bare
  spaCy NER (PERSON→PER, ORG→ORG, GPE/LOC/FAC→LOC) and of the NER after dateline's corrections
  (agencies and organisations tagged PERSON, countries and cities tagged PERSON or ORG).

Options (``--set``): ``phoenix=DIR`` imports the PETRARCH/Phoenix actor dictionaries of DIR into the
knowledge base first; ``part=cases|conll|none`` runs one half (or neither); ``speed=FILE`` also times the
stage against ``nlp.pipe`` on a JSON-lines corpus; ``limit`` caps the items of each part.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections import Counter
from pathlib import Path

from spacy.tokens import Doc

from dateline.actors import find_actors
from dateline.actors.kb import curated_base
from dateline.actors.lexicon import load_lexicon
from dateline.actors.matchers import fixed_names, load_agencies, phrase_matcher
from dateline.actors.mentions import MentionFinder
from dateline.errors import DataError
from dateline.eval.registry import Report, register
from dateline.model import Article
from dateline.nlp import load_nlp
from dateline.pipeline import Context

NER_MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}


@register("actors")
def actors_suite(data: Path, **options) -> Report:
    data = Path(data)
    limit = int(options["limit"]) if options.get("limit") else None
    part = options.get("part", "all")
    nlp = load_nlp()
    ctx = Context(nlp=nlp, options={"learn": False})
    kb = curated_base()
    if options.get("phoenix"):
        for path in sorted(Path(options["phoenix"]).glob("Phoenix.*.actors.txt")):
            kb.import_petrarch(path)
    ctx.cache["kb"] = kb
    metrics: dict[str, float | int | str] = {"kb": "curated+phoenix" if options.get("phoenix") else "curated"}
    rows: list[dict] = []
    if part in ("all", "cases"):
        cases = _find(data, "actor-resolution/cases.jsonl", "cases.jsonl")
        case_metrics, case_rows = score_cases(cases, ctx, limit)
        metrics.update(case_metrics)
        rows.extend(case_rows)
    if part in ("all", "conll"):
        conll = _find(data, "conll2003/valid.txt", "valid.txt", "../conll2003/valid.txt")
        metrics.update(score_conll(conll, ctx, limit))
    if options.get("speed"):
        metrics.update(stage_speed(Path(options["speed"]), ctx, limit))
    return Report("actors", metrics, rows, ["id", "actor", "expected", "got", "ok"])


def stage_speed(corpus: Path, ctx: Context, limit: int | None) -> dict:
    """Seconds of ``nlp.pipe`` and of the actors stage on the same texts (a JSON-lines corpus with
    ``text`` and ``published``), so the stage's cost is a share of the parse it rides on."""
    stories = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    stories = stories[:limit] if limit else stories
    nlp = ctx.nlp
    warm = nlp("Warm up.")
    find_actors(Article(id="warm", text="Warm up."), warm, ctx)
    started = time.perf_counter()
    docs = list(nlp.pipe([s["text"] for s in stories], batch_size=32))
    parse_seconds = time.perf_counter() - started
    started = time.perf_counter()
    mentions = 0
    for n, (story, doc) in enumerate(zip(stories, docs)):
        article = Article(id=f"s{n}", text=story["text"], published=case_date((story.get("published") or "")[:10]))
        find_actors(article, doc, ctx)
        mentions += len(article.mentions)
    stage_seconds = time.perf_counter() - started
    return {"speed_articles": len(stories), "speed_parse_seconds": round(parse_seconds, 2),
            "speed_actors_seconds": round(stage_seconds, 2), "speed_actors_share": round(stage_seconds / parse_seconds, 3),
            "speed_mentions": mentions}


def _find(data: Path, *candidates: str) -> Path:
    for name in candidates:
        if (data / name).is_file():
            return data / name
    raise DataError(f"actors eval: none of {', '.join(candidates)} under {data}")


# -- actor cases ---------------------------------------------------------------------------------
def case_date(text: str | None) -> dt.date | None:
    if not text:
        return None
    if text.strip().lower() == "today":
        return dt.date.today()
    import dateparser

    parsed = dateparser.parse(text, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})
    return parsed.date() if parsed else None


def resolve_phrase(text: str, ctx: Context, date: dt.date | None, context: str = "") -> tuple[str | None, str | None]:
    """(country, sector) of the main actor of a short phrase, with ``context`` as fallback country."""
    article = Article(id="case", text=text, published=date)
    doc = ctx.nlp(text)
    find_actors(article, doc, ctx)
    country = sector = None
    if article.mentions:
        main = max(article.mentions, key=lambda m: (m.provenance.end - m.provenance.start, -m.provenance.start))
        actor = article.actor(main.actor_id)
        if actor:
            country, sector = actor.country, actor.sector
            if actor.members:
                country = None
    if country is None and context:
        country = load_lexicon().country(context) or load_lexicon().country(context.split()[0])
    return country, sector


def score_cases(path: Path, ctx: Context, limit: int | None) -> tuple[dict, list[dict]]:
    rows = []
    totals = Counter()
    started = time.perf_counter()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if limit and n >= limit:
            break
        case = json.loads(line)
        country, sector = resolve_phrase(case["actor"].strip(), ctx, case_date(case.get("date")), case.get("context") or "")
        want_c, want_s = case.get("expected_country") or "", case.get("expected_code_1") or ""
        ok_c, ok_s = (country or "") == want_c, (sector or "") == want_s
        totals.update(n=1, country=ok_c, sector=ok_s, both=ok_c and ok_s)
        rows.append({"id": case["id"], "actor": case["actor"], "expected": f"{want_c}/{want_s}",
                     "got": f"{country or ''}/{sector or ''}", "ok": "✓" if ok_c and ok_s else ("c" if ok_c else "✗")})
    n = totals["n"] or 1
    return {
        "cases": totals["n"],
        "country_accuracy": round(totals["country"] / n, 4),
        "sector_accuracy": round(totals["sector"] / n, 4),
        "both_accuracy": round(totals["both"] / n, 4),
        "cases_seconds": round(time.perf_counter() - started, 2),
    }, rows


# -- CoNLL-2003 ----------------------------------------------------------------------------------
def read_conll(path: Path) -> list[tuple[list[str], list[str]]]:
    sentences, words, tags = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("-DOCSTART-"):
            if words:
                sentences.append((words, tags))
            words, tags = [], []
            continue
        parts = line.split()
        words.append(parts[0])
        tags.append(parts[-1])
    if words:
        sentences.append((words, tags))
    return sentences


def gold_spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """Entity spans from IOB1/IOB2 tags (a new entity starts at B- or at a change of type)."""
    spans, start, label = set(), None, None
    for i, tag in enumerate([*tags, "O"]):
        kind = tag[2:] if tag != "O" else None
        if start is not None and (kind != label or tag.startswith("B-")):
            spans.add((start, i, label))
            start, label = None, None
        if kind and start is None:
            start, label = i, kind
    return {s for s in spans if s[2] in ("PER", "ORG", "LOC")}


def corrected_spans(doc: Doc, finder: MentionFinder) -> set[tuple[int, int, str]]:
    """NER spans after dateline's corrections: its person names, organisations and countries win."""
    spans = {(e.start, e.end, NER_MAP[e.label_]) for e in doc.ents if e.label_ in NER_MAP}
    for cand in finder.run():
        if cand.entity == "person":
            new = (cand.name_start, cand.name_end, "PER")
        elif cand.entity == "organisation" and cand.ner:
            new = (cand.start + (doc[cand.start].lower_ == "the"), cand.end, "ORG")
        elif cand.entity == "country" and cand.kind in ("country", "metonym") and cand.ner and cand.rule != "actors.side":
            new = (cand.start + (doc[cand.start].lower_ == "the"), cand.end, "LOC")
        else:
            continue
        spans = {s for s in spans if s[1] <= new[0] or s[0] >= new[1]} | {new}
    return spans


def score_conll(path: Path, ctx: Context, limit: int | None) -> dict:
    nlp = ctx.nlp
    lex, kb = load_lexicon(), ctx.cache["kb"]
    matcher = phrase_matcher(nlp, lex, kb, load_agencies())
    sentences = read_conll(path)[:limit] if limit else read_conll(path)
    counts = {system: Counter() for system in ("spacy", "dateline")}
    started = time.perf_counter()
    docs = (Doc(nlp.vocab, words=words) for words, _ in sentences)
    for (words, tags), doc in zip(sentences, nlp.pipe(docs, batch_size=256)):
        gold = gold_spans(tags)
        predicted = {
            "spacy": {(e.start, e.end, NER_MAP[e.label_]) for e in doc.ents if e.label_ in NER_MAP},
            "dateline": corrected_spans(doc, MentionFinder(doc, lex, fixed_names(doc, matcher), kb)),
        }
        for system, spans in predicted.items():
            for label in ("PER", "ORG", "LOC"):
                g = {s for s in gold if s[2] == label}
                p = {s for s in spans if s[2] == label}
                counts[system].update({f"{label}_tp": len(g & p), f"{label}_fp": len(p - g), f"{label}_fn": len(g - p)})
    metrics: dict[str, float | int] = {"conll_sentences": len(sentences),
                                       "conll_seconds": round(time.perf_counter() - started, 2)}
    for system, c in counts.items():
        for label in ("PER", "ORG", "LOC", "ALL"):
            labels = ("PER", "ORG", "LOC") if label == "ALL" else (label,)
            tp = sum(c[f"{x}_tp"] for x in labels)
            fp = sum(c[f"{x}_fp"] for x in labels)
            fn = sum(c[f"{x}_fn"] for x in labels)
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            metrics[f"conll_{system}_{label}_f1"] = round(2 * p * r / (p + r) if p + r else 0.0, 4)
    return metrics
