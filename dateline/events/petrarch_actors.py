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
    DatedCode,
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
    also: tuple[str, ...] = ()  # actors: the further codes of a multi-code entry (FRO/BIL/SAM)


class PetrarchActorTagger:
    def __init__(self, actors: list[ActorEntry], agents: list[AgentEntry], problems: list[str] | None = None):
        self.actor_phrases = [(p.upper(), e) for e in actors for p in [e.name, *e.aliases] if p.strip()]
        self.agent_phrases = [(p.upper(), e) for e in agents for p in _agent_forms(e)]
        self.loose = {p.upper() for e in actors for p in e.loose}
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
        upper = text.upper().replace("_", " ")  # "Dol_Amroth" is written as the dictionary joins it
        found: list[Hit] = []
        for phrase, entry in self.actor_phrases:
            dated = _code_at(entry, date)
            if dated is None:
                continue
            spans = _occurrences(upper, phrase)
            if phrase in self.loose and not spans:
                spans = _loose_occurrences(upper, phrase)
            for start, end in spans:
                found.append(Hit(start, end, "actor", dated.code, also=dated.also))
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
            codes = _codes(group, article.text)
            start, end = min(h.start for h in group), max(h.end for h in group)
            name = article.text[start:end]
            actor = Actor(id=f"P{n}", name=name, code=codes[0], country=codes[0][:3], kind="other")
            if len(codes) > 1:  # a compound phrase stands for one actor per code
                members = [Actor(id=f"P{n}.{k}", name=name, code=code, country=code[:3], kind="other")
                           for k, code in enumerate(codes)]
                actor.kind, actor.members = "group", [m.id for m in members]
                article.actors.extend(members)
            mention = Mention(id=f"PM{n}", actor_id=actor.id, text=article.text[start:end],
                              provenance=Provenance(article_id=article.id, start=start, end=end,
                                                    text=article.text[start:end], rule="petrarch-dictionary"))
            actor.mentions.append(mention.id)
            article.actors.append(actor)
            article.mentions.append(mention)
        return article


def _agent_forms(agent: AgentEntry) -> list[str]:
    forms = [agent.phrase, *agent.plurals]
    if agent.regular_plural:
        forms.append(agent.phrase + "S")
    return forms


def _code_at(entry: ActorEntry, date: dt.date | None) -> DatedCode | None:
    """The code valid at ``date``: a dated code that covers it, else the undated default."""
    default = None
    for dated in entry.codes:
        if dated.start is None and dated.end is None:
            default = default or dated
            continue
        if date is None:
            continue
        if (dated.start is None or dated.start <= date) and (dated.end is None or date <= dated.end):
            return dated
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


def _loose_occurrences(upper: str, phrase: str, gap: int = 2) -> list[tuple[int, int]]:
    """A space-separated dictionary phrase with up to ``gap`` other words between its words."""
    words = [re.escape(w) for w in phrase.split()]
    between = rf"(?:\s+[^\s.,;:]+){{0,{gap}}}\s+"
    return [(m.start(), m.end()) for m in re.finditer(r"\b" + between.join(words) + r"\b", upper)]


def _group_by_phrase(doc: Doc, hits: list[Hit]) -> list[list[Hit]]:
    """Actors and agents in one noun phrase (or linked by of/in/'s) form one group."""
    phrase_of: dict[int, int] = {}
    for n, chunk in enumerate(_phrases(doc)):
        for token in chunk:
            phrase_of.setdefault(token.idx, n)
    groups: dict[object, list[Hit]] = {}
    joined: dict[object, object] = {}  # phrase → the group of the list it belongs to
    for hit in hits:
        span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
        key = phrase_of.get(span[-1].idx) if span is not None else None
        key = joined.get(key, key)
        if key is None:
            key = ("solo", hit.start)
        elif key not in groups and span[-1].dep_ in ("conj", "appos"):
            # a list of names ("Mordor, the Shire, Fornost and Bree", "lawmakers in X and Y") is one
            # compound phrase whatever shape the parse gave it
            head = joined.get(phrase_of.get(span[-1].head.idx))
            if head in groups:
                joined[key] = key = head
        joined.setdefault(key, key)
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


def _codes(group: list[Hit], text: str) -> list[str]:
    """Every actor code one phrase stands for.  Each coordinated actor of the phrase (and each code
    of a multi-code actor) is a member.  An agent after the coordinator belongs to the next actor
    only ("Ithilen and the government of Gondor"), the others to all.  Coordinated agents
    ("lawmakers and officials in X") give one code each, stacked ones ("Islamist media") join, and
    modifiers before the coordination are shared ("Danish Islamist media and government")."""
    actors: list[Hit] = []
    own: dict[int, list[Hit]] = {}
    for hit in (h for h in group if h.kind == "actor"):  # "X soldiers in Y": Y only places them
        if not actors:
            actors.append(hit)
            continue
        gap = text[actors[-1].end:hit.start]
        coordinators = list(_COORDINATED.finditer(gap))
        if coordinators and "'s" not in gap:
            after = actors[-1].end + coordinators[-1].end()
            own[hit.start] = [h for h in group if h.kind == "agent" and after <= h.start < hit.start]
            actors.append(hit)
    owned = {id(h) for hs in own.values() for h in hs}
    shared = [h for h in group if h.kind == "agent" and id(h) not in owned]
    out: list[str] = []
    for actor in actors or [None]:
        agents = sorted(shared + own.get(actor.start, []) if actor else shared, key=lambda h: h.start)
        for base in (actor.code, *actor.also) if actor else ("---",):
            for seg in _segments(agents, text) or [[]]:
                code = _join(base, actor.start if actor else 10**9, seg)
                if code not in out:
                    out.append(code)
    return out


_COORDINATED = re.compile(r",|\b(and|or|nor)\b", re.IGNORECASE)


def _segments(agents: list[Hit], text: str) -> list[list[Hit]]:
    """Agents split at coordinators; the modifiers before the first coordinator are shared."""
    segments: list[list[Hit]] = []
    for agent in agents:
        if segments and not _COORDINATED.search(text[segments[-1][-1].end:agent.start]):
            segments[-1].append(agent)
        else:
            segments.append([agent])
    if len(segments) > 1:
        shared = segments[0][:-1]
        segments = [segments[0]] + [shared + seg for seg in segments[1:]]
    return segments


def _join(base: str, base_start: int, agents: list[Hit]) -> str:
    """Actor code plus agent codes: ``NGO~`` before it, ``~GOV`` after it, no code part twice."""
    prefix = "".join(h.code for h in agents if not h.suffix and h.start < base_start)
    have = _parts(base)
    suffix = ""
    for h in agents:
        if h.suffix or h.start > base_start:
            for part in _parts(h.code):
                if part not in have:
                    suffix += part
                    have.append(part)
    return prefix + base + suffix
def _parts(code: str) -> list[str]:
    return [code[i:i + 3] for i in range(0, len(code), 3)]
