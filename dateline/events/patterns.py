"""Trigger patterns and the lexicon that indexes them by lemma.

One pattern format serves both sources of knowledge: our own trigger file
(``dateline/data/events/triggers.json``: lemma + words before/after the trigger + argument frame →
CAMEO code, optionally a direct PLOVER entry) and imported PETRARCH verb dictionaries
(:mod:`dateline.events.petrarch_verbs`).  The coder only ever looks up the lemma of the token in
front of it, so the cost per token does not grow with the size of the lexicon.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib import resources
from typing import Literal

ElementKind = Literal["word", "synset", "verb", "target", "source", "compound", "skip"]


@dataclass(frozen=True)
class Element:
    """One item of a pattern side: a word, a synset, or a marker (``+`` target, ``$`` source ...)."""

    kind: ElementKind
    value: str
    joined: bool = False  # must directly follow the previous element ("_" in PETRARCH)
    exact: bool = False  # whole word only, no suffixes (trailing "_")

    @property
    def is_word(self) -> bool:
        return self.kind in ("word", "synset")


@dataclass(frozen=True)
class VerbForm:
    """A verb of a PETRARCH block: its head word, words fixed around it, irregular forms, code."""

    word: str
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    code: str | None = None
    paired: str | None = None
    block: str = ""

    def before_elements(self) -> list[Element]:
        return [Element("word", w, joined=True) for w in self.before]

    def after_elements(self) -> list[Element]:
        return [Element("word", w, joined=True) for w in self.after]


@dataclass(frozen=True)
class Pattern:
    """A trigger lemma plus the context that must surround it, and the code it gives."""

    id: str
    lemma: str  # upper-case head word of the trigger
    code: str | None  # CAMEO code; None = matched but no event (PETRARCH "---")
    paired: str | None = None  # reciprocal code coded target → source
    before: tuple[Element, ...] = ()
    after: tuple[Element, ...] = ()
    verb_joined: bool = False  # last "before" element touches the trigger
    forms: tuple[str, ...] = ()
    pos: Literal["verb", "noun"] = "verb"
    source: Literal["own", "petrarch"] = "own"
    default: bool = False  # bare verb entry (the block's default code)
    target_preps: tuple[str, ...] = ()  # own frames: prepositions that introduce the target
    reciprocal: bool = False  # compound participants act on each other (talks between X and Y)
    requires_target: bool = False  # no event unless an acted-on actor is found
    label: bool = False  # a passive clause describing a noun, with no time, is a standing label ("X (outlawed in Russia)")
    theme: bool = False  # the object is what is moved or used (troops deployed), not the target
    plover: tuple[str, str, tuple[str, ...]] | None = None  # direct PLOVER (type, mode, context)
    speech: bool = False  # also codes a verb that reports a statement ("..., the group protested")
    stative: bool = False  # the passive subject is the actor ("X is committed to ...")
    patient_actor: bool = False  # a named patient must be an actor (a report is released, dogs are killed: no event)
    patient_place: bool = False  # ... or a named place ("annexed the Amur Region", not "occupied a gray area")
    # slots naming what is asked for, denied or promised, never the target: prepositions, "object", "clause",
    # "clause-subject" (the subject of a that-clause only)
    content: tuple[str, ...] = ()
    destination: tuple[str, ...] = ()  # prepositions naming where the patient is sent, never the target
    intransitive: bool = False  # codes only without a direct object ("demonstrated a disregard" is no protest)
    due: bool = False  # "X is TO BLAME": after "be to" the subject is acted on, the one who says so acts
    subject_target: bool = False  # "+" binds only an actor that is the subject of its clause
    complement: bool = False  # the pattern words are the trigger's own complement ("called X A DICTATOR", "ended THE TRUCE")

    @property
    def literal_words(self) -> frozenset[str]:
        """Words the context must contain for this pattern to have any chance (a cheap pre-filter)."""
        return frozenset(e.value for e in self.before + self.after if e.kind == "word")

    @property
    def synset_names(self) -> tuple[str, ...]:
        return tuple(e.value for e in self.before + self.after if e.kind == "synset")

    @property
    def specificity(self) -> int:
        """More context words = more specific; used to choose among matching patterns."""
        return sum(1 for e in self.before + self.after if e.is_word)


@dataclass
class Lexicon:
    """Patterns indexed by trigger lemma (and irregular forms), plus the synsets they refer to."""

    by_word: dict[tuple[str, str], list[Pattern]] = field(default_factory=dict)
    synsets: dict[str, list[list[Element]]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def add(self, pattern: Pattern) -> None:
        words = {pattern.lemma, *pattern.forms}
        if pattern.source == "own" and pattern.pos == "verb":
            words.update(regular_forms(pattern.lemma))  # the tagger's lemma may be wrong ("staged" → "stag")
        for word in words:
            self.by_word.setdefault((pattern.pos, word), []).append(pattern)

    def extend(self, patterns, synsets: dict | None = None, errors: list[str] | None = None) -> Lexicon:
        for pattern in patterns:
            self.add(pattern)
        self.synsets.update(synsets or {})
        self.errors.extend(errors or [])
        return self

    def candidates(self, pos: str, lemma: str, text: str) -> list[Pattern]:
        found = self.by_word.get((pos, lemma.upper()), [])
        if text.upper() != lemma.upper():
            more = self.by_word.get((pos, text.upper()), [])
            if more:
                seen = {id(p) for p in found}
                found = found + [p for p in more if id(p) not in seen]
        return found

    def __len__(self) -> int:
        return len({id(p) for group in self.by_word.values() for p in group})


def own_patterns(name: str = "triggers.json") -> tuple[list[Pattern], dict, list[str]]:
    """Read our own trigger file; entries with errors are reported ``file:entry`` and skipped."""
    from dateline.events.petrarch_verbs import parse_code, parse_elements

    raw = json.loads(resources.files("dateline.data.events").joinpath(name).read_text(encoding="utf-8"))
    synsets: dict[str, list[list[Element]]] = {}
    errors: list[str] = []
    for syn_name, alternatives in raw.get("synsets", {}).items():
        synsets[syn_name] = [parse_elements(alt, synsets) for alt in alternatives]
    patterns = []
    for n, entry in enumerate(raw.get("patterns", []), 1):
        try:
            code, paired = parse_code(entry["code"].strip("[]"))
            plover = entry.get("plover")
            for lemma in entry["lemma"].split("|"):
                patterns.append(Pattern(
                    id=f"own:{entry['id']}", lemma=lemma.upper(), code=code, paired=paired,
                    before=tuple(parse_elements(entry.get("before", ""), synsets)),
                    after=tuple(parse_elements(entry.get("after", ""), synsets)),
                    pos=entry.get("pos", "verb"), source="own",
                    target_preps=tuple(entry.get("target_preps", ())),
                    reciprocal=bool(entry.get("reciprocal", False)),
                    requires_target=entry.get("requires") == "target",
                    theme=bool(entry.get("theme", False)), label=bool(entry.get("label", False)),
                    plover=(plover["type"], plover.get("mode", ""), tuple(plover.get("context", ()))) if plover else None,
                    speech=bool(entry.get("speech", False)), stative=bool(entry.get("stative", False)),
                    patient_actor=entry.get("patient") in ("actor", "place"), patient_place=entry.get("patient") == "place",
                    content=tuple(entry.get("content", ())), destination=tuple(entry.get("destination", ())),
                    intransitive=bool(entry.get("intransitive", False)), due=bool(entry.get("due", False)),
                    subject_target=bool(entry.get("subject_target", False)), complement=bool(entry.get("complement", False)),
                ))
        except (KeyError, ValueError, TypeError) as err:
            errors.append(f"{name}:{n}: {err}")
    return patterns, synsets, errors


def regular_forms(lemma: str) -> tuple[str, ...]:
    """The regular past, third-person and -ing forms of an upper-case verb lemma (STAGE → STAGED,
    STAGES, STAGING), so a trigger is found by its own form where the lemmatizer errs."""
    if not lemma.isalpha() or len(lemma) < 3:
        return ()
    consonant_y = lemma.endswith("Y") and lemma[-2] not in "AEIOU"
    past = lemma + "D" if lemma.endswith("E") else lemma[:-1] + "IED" if consonant_y else lemma + "ED"
    third = lemma + "ES" if lemma.endswith(("S", "SH", "CH", "X", "Z")) else lemma[:-1] + "IES" if consonant_y else lemma + "S"
    ing = lemma[:-1] + "ING" if lemma.endswith("E") and not lemma.endswith("EE") else lemma + "ING"
    return past, third, ing
