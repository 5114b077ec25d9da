"""Tag actors in a parsed text with PETRARCH actor and agent dictionaries (for the PETRARCH suite).

The product's actors come from the actors stage; PETRARCH's unit tests instead define their own
fictional actors (Arnor = ARN) and agents (``government`` = ~GOV).  This tagger turns those
dictionaries (read by :mod:`dateline.actors.petrarch_dict`) into Actor and Mention records so the
same events coder runs on them: phrases match at word boundaries (longest first, a word may carry
a short suffix: Rohan/Rohans), a code valid at the sentence date is chosen, and an agent joins the
actor of its noun phrase ("Gondor's government", "lawmakers in Fornost") into one code
(GON + ~GOV = GONGOV; NGO~ + ARN = NGOARN); an agent with no actor is coded ``---`` + agent.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Span

from dateline.actors.petrarch_dict import (
    ActorEntry,
    AgentEntry,
    parse_actor_lines,
    parse_agent_lines,
    read_lines,
)
from dateline.model import Actor, Article, Mention, Provenance

_MAX_SUFFIX = 3
_WORD = re.compile(r"[A-Z0-9]")


@dataclass
class Hit:
    start: int
    end: int
    kind: str  # "actor" | "agent"
    code: str
    suffix: bool = True  # agents: appended (~GOV) or prefixed (NGO~)


class PetrarchActorTagger:
    def __init__(self, actors: list[ActorEntry], agents: list[AgentEntry], problems: list[str] | None = None):
        self.actor_phrases = [(p.upper(), e) for e in actors for p in [e.name, *e.aliases] if p.strip()]
        self.agent_phrases = [(p.upper(), e) for e in agents for p in _agent_forms(e)]
        self.problems = problems or []

    @classmethod
    def from_files(cls, actor_files: list[Path], agent_files: list[Path]) -> PetrarchActorTagger:
        actors, agents, problems = [], [], []
        for path in actor_files:
            entries, errs = parse_actor_lines(read_lines(path), path.name)
            actors += entries
            problems += [str(e) for e in errs]
        for path in agent_files:
            entries, errs = parse_agent_lines(read_lines(path), path.name)
            agents += entries
            problems += [str(e) for e in errs]
        return cls(actors, agents, problems)

    # -- phrase spotting -------------------------------------------------------------------------
    def hits(self, text: str, date: dt.date | None) -> list[Hit]:
        upper = text.upper()
        found: list[Hit] = []
        for phrase, entry in self.actor_phrases:
            code = _code_at(entry, date)
            if code is None:
                continue
            for start, end in _occurrences(upper, phrase):
                found.append(Hit(start, end, "actor", code))
        for phrase, agent in self.agent_phrases:
            for start, end in _occurrences(upper, phrase, max_suffix=0):
                found.append(Hit(start, end, "agent", agent.code, agent.suffix))
        chosen: list[Hit] = []
        for hit in sorted(found, key=lambda h: (-(h.end - h.start), h.start)):
            if all(hit.end <= c.start or hit.start >= c.end for c in chosen):
                chosen.append(hit)
        return sorted(chosen, key=lambda h: h.start)

    # -- article records -------------------------------------------------------------------------
    def tag(self, article: Article, doc: Doc, date: dt.date | None = None) -> Article:
        hits = self.hits(article.text, date)
        groups = _group_by_phrase(doc, hits)
        for n, group in enumerate(groups):
            code = _combine(group)
            start, end = min(h.start for h in group), max(h.end for h in group)
            actor = Actor(id=f"P{n}", name=article.text[start:end], code=code, country=code[:3], kind="other")
            mention = Mention(id=f"PM{n}", actor_id=actor.id, text=article.text[start:end],
                              provenance=Provenance(article_id=article.id, start=start, end=end,
                                                    text=article.text[start:end], rule="petrarch-dictionary"))
            actor.mentions.append(mention.id)
            article.actors.append(actor)
            article.mentions.append(mention)
        return article


def _agent_forms(agent: AgentEntry) -> list[str]:
    forms = [agent.phrase, *agent.plurals]
    if not agent.plurals:
        forms.append(agent.phrase + "S")
    return forms


def _code_at(entry: ActorEntry, date: dt.date | None) -> str | None:
    """The code valid at ``date``: a dated code that covers it, else the undated default."""
    default = None
    for dated in entry.codes:
        if dated.start is None and dated.end is None:
            default = default or dated.code
            continue
        if date is None:
            continue
        if (dated.start is None or dated.start <= date) and (dated.end is None or date <= dated.end):
            return dated.code
    return default


def _occurrences(upper: str, phrase: str, max_suffix: int = _MAX_SUFFIX) -> list[tuple[int, int]]:
    out, at = [], upper.find(phrase)
    while at >= 0:
        before_ok = at == 0 or not _WORD.match(upper[at - 1])
        end = at + len(phrase)
        extra = 0
        while end + extra < len(upper) and upper[end + extra].isalpha():
            extra += 1
        if before_ok and (extra == 0 or (extra <= max_suffix and len(phrase) >= 4 and phrase[-1].isalpha())):
            out.append((at, end + extra))
        at = upper.find(phrase, at + 1)
    return out


def _group_by_phrase(doc: Doc, hits: list[Hit]) -> list[list[Hit]]:
    """Actors and agents in one noun phrase (or linked by of/in/'s) form one group."""
    phrase_of: dict[int, int] = {}
    for n, chunk in enumerate(_phrases(doc)):
        for token in chunk:
            phrase_of.setdefault(token.idx, n)
    groups: dict[object, list[Hit]] = {}
    for hit in hits:
        span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
        key = phrase_of.get(span[-1].idx) if span is not None else None
        if key is None:
            key = ("solo", hit.start)
        groups.setdefault(key, []).append(hit)
    return [g for g in groups.values()]


def _phrases(doc: Doc) -> list[Span]:
    """Noun chunks extended over ``of``/``in`` complements and possessors of their head."""
    out = []
    for chunk in doc.noun_chunks:
        end = chunk.end
        for child in chunk.root.rights:
            if child.dep_ == "prep" and child.lower_ in ("of", "in", "from"):
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    end = max(end, pobj.i + 1)
        out.append(doc[chunk.start:end])
    return out


def _combine(group: list[Hit]) -> str:
    actors = [h for h in group if h.kind == "actor"]
    base = actors[0].code if actors else "---"
    prefix = "".join(h.code for h in group if h.kind == "agent" and not h.suffix and h.start < (actors[0].start if actors else 10**9))
    suffix = "".join(h.code for h in group if h.kind == "agent" and (h.suffix or actors and h.start > actors[0].start))
    suffix = "".join(part for n, part in enumerate(_parts(suffix)) if not base.endswith(part))
    return prefix + base + suffix


def _parts(code: str) -> list[str]:
    return [code[i:i + 3] for i in range(0, len(code), 3)]
