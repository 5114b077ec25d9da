"""Modality of a coded event from the grammar around its trigger: negated, future, hypothetical.

Historical and reported come from outside the parse (the sentence date and the quotes), see
:mod:`dateline.events.stage`.  The cue words are data (``dateline/data/events/modality.json``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from dateline.events.wordlists import word_list


@dataclass(frozen=True)
class Cues:
    negation: frozenset[str]
    negating_governors: frozenset[str]
    future_aux: frozenset[str]
    future_governors: frozenset[str]
    future_modifiers: frozenset[str]
    hypothetical_aux: frozenset[str]
    hypothetical_governors: frozenset[str]
    conditional_marks: frozenset[str]
    side_clause_marks: frozenset[str]
    intent_adjectives: frozenset[str]
    alternative_adverbs: frozenset[str]
    preventing_verbs: frozenset[str]
    deadline_preps: frozenset[str]
    deadline_units: frozenset[str]
    evidence_nouns: frozenset[str]
    negative_pronouns: frozenset[str]
    calling_off_nouns: frozenset[str]
    pending_adverbs: frozenset[str]


@lru_cache(maxsize=1)
def cues() -> Cues:
    raw = json.loads(resources.files("dateline.data.events").joinpath("modality.json").read_text(encoding="utf-8"))
    return Cues(**{k: frozenset(v) for k, v in raw.items() if not k.startswith("_")})


@dataclass
class Grammar:
    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    cues: tuple[str, ...] = ()


def _chain(trigger: Token, depth: int = 4) -> list[Token]:
    """The trigger and the verbs/nouns governing it through complement links."""
    chain, node = [trigger], trigger
    for _ in range(depth):
        if node.dep_ not in ("xcomp", "ccomp", "acl", "pcomp", "dobj", "nsubj", "nsubjpass", "pobj", "prep", "conj",
                             "advcl", "relcl", "attr", "acomp") or node.head.i == node.i:
            break
        node = node.head
        chain.append(node)
    return chain


def grammar_of(trigger: Token, words: Sequence[Token] = ()) -> Grammar:
    """``words``: the pattern's matched words; a negated verb among them below the trigger negates
    the act ("declared he could NOT SUPPORT him" states no support)."""
    c = cues()
    g = Grammar()
    found: list[str] = []
    chain = _chain(trigger)
    # negation reaches the trigger only through verb complements ("did not agree to MEET"), not from a
    # verb whose object it is ("never condemned the INVASION" does not deny the invasion), unless that verb
    # only carries the noun's act ("never HAD MEETINGS with"), and through the adjective that governs one
    # ("was NOT ABLE to provide")
    negation_reach = next((n for n, node in enumerate(chain[:-1]) if node.dep_ not in ("xcomp", "ccomp")
                           and not (node.dep_ == "acomp" and node.pos_ == "ADJ" and chain[n - 1].dep_ == "xcomp")
                           and not (n == 0 and node.dep_ == "dobj" and node.head.lemma_.lower() in word_list("light_verbs.txt"))),
                          len(chain) - 1)
    # an adverbial side clause has its own tense and mood: "X will keep up pressure, AS Y REJECTED the
    # offer" does not make the rejection future; nor does a relative clause take the mood of the noun it
    # describes ("a ceasefire PLAN, which Ukraine REJECTED"), nor a clause coordinated with a subject
    # of its own ("Israel OFFERED a truce, but Hamas REFUSED": the refusal is no offer)
    mood_reach = next((n for n, node in enumerate(chain[:-1]) if node.dep_ == "relcl" or node.dep_ == "advcl"
                       and any(ch.dep_ == "mark" and ch.lower_ in c.side_clause_marks for ch in node.children)
                       or node.dep_ == "conj" and any(ch.dep_ in ("nsubj", "nsubjpass") for ch in node.children)),
                      len(chain) - 1)
    for level, node in enumerate(chain):
        mood = level <= mood_reach
        for child in node.children:
            word = child.lower_
            negation = (child.dep_ == "neg" or (child.dep_ == "det" and word in c.negation)
                        or (word == "longer" and any(g.lower_ == "no" for g in child.children)))
            if negation and level <= negation_reach:
                g.negated = True
                found.append(word)
            if child.dep_ in ("aux", "auxpass") and mood:
                if word in c.future_aux:
                    g.future = True
                    found.append(word)
                elif word in c.hypothetical_aux:
                    g.hypothetical = True
                    found.append(word)
            if mood and child.dep_ in ("amod", "advmod") and word in c.future_modifiers and node.pos_ in ("NOUN", "PROPN"):
                g.future = True
                found.append(word)
            if mood and child.dep_ == "mark" and word in c.conditional_marks:
                g.hypothetical = True
                found.append(word)
        if level == 0:
            if _set_aside(node, c):  # "INSTEAD OF condemning Russia", "negotiate RATHER THAN attack"
                g.negated = True
                found.append("instead")
            if _prevented(node, c):  # "sanctions PREVENT aid groups FROM negotiating"
                g.negated = True
                found.append(node.head.head.lemma_.lower())
            if _called_off(node, c):  # "the CANCELLATION of a planned visit"
                g.negated = True
                found.append(node.head.head.lemma_.lower())
            if _deadline(node, c):  # "they have UNTIL March 3 to appeal"
                g.hypothetical = True
                found.append("until")
            # "NO agreement was signed", "signed NO deal", "NONE of his rivals attacked him": a negated
            # argument negates the event
            for arg in (ch for ch in node.children if ch.dep_ in ("nsubjpass", "dobj", "nsubj")):
                if arg.lower_ in c.negative_pronouns or any(d.dep_ == "det" and d.lower_ in ("no", "neither")
                                                            for d in arg.children):
                    g.negated = True
                    found.append(arg.lower_ if arg.lower_ in c.negative_pronouns else "no")
            continue
        lemma = node.lemma_.lower()
        if _no_evidence(node, chain[level - 1], c) and level - 1 <= negation_reach:  # "NO EVIDENCE that X attacked"
            g.negated = True
            found.append("no")
        if lemma in c.negating_governors and level <= negation_reach:  # "REFUSED to meet", not "denied X and met"
            g.negated = True
            found.append(lemma)
        if lemma in ("have", "be") and chain[level - 1].dep_ == "xcomp" and level <= negation_reach and any(
                ch.dep_ == "advmod" and ch.lower_ in c.pending_adverbs for ch in node.children):
            g.negated = True  # "the White House HAS YET TO provide any evidence": not done so far
            found.append("yet")
        if mood and lemma in c.future_governors:
            g.future = True
            found.append(lemma)
        intent = node.pos_ == "ADJ" and lemma in c.intent_adjectives  # "OPEN to talks"
        if mood and (lemma in c.hypothetical_governors and not called_to_say(chain[level - 1]) or intent):
            g.hypothetical = True
            found.append(lemma)
    for word in words:
        negation = next((ch for ch in word.children if ch.dep_ == "neg"), None)
        if negation is not None and word.i != trigger.i and word.pos_ == "VERB" and trigger.is_ancestor(word):
            g.negated = True
            found.append(negation.lower_)
    g.cues = tuple(dict.fromkeys(found))
    return g


def called_to_say(clause: Token) -> bool:
    """"called Erdogan TO OFFER condolences", "called her on Friday TO EXPRESS gratitude": the purpose of
    a telephone call (``call_purposes.txt``), which the caller carries out on it; no demand ("called ON
    X to", "called FOR") and no naming ("called it a disgrace")."""
    call = clause.head
    return (clause.dep_ in ("xcomp", "advcl") and call.lemma_.lower() == "call" and clause.i > call.i
            and clause.lemma_.lower() in word_list("call_purposes.txt")
            and any(c.dep_ in ("dobj", "obj") for c in call.children)
            and not any(c.dep_ == "prep" and c.lower_ in ("on", "upon", "for") and c.i < clause.i
                        and not any(p.ent_type_ in ("DATE", "TIME") for p in c.children) for c in call.children))


def _no_evidence(noun: Token, clause: Token, c: Cues) -> bool:
    """"There is NO EVIDENCE that Russia attacked", "showed NO SIGN that he was planning to apologize":
    a negated noun of evidence (``evidence_nouns``) whose content clause states the act denies it."""
    return clause.dep_ in ("acl", "ccomp") and noun.pos_ == "NOUN" and noun.lower_ in c.evidence_nouns \
        and any(ch.dep_ == "det" and ch.lower_ in c.negation for ch in noun.children)


def _called_off(trigger: Token, c: Cues) -> bool:
    """"the CANCELLATION OF a planned visit", "the POSTPONEMENT OF talks": the act called off did not
    take place (``calling_off_nouns``)."""
    return (trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.i != trigger.head.i
            and trigger.head.head.lemma_.lower() in c.calling_off_nouns)


def _set_aside(trigger: Token, c: Cues) -> bool:
    """"INSTEAD OF condemning", "RATHER THAN sanctioning", "negotiate rather than ATTACK": the act is
    the alternative not taken."""
    if trigger.dep_ == "pcomp":
        return any(ch.dep_ == "advmod" and ch.lower_ in c.alternative_adverbs for ch in trigger.head.children)
    if trigger.dep_ == "conj":
        return any(ch.dep_ == "cc" and ch.i < trigger.i and any(a.dep_ == "advmod" and a.lower_ in c.alternative_adverbs
                                                                for a in ch.children) for ch in trigger.head.children)
    return False


def _prevented(trigger: Token, c: Cues) -> bool:
    """"PREVENT aid groups FROM negotiating", "were BARRED FROM entering": the act is kept from
    happening."""
    return trigger.dep_ == "pcomp" and trigger.head.lower_ == "from" and trigger.head.head.lemma_.lower() in c.preventing_verbs


def _deadline(trigger: Token, c: Cues) -> bool:
    """"have UNTIL Feb. 4 to appeal", "have 30 DAYS to appeal": an infinitive of "have" and a time
    limit states the time one still has for the act, not the act."""
    if not any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in trigger.children):
        return False
    head = trigger.head
    if trigger.dep_ == "relcl" and head.dep_ == "dobj" and head.lemma_.lower() in c.deadline_units:
        return head.head.lemma_.lower() == "have"
    return trigger.dep_ in ("advcl", "xcomp") and head.lemma_.lower() == "have" and any(
        ch.dep_ == "prep" and ch.lower_ in c.deadline_preps for ch in head.children)
