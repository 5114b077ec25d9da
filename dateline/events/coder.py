"""Code one parsed sentence into candidate events: trigger, pattern, code, source and target actors.

Triggers are visited governors first, so a pattern of an outer verb that consumes an inner word
("FAILED TO *", "SIGN * AGREEMENT") keeps that word from triggering again.  Compound arguments
expand to one candidate per (source, target) pair; a paired code ``[a:b]`` adds the reciprocal
candidate (visit → host); "between X and Y", reciprocal triggers (talks, agree) with a compound
subject and no object, and PETRARCH's ``%`` code the participants against each other.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from spacy.tokens import Span, Token

from dateline.events.arguments import (
    AMOUNTS,
    TARGET_PREPS,
    ArgumentFinder,
    Arguments,
    counted_noun,
    halted_talks,
    harm_verbs,
    in_instigation,
    noun_phrase,
    pobj_of,
    reduced_passive,
)
from dateline.events.codes import THREAT_OF_ROOT, CameoTable
from dateline.events.match import Match, Matcher, after_context, in_noun_clause, links_up, same_clause
from dateline.events.patterns import Lexicon, Pattern
from dateline.events.senses import by_hackers, sense_rules
from dateline.events.wordlists import data_lines, pledged_threats, word_list

VERB_POS = {"VERB"}


#: Verbs in these functions are not predicates ("According to", "the planned visit").
NOT_PREDICATE = {"prep", "mark", "aux", "auxpass", "amod", "advmod", "case", "compound"}
NOUN_POS = {"NOUN", "PROPN"}
#: Rejections and denials (CAMEO 12x, 016): their object is what is rejected, not an act of the
#: rejecter ("Balkhi rejected the ALLEGATION", "denied the ATTACK").
DISMISSING_CODES = ("12", "016")
#: How many heads up a specific nominal trigger may look for the subject of its clause.
_CLIMB = 4
#: Prepositions whose object is where an act happens or leads ("travel TO Geneva for talks"): for
#: verbal cooperation (consultations, meetings, appeals) a venue, never the acted-on party unless the
#: pattern lists the preposition.  Other acts affect the place ("a curfew IN Abidjan", "refused to
#: deploy troops IN Iraq"), as the CAMEO coders read them.
LOCATIVE_PREPS = {"in", "at", "to", "into", "from", "near", "inside", "across", "through"}
#: Prepositions naming the channel an act goes through ("THROUGH a spokeswoman", "VIA intermediaries").
CHANNEL_PREPS = {"through", "via"}
#: CAMEO visit codes: the place visited is the host ("Rubio's visit TO Saudi Arabia"), not a venue.
VISIT_CODES = ("042", "043")
#: Demands: like verbal cooperation, a place in them is where the demanded calm or act should be
#: ("called for calm in camps IN eastern Zaire"), not a party.
DEMAND_ROOT = "10"
#: Roots of cooperation given (intent, diplomatic and material cooperation, aid, yielding): the one it is
#: given AGAINST ("offered air support against ISIL") is the common foe, never the party it helps.
COOPERATION_ROOTS = ("03", "04", "05", "06", "07", "08")
#: Codes of violent acts, whose passive without an agent may take it from a time clause.
VIOLENT_ROOTS = ("18", "19", "20")
#: Markers of a time clause that names the violent act behind a harm ("killed WHEN gunmen attacked").
CIRCUMSTANCE_MARKS = {"when", "as", "after", "while"}
#: CAMEO threats (13), and the modals that make one a guess unless someone is reported to say it.
THREAT_ROOT = "13"
SPECULATIVE_MODALS = {"may", "might", "could"}
#: Words of an attribution ("ACCORDING TO the SITE group"): the source of the news, never a party.
ATTRIBUTION_WORDS = {"according"}


@dataclass
class Candidate:
    """One coded (source, target, code) triple with everything needed to explain it."""

    code: str
    pattern: Pattern
    trigger: Token
    source: str | None
    target: str | None
    source_group: list[str] = field(default_factory=list)
    target_group: list[str] = field(default_factory=list)
    matched: list[Token] = field(default_factory=list)
    source_path: str = ""
    target_path: str = ""
    paired_from: str | None = None  # code of the event this reciprocal one was derived from
    sense: str = ""  # why the pattern's code was changed (a conflict word used verbally)


class SentenceCoder:
    def __init__(self, lexicon: Lexicon, actor_of: Callable[[Token], str | None], into_complements: bool = False,
                 members_of: Callable[[str], list[str]] | None = None,
                 country_of: Callable[[str], str | None] | None = None,
                 natural_force: Callable[[str], bool] | None = None, news_outlet: Callable[[str], bool] | None = None,
                 is_state: Callable[[str], bool] | None = None, state_organ: Callable[[str], bool] | None = None,
                 is_place: Callable[[str], bool] | None = None):
        """``into_complements``: PETRARCH mode.  When the grammar names no target PETRARCH takes the
        first actor after the verb, even inside a complement clause ("allowed that Mordor isn't ...");
        in the product that fallback is used only for patterns with context words, within the clause
        (a bare "cooperating in Syria" must not make Syria the target)."""
        self.lexicon = lexicon
        self.into_complements = into_complements
        self.actor_of = actor_of
        self.matcher = Matcher(lexicon, lambda t: [a] if (a := actor_of(t)) else [])
        self.country_of = country_of or (lambda actor: actor)
        self.args = ArgumentFinder(actor_of, members_of, self._names_act, news_outlet, is_state, self.country_of,
                                   state_organ, is_place)
        self.natural_force = natural_force or (lambda actor: False)
        self.is_state = is_state or (lambda actor: False)  # a country itself, not one of its people

    def code(self, sent: Span) -> list[Candidate]:
        consumed: set[int] = set()
        out: list[Candidate] = []
        for token in _by_depth(sent):
            if token.i in consumed:
                continue
            if token.dep_ in NOT_PREDICATE or _in_fixed_expression(token):
                continue
            pos = "verb" if token.pos_ in VERB_POS else "noun" if token.pos_ in NOUN_POS else None
            if pos is None:
                continue
            match = self.matcher.best(token, pos, compound=(lambda t=token: self._compound_actor(t)) if pos == "verb" else False,
                                      speech_only=_reporting(token))
            if match is None or (self.into_complements and not _regular_third_person(token, match.pattern)):
                continue
            consumed.add(token.i)
            consumed.update(t.i for t in match.tokens if same_clause(t, token))
            if match.pattern.code is None:
                continue
            if pos == "verb" and match.pattern.code.startswith(DISMISSING_CODES):
                consumed.update(o.i for c in token.children if c.dep_ == "dobj" for o in (c, *c.conjuncts))
            out.extend(self._expand(token, match, pos))
        return out

    def _names_act(self, noun: Token) -> bool:
        """Whether a noun names an act of the lexicon, as a noun trigger or as the noun of a verb
        trigger ("the RELEASE of X", "SANCTIONS against Y")."""
        return noun.pos_ in NOUN_POS and any(p.code for pos in ("noun", "verb")
                                             for p in self.lexicon.candidates(pos, noun.lemma_, noun.text))

    def _compound_actor(self, verb: Token) -> bool:
        """Whether the verb's subject or a complement names several actors (PETRARCH's ``%``
        patterns need one: "X and Y agree", "agrees with X and Y")."""
        subject = self.args._subject(verb)
        heads = [subject[0]] if subject is not None else []
        heads += [t for t in after_context(verb) if t.dep_ in ("dobj", "pobj") and same_clause(t, verb)]
        return any(len(self.args.actors(head)) > 1 for head in heads)

    def _act_as_subject(self, verb: Token) -> bool:
        """Whether the verb's subject names an act, not an actor ("A minefield EXPLOSION killed two
        youths"): a noun that is itself a trigger of the lexicon and names no actor."""
        subject = self.args._subject(verb)
        if subject is None or subject[0].pos_ not in NOUN_POS or (
                subject[0].dep_ != "nsubj" and not subject[1].endswith(("relcl<head", "acl<head"))):
            return False
        noun = subject[0]
        if any(self.actor_of(t) for t in noun_phrase(noun)):  # its "of" phrase is what is struck
            return False
        return any(p.code for p in self.lexicon.candidates("noun", noun.lemma_, noun.text))

    def _threat_in_pledge(self, verb: Token, code: str | None) -> str | None:
        """"vowed to BOMB the militants", "his promise to DEPORT migrants": a pledge (CAMEO 03) of force or
        coercion is a threat of it (13).  A pledge to fight a thing ("vowed to fight CORRUPTION")
        stays a pledge; a pledge whose verb codes the threat itself is none (None)."""
        if not code or not code.startswith("03"):
            return code
        promised = [c for c in verb.children if c.dep_ in ("dobj", "obj")]  # "promised RETALIATION against X"
        if (threat := next((pledged_threats()[c.lemma_.lower()][0] for c in promised
                            if c.lemma_.lower() in pledged_threats()), None)) is not None:
            return threat
        pledged = [inner for inner in verb.children  # "vowed TO BOMB", "his promise TO DEPORT"
                   if inner.dep_ in ("xcomp", "acl") and inner.pos_ == "VERB"
                   and any(c.dep_ == "aux" and c.lower_ == "to" for c in inner.children)]
        for inner in [*pledged, *(c for p in pledged for c in p.conjuncts if c.pos_ == "VERB")]:  # "to build a wall AND DEPORT"
            # a threat only against parties: "deport MILLIONS of immigrants", "defeat CORRUPTION" threaten no one
            on_parties = not any(c.dep_ == "dobj" and not self.args.actors(counted_noun(c)) for c in inner.children)
            preps = {c.lower_ for c in inner.children if c.dep_ == "prep"}
            if "for" in preps and not preps & {"against", "with"} and not any(c.dep_ in ("dobj", "obj") for c in inner.children):
                continue  # "vowed to FIGHT FOR a new relationship": striving for an aim threatens no one
            threat, race = pledged_threats().get(inner.lemma_.lower(), (None, False))
            if threat is not None and on_parties and not (race and any(t.lower_ in sense_rules().election for t in verb.sent)):
                return threat  # "vowed to RETALIATE", "vowed to DEFEAT the rebels" (not "defeat Trump in the primary")
            match = self.matcher.best(inner, "verb")
            root = match.pattern.code.lstrip("[")[:2] if match and match.pattern.code else ""
            if root in ("11", "12", "13", "14"):
                return None  # "vowed to impose sanctions", "vowed to ignore the ruling": the inner verb codes it
            if root in THREAT_OF_ROOT and on_parties:
                return THREAT_OF_ROOT[root]
        return code

    def _arguments(self, token: Token, match: Match, pos: str, code: str | None) -> Arguments:
        preps = match.pattern.target_preps
        if pos == "verb":
            args = self.args.for_verb(token, preps, match.pattern.theme, code, match.pattern.content,
                                      match.pattern.destination)
            if match.pattern.stative and not args.source and (args.target_path.startswith(("nsubjpass", "acomp<"))
                                                              or args.target_path.endswith(("<nsubj", "<nsubjpass"))):
                # "X is committed to", also through a coordination: "X was involved in Y AND committed to"
                args.source, args.source_path = args.target, args.target_path
                args.target, args.target_path = [], ""
            if not args.target:
                self.args.answered_proposer(token, args)  # "Israel offered a truce, but Hamas REFUSED"
            if match.pattern.due and _due(token):
                self._due(token, args)  # "Rubio claimed that Obama IS TO BLAME": Rubio accuses Obama
            if _reporting(token) and not args.target:
                self._reported_subject(token, args)
            if self.into_complements and not args.source and args.target_path.startswith("nsubj"):
                # PETRARCH reads a passive without its agent as active: "X was criticized over its
                # dispute with Y" codes X against Y
                args.source, args.source_path = args.target, args.target_path
                args.target, args.target_path = [], ""
            if self.into_complements and not args.source:  # "Old foes Gondor and Osgiliath have renewed"
                subjects = (self.args.actors(c) for c in _subject_tokens(token))
                args.source = next((found for found in subjects if found), [])
                args.source_path = "nsubj" if args.source else args.source_path
            if self.into_complements and not args.source and _pronoun_subject(token):
                self._climb_for_source(token, args)  # "Ethiopia indicated IT would act": PETRARCH's coreference
        else:
            args = self.args.for_noun(token, preps, code, match.pattern.content)
            if self.args.received(token, args):
                return args  # "Israel FACED condemnation FROM Turkey": Turkey condemns Israel
            if args.source_path.startswith("dobj<") and not _is_light_verb(token.head):
                args.source, args.source_path = [], ""  # "blamed the ATTACKS on X": not the blamer's act
            elif args.source_path.startswith("dobj<") and not args.target and not args.reciprocal:
                # "convene a MEETING in Beijing WITH Iran": the light verb carries the noun's complements
                self.args._preps(token.head, args, preps or tuple(TARGET_PREPS - {"of"} - LOCATIVE_PREPS), "dobj<")
        borrowed = token.dep_ == "dobj" and not _is_light_verb(token.head)  # "called the ALLEGATIONS baseless"
        if pos == "noun" and not args.source and not args.reciprocal and not borrowed and (match.pattern.before or match.pattern.after) \
                and not by_hackers(token):  # "his reports about a HACKER attack": hackers did it, not the reporter
            self._climb_for_source(token, args)  # "hoped their NEXT meeting ...": only for specific patterns
        elif pos == "noun" and len(args.source) > 1 and not args.target and not args.source_path.startswith("dobj<"):
            # (the subject of a light verb and its companions act together: "ALONG WITH the British, the
            # U.S. has stepped up AIRSTRIKES")
            self._speaker_of_group(token, args)
        named_patient = pos == "verb" and not self.into_complements and any(
            c.dep_ == "nsubjpass" for c in token.children)  # "X are barred from travel TO Y": X is acted on
        joint = match.pattern.reciprocal and len(args.source) > 1  # "Xi and Putin signed a treaty": each other
        if not args.target and not args.reciprocal and not named_patient and not (joint and not self.into_complements) \
                and (self.into_complements or match.pattern.specificity):
            self._first_actor_after(token, args, match.pattern)
        if pos == "verb" and match.pattern.reciprocal and len(args.source) == 1 and not args.target and not args.reciprocal:
            self._group_of_origins(token, args)
        if pos == "verb" and not self.into_complements and match.pattern.code and \
                match.pattern.code.lstrip("[").startswith(VISIT_CODES) and (guest := _visiting_guest(token)) is not None:
            # "assured VISITING Foreign Minister Payne": Payne visits the subject
            host = self.args._subject(token.head)
            args.source, args.source_path = self.args.actors(guest), "visiting-guest"
            args.target = [a for a in self.args.actors(host[0]) if a not in args.source] if host is not None else []
            args.target_path = f"host<{host[1]}" if args.target else ""
        if pos == "verb" and not args.source and not self.into_complements and match.pattern.code \
                and match.pattern.code.startswith(VIOLENT_ROOTS) and (
                    any(c.dep_ == "auxpass" for c in token.children) or reduced_passive(token)):
            self._agent_of_circumstance(token, args)  # (or "Palestinians INJURED in clashes with X")
        the_other = len(args.source) > 1 and not args.reciprocal and _the_other(token)
        if the_other:
            args.target, args.target_path = [], ""  # "both rivals accusing THE OTHER of shelling villages": each accuses the other
        if len(args.source) > 1 and not args.target and not args.reciprocal and (the_other or _each_other(token)):
            args.reciprocal, args.source = args.source, []  # "Johnson and Corbyn attacked EACH OTHER's policies"
            args.source_path = args.source_path + ">each-other"
        elif len(args.source) == 1 and not args.target and not args.reciprocal and _each_other(token) \
                and self._plural_party(token, args.source[0]):
            args.target, args.target_path = list(args.source), args.source_path + ">each-other"
            args.among_themselves = True  # "lawmakers accused EACH OTHER": the group's members, each the other's target
        if match.source:
            args.source, args.source_path = list(match.source), "pattern:$"
        if match.target:
            args.target, args.target_path = self._with_conjuncts(token.sent, match.target), "pattern:+"
        return args

    def _with_conjuncts(self, sent: Span, bound: list[str]) -> list[str]:
        """A pattern's "+" binds the actor at one place; its conjuncts are targets too ("called ISRAEL
        AND THE UNITED STATES terrorists")."""
        found = list(bound)
        head = next((t for t in sent if self.args.actor_of(t) in bound), None)
        for conjunct in head.conjuncts if head is not None else ():
            for actor in self.args.actors(conjunct):
                if actor not in found:
                    found.append(actor)
        return found

    def _plural_party(self, trigger: Token, actor: str) -> bool:
        """Whether the sentence names the actor by a plural noun ("LAWMAKERS", "the leading
        CANDIDATES"): a group whose members can act on each other, unlike one person or state.  Not a
        noun whose modifiers are coordinated ("both KURDISH AND TURKISH forces"): that names several
        parties in one phrase, and each fights the other, not its own members."""
        return any(t.tag_ in ("NNS", "NNPS") and self.actor_of(t) == actor
                   and not any(c.dep_ == "amod" and any(g.dep_ == "conj" for g in c.children) for c in t.children)
                   for t in trigger.sent)

    def _agent_of_circumstance(self, verb: Token, args: Arguments) -> None:
        """"Three servicemen were killed WHEN GUNMEN ATTACKED guards", "were killed IN bomb ATTACKS
        blamed on guerrillas", "ISRAELI RAIDS in which 20 people were killed": a passive harm without its
        agent is done by whoever did the violent act its time clause or "in" phrase names.  Only a harm
        follows from what happened before it: "the areas had been stormed AFTER Hamas bombers killed 26
        people" was done by someone else, in answer."""
        marks = CIRCUMSTANCE_MARKS if verb.lemma_.lower() in harm_verbs() else CIRCUMSTANCE_MARKS - {"after"}
        # "three soldiers were killed and 11 were injured IN a Russian airstrike": the scene of the harm
        # joined after it is the scene of both
        shared = [c for v in verb.conjuncts if v.i > verb.i and v.lemma_.lower() in harm_verbs()
                  for c in v.children if c.dep_ == "prep"] if verb.lemma_.lower() in harm_verbs() else []
        for child in [*verb.children, *shared]:
            if child.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in marks for m in child.children) \
                    and self._names_violence(child, "verb"):
                subject = self.args._subject(child)
                found = self.args.actors(subject[0]) if subject is not None else []
                if found:
                    args.source, args.source_path = found, f"advcl>{subject[1]}"
                    return
            if child.dep_ == "prep" and child.lower_ in ("in", "during") and (pobj := pobj_of(child)) is not None:
                if pobj.lower_ == "which" and verb.dep_ == "relcl":
                    pobj = verb.head  # "air RAIDS in which 20 people were killed"
                for noun in (pobj, *pobj.conjuncts):  # "in the attack and the ensuing BATTLE WITH militants"
                    if not self._names_violence(noun, "noun"):
                        continue
                    # "attacks BY X", "attacks BLAMED ON X", "strikes CARRIED OUT BY X" (not "strikes ON Idlib": struck)
                    found = self.args._agent_of_act(noun) or [
                        a for c in noun.children if c.dep_ in ("acl", "prep")
                        for p in ((c,) if c.dep_ == "prep" else c.children)
                        if p.dep_ in ("prep", "agent") and p.lower_ in (("by", "with") if p is c else ("by", "on", "with"))
                        for o in p.children if o.dep_ == "pobj" for a in self.args.actors(o)]
                    if found:
                        args.source, args.source_path = found, f"prep:{child.lower_}>pobj>agent"
                        return

    def _names_violence(self, token: Token, pos: str) -> bool:
        return any(p.code and p.code.startswith(VIOLENT_ROOTS) for p in self.lexicon.candidates(pos, token.lemma_, token.text))

    def _group_of_origins(self, verb: Token, args: Arguments) -> None:
        """"leaders FROM the U.S. AND China will meet": a subject drawn from several parties of a
        reciprocal verb has those parties act on each other (the subject stands for the first)."""
        subject = self.args._subject(verb)
        if subject is None:
            return
        me = args.source[0]
        origins = [a for p in subject[0].children if p.dep_ == "prep" and p.lower_ in ("from", "of")
                   for o in p.children if o.dep_ == "pobj" for a in self.args.actors(o)]
        others = [a for a in origins if a != me and self.country_of(a) != self.country_of(me)]
        if len(others) < len(origins):  # the subject's own party is among them
            args.reciprocal = [me, *others]
            args.source, args.source_path = [], f"{subject[1]}>prep>pobj"

    def _patient_not_actor(self, verb: Token, place: bool = False) -> bool:
        """Whether the verb names what it acts on (object, passive subject, noun its participle
        modifies) and no actor is named by that phrase ("millions of dogs", "a statement").  A proper
        name counts only as a whole: the countries inside a title ("the China ... REPORT") are no patient."""
        patient = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if patient is None and reduced_passive(verb) and verb.dep_ in ("acl", "amod"):
            patient = verb.head
        if patient is None and verb.dep_ in ("acl", "relcl") and any(c.dep_ == "auxpass" for c in verb.children):
            patient = verb.head  # "a report TO BE RELEASED next month"
        if patient is not None and patient.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            patient = verb.head  # "the records THAT Trump released"
        if patient is None:
            return False
        if patient.pos_ == "PRON":  # "when we EXECUTE THIS": a thing, unless it was read as a party
            return patient.lower_ in ("this", "that", "it") and patient.tag_ != "WDT" and not self.actor_of(patient)
        if place and any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in noun_phrase(patient)):
            return False
        if patient.pos_ == "PROPN":
            return not any(self.actor_of(t) for t in (patient, *patient.conjuncts))
        # the patient's own phrase and the "of" phrase of an amount or group ("dozens OF refugees"), not
        # an origin ("an assessment FROM the ministry, released Thursday")
        heads = [patient, *patient.conjuncts]
        heads += [g for h in heads for g in _parts_of(h)]  # not "the economy OF Russia"
        # a modifier names the people acted on only before a plural head ("Frontier Corps PERSONNEL",
        # "Palestinian PRISONERS"); "a U.N. REPORT" is no actor, whoever wrote it, nor is an owner
        # ("Trump's tax FILINGS")
        return not any(self.actor_of(h) or (h.tag_ in ("NNS", "NNPS") and any(
            self.actor_of(t) for t in noun_phrase(h) if t.dep_ != "poss" and t.head.dep_ != "poss"))
                       for h in heads)

    def _reported_subject(self, verb: Token, args: Arguments) -> None:
        """"Croatia fails to uphold rights, a rights group PROTESTED": the subject of the reported
        statement is what the statement is about."""
        statement = verb.head if verb.dep_ == "parataxis" else next(
            (c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
        subject = self.args._subject(statement) if statement is not None else None
        if subject is not None:
            args.target = [a for a in self.args.actors(subject[0]) if a not in args.source]
            args.target_path = "reported<" + subject[1] if args.target else ""

    def _due(self, verb: Token, args: Arguments) -> None:
        """"Democrats and the media ARE TO BLAME, the governor said": the subject is blamed; whoever
        reports it blames (the speaker of the clause, else no one named)."""
        args.target, args.target_path = args.source, f"{args.source_path}>be-to"
        clause = verb.head
        while clause.dep_ == "conj":  # "claimed that X ... and that Obama IS TO BLAME"
            clause = clause.head
        speaker = self.args._subject(clause.head) if clause.dep_ in ("ccomp", "parataxis") else None
        found = [a for a in self.args.actors(speaker[0]) if a not in args.target] if speaker is not None else []
        args.source, args.source_path = found, f"speaker<{speaker[1]}" if found else ""

    def _first_actor_after(self, token: Token, args: Arguments, pattern: Pattern | None = None) -> None:
        """PETRARCH's rule when the grammar names no target: the first actor in the trigger's phrase.
        Outside PETRARCH's own tests, an actor reached by a locative preposition the pattern does not
        list is only the venue of verbal cooperation or of a demand ("travel TO Geneva for talks with
        X": X is the target, not Switzerland); one that cooperation is given against is the foe."""
        venue = (not self.into_complements and pattern is not None and bool(pattern.code)
                 and (CameoTable.quad_class(pattern.code) == 1 or pattern.code.startswith(DEMAND_ROOT))
                 and not pattern.code.startswith(VISIT_CODES))
        talks = not self.into_complements and pattern is not None and halted_talks(pattern.code)
        target_preps = pattern.target_preps if pattern is not None else ()
        foe = not self.into_complements and pattern is not None and pattern.code.startswith(COOPERATION_ROOTS)
        for other in after_context(token) + (_purpose_clauses(token) if self.into_complements else []):
            if not self.into_complements and not same_clause(other, token):
                continue
            if args.content and self._in_asked_for(other, token, args):
                continue
            if other.dep_ == "pobj" and other.head.lower_ in args.destination and other.head.head.i == token.i:
                continue
            if not self.into_complements and pattern is not None and pattern.theme and _in_object(other, token):
                continue  # the owner of what is moved is not acted on
            if not self.into_complements and (_in_attribution(other, token) or in_instigation(other, token)):
                continue  # "called for attacks, ACCORDING TO the SITE group", "AT THE BEHEST OF X"
            if not self.into_complements and _in_relative_clause(other, token):
                continue  # "signed a declaration THAT WILL SERVE AS Syria's constitution"
            if "clause" in args.content and in_noun_clause(other, token):
                continue  # "rejected the allegation THAT Baloch separatists ...": what is denied names no target
            if venue and other.dep_ == "pobj" and other.head.lower_ in LOCATIVE_PREPS and other.head.lower_ not in target_preps:
                continue
            if talks and _in_site(other, token, target_preps):  # "ended talks IN the German town of Baden Baden"
                continue
            if foe and other.dep_ == "pobj" and other.head.lower_ == "against":
                continue
            noun = _phrase_head(other)
            if not self.into_complements and noun.dep_ == "pobj" and noun.head.lower_ in CHANNEL_PREPS \
                    and noun.head.lower_ not in target_preps:
                continue  # "denied the accusations THROUGH a spokeswoman": the channel, not the one acted on
            actor = self.actor_of(other)
            if actor and actor not in args.source:
                found = self.args.actors(other)
                if not self.into_complements and _possessor(other) and all(
                        self.is_state(a) and self.country_of(a) in {self.country_of(s) for s in args.source} for a in found):
                    continue  # "Xi and Putin signed a treaty ... THE TWO NATIONS' interests": owners, their own countries
                if not self.into_complements and args.inside and all(self.args.own_state(a, args) for a in found):
                    continue  # a state's material act on itself: "Trump levied tariffs on exports TO THE U.S."
                args.target = found
                args.target_path = f"first-actor-after:{other.dep_}"
                return

    def _in_asked_for(self, other: Token, token: Token, args: Arguments) -> bool:
        """Whether ``other`` lies in an argument of ``token`` that only says what is asked for
        ("called for an end to violence and for THE PROTECTION of civilians")."""
        node = other
        while node.i != token.i and node.head.i != node.i:
            if node.dep_ in ("dobj", "obj") and node.head.i == token.i:
                return self.args.asked_for(node, args)
            if node.dep_ == "pobj":
                prep = node.head
                while prep.dep_ == "conj" and prep.head.dep_ == "prep":
                    prep = prep.head
                if prep.head.i == token.i:
                    return self.args.asked_for(node, args)
            node = node.head
        return False

    def _speaker_of_group(self, noun: Token, args: Arguments) -> None:
        """"Putin hoped that THEIR next meeting ...": the member who is the clause's subject acts,
        the other members are acted on."""
        probe = Arguments()
        self._climb_for_source(noun, probe)
        if len(probe.source) != 1:
            return
        me = probe.source[0]
        mine = self.country_of(me)
        if me in args.source or any(self.country_of(a) == mine for a in args.source):
            args.target = [a for a in args.source if a != me and self.country_of(a) != mine]
            args.target_path = args.source_path
            args.source, args.source_path = [me], probe.source_path

    def _climb_for_source(self, noun: Token, args: Arguments) -> None:
        """A nominal trigger without a possessor takes the subject of the clause that embeds it; one
        that says how the verb's act was done also takes the verb's object ("X and Y told TRUMP in
        phone CONVERSATIONS")."""
        node = noun
        for _ in range(_CLIMB):
            if node.head.i == node.i:
                return
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                subject = self.args._subject(node)
                if subject is not None and subject[0].i != noun.i and not subject[0].is_ancestor(noun):
                    actors = self.args.actors(subject[0])
                    if actors:
                        args.source, args.source_path = actors, f"<{node.dep_}…{subject[1]}"
                        if not args.target and noun.dep_ == "pobj" and noun.head.head.i == node.i:
                            self._manner_partner(node, args)
                        return

    def _manner_partner(self, verb: Token, args: Arguments) -> None:
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative") and self.actor_of(c)]
        partners = [a for o in objects for a in self.args.actors(o) if a not in args.source]
        if partners:
            args.target, args.target_path = partners, "<prep<verb>dobj"

    def _natural_agent(self, token: Token, args: Arguments) -> bool:
        """Whether the act is done by a natural force ("a cyclone STRUCK Malawi", "houses were
        destroyed by FLOODS"): no political actor acts, so nothing is coded."""
        if any(self.natural_force(a) for a in args.source):
            return True
        agents = [g for v in (token, *token.conjuncts) for c in v.children if c.dep_ == "agent"
                  for g in c.children if g.dep_ == "pobj"]  # "destroyed or submerged BY FLOODS"
        subject = self.args._subject(token) if token.pos_ in VERB_POS else None
        if subject is not None and (subject[0].dep_ == "nsubj" or subject[1].endswith("relcl<head")):
            agents.append(subject[0])  # also "the nightclub FIRE that killed 64 people"
        return any(names_natural_force(t.lower_ for t in (agent, *agent.children) if t.dep_ != "prep") for agent in agents)

    def _thing_threatens(self, token: Token, code: str) -> bool:
        """"Germany and Italy WERE THREATENED BY domestic terrorism": a threat whose agent is named and
        is no actor is a danger, not a threat anyone makes."""
        if not code.startswith(THREAT_ROOT) or token.pos_ not in VERB_POS:
            return False
        agents = [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return bool(agents) and not any(self.args.actors(g) for g in agents)

    def _expand(self, token: Token, match: Match, pos: str) -> list[Candidate]:
        pattern = match.pattern
        if pattern.intransitive and pos == "verb" and any(c.dep_ in ("dobj", "obj") for c in token.children):
            return []
        if pattern.label and pos == "verb" and _standing_label(token):
            return []  # "the Islamic State (terrorist group, OUTLAWED in Russia)": what the group is, not an act
        code = self._threat_in_pledge(token, pattern.code)
        if code is None or (code.startswith(THREAT_ROOT) and _speculation(token, match)):
            return []
        args = self._arguments(token, match, pos, code)
        if self._natural_agent(token, args) or self._thing_threatens(token, code):
            return []
        if match.target and not self.into_complements and set(match.target) <= set(args.source):
            return []  # "the coalition said THEY need to ...": a statement about oneself, no demand
        if match.target and not self.into_complements and code.startswith(DEMAND_ROOT) and _no_demand(match):
            return []
        sources, targets = args.source, [t for t in args.target]
        pairs: list[tuple[str | None, str | None]] = []
        mutual = False
        source_path, target_path = args.source_path, args.target_path
        if args.reciprocal and sources and not targets:  # "India supports a deal between Britain and Mauritius"
            targets = [a for a in args.reciprocal if a not in sources]
            target_path = "prep:between>pobj"
        if args.reciprocal and len(args.reciprocal) > 1 and not sources:
            group = args.reciprocal
            pairs = [(a, b) for a in group for b in group if a != b]
            sources = targets = group
            source_path = target_path = "prep:between>pobj"
            mutual = True
        elif len(sources) > 1 and not targets and (pattern.reciprocal or self.into_complements):
            # "Gondor and Osgiliath renewed ties": each with the other (PETRARCH codes every verb so)
            pairs = [(a, b) for a in sources for b in sources if a != b]
            targets = sources
            target_path = f"{source_path}>each-other"
            mutual = True
        else:
            for s in sources or [None]:
                # an actor acting on itself ("X reneged on HIS commitment") acts on nobody named
                others = [t for t in targets if t != s or args.among_themselves] if targets else []
                for t in others or [None]:
                    if s is None and t is None:
                        continue
                    pairs.append((s, t))
        if pattern.source == "petrarch":
            pairs = [(s, t) for s, t in pairs if s is not None and t is not None]  # PETRARCH codes dyads only
        elif pos == "verb" and not args.passive and not self._act_as_subject(token):
            # only a passive ("was killed") or an act as subject ("a roadside bombing killed") may leave
            # the agent unsaid
            pairs = [(s, t) for s, t in pairs if s is not None]
        if pattern.requires_target:
            pairs = [(s, t) for s, t in pairs if t is not None]
        named_foe = pattern.reciprocal and any(f"prep:{prep}>" in target_path for prep in pattern.target_preps)
        if pattern.patient_actor and pos == "verb" and not _each_other(token) and not named_foe \
                and self._patient_not_actor(token, pattern.patient_place):
            # "a report RELEASED by X", "dogs are KILLED", "FIGHT the order in court": no person or group
            # is acted on (but "fighting an insurgency AGAINST the state" names its foe by a clash's
            # own preposition)
            pairs = []
        if pos == "noun" and not mutual:
            # a bare noun names no act without its actor; one that borrows the clause's subject
            # ("At the meeting, Kim said") must also name whom it concerns, unless its pattern is specific
            climbed = args.source_path.startswith("<") and not pattern.before and not pattern.after
            pairs = [(s, t) for s, t in pairs if s is not None and (t is not None or not climbed)]
        matched = [token, *match.tokens]
        out = []
        for s, t in pairs:
            out.append(Candidate(code, pattern, token, s, t, list(sources), list(targets), matched,
                                 source_path, target_path))
            if pattern.paired and s and t and not mutual:
                out.append(Candidate(pattern.paired, pattern, token, t, s, list(targets), list(sources), matched,
                                     target_path, source_path, paired_from=pattern.code))
        return out


#: Heads whose "of" phrase names the people themselves ("dozens OF refugees", "members OF the group").
PARTITIVE_NOUNS = AMOUNTS | {
    "score", "scores", "tens", "handful", "couple", "group", "groups", "member", "members", "crew", "crews", "team",
    "delegation", "family", "families", "some", "many", "most", "all", "each", "one", "two", "three"}


def light_verbs() -> frozenset[str]:
    """Verbs whose subject acts in the event noun they take as object (``light_verbs.txt``)."""
    return word_list("light_verbs.txt")


@lru_cache(maxsize=1)
def fixed_expressions() -> dict[str, list[tuple[int, tuple[str, ...]]]]:
    """Expressions of ``fixed_expressions.txt`` by word: (position of the word, all words)."""
    index: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for line in data_lines("fixed_expressions.txt"):
        words = tuple(line.lower().split())
        for n, word in enumerate(words):
            index.setdefault(word, []).append((n, words))
    return index


def _in_fixed_expression(token: Token) -> bool:
    """Whether the token is part of a fixed expression that states no act ("as OPPOSED to")."""
    doc = token.doc
    for n, words in fixed_expressions().get(token.lower_, ()):
        start = token.i - n
        if start >= 0 and start + len(words) <= len(doc) and all(
                doc[start + k].lower_ == w for k, w in enumerate(words)):
            return True
    return False


def names_natural_force(words) -> bool:
    """Whether any of ``words`` (lower case) names a natural force ("Cyclone Chido", "the floods")."""
    return not word_list("natural_forces.txt").isdisjoint(words)


def _standing_label(verb: Token) -> bool:
    """Whether a passive participle or relative clause describes the noun it hangs on without a time
    ("a group OUTLAWED in Russia", "(outlawed BY Russia)", "which IS BANNED in Russia"): a label, not
    an act of the story."""
    if verb.dep_ not in ("acl", "relcl", "appos", "amod") or verb.tag_ != "VBN":
        return False
    if verb.dep_ == "relcl" and not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)


def _in_site(token: Token, trigger: Token, target_preps: tuple[str, ...]) -> bool:
    """Whether ``token`` lies in a locative phrase below the trigger that the pattern does not list
    as naming its target: the place where the act happens."""
    return any(node.dep_ == "prep" and node.lower_ in LOCATIVE_PREPS and node.lower_ not in target_preps
               for node in links_up(token, trigger))


def _phrase_head(token: Token) -> Token:
    """The noun a determiner or modifier belongs to ("A spokeswoman" → spokeswoman)."""
    while token.dep_ in ("det", "amod", "compound", "nmod", "poss", "nummod", "case") and token.head.i != token.i:
        token = token.head
    return token


def _due(verb: Token) -> bool:
    """"X is TO BLAME": the trigger is the infinitive after "be", with no object of its own."""
    return (verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and not any(c.dep_ in ("dobj", "obj") for c in verb.children))


def _is_light_verb(verb: Token) -> bool:
    """By lemma or by the written form without its ending (the tagger lemmatises "staged" as "stag").
    A verb with an object predicate judges its object instead ("called the ALLEGATIONS baseless")."""
    if any(c.dep_ == "oprd" for c in verb.children):
        return False
    text = verb.text.lower()
    forms = {verb.lemma_.lower(), text, *(text[: -len(end)] for end in ("d", "ed", "s", "es", "ing") if text.endswith(end))}
    return bool(forms & light_verbs())


def _regular_third_person(verb: Token, pattern: Pattern) -> bool:
    """PETRARCH conjugates a dictionary verb by rule, so a misspelt "departes" is no form of DEPART
    even though the tagger lemmatises it so."""
    text, word = verb.text.upper(), pattern.lemma
    if verb.tag_ != "VBZ" or text == word or text in pattern.forms or not word.isalpha():
        return True
    if word.endswith(("S", "SH", "CH", "X", "Z", "O")):
        return text == word + "ES"
    if len(word) > 1 and word.endswith("Y") and word[-2] not in "AEIOU":
        return text == word[:-1] + "IES"
    return text == word + "S" or text in ("HAS", "IS")


def _in_object(token: Token, trigger: Token) -> bool:
    """Whether ``token`` is in the noun phrase of the trigger's direct object ("withdraw ITS troops";
    not the place a phrase attached to it names: "its forces in LEBANON")."""
    objects = [o for c in trigger.children if c.dep_ in ("dobj", "obj") for o in {c, *_parts_of(c)}]
    return any(token.i in {t.i for t in noun_phrase(obj)} for obj in objects)  # "thousands of TROOPS"


def _parts_of(noun: Token) -> list[Token]:
    """What a number or a partitive head takes a part of: "all OF OUR FORCES", "dozens OF refugees"."""
    if noun.pos_ != "NUM" and noun.lemma_.lower() not in PARTITIVE_NOUNS:
        return []
    return [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]


def _no_demand(match: Match) -> bool:
    """"said Obama SHOULD HAVE insisted" (a judgement of the past), "said MEN should not ..." (people in
    general), "said X should BE the capital" or "BE fearful" (a description): a said "must" that asks
    nothing of a party."""
    for modal in match.tokens:
        if modal.lower_ not in ("must", "should"):
            continue
        doc = modal.doc
        if modal.i + 2 < len(doc) and doc[modal.i + 1].lower_ == "have" and doc[modal.i + 2].tag_ == "VBN":
            return True
        if modal.i > 0 and (bound := doc[modal.i - 1]).tag_ == "NNS" and not any(
                c.dep_ in ("det", "poss", "nummod", "compound", "amod") for c in bound.children):
            return True
        verb = modal.head
        described = [c for c in verb.children if c.dep_ in ("attr", "acomp")] if verb.lemma_ == "be" else []
        asked = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") or c.dep_ == "conj" and not any(
            g.dep_ in ("aux", "nsubj") for g in c.children)]  # "must be strong AND FIGHT", not "..., and HAS championed"
        if described and not asked and not any(
                c.dep_ == "xcomp" for d in described for c in d.children):  # not "should be READY TO talk"
            return True  # "said Jerusalem SHOULD BE the capital", "... should not BE FEARFUL": a state, no act
    return False


def _possessor(token: Token) -> bool:
    """Whether the token's noun phrase owns the next noun ("THE TWO NATIONS' interests")."""
    while token.dep_ in ("nummod", "amod", "compound", "det") and token.head.i != token.i:
        token = token.head
    return token.dep_ == "poss"


def _in_attribution(other: Token, trigger: Token) -> bool:
    """Whether ``other`` lies in an attribution ("according to X") below the trigger."""
    return any(node.lower_ in ATTRIBUTION_WORDS for node in links_up(other, trigger))


def _in_relative_clause(token: Token, trigger: Token) -> bool:
    """Whether ``token`` lies in a relative clause below the trigger, or in an indirect question ("a
    decision about WHO should replace X"): it describes a noun of the trigger's phrase, or asks, and
    names no party of the trigger's act."""
    return any(node.dep_ == "relcl" or node.dep_ in ("ccomp", "pcomp") and any(
        c.tag_ in ("WP", "WDT") and c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in node.children)
        for node in links_up(token, trigger))


def _purpose_clauses(verb: Token) -> list[Token]:
    """Tokens of an infinitive clause that follows the verb ("signed an accord to supply X"):
    PETRARCH's verb phrase runs on into it when looking for a target."""
    return [t for c in verb.rights if c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for t in c.subtree]


def _subject_tokens(verb: Token) -> list[Token]:
    """The verb's subjects, also where the parser hung one on the auxiliary ("X WAS heavily
    criticized": X → was)."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return [c for head in heads for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]


def _pronoun_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in verb.children)


def _reporting(verb: Token) -> bool:
    """A verb that only reports a statement: '"...," agreed Sayim' / 'the danger has passed, X agreed'."""
    return verb.pos_ == "VERB" and (verb.dep_ == "parataxis" or any(
        c.dep_ == "ccomp" and c.i < verb.i for c in verb.children))


def _speculation(trigger: Token, match: Match) -> bool:
    """"because the administration COULD impose restrictions": a "could", "may" or "might" that nobody
    is reported to have said is a writer's guess, not a threat ("Washington warned it could impose
    ..." is one: the clause is what was said)."""
    modal = any(t.lower_ in SPECULATIVE_MODALS and t.i < trigger.i for t in match.tokens)
    clause = trigger
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head
    return modal and clause.dep_ != "ccomp"


def _each_other(trigger: Token) -> bool:
    """Whether the trigger's phrase says its parties act on each other ("each other", "one another")."""
    words = [t.lower_ for t in after_context(trigger)]
    return any(pair in pairwise(words) for pair in (("each", "other"), ("one", "another"))) or \
        any(w in ("each other's", "one another's") for w in words)


def _the_other(trigger: Token) -> bool:
    """Whether the trigger's object is "the other" ("the other side", "the other party"): with
    several parties as subject, each acts on the other."""
    for child in trigger.children:
        if child.dep_ not in ("dobj", "obj"):
            continue
        other = child if child.lower_ == "other" else next(
            (m for m in child.children if m.dep_ == "amod" and m.lower_ == "other"), None)
        if other is not None and child.lemma_.lower() in ("other", "side", "party") \
                and any(d.dep_ == "det" and d.lower_ == "the" for d in child.children):
            return True
    return False


def _visiting_guest(verb: Token) -> Token | None:
    """"Blinken assured VISITING Foreign Minister Payne": a bare "visiting" right after the verb it
    hangs on, followed at once by a name or noun without article, is an adjective; the noun visits."""
    if verb.tag_ != "VBG" or verb.dep_ != "xcomp" or verb.i != verb.head.i + 1:
        return None
    guest = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if guest is None or guest.left_edge.i != verb.i + 1 or guest.left_edge.pos_ == "DET" or \
            guest.ent_type_ in ("GPE", "LOC", "FAC"):  # "enjoyed visiting China" is Putin's visit
        return None
    return guest


def _by_depth(sent: Span) -> list[Token]:
    """The sentence's tokens, shallowest first, ties in text order (depth capped at 50).

    Each token's depth is its head's plus one, so one walk per chain instead of one per token."""
    doc, tokens = sent.doc, list(sent)
    heads = {t.i: t.head.i for t in tokens}
    depths: dict[int, int] = {}
    for token in tokens:
        chain, i = [], token.i
        while i not in depths:
            head = heads[i] if i in heads else doc[i].head.i
            if head == i:
                depths[i] = 0
                break
            chain.append(i)
            i = head
        depth = depths[i]
        for j in reversed(chain):
            depth += 1
            depths[j] = depth
    return sorted(tokens, key=lambda t: (min(depths[t.i], 50), t.i))
