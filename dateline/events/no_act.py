"""Words that state no act in their sentence: a question ("asked WHETHER"), an opinion ("agrees WITH
Dean"), released figures, a bond's yield, a kind of people ("bloggers WHO PRAISE China"), market talk
("the dollar was SUPPORTED"), a visit to a hospital.

The lexicon matches a trigger by its lemma and a few context words; what its complement is decides
whether the sentence reports an act.  The complements are data (``senses.json``: ``complements``,
``question_verbs``, ``market_words``, ``facilities``); this module reads the parse against them.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from dateline.events.arguments import counted_noun, misread_summary_plural, relatives
from dateline.events.senses import SenseRules, sense_rules
from dateline.model import Actor

#: Prepositions that name where a tour goes ("toured IN Asia", "a tour OF the region").
_PLACE_PREPS = {"to", "in", "of", "through", "across", "around"}
#: Prepositions placing a question put to someone in a scene ("when asked AT a news conference").
_SCENE_PREPS = {"at", "in", "on", "during", "after"}
#: Entity types of a number object ("yield 7.12 PERCENT").
_QUANTITIES = {"PERCENT", "MONEY", "QUANTITY", "CARDINAL"}


class NoActCheck:
    """Per article: whether a trigger states no act, and whether a visit has no host."""

    def __init__(self, actor: Callable[[str | None], Actor | None], rules: SenseRules | None = None):
        self.rules = rules or sense_rules()
        self.actor = actor  # actor id → Actor | None

    def facility(self, actor_id: str | None) -> bool:
        """Whether an actor is a place one visits, not a party that hosts ("Walter Reed hospital")."""
        actor = self.actor(actor_id)
        words = (actor.name.lower().replace("’s", " ").split() if actor is not None else [])
        return bool(words) and actor.kind != "country" and words[-1] in self.rules.facilities

    def visits_a_place(self, trigger: Token) -> bool:
        """"visited the U.S.-Mexico BORDER", "a visit to the city's PRISON": the visit's object is a facility."""
        for child in trigger.children:
            heads = [child] if child.dep_ == "dobj" else [g for g in child.children if g.dep_ == "pobj"] \
                if child.dep_ == "prep" and child.lower_ in ("to", "of") else []
            if any(h.lemma_.lower() in self.rules.facilities for h in heads):
                return True
        return False

    def states_no_act(self, trigger: Token) -> bool:
        """"asked WHETHER", "agreed THAT it was", "recognize THAT", "yield 7 PERCENT", "released its
        FIGURES", "declined to COMMENT": the complement shows the word is used for no act."""
        if self._asked_about(trigger):
            return True
        if misread_summary_plural(trigger):
            return True  # ", CHARGES the commission denied": a summing-up noun the parser took for a verb
        if _generic_class(trigger):
            return True  # "foreign bloggers who praise China gain followers": a kind of people, no act
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in self.rules.market_words for c in trigger.children):
            return True  # "the dollar was supported by data", "the Nifty has been rallying"
        if _as_description(trigger, self.rules.describing_verbs):
            return True  # "refused to accept East Jerusalem AS OCCUPIED": what something is taken to be
        if _poll_share(trigger):
            return True  # "52 percent of voters support the deal", "Johnson is supported by 13 percent"
        if any(c.dep_ == "dobj" and c.lower_ in self.rules.question_objects for c in trigger.children) \
                and _clause_of(trigger).dep_ != "relcl":  # (not "the man WHOM they wanted to arrest")
            return True  # "have not decided WHOM they will support": an open question
        if any(c.dep_ == "dobj" and self._support_of_abstraction(c, trigger) for c in trigger.children):
            return True  # "expressed SUPPORT for the measure": what the light verb expresses
        sense = self.rules.complements.get(trigger.lemma_.lower())
        if sense is None:
            return False
        if trigger.pos_ == "NOUN" and self._support_of_abstraction(trigger):
            return True  # "her support for the measure"
        if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in sense.get("governors", ()):
            return True  # "Sweden has DROPPED its investigation"
        if "noun_needs" in sense and trigger.pos_ == "NOUN" and not _request_complement(trigger, sense["noun_needs"]):
            return True  # "Trump's appeal", "Burma's bipartisan appeal": attraction, no request
        if _describes_its_object(trigger) and trigger.head.lemma_.lower() in sense.get("objects", ()):
            return True  # "the video, SHOT by a worker", "the questions she was ASKED"
        if _fronted_participle(trigger) and any(c.dep_ == "nsubj" and c.lemma_.lower() in sense.get("objects", ())
                                                for c in trigger.head.children):
            return True  # "SANCTIONED by President Truman ..., the PLAN had at its heart ..."
        if any(c.dep_ == "nsubj" and c.lemma_.lower() in sense.get("subjects", ()) for c in trigger.children):
            return True  # "Chang's WORKS won't appeal to everyone": a thing attracts, it asks nothing
        deps = {c.dep_ for c in trigger.children}
        if sense.get("bare") and not deps & _COMPLEMENT_DEPS and _one_person(_subject(trigger)):
            return True  # "Bystrom AGREED.", "Trump seemed to AGREE": assent to a view ("if the Kremlin agrees": to a plan)
        if sense.get("bare_passive") and "auxpass" in deps and not deps & _COMPLEMENT_DEPS - {"prep"} and not any(
                c.dep_ == "prep" and c.lower_ == "for" for c in trigger.children):
            return True  # "Mr. Sanders WAS ASKED."
        if sense.get("question_mark") and (any(t.text == "?" for c in trigger.children if c.dep_ != "punct"
                                               for t in c.subtree) or _after_question(trigger) and not deps & (_COMPLEMENT_DEPS - {"dobj"})):
            return True  # "'But why?' she ASKED him" (the parser may end the question's sentence at "?")
        if sense.get("passive_with") and "auxpass" in deps and any(c.dep_ == "prep" and c.lower_ == "with" for c in trigger.children):
            return True  # "a plea for reform was met with brutality"
        if sense.get("asked_by") and trigger.tag_ == "VBN" and trigger.dep_ in ("advcl", "ROOT") and "agent" in deps \
                and not deps & {"dobj", "xcomp", "auxpass"}:
            return True  # "Asked by VOA about the attack, he said ..."
        if sense.get("needs_object") and not deps & {"dobj", "nsubjpass"} and not any(
                c.dep_ == "prep" and c.lower_ in _PLACE_PREPS for c in trigger.children) \
                and not (trigger.dep_ == "acl" and trigger.tag_ == "VBN"):  # ("families EVACUATED from Aleppo")
            return True  # "the band will tour together", "15 residents evacuated"
        if sense.get("as_clause") and any(c.lower_ == "as" and c.dep_ in ("mark", "advmod") for c in trigger.children):
            return True  # "as demonstrated by his abrupt departure"
        if sense.get("adjective") and trigger.tag_ == "VBG" and not deps & {"dobj", "xcomp", "ccomp", "dative", "prep"} \
                and any(c.dep_ == "aux" and c.lemma_ == "be" for c in trigger.children):
            return True  # "Why Evidence Action Beta is promising"
        if sense.get("bare_when") and any(c.lower_ == "when" for c in trigger.children) and not any(
                c.dep_ in ("dobj", "xcomp", "ccomp", "nsubj") or c.dep_ == "prep" and c.lower_ not in _SCENE_PREPS
                for c in trigger.children):
            return True  # "When asked, he said ...", "When asked AT the conference"
        for child in trigger.children:
            mark = _clause_mark(child) if child.dep_ in ("ccomp", "xcomp", "advcl") else None
            if mark is not None and mark in sense.get("marks", ()) and (mark or child.dep_ == "ccomp") \
                    and not (sense.get("modal_keeps") and _has_modal(child)):  # a bare clause only as a complement
                return True
            thing = counted_noun(child) if child.dep_ in ("dobj", "nsubjpass") else None
            if thing is not None and _listed_object(thing, sense):
                return True  # "destroyed his CREDIBILITY", "back its CLAIMS" (not "backed OBAMA's policy")
            if child.dep_ in ("dobj", "nsubjpass") and any(
                    m.dep_ == "amod" and m.lower_ in sense.get("object_modifiers", ()) for m in child.children):
                return True  # "signed a CONSTITUTIONAL declaration"
            if sense.get("kin_objects") and _kin(child, sense.get("kin_words", ())):
                return True  # "visited his daughter", "met with his wife", "visited FAMILY members"
            if child.dep_ in ("dobj", "dative", "npadvmod") and sense.get("quantity_object") and child.ent_type_ in _QUANTITIES:
                return True
            if child.dep_ == "prep" and child.lower_ in sense.get("preps", ()):
                return True
            if child.dep_ == "prep" and child.lower_ in sense.get("object_preps", ()) and \
                    any(g.dep_ == "pobj" and _listed_object(g, sense) for g in child.children):
                return True  # "the shooting was captured ON camera, IN photos": recorded, nobody seized
            if child.dep_ == "prep" and child.lower_ == "for" and \
                    any(g.dep_ == "pobj" and g.lemma_.lower() in sense.get("for_objects", ()) for g in child.children):
                return True  # "asked for comment", "requests for an interview"
            if (child.dep_ == "prep" and child.lower_ == "with" or child.dep_ == "agent") and \
                    any(g.dep_ == "pobj" and g.lemma_.lower() in sense.get("with_objects", ()) for g in child.children):
                return True  # "the plan has met with resistance", "was greeted BY thunderous applause"
            if child.dep_ == "xcomp" and child.lemma_.lower() in sense.get("xcomps", ()):
                return True
            if sense.get("gerund") and child.dep_ in ("xcomp", "dobj", "ccomp") and child.tag_ == "VBG":
                return True  # "quit MAKING trouble": stopping a habit, no resignation
            if child.dep_ == "prt" and child.lower_ in sense.get("particles", ()):
                return True  # "give UP its nuclear weapons"
        return bool(sense.get("with_alone")) and _only_with(trigger, sense.get("with_kept", ()))

    def _support_of_abstraction(self, noun: Token, light: Token | None = None) -> bool:
        """A stance noun ("support") FOR or OF an abstraction nobody is named owning concerns no
        party, as the verb does ("support for the MEASURE"; not "support for Obama's policy"), as the
        trigger itself or as the object of a verb that expresses it ('as_noun': "expressed", "voiced";
        "criticized Trump's SUPPORT for liberal ideas" still criticises Trump)."""
        sense = self.rules.complements.get(noun.lemma_.lower())
        if sense is None or "as_noun" not in sense or noun.pos_ != "NOUN" or \
                light is not None and light.lemma_.lower() not in sense["as_noun"]:
            return False
        things = [counted_noun(g) for p in noun.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
                  for g in p.children if g.dep_ == "pobj"]
        return any(_listed_object(t, sense) for t in things)

    def _asked_about(self, trigger: Token) -> bool:
        """"asked Obama whether he would MEET Putin": the meeting is a question, not news."""
        node = trigger
        while node.dep_ in ("xcomp", "conj", "aux", "advcl") and node.head.i != node.i:
            node = node.head
        return node.dep_ == "ccomp" and node.head.lemma_.lower() in self.rules.question_verbs and \
            _clause_mark(node) in self.rules.complements["ask"]["marks"]


def _as_description(trigger: Token, describing_verbs: frozenset[str]) -> bool:
    """A bare participle after "as" that a verb of seeing or naming governs ("regards the West Bank
    AS OCCUPIED territory", "sees him as CAPTURED by a philosophy") says what something is taken to
    be; no act happens ("withdrew its troops as PROMISED" still tells of a promise)."""
    return trigger.tag_ == "VBN" and trigger.head.lemma_.lower() in describing_verbs \
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in trigger.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in trigger.children)


def _listed_object(thing: Token, sense: dict) -> bool:
    """The thing is one of the entry's objects, and no named party owns it where an owner keeps the act."""
    return thing.lemma_.lower() in sense.get("objects", ()) and not (sense.get("owner_keeps") and _named_owner(thing))


def _named_owner(noun: Token) -> bool:
    """"OBAMA's policy", "the policy of the GOVERNMENT", "EUROPEAN UNION efforts", "CHINESE policy":
    the thing belongs to a named party (a pronoun owner, "its claims", names nobody new)."""
    if any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children):
        return True
    if any(c.dep_ in ("compound", "nmod", "amod") and c.ent_type_ in _OWNER_ENTITIES for c in noun.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")
               for g in c.children) for c in noun.children)


#: Entity types of a modifier that names the owner of a thing ("EUROPEAN UNION efforts", "CHINESE policy").
_OWNER_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})

#: Dependents that complete a verb ("agreed TO the plan", "agreed ON a truce", "asked FOR help").
_COMPLEMENT_DEPS = {"dobj", "xcomp", "ccomp", "prep", "dative", "prt", "attr", "oprd"}


def _describes_its_object(trigger: Token) -> bool:
    """A participle or a relative clause with a subject of its own describes the noun it hangs from
    as its object: "the video SHOT by a worker", "the questions she was ASKED"."""
    if trigger.dep_ == "acl":  # (not a content clause: "the claim THAT Trump opposed the invasion")
        return not any(c.dep_ in ("nsubj", "nsubjpass") or c.dep_ == "mark" and c.lower_ == "that" for c in trigger.children)
    return trigger.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WP", "WDT")
                                           for c in trigger.children)


def _fronted_participle(trigger: Token) -> bool:
    """A past participle opening its sentence as an adverbial clause says something of the main
    clause's subject ("Sanctioned by Truman, the plan ...")."""
    return trigger.dep_ == "advcl" and trigger.tag_ == "VBN" and trigger.i < trigger.head.i and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children)


def _after_question(token: Token) -> bool:
    """Whether the token's sentence follows a question ending in "?" and its closing quote marks."""
    i = token.sent.start - 1
    while i >= 0 and token.doc[i].is_quote:
        i -= 1
    return i >= 0 and token.doc[i].text == "?"


def _clause_of(verb: Token) -> Token:
    """The verb heading the clause a verb belongs to through infinitives and coordination."""
    while verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb it is the infinitive of ("Trump seemed to AGREE")."""
    while True:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return subject
        verb = verb.head


def _one_person(subject: Token | None) -> bool:
    """Whether a subject names one person ("Bystrom", "she"), not a state, a body or several parties."""
    return subject is not None and (subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she")) and not any(
        c.dep_ == "conj" for c in subject.children)


def _generic_class(trigger: Token) -> bool:
    """A present-tense relative clause on a bare plural ("bloggers WHO PRAISE China", "party leaders who
    CAN SUPPORT the candidate of their choice") defines a kind of people; it reports no act."""
    verb = _clause_of(trigger)
    if verb.dep_ != "relcl":
        return False
    head = verb.head
    bare_plural = head.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in head.children)
    present = verb.tag_ in ("VBP", "VBZ") or any(c.dep_ == "aux" and c.lower_ in ("can", "may") for c in verb.children)
    return bare_plural and present and not any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("have", "has") for c in verb.children)


def _kin(child: Token, family_words=()) -> bool:
    """Whether a trigger's object or "with"/"to" phrase names a relative of someone ("his DAUGHTER"),
    or one's own family (``family_words``: "his FAMILY", "FAMILY members"; not "the families OF
    the victims", whom a politician visits in public)."""
    if child.dep_ in ("dobj", "nsubjpass"):
        heads = [child]
    elif child.dep_ == "prep" and child.lower_ in ("with", "to"):
        heads = [g for g in child.children if g.dep_ == "pobj"]
    elif child.dep_ == "ccomp":  # "visits his mother TO TELL her": the parser's clause subject
        heads = [g for g in child.children if g.dep_ == "nsubj"]
    else:
        return False
    return any(h.lemma_.lower() in relatives() or _own_family(h, family_words) for h in heads)


def _own_family(noun: Token, family_words) -> bool:
    named = noun.lemma_.lower() in family_words or any(
        m.dep_ == "compound" and m.lemma_.lower() in family_words for m in noun.children)
    return named and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _poll_share(trigger: Token) -> bool:
    """Whether the trigger's subject or agent is a share of people ("52 PERCENT of voters"): a poll
    result, not an act."""
    heads = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    heads += [g for c in trigger.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
              for g in c.children if g.dep_ == "pobj"]
    return any(h.ent_type_ == "PERCENT" for h in heads)


def _clause_mark(clause: Token) -> str:
    """The word that opens a complement clause: its marker ("that", "whether", "if") or wh-word."""
    first = clause.left_edge
    opener = first.dep_ == "mark" or first.tag_ in ("WDT", "WP", "WP$", "WRB") or first.lower_ in ("that", "whether", "if")
    return first.lower_ if first.i < clause.i and opener else ""  # "" for a bare clause ("conceded THE situation is ...")


def _only_with(trigger: Token, kept: tuple[str, ...] = ()) -> bool:
    """"agrees WITH Dean" and nothing else: no object, no "to"/"on" phrase, no complement clause, and
    nothing ``kept`` ("agree with the U.S. PROPOSAL") after the "with"."""
    if any(t.lemma_.lower() in kept for c in trigger.children if c.dep_ == "prep" for t in c.subtree):
        return False
    deps = [(c.dep_, c.lower_) for c in trigger.children if c.dep_ in ("prep", "dobj", "xcomp", "ccomp", "advcl")]
    inner = [t.lower_ for c in trigger.children if c.dep_ == "prep" for t in c.subtree if t.dep_ == "prep" and t.i != c.i]
    return bool(deps) and all(dep == "prep" and word == "with" for dep, word in deps) and \
        all(word == "of" for word in inner)  # not "agreed with the IAEA ON a roadmap"


def _has_modal(clause: Token) -> bool:
    """A modal that puts the clause's act ahead ("agreed that talks WOULD resume"); "should" and
    "must" give an opinion ("agreed that the rules SHOULD be modernized"), and a modal on a state
    guesses, it plans nothing ("agree that you MAY BE right")."""
    if clause.lemma_ == "be" and not any(c.dep_ == "expl" for c in clause.children):
        return False  # (but "agreed that THERE WOULD BE a ceasefire" puts one ahead)
    return any(c.dep_ == "aux" and (c.tag_ == "MD" and c.lower_ not in _NORMATIVE_MODALS or c.lower_ == "to")
               for c in clause.children)


#: Modals of an opinion about what ought to happen, not of a planned act.
_NORMATIVE_MODALS = ("should", "must", "ought")


def _request_complement(noun: Token, needs: dict) -> bool:
    """Whether an act noun says what is asked or of whom ("an appeal TO the UN", "appeal FOR calm",
    "an appeal to STOP") or is what a request verb makes, heeds or rejects ("ISSUED an appeal")."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in needs.get("preps", ()) and any(g.dep_ == "pobj" for g in child.children):
            return True
        if needs.get("infinitive") and child.dep_ == "acl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children):
            return True
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in needs.get("governors", ())
