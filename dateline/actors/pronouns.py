"""Pronoun resolution: which actor a he, she, they or it stands for.

Antecedents are all the noun phrases before the pronoun, actors and non-actors alike, so a pronoun
whose nearest agreeing antecedent is no actor ("the animals ..., they kill people") stays unresolved
instead of jumping to an older actor.  The rules, in the order they apply:

* agreement: he/she/him/her/his take a singular person actor or person noun ("the resident", which
  names no person actor and so stops the pronoun at an older one) (not one whose gender an honorific, or an
  unambiguous earlier "X said she ...", states otherwise); they/them/their a plural phrase (a plural
  or counted noun, a collective noun for people such as "the crowd", a coordination — which names
  the group of its actors —, a dyad), else a
  collective actor (country, organisation, group) of the sentence, a subject first, or a collective
  subject of the sentences before; it/its a singular phrase that
  is not a person, never an expletive ("it is clear that ...");
* questions: the subject pronoun of an if/whether clause is the one asked ("asked X if he agreed");
* directives: the subject of what a directive verb asks for ("Beijing has demanded they stop", "urged
  that they leave", "insisted he resign": a subjunctive, active complement) is not the directive's
  subject; passives ("demanded it be included") and plain reports ("insisted it had") are left alone;
* reports: "Russia said it would ...", "a spokesperson for the ministry told VOA it had ..." — the
  subject of a reported clause is the reporter, or the body the reporting person speaks for;
* binding: an object pronoun (him, them, it; not a possessive, nor one inside a noun phrase such as
  "the charges against him") is never the subject of its own clause nor the subject controlling it
  ("the senators wrote to Y, urging him" is not the senators; "China wants them returned" not China);
* judgements: a possessive in a verb's "for" phrase is the one the verb praises or blames, its
  object ("went after McCain for HIS criticism", "thanked her for HER help");
* recency with a subject preference: a subject pronoun takes the latest agreeing subject before it in
  its sentence (persons: only a subject), else the latest agreeing phrase there; an object or
  possessive pronoun the latest agreeing phrase (a person possessive a person subject first);
* fronted phrases: with nothing agreeing before it, a pronoun in an adverbial before the main clause
  names the main subject after it ("In his testimony, Mehdiyev said");
* earlier sentences: for persons the main-clause subject of the latest sentence that has an agreeing
  one (any distance); for a subject "it" the previous sentence's main subject or nothing; for other
  plurals and things the latest agreeing phrase ``window`` sentences back.

A coordination names the group of its conjuncts' actors; a possessed plural noun without an actor of
its own ("Priebus and his allies") goes with the named conjuncts.

A noun inside another noun's ``of``/``including`` phrase ("heads of companies, including tech firms")
is no antecedent of its own: the outer phrase is ("calling on them" = the heads); in "four of them"
the pronoun is the militants named before, not the four.
"""

from __future__ import annotations

import json
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from dateline.actors.lexicon import read_tsv
from dateline.model import Actor
from dateline.nlp.arrays import token_indices

if TYPE_CHECKING:  # mentions.py reads the pronoun forms from here
    from dateline.actors.mentions import Candidate

DATA = "dateline.data.actors"
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
OBJECT_DEPS = {"dobj", "dative"}
#: How far after a subject noun a comma may open a name set beside it ("the object OF TRUMP'S ADMIRATION,
#: Vladimir Putin"): a short phrase of its own, not a clause.
_APPOSITION_REACH = 6
#: entity types of nouns that measure or date something and so never stand for an actor
NUMERIC_ENTS = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"}
NOUNS = {"NOUN", "PROPN"}
#: Parts of speech of the words that can open a noun slot: nouns, numbers ("these three"), quantifiers.
_SLOT_POS = {*NOUNS, "NUM", "PRON", "DET"}
COLLECTIVE_KINDS = {"country", "organisation", "group"}
#: Pronoun kinds of the first person (pronouns.json forms): resolved only inside a direct quote.
SPEAKER_KINDS = ("speaker", "speakers")
#: Actors that are no people: a state or an agency is never deported or charged.
BODY_KINDS = {"country", "organisation"}
#: Marks that open or close a direct quote.
QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``"})


@dataclass(frozen=True)
class PronounRules:
    forms: dict[str, tuple[str, str]]  # word → (person | plural | thing, gender or "")
    honorifics: dict[str, str]  # "mr" → "male"
    gendered_nouns: dict[str, str]  # "spokeswoman" → "female"
    inner_preps: frozenset[str]  # a noun after these, inside a noun phrase, is part of that phrase
    question_marks: frozenset[str]  # "if", "whether"
    window: int  # previous sentences searched for plural and thing antecedents
    quantifiers: frozenset[str]  # "some", "others" standing alone: a plural phrase that names no actor
    person_nouns: frozenset[str]  # "the resident": a singular person even when its actor is no person
    role_preps: frozenset[str]  # "recognized the Taliban AS the government": a role of another phrase
    directive_verbs: frozenset[str]  # "demand", "urge": lemmas whose complement's subject is someone else
    directive_modals: frozenset[str]  # "should": the only modal a directive's complement takes
    collective_nouns: frozenset[str]  # "the crowd": singular nouns for people that they/them name
    body_parts: frozenset[str]  # "their hands": never the antecedent of a pronoun for people
    free_relatives: frozenset[str]  # "whoever", "anyone (who)": a phrase for whoever a clause describes
    first_names: dict[str, str]  # "barack" → "male" (first_names.tsv)
    person_patient_verbs: frozenset[str]  # "deport": the they it acts on are people, no state or agency
    body_nouns: frozenset[str]  # "group", "network" (group_nouns.txt): bodies, not the people in them
    answered_nouns: frozenset[str]  # "Tehran rejected ITS offer": the offer is someone else's ...
    answering_verbs: frozenset[str]  # ... when these verbs take it (not "renewed its offer")
    object_control_verbs: frozenset[str]  # "invited HIM to visit her": the object is the infinitive's subject


@lru_cache(maxsize=1)
def load_rules() -> PronounRules:
    raw = json.loads(resources.files(DATA).joinpath("pronouns.json").read_text(encoding="utf-8"))
    return PronounRules(forms={w: (f[0], f[1]) for w, f in raw["forms"].items()}, honorifics=raw["honorifics"],
                        gendered_nouns=raw["gendered_nouns"],
                        inner_preps=frozenset(raw["inner_noun_prepositions"]),
                        question_marks=frozenset(raw["question_marks"]), window=int(raw["plural_window"]),
                        quantifiers=frozenset(raw["quantifiers"]), person_nouns=frozenset(raw["person_nouns"]),
                        role_preps=frozenset(raw["role_prepositions"]),
                        directive_verbs=frozenset(raw["directive_verbs"]),
                        directive_modals=frozenset(raw["directive_modals"]),
                        collective_nouns=frozenset(raw["collective_nouns"]),
                        body_parts=frozenset(raw["body_parts"]), free_relatives=frozenset(raw["free_relatives"]),
                        first_names=_first_names(), person_patient_verbs=frozenset(raw["person_patient_verbs"]),
                        body_nouns=frozenset(row[0].strip() for row in read_tsv("group_nouns.txt")), answered_nouns=frozenset(raw["answered_nouns"]),
                        answering_verbs=frozenset(raw["answering_verbs"]),
                        object_control_verbs=frozenset(raw["object_control_verbs"]))


def _first_names() -> dict[str, str]:
    return {name.strip().lower(): gender.strip() for name, gender in read_tsv("first_names.tsv")}


@dataclass
class Slot:
    """A noun phrase that can be a pronoun's antecedent."""

    token: int  # the token whose dependency gives the phrase's role
    sentence: int  # start token of its sentence
    kind: str  # person | plural | thing
    actor: Actor | None
    subject: bool
    main: bool  # subject of the sentence's main verb
    collective: bool = False  # a singular country/organisation/group actor: "they" may name it too
    named: bool = True  # a noun phrase, not a pronoun (only names and nouns teach a person's gender)
    members: tuple[Actor, ...] = ()  # "Mexico, Canada and China": the actors a coordination joins
    gender: str = ""  # of a he/she pronoun
    span: tuple[int, int] = (0, 0)  # tokens of a coordination ...
    own: Actor | None = None  # ... and the actor and kind of its first conjunct alone
    own_kind: str = ""


class PronounResolver:
    """One pass over the document in text order; pronouns resolved so far serve as antecedents too
    (a chain "they ... their ... they" follows its first link, or stays unresolved with it)."""

    def __init__(self, doc: Doc, sentences: list[tuple[int, int]], rules: PronounRules,
                 group_of: Callable[[list[Actor]], Actor], state_of: Callable[[Actor], Actor | None] = lambda a: None):
        self.doc = doc
        self.group_of = group_of  # the group actor of several actors, made on first use
        self.state_of = state_of  # the state a person in office speaks for as "we", or None
        self.sentences = sentences
        self.rules = rules
        self.slots: list[Slot] = []
        self.gender: dict[str, str] = {}  # actor id → male | female
        self.actor_at: dict[int, Actor] = {}  # token index → actor of the named mention there
        self._quote_marks: list[int] | None = None
        self._paragraph_ends: list[int] = []

    def resolve(self, resolved: list[tuple[Candidate, Actor | None]]) -> list[tuple[Candidate, Actor | None]]:
        """``resolved``: (candidate, actor) pairs in text order, pronouns with actor None; returns the
        list with the pronouns' actors filled in where an antecedent is found."""
        actor_at = self.actor_at
        pronoun_at: dict[int, int] = {}
        for n, (cand, actor) in enumerate(resolved):
            if cand.entity == "pronoun":
                pronoun_at[cand.start] = n
            elif actor is not None:
                actor_at.update((i, actor) for i in range(cand.start, cand.end))
                self._note_honorific(cand, actor)
                self._note_first_name(actor)
                self._note_gendered_noun(actor)
        out = list(resolved)
        # only pronouns and the parts of speech a slot can have (``_noun_slot``) need a Token object
        slot_pos = token_indices(self.doc, "POS", _SLOT_POS.__contains__)
        for i in sorted(set(slot_pos).union(pronoun_at)):
            token = self.doc[i]
            if token.i in pronoun_at:
                n = pronoun_at[token.i]
                form = self.rules.forms.get(token.lower_)
                actor = self._antecedent(token, *form) if form else None
                out[n] = (out[n][0], actor)
                if form:
                    self._add_pronoun_slot(token, *form, actor)
            elif (slot := self._noun_slot(token, actor_at)) is not None:
                self.slots.append(slot)
        return out

    # -- antecedents -----------------------------------------------------------------------------
    def _antecedent(self, pronoun: Token, kind: str, gender: str) -> Actor | None:
        if kind in SPEAKER_KINDS:
            return self._first_person(pronoun, kind)
        if kind == "thing" and self._expletive(pronoun) or kind != "thing" and self._resumes_free_relative(pronoun):
            return None
        role_token = self._role_token(pronoun)
        partitive = role_token.i != pronoun.i  # "four of them": them is the militants, not the four
        subject = role_token.dep_ in SUBJECT_DEPS and not partitive
        possessive = pronoun.tag_ == "PRP$"
        asked = self._asked(pronoun, kind, gender) if subject else None
        if asked is not None:
            return self._actor(asked)
        directive = self._directive(pronoun) if subject else None
        people_only = kind == "plural" and pronoun.dep_ in ("nsubjpass", "dobj") and \
            pronoun.head.lemma_.lower() in self.rules.person_patient_verbs  # "why THEY were not deported"
        reporter = self._reporter(pronoun, kind) if subject and kind != "person" and directive is None \
            and not people_only else None
        if reporter is not None:
            return self._actor(reporter)
        sentence = self.sentences[pronoun.i][0]
        bound = set() if subject or possessive else self._clause_subjects(role_token)
        if directive is not None:  # "Beijing has demanded they stop": they are not Beijing
            bound = self._clause_subjects(pronoun.head)
        small_clause = pronoun.head.dep_ == "ccomp" and "Acc" in pronoun.morph.get("Case")
        if subject and small_clause:  # "China wants them returned" is not China
            subject, bound = False, self._clause_subjects(pronoun.head)

        answering: set[str] | None = None  # "Tehran rejected ITS offer": a party's offer, and not Iran's
        if possessive and pronoun.head.dep_ == "dobj" and pronoun.head.lower_ in self.rules.answered_nouns \
                and pronoun.head.head.lemma_.lower() in self.rules.answering_verbs:
            bound = self._clause_subjects(pronoun.head)  # "Tehran rejected ITS offer": not Tehran's own
            answering = {s.actor.country for s in self.slots if s.token in bound and s.actor is not None and s.actor.country}
        if partitive:
            bound.add(role_token.i)
        if (media := self._media_reporter(pronoun)) is not None:
            bound.add(media)
        # "She said his ...": who a he/she of this sentence already named is not the other gender here
        said_here = {s.actor.id: s.gender for s in self.slots
                     if s.sentence == sentence and not s.named and s.gender and s.actor}
        speaker = self._quote_speaker(pronoun) if kind == "person" else None

        def agrees(slot: Slot) -> bool:
            if slot.token in bound or speaker is not None and slot.actor is speaker:
                return False
            if answering is not None and (slot.actor is None or slot.actor.country in answering):
                return False
            if people_only and (slot.actor is not None and slot.actor.kind in BODY_KINDS
                                or slot.members and any(m.kind in BODY_KINDS for m in slot.members)
                                or self.doc[slot.token].lemma_.lower() in self.rules.body_nouns):
                return False
            if slot.span[0] <= pronoun.i < slot.span[1]:
                slot = Slot(slot.token, slot.sentence, slot.own_kind, slot.own, slot.subject, slot.main)
            if kind == "person":
                return slot.kind == "person" and self._gender_fits(slot.actor, gender) and slot.gender in ("", gender) \
                    and (not gender or slot.actor is None or said_here.get(slot.actor.id, gender) == gender)
            return slot.kind == kind

        if subject and kind == "person" and (described := self._relative_speaker(pronoun)) is not None \
                and agrees(described):
            return self._actor(described)
        here = [s for s in self.slots if s.sentence == sentence and agrees(s)]
        if possessive and kind == "person" and (judged := self._judged_for(pronoun, here)) is not None:
            return self._actor(judged)
        subjects_first = subject or (possessive and kind == "person")
        found = _latest(here, subjects_first, only_subjects=kind == "person" and subject)
        if not here:
            ahead = self._fronted_subject(pronoun)
            if ahead is not None and agrees(ahead):
                return self._actor(ahead)
        if found is not None:
            if kind == "person" and (subject or possessive) and gender and found.actor is not None and found.named and \
                    self._unambiguous(found, sentence):
                self.gender.setdefault(found.actor.id, gender)
            return self._actor(found, pronoun)
        if kind == "person" and not subject and not possessive:
            return self._other_person(sentence, bound, agrees) or self._actor_of(self._earlier_person(sentence, agrees))
        if kind == "person":
            earlier = self._earlier_person(sentence, agrees)
            if (subject or possessive) and gender and earlier is not None and earlier.actor is not None and \
                    self._only_person(earlier, sentence):
                self.gender.setdefault(earlier.actor.id, gender)
            return self._actor_of(earlier)
        collective = [s for s in self.slots if kind == "plural" and not people_only and s.collective and s.named
                      and s.token not in bound]
        # "Ukraine has set their position": a collective of the sentence, a subject first ("recognized the
        # Taliban since they seized control": the Taliban), else a collective subject of the window
        found = _latest([s for s in collective if s.sentence == sentence], True)
        earlier = [s for s in self.slots if self._within_window(s, sentence)]
        if kind == "thing" and subject and not found:  # "It" opening a sentence: the last main subject or nothing
            main = [s for s in earlier if s.main]
            return self._actor(main[-1]) if main and agrees(main[-1]) else None
        agreeing = [s for s in earlier if agrees(s)]
        main = [s for s in agreeing if s.main] if subject else []  # the topic of the last sentence first
        found = found or (main[-1] if main else _latest(agreeing, subject))
        found = found or _latest([s for s in collective if s.subject and self._within_window(s, sentence)], True)
        return self._actor(found, pronoun) if found else None

    def _judged_for(self, pronoun: Token, agreeing: list[Slot]) -> Slot | None:
        """"went after McCain FOR HIS criticism", "thanked her FOR HER help": a possessive in a verb's
        "for" phrase names the person the verb praises or blames, its object (or its "after"/"at"
        phrase), not its subject."""
        noun, prep = pronoun.head, pronoun.head.head
        if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
            return None
        judged = prep.head  # the parser may hang the "for" phrase on the object itself
        if judged.pos_ in ("NOUN", "PROPN") and (judged.dep_ in ("dobj", "obj") or judged.dep_ == "pobj"
                                                 and judged.head.lower_ in ("after", "at")):
            objects = {judged.i}
        elif judged.pos_ == "VERB":
            objects = {c.i for c in judged.children if c.dep_ in ("dobj", "obj")} | {
                g.i for c in judged.children if c.dep_ == "prep" and c.lower_ in ("after", "at") and c.i < prep.i
                for g in c.children if g.dep_ == "pobj"}
        else:
            return None
        return next((s for s in agreeing if s.token in objects and s.kind == "person"), None)

    def _first_person(self, pronoun: Token, kind: str) -> Actor | None:
        """'"Russia attacked US," Zelensky said': inside a direct quote I and me are its speaker; we
        and us are the body the speaker speaks for — itself when a country, organisation or group
        speaks, the state when a person in a government or military office does, else no one named."""
        speaker = self._quote_speaker(pronoun)
        if speaker is None:
            return None
        if kind == "speaker":
            return speaker if speaker.kind == "person" else None
        if speaker.kind in ("country", "organisation") or speaker.kind == "group" and speaker.members:
            return speaker
        if speaker.kind == "group" and (words := speaker.name.lower().split()) and words[-1].endswith("s") \
                and words[-1].rstrip("s") not in self.rules.person_nouns:
            return speaker  # "'We will fight,' the militants said"; not "the woman", one person speaking
        return self.state_of(speaker) if speaker.kind == "person" else None

    def _quote_speaker(self, pronoun: Token) -> Actor | None:
        """The named speaker of the direct quote a he or she stands in ('"He is a strong leader,"
        Trump said'; also a quote running over several sentences): speakers call themselves I, so
        the pronoun is someone else.  The speaker is the named subject of a verb just outside the
        quote, in the sentence that opens or closes it."""
        doc = self.doc
        if self._quote_marks is None:  # quote marks and paragraph ends, found once per document
            self._quote_marks = token_indices(doc, "ORTH", QUOTE_MARKS.__contains__)
            self._paragraph_ends = token_indices(doc, "ORTH", lambda text: "\n" in text)
        marks, ends = self._quote_marks, self._paragraph_ends
        start = ends[bisect_left(ends, pronoun.i) - 1] + 1 if bisect_left(ends, pronoun.i) else 0  # quotes do not
        inside = marks[bisect_left(marks, start):bisect_left(marks, pronoun.i)]  # run over paragraphs
        if len(inside) % 2 == 0:
            return None
        opening = inside[-1]
        after_mark = marks[bisect_left(marks, pronoun.i)] if bisect_left(marks, pronoun.i) < len(marks) else len(doc)
        after_end = ends[bisect_left(ends, pronoun.i)] if bisect_left(ends, pronoun.i) < len(ends) else len(doc)
        closing = min(after_mark, after_end)
        before = doc[self.sentences[opening][0]:opening]
        after = doc[closing + 1:self.sentences[closing][1]] if closing < len(doc) else doc[0:0]
        for token in (*after, *before):
            if token.dep_ == "nsubj" and token.head.pos_ == "VERB" and (actor := self.actor_at.get(token.i)) is not None:
                return actor
        return None

    def _actor(self, slot: Slot, pronoun: Token | None = None) -> Actor | None:
        if pronoun is not None and slot.span[0] <= pronoun.i < slot.span[1]:
            return slot.own  # "gay Republicans and their allies": the conjunct, not the whole coordination
        if slot.members:
            slot.actor = slot.actor or self.group_of(list(slot.members))
        return slot.actor

    def _resumes_free_relative(self, pronoun: Token) -> bool:
        """"Whoever stayed on the bus, they shot them", "Anyone who protests, they arrest him": a phrase
        for whoever a clause describes, put before the pronoun's clause, is taken up by the clause's
        object pronoun (else its subject pronoun) — people of that description, no older mention."""
        clause = pronoun.head
        if pronoun.dep_ not in (*SUBJECT_DEPS, *OBJECT_DEPS):
            return False
        fronted = [c for c in clause.children if c.i < pronoun.i and c.dep_ not in SUBJECT_DEPS
                   and self._free_relative(c.left_edge)]
        if not fronted:
            return False
        objects = [c for c in clause.children if c.dep_ in OBJECT_DEPS and self.rules.forms.get(c.lower_, ("thing",))[0] != "thing"]
        return pronoun.i == (objects[0].i if objects else pronoun.i if pronoun.dep_ in SUBJECT_DEPS else -1)

    def _free_relative(self, token: Token) -> bool:
        """"whoever ...", or "anyone/those who ..." (a relative clause of its own)."""
        if token.lower_ not in self.rules.free_relatives:
            return False
        return token.tag_ == "WP" or any(c.dep_ == "relcl" for c in token.children)

    def _unambiguous(self, found: Slot, sentence: int) -> bool:
        """Whether a subject or possessive he/she's resolution is sure enough to teach the person's gender: a
        subject that is the only person so far in the sentence ("Sanders said she ..." may well mean someone
        else)."""
        persons = {s.actor.id for s in self.slots if s.sentence == sentence and s.kind == "person" and s.actor}
        return found.subject and len(persons) == 1

    def _fronted_subject(self, pronoun: Token) -> Slot | None:
        """"In his testimony, Mehdiyev said ...", "After denying it would, Thailand ...": a pronoun in
        an adverbial put before the main clause names that clause's subject."""
        root = pronoun
        while root.head.i != root.i:
            root = root.head
        subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS and c.i > pronoun.i), None)
        if subject is None or pronoun.i == root.i:
            return None
        top = pronoun
        while top.head.i != root.i:
            top = top.head
        if top.dep_ not in ("prep", "advcl", "npadvmod", "advmod") or top.right_edge.i >= subject.left_edge.i:
            return None
        return self._noun_slot(subject, self.actor_at)

    def _relative_speaker(self, pronoun: Token) -> Slot | None:
        """"Heidi Heitkamp, WHO said SHE would support him": the subject of what a relative clause's
        "who" says is the person the clause describes, not an earlier subject."""
        said = pronoun.head.head if pronoun.head.dep_ == "ccomp" else pronoun.head
        if said.dep_ != "relcl" or not any(c.dep_ in SUBJECT_DEPS and c.tag_ == "WP" for c in said.children):
            return None
        return self._noun_slot(said.head, self.actor_at)

    def _other_person(self, sentence: int, bound: set[int], agrees: Callable[[Slot], bool]) -> Actor | None:
        """"Swift's albums were bought by Braun. She accused him": an object he/him names the one
        person of the latest earlier sentence with persons who is not its own clause's subject."""
        taken = {s.actor.id for s in self.slots if s.token in bound and s.actor is not None}
        earlier = [s for s in self.slots if s.sentence < sentence and s.kind == "person"]
        if not earlier:
            return None
        last = [s for s in earlier if s.sentence == earlier[-1].sentence and agrees(s)]
        others = {s.actor.id: s.actor for s in last if s.actor is not None and s.actor.id not in taken}
        return next(iter(others.values())) if len(others) == 1 and taken else None

    def _only_person(self, found: Slot, sentence: int) -> bool:
        """Whether a subject or possessive he/she taken from an earlier sentence is sure enough to teach the person's
        gender: the only person of that sentence, and none before the pronoun in its own ("Bolton
        said ... . He said ..." makes a later "she" someone else)."""
        persons = {s.actor.id for s in self.slots if s.sentence in (found.sentence, sentence) and s.kind == "person"
                   and s.actor is not None}
        return persons == {found.actor.id} if found.actor is not None else False

    @staticmethod
    def _actor_of(slot: Slot | None) -> Actor | None:
        return slot.actor if slot is not None else None

    def _earlier_person(self, sentence: int, agrees: Callable[[Slot], bool]) -> Slot | None:
        """The main-clause subject (else the latest subject) of the latest earlier sentence that has an
        agreeing person subject: "He" opening a sentence continues the previous sentence's topic; the
        possessor of a subject ("Swift's albums were ...") counts as a subject."""
        by_sentence: dict[int, list[Slot]] = {}
        for slot in self.slots:
            if slot.sentence < sentence and (slot.subject or self._owns_subject(slot)) and agrees(slot):
                by_sentence.setdefault(slot.sentence, []).append(slot)
        if not by_sentence:
            return None
        group = by_sentence[max(by_sentence)]
        group = [s for s in group if s.subject] or group
        main = next((s for s in group if s.main), None)
        return main or group[-1]

    def _owns_subject(self, slot: Slot) -> bool:
        """A named person owning a subject ("Mr. Trump's theatrical embrace is ..."); a one-word name
        the tagger called a person ("Universal's music division") is too often a company."""
        token = self.doc[slot.token]
        return (slot.kind == "person" and slot.named and slot.actor is not None and " " in slot.actor.name
                and token.dep_ == "poss" and token.head.dep_ in SUBJECT_DEPS)

    def _asked(self, pronoun: Token, kind: str, gender: str) -> Slot | None:
        """"asked X if/whether he ...": the pronoun is the one asked, X."""
        clause = pronoun.head
        if clause.dep_ not in ("ccomp", "advcl") or kind == "thing":
            return None
        if not any(c.dep_ == "mark" and c.lower_ in self.rules.question_marks for c in clause.children):
            return None
        asked = [c.i for c in clause.head.children if c.dep_ in OBJECT_DEPS]
        for slot in reversed(self.slots):
            if slot.token in asked and slot.kind == kind and (kind != "person" or self._gender_fits(slot.actor, gender)):
                return slot
        return None

    def _directive(self, pronoun: Token) -> Token | None:
        """The directive verb whose asked-for act the subject pronoun performs ("demanded they stop",
        "urged that he resign"): an active complement in the subjunctive (a base form, or "should"),
        so "insisted it had" (a report) and "demanded it be included" (a passive) are none."""
        clause = pronoun.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in self.rules.directive_verbs:
            return None
        if clause.tag_ not in ("VB", "VBP") or any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children):
            return None
        modals = [c for c in clause.children if c.dep_ == "aux"]
        if any(c.lower_ not in self.rules.directive_modals for c in modals):
            return None
        return clause.head

    def _reporter(self, pronoun: Token, kind: str) -> Slot | None:
        """"Russia said it would ...", "a spokesperson for the ministry told VOA it had ...": the subject
        of a reported clause is the reporter, or the body the reporting person speaks for.  Only the first
        clause reported: a second one ("said it had paid the traders for assets they lost") is a misparsed
        relative clause of what the report is about."""
        clause = pronoun.head
        if clause.dep_ != "ccomp" or "Acc" in pronoun.morph.get("Case"):  # "wants them returned": not a report
            return None
        if any(c.dep_ == "ccomp" and c.i < clause.i for c in clause.head.children):
            return None
        reporter = next((c for c in clause.head.children if c.dep_ in SUBJECT_DEPS), None)
        if reporter is None:
            return None
        slots = {slot.token: slot for slot in self.slots if slot.named and slot.actor is not None}
        heads = [reporter]
        if reporter.i in slots and slots[reporter.i].kind == "person":  # the body a spokesperson speaks for
            heads += [g for c in reporter.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        for head in heads:
            slot = slots.get(head.i)
            if slot is not None and _media(slot.actor):
                return None  # "Newspapers said IT killed two women": the news outlet reports, it does not act
            if slot is not None and (slot.kind == kind or (kind == "plural" and slot.collective)):
                return slot
        return None

    def _media_reporter(self, pronoun: Token) -> int | None:
        """The token of a news outlet that reports the pronoun's clause ("the daily said HE visits")."""
        node = pronoun
        while node.dep_ not in ("ccomp", "parataxis") and node.head.i != node.i:
            node = node.head
        if node.head.i == node.i:
            return None
        reporter = next((c for c in node.head.children if c.dep_ in SUBJECT_DEPS), None)
        actor = self.actor_at.get(reporter.i) if reporter is not None else None
        return reporter.i if actor is not None and _media(actor) else None

    def _clause_subjects(self, token: Token) -> set[int]:
        """Subjects of the clause an object pronoun belongs to, or of the clause that controls it
        when it has none of its own (participles, infinitives, coordinated verbs)."""
        if token.dep_ == "pobj" and token.head.head.pos_ in NOUNS:
            return set()  # "X denies the charges against him": inside a noun phrase, X may be meant
        verb = token.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        for _ in range(4):
            subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
            if subjects:
                return {t.i for s in subjects for t in (s, *s.conjuncts)}
            if verb.dep_ not in ("xcomp", "advcl", "conj", "acl", "pcomp") or verb.head.i == verb.i:
                break
            infinitive = verb.dep_ == "xcomp"
            verb = verb.head
            if verb.pos_ == "ADP":  # "since arresting them": through the preposition to its verb
                verb = verb.head
            controlled = infinitive and verb.lemma_.lower() in self.rules.object_control_verbs
            objects = [c for c in verb.children if c.dep_ == "dobj"] if controlled else []
            if objects:  # "X invited HIM to visit her": the object is the infinitive's subject, X may be "her"
                return {t.i for o in objects for t in (o, *o.conjuncts)}
        return set()

    def _within_window(self, slot: Slot, sentence: int) -> bool:
        if slot.sentence >= sentence:
            return False
        back, start = 0, sentence
        while start > 0 and back < self.rules.window:
            start = self.sentences[start - 1][0]
            back += 1
        return slot.sentence >= start

    def _expletive(self, pronoun: Token) -> bool:
        """"It is clear that ...", "it was evident ...": an "it" that stands for no phrase."""
        if pronoun.dep_ == "expl":
            return True
        head = pronoun.head
        if pronoun.dep_ not in SUBJECT_DEPS or head.lemma_ != "be":
            return False
        clausal = ("ccomp", "xcomp", "csubj", "advcl", "acl")
        return any(c.dep_ in clausal or any(g.dep_ in clausal for g in c.children)
                   for c in head.children if c.i > pronoun.i)

    def _gender_fits(self, actor: Actor | None, gender: str) -> bool:
        return not gender or actor is None or self.gender.get(actor.id, gender) == gender

    def _note_honorific(self, cand: Candidate, actor: Actor) -> None:
        if actor.kind != "person":
            return
        first = max(cand.start - 1, 0)
        for token in self.doc[first:max(cand.name_start, cand.start + 1)]:
            gender = self.rules.honorifics.get(token.lower_.rstrip("."))
            if gender:
                self.gender.setdefault(actor.id, gender)

    def _note_first_name(self, actor: Actor) -> None:
        """A person's given name that belongs to one gender ("Barack Obama", "Angela Merkel") tells
        which of he and she can stand for them, unless an honorific already said."""
        if actor.kind == "person" and " " in actor.name:
            gender = self.rules.first_names.get(actor.name.split()[0].lower())
            if gender:
                self.gender.setdefault(actor.id, gender)

    def _note_gendered_noun(self, actor: Actor) -> None:
        """A name or role whose head word states a gender ("a White House SPOKESWOMAN", "the queen")
        is no "he" or "she" of the other gender."""
        gender = self.rules.gendered_nouns.get(actor.name.split()[-1].lower()) if actor.name else None
        if gender:
            self.gender.setdefault(actor.id, gender)

    # -- slots -----------------------------------------------------------------------------------
    def _role_token(self, token: Token) -> Token:
        """"four of them": the phrase's role is the outer head's."""
        while token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.lower_ in self.rules.inner_preps \
                and token.head.head.pos_ in (*NOUNS, "NUM", "PRON") and token.head.head.i != token.head.i \
                and not self._body_part(token.head.head):
            token = token.head.head
        return token

    def _noun_slot(self, token: Token, actor_at: dict[int, Actor]) -> Slot | None:
        if (token.pos_ == "NUM" and token.ent_type_ in ("", "CARDINAL")  # "these three", "40 of them"
                or token.pos_ in ("PRON", "DET") and token.lower_ in self.rules.quantifiers) \
                and token.dep_ in (*SUBJECT_DEPS, *OBJECT_DEPS, "pobj"):  # or "some had": a plural phrase
            return Slot(token.i, self.sentences[token.i][0], "plural", None, token.dep_ in SUBJECT_DEPS,
                        token.dep_ in SUBJECT_DEPS and token.head.dep_ == "ROOT")
        if token.pos_ not in NOUNS or token.ent_type_ in NUMERIC_ENTS or self._body_part(token):
            return None
        if token.dep_ in ("compound", "amod", "appos", "nmod", "npadvmod", "attr", "oprd", "acomp") or \
                (token.dep_ == "conj" and token.head.pos_ in NOUNS) or \
                (token.dep_ == "pobj" and token.head.lower_ in self.rules.role_preps):
            return None
        # "the Taliban jettison" misparsed as a compound: the name in front says who the phrase is
        actor = actor_at.get(token.i) or next((actor_at[c.i] for c in reversed(list(token.lefts)) if c.dep_ == "compound"
                                               and c.i in actor_at and actor_at[c.i].kind == "group"), None)
        person = actor is not None and actor.kind == "person"
        role = self._role_token(token)
        if role.i != token.i and role.pos_ in NOUNS and not person:
            return None  # "heads of companies": the outer phrase is the antecedent
        if person:
            role = token  # "the son of Lai": Lai is no subject
        conjuncts = [c for c in token.conjuncts if c.pos_ in NOUNS and c.i > token.i]
        members: tuple[Actor, ...] = ()
        own, span = actor, (0, 0)
        if conjuncts:
            span = (token.i, conjuncts[-1].right_edge.i + 1)  # "Pakistan and China": the group of the named conjuncts
            found = [actor_at.get(t.i) for t in (token, *conjuncts)]
            # "Priebus and his allies": a possessed plural noun with no actor of its own goes with the named ones
            partial = any(found) and all(a is not None or (t.tag_ == "NNS" and any(c.dep_ == "poss" for c in t.children))
                                         for a, t in zip(found, (token, *conjuncts)))
            members = tuple({a.id: a for a in found if a}.values()) if partial else ()
            actor = None if len(members) > 1 else (members[0] if members else None)
            members = members if len(members) > 1 else ()
        counted = any(c.dep_ == "nummod" and c.lower_ not in ("1", "one") for c in token.children)  # "48 Uyghurs"
        # a person's name the tagger took for a plural ("Sessions", "Mathews") is one person ("the Clintons" are not)
        plural = token.tag_ in ("NNS", "NNPS") and not _surname_read_as_plural(token, person) or counted or bool(conjuncts) or bool(actor and actor.members) \
            or token.lemma_.lower() in self.rules.collective_nouns  # "drawing boos from the crowd ... urged them"
        if not person and not plural and token.pos_ == "NOUN":
            names = [c for c in token.children if c.dep_ == "appos" and c.i in actor_at and actor_at[c.i].kind == "person"]
            if token.lemma_.lower() in self.rules.person_nouns:
                # "the New York resident ... he": a person, though no person actor to name ("his lawyer, Michael Perkins")
                person, actor = True, actor_at[names[0].i] if names else None
            elif token.dep_ in SUBJECT_DEPS and (named := next(
                    (n for n in names if n.pos_ == "PROPN" and self._set_beside(token, n)), None)) is not None:
                # a subject set beside a person's name is that person ("the object of Trump's admiration,
                # Vladimir Putin, has used his invasions"), which an appositive name is not
                person, actor = True, actor_at[named.i]
        elif not person and not plural and actor is None and token.dep_ in SUBJECT_DEPS and (described := next(
                (c for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN" and (
                    c.lemma_.lower() in self.rules.person_nouns or c.i in actor_at and actor_at[c.i].kind == "person")),
                None)) is not None:
            # a name nobody tagged, described as a person ("Nop Vy, the association's executive DIRECTOR,
            # told VOA"): a person, the described one if an actor
            person, actor = True, actor_at.get(described.i)
        kind = "plural" if plural else ("person" if person else "thing")
        return Slot(role.i, self.sentences[token.i][0], kind, actor, role.dep_ in SUBJECT_DEPS,
                    role.dep_ in SUBJECT_DEPS and role.head.dep_ == "ROOT",
                    collective=kind == "thing" and actor is not None and actor.kind in COLLECTIVE_KINDS,
                    members=members, span=span, own=own, own_kind=_own_kind(token, own))

    def _set_beside(self, head: Token, name: Token) -> bool:
        """The name follows the noun at once or after a comma closing its short phrase ("the object of
        Trump's admiration, Vladimir Putin"), and describes no nearer noun for a person the parser
        passed over ("a study by a sociologist, Mikhail Dmitriyev, concluded")."""
        start = name.left_edge.i
        near = start == head.i + 1 or self.doc[start - 1].text == "," and start - head.i <= _APPOSITION_REACH
        return near and not any(t.pos_ == "NOUN" and t.lemma_.lower() in self.rules.person_nouns
                                for t in self.doc[head.i + 1:start])

    def _body_part(self, token: Token) -> bool:
        """"tied their hands and shot them", "the hands of the hostages": a possessed body part is no
        antecedent (them are the people, not the hands), and leaves its owner one of its own."""
        return token.pos_ == "NOUN" and token.lemma_.lower() in self.rules.body_parts and \
            any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in token.children)

    def _add_pronoun_slot(self, token: Token, kind: str, gender: str, actor: Actor | None) -> None:
        if kind == "thing" and actor is None and self._expletive(token) or kind in SPEAKER_KINDS:
            return  # a quote's I and we are no antecedent of a later he or they
        role = self._role_token(token)
        self.slots.append(Slot(role.i, self.sentences[token.i][0], kind, actor, role.dep_ in SUBJECT_DEPS,
                               role.dep_ in SUBJECT_DEPS and role.head.dep_ == "ROOT",
                               collective=kind == "thing" and actor is not None and actor.kind in COLLECTIVE_KINDS,
                               named=False, gender=gender))


def _own_kind(token: Token, actor: Actor | None) -> str:
    person = actor is not None and actor.kind == "person"
    if token.tag_ in ("NNS", "NNPS") and not _surname_read_as_plural(token, person):
        return "plural"
    return "person" if person else "thing"


def _surname_read_as_plural(token: Token, person: bool) -> bool:
    """"Sessions said he ...": a bare capitalised name of a person that the tagger took for a plural
    noun; a family named with an article ("the Clintons") is a plural."""
    return person and token.text[:1].isupper() and not any(c.dep_ == "det" for c in token.children)


def _media(actor: Actor | None) -> bool:
    return actor is not None and ((actor.sector or "") == "MED" or (actor.code or "").endswith("MED"))


def _latest(slots: list[Slot], subjects_first: bool, only_subjects: bool = False) -> Slot | None:
    if subjects_first:
        subjects = [s for s in slots if s.subject]
        if subjects or only_subjects:
            return subjects[-1] if subjects else None
    return slots[-1] if slots else None
