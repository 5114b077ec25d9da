"""Find who acts and who is acted on around a trigger, as actor ids, with the dependency path used.

Source: the subject (inherited through control and coordination: "Arnor agreed to restore ..."),
the agent of a passive ("by X"), or the possessor / modifier of a nominal trigger ("Putin's visit",
"Russian strikes", "condemned the Israeli raid"); an apposition names a subject that does not
("the militant group, Hamas, fired ...").  Target, in order: the direct object, the subject of a
passive, the object of a prepositional complement ("with X", "to X", "on X"; for a complaint the
party complained about before the addressee: "complained to the UN over Israeli raids"), the
recipient beside a thing given or withheld ("refused admittance to X"), the subject of a
complement clause ("demanded that X end ..."), the complements of an infinitive ("threatened to
cut off electricity to X"), the subject of a condition ("... unless X rescinds"); for material acts
only, an actor inside the object's phrase ("attacked a camp for Congolese refugees") or the target
of a purpose clause ("staged demonstrations to demand the resignation of X").  The source itself
is never taken as the target ("pressed THEIR demands").  A coordinated argument ("Hungary and
Romania") and a group actor ("the two countries") give one actor per member; ``between X and Y``
makes the participants reciprocal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Token

from dateline.actors.pronouns import load_rules
from dateline.events.codes import CameoTable
from dateline.events.match import SUBJECT_DEPS, for_to_mark, links_up
from dateline.events.modality import called_to_say, cues
from dateline.events.wordlists import pledged_threats, summary_nouns, word_list
from dateline.quotes.lexicon import load_lexicon as load_quote_lexicon

ActorOfToken = Callable[[Token], str | None]

#: Prepositions that introduce the acted-on party of a trigger ("in": CAMEO codes the place of an
#: act as affected, "resume attacks IN Israel", and the host of a visit, "arrived IN Gondor").
TARGET_PREPS = {"with", "to", "against", "on", "upon", "for", "toward", "towards", "at", "into", "in", "from", "of", "over"}
#: Dependents of an argument head whose actors describe the head itself (not clauses or asides).
CORE_DEPS = {"compound", "amod", "poss", "nmod", "det", "nummod", "npadvmod", "conj", "cc", "prep", "pobj", "case",
             "quantmod", "flat"}
#: Prepositions whose object describes an argument head: "the president OF Armenia", "calls BY Belarus",
#: "an appeal FROM the president" (the originator is who a rejection or condemnation is aimed at).
CORE_PREPS = {"of", "by", "from"}
#: Modifiers that belong to a noun's own phrase ("the Ivory Coast's RIVAL rebel FACTIONS").
NOUN_PHRASE_DEPS = {"compound", "amod", "poss", "nmod", "appos", "conj"}
#: Subordinators of a condition whose subject is whom an act is aimed at ("strike UNLESS Israel
#: rescinds", "fight UNTIL the army withdraws").
CONDITION_MARKS = {"unless", "until", "if"}
#: Punctuation that appends a summing-up phrase or a relative clause to a finished statement
#: ("..., a charge X denied", "... — which X denied").
APPENDING_PUNCT = {",", "—", "–", "--"}
#: Prepositions after the theme of a nominal trigger that name the acted-on party ("withdrawal of
#: forces FROM Panama", "return of refugees TO Rwanda").
THEME_PREPS = ("from", "to", "into", "in")
#: Prepositions that introduce an example ("a policy LIKE supporting X"): its gerund has no subject.
EXAMPLE_PREPS = {"like", "unlike", "including"}
#: Prepositions that place a thing attacked ("a hotel IN the city of Beledweyne"): its site is no party.
#: (Protests and coercion keep CAMEO's reading: "rioted at this jail in northern Israel" is against Israel.)
SITE_PREPS = {"in", "at", "near", "outside", "inside"}
#: Site prepositions that also name an aim, when a pattern lists them ("fired AT", "shot AT").
AIM_PREPS = {"at"}
#: Prepositions whose phrase set before the subject is a circumstance, never the opponent or partner.
FRONTED_PREPS = {"with"}
#: Expulsions and arrests (CAMEO 174, 173): without an agent, the body or country one is expelled from
#: or detained in does it ("was expelled FROM THE PARTY", "deported FROM THE U.S.", "was detained IN
#: NORTH KOREA"); it is not the one acted on.
AUTHORITY_PREPS = {"174": "from", "173": "in"}
#: Words opening an indirect question, whose subject is not the reporter ("explained WHY they ...").
QUESTION_WORDS = {"why", "how", "whether", "if", "when", "where", "what", "who", "whom"}
#: Codes whose infinitive complement's object is the party acted on ("threatened to kill X", "vowed to
#: attack X", "refused to attend a hearing by X", "negotiating to import eggs from X"); for agreements,
#: pledges and appeals it is only what is agreed or promised ("agreed to defer the issue of Chechnya",
#: "pledged to set up a parliament").
INNER_FRAME_ROOTS = ("04", "12", "13", "14", "15", "16", "17", "18", "19", "20")
#: Prepositions that name whom an act asked for is aimed at ("a war AGAINST X").
AGAINST_PREPS = ("against", "upon")
#: Code roots of commitments (intent to act, agreement): "did X AS PROMISED" — the one who promised is
#: whoever did X, so the bare participle takes the subject as its doer, not as its patient.
COMMISSIVE_ROOTS = ("03",)
#: Requests, demands and offers (CAMEO 02, 10, 03): as a noun, made to whoever answers them.
#: Requests and demands (CAMEO 02, 10): made of whoever is to do what they ask.
REQUEST_ROOTS = ("02", "10")
ADDRESSED_ROOTS = ("02", "10", "03")
#: Prepositions of an instigation phrase ("AT the behest of", "ON the orders of"; not "agreed TO the king's request").
_INSTIGATION_PREPS = ("at", "on", "upon", "under", "by")
#: Prepositions of time and circumstance: "met X BEFORE visiting Y" is the subject's visit, not X's.
TIME_PREPS = {"before", "after", "since", "until", "upon", "while", "following", "during", "despite", "without", "besides"}
_MAX_INHERIT = 4


@dataclass
class Arguments:
    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    source_path: str = ""
    target_path: str = ""
    reciprocal: list[str] = field(default_factory=list)  # "between X and Y" participants
    inside: bool = True  # may an actor named inside the object's phrase be the target (material acts)
    accusation: bool = False  # a verbal conflict act: "to X" is only its addressee
    passive: bool = False  # the trigger is passive ("was detained", "if convicted"): the agent may go unsaid
    content: tuple[str, ...] = ()  # slots naming what is asked for or denied, never whom: prepositions, "object",
    # "clause" (any complement clause), "clause-subject" (only the subject of a that-clause: "pledged MEXICO would pay")
    destination: tuple[str, ...] = ()  # prepositions naming where the patient is sent ("deported X TO China")
    site_is_party: bool = True  # the place of a thing acted on is the party (protests, curfews), not for attacks
    # nor for halted talks ("ended talks IN the German town")
    inner_frame: bool = True  # an infinitive's object may be the target ("threatened to kill X"), not for pledges
    among_themselves: bool = False  # one group acts on its own members ("lawmakers accused each other")



class ArgumentFinder:
    """Resolves argument tokens to actor ids via the article's mentions."""

    def __init__(self, actor_of: ActorOfToken, members_of: Callable[[str], list[str]] | None = None,
                 names_act: Callable[[Token], bool] | None = None, news_outlet: Callable[[str], bool] | None = None,
                 is_state: Callable[[str], bool] | None = None, country_of: Callable[[str], str | None] | None = None,
                 state_organ: Callable[[str], bool] | None = None, is_place: Callable[[str], bool] | None = None):
        """``names_act``: whether a noun names an act of the lexicon ("sanctions", "withdrawal");
        ``news_outlet``: whether an actor is a news outlet, which reports a clause but is not its "it";
        ``is_state``: whether an actor is a country itself (not a city or one of its people);
        ``country_of``: an actor's country; ``state_organ``: whether an actor acts for its state (its
        government, army, police or an official); ``is_place``: whether an actor is a city or region."""
        self.actor_of = actor_of
        self.members_of = members_of or (lambda actor: [actor])
        self.names_act = names_act or (lambda token: False)
        self.news_outlet = news_outlet or (lambda actor: False)
        self.is_state = is_state or (lambda actor: False)
        self.country_of = country_of or (lambda actor: actor)
        self.state_organ = state_organ or (lambda actor: False)
        self.is_place = is_place or (lambda actor: False)

    def asked_for(self, phrase: Token, args: Arguments) -> bool:
        """Whether ``phrase`` (an object or prepositional object) only says what is asked for or denied:
        "called for THE CREATION of a government", "demanded LIMITS on young people".  An act asked
        for keeps its party as the target ("called for SANCTIONS against Nigeria", "demanded the
        WITHDRAWAL of Serbian forces"), as the PLOVER coders read it; so does an addressee that is
        itself an actor ("urged THE COUNCIL"), but not one still to be made ("called for A government").
        """
        if not args.content or self.names_act(phrase):
            return False
        if self.actor_of(phrase) and not _still_to_make(phrase):
            return False
        if self.actor_of(phrase) and phrase.dep_ in ("dobj", "obj") and any(
                c.dep_ == "xcomp" and c.i > phrase.i for c in phrase.head.children):
            return False  # "urging A FOREIGN GOVERNMENT to spy": whom the appeal goes to, however indefinite
        if phrase.dep_ in ("dobj", "obj"):
            return "object" in args.content
        prep = phrase.head
        while prep.dep_ == "conj" and prep.head.dep_ == "prep":  # "for X and FOR Y"
            prep = prep.head
        return phrase.dep_ == "pobj" and prep.lower_ in args.content

    # -- actors of one argument phrase -----------------------------------------------------------
    def actors(self, head: Token) -> list[str]:
        """Actors named by the phrase headed by ``head``: the head's own mention, else its core."""
        found: list[str] = []
        speakers = _speakers_run_in(head) | _title_run_in(head)
        for node in [head, *head.conjuncts]:
            if node.i in speakers:
                continue
            if _names_the_event(node):
                continue  # "IT was a bomb attack": the act itself, not its reporter nor anyone "it" was read as
            if node.tag_ == "PRP" and not self.actor_of(node):
                _add(found, *self._reporter_of(node))  # "Novak said HE and Armenia agreed"
                continue
            if node.dep_ == "pobj" and node.tag_ in ("WP", "WDT") and (antecedent := _antecedent_of(node)) is not None:
                _add(found, *self.actors(antecedent))  # "Wang Yi, with WHOM Tillerson met": the noun it stands for
                continue
            actor = self.actor_of(node)
            appositions = [n for c in node.children if c.dep_ == "appos" and not _bracketed(c)
                           for said in (_speakers_run_in(c),) for n in (c, *c.conjuncts) if n.i not in said]
            named = [a for n in appositions if (a := self.actor_of(n))]
            if named and (not actor or node.pos_ == "NOUN" and all(n.pos_ == "PROPN" for n in appositions)
                          and not any(self.is_state(a) for a in named)):
                # "the militant group, HAMAS, fired", "granted asylum to two opposition leaders, ZENON POZNYAK
                # AND SERGEI NAUMCHIK": the names in apposition say who (not an "(PLO)" alias, nor a people
                # that narrows the noun: "attacks on immigrants, particularly MEXICANS")
                _add(found, *(m for a in named for m in self.members_of(a)))
                continue
            if actor:
                _add(found, *self.members_of(actor))
                for person in self._persons_run_in(node, actor):
                    _add(found, *self.members_of(person))
                continue
            if node.lemma_.lower() in not_the_owner():
                continue  # "TRUMP'S RIVALS attacked him", "his brother": not the owner
            core = self._core(node)
            if node.lemma_.lower() in own_parties():  # "HIS organization is urging": not he
                core = [t for t in core if t.tag_ != "PRP$"]
            # "members of SUU KYI's National League": the owner of a party named in the phrase is not another party
            owners = {o.i for t in core if t.dep_ == "poss" and t.head != node and t.head.dep_ != "poss" and t.head.ent_type_ == "ORG"
                      and self.actor_of(t.head) for o in t.subtree}
            if any(t.dep_ == "compound" and t.head == node and t.ent_type_ == "ORG" and self.actor_of(t) for t in core):
                # "Osama bin Laden's AL QAEDA network was planning attacks": the body named acts, not its owner
                # (a place names none: "visited Clinton's BROOKLYN headquarters")
                owners |= {o.i for t in node.children if t.dep_ == "poss" for o in t.subtree}
            core = [t for t in core if t.i not in owners]
            modifiers = [t for t in core if t.i < node.i and self.actor_of(t)]
            for token in modifiers or core:  # "the Turkish and Greek sides of Cyprus": the modifiers act
                actor = self.actor_of(token)
                if actor:
                    _add(found, *self.members_of(actor))
        return found

    def _persons_run_in(self, head: Token, actor: str) -> list[str]:
        """"Russian peacemaker Alexander LEBED and Chechen leader Aslan Maskhadov started talks": the
        parser may read two titled names as one phrase headed by the last ("TRUMP and Democratic rival
        Hillary Clinton meet"); a name before the head that carries its own "and" is a second party."""
        if head.ent_type_ != "PERSON":
            return []
        found = []
        for token in head.doc[head.left_edge.i:head.i]:
            other = self.actor_of(token)
            if other and other != actor and any(c.dep_ == "cc" and c.lower_ == "and" for c in token.children):
                found.append(other)
        return found

    def _reporter_of(self, pronoun: Token) -> list[str]:
        """"Syria says IT will withdraw": an unresolved subject pronoun of a reported clause is the
        reporter (the usual reading in news; the actors stage resolves most pronouns itself)."""
        clause = pronoun.head
        if pronoun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
            return []
        if pronoun.dep_ == "nsubjpass" and clause.lemma_.lower() in load_rules().person_patient_verbs:
            return []  # "China says THEY were deported": people, not the state that speaks
        if any(c.lower_ in QUESTION_WORDS and c.i < pronoun.i for c in clause.children):
            return []  # "explained WHY they were not deported": an indirect question, not a report of oneself
        reporter = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        if reporter is None or reporter.tag_ == "PRP":
            return []
        if pronoun.lower_ == "it" and reporter.tag_ in ("NNS", "NNPS") and not reporter.conjuncts:
            return []  # "ANALYSTS say IT is unlikely to launch a strike": a plural is no "it"
        if pronoun.lower_ in ("they", "we") and reporter.tag_ == "NN" and (
                reporter.lemma_.lower() in person_nouns() or any(c.lower_ == "one" for c in reporter.children)):
            return []  # "'THEY shot people,' one passenger said": one person is no "they" (but "a group said they")
        found = self.actors(reporter)
        return [] if any(self.news_outlet(a) for a in found) else found  # "Newspapers said IT killed"

    def _core(self, head: Token, depth: int = 0) -> list[Token]:
        """Tokens of the head's noun phrase, following only ``of``-phrases among prepositions."""
        out: list[Token] = []
        if depth > 3:
            return out
        for child in head.children:
            if child.dep_ not in CORE_DEPS:
                continue
            if child.dep_ == "prep" and child.lower_ not in CORE_PREPS:
                continue
            if child.dep_ == "conj" and depth == 0:
                continue  # coordinated heads are read by ``actors``; coordinated modifiers belong here
            if child.dep_ in ("poss", "prep") and head.lemma_.lower() in not_the_owner():
                continue  # "none of TRUMP'S rivals": not Trump
            out.append(child)
            out.extend(self._core(child, depth + 1))
        return out

    # -- arguments of a trigger ------------------------------------------------------------------
    def for_verb(self, verb: Token, target_preps: tuple[str, ...] = (), theme: bool = False,
                 code: str | None = None, content: tuple[str, ...] = (), destination: tuple[str, ...] = ()) -> Arguments:
        """``theme``: the object (or passive subject) is what is moved or used, so only a
        prepositional complement can name the target ("troops were deployed TO X").  ``code``: the
        CAMEO code being coded (see :func:`material_act`, :func:`verbal_conflict`).  ``content``:
        the slots that name what is asked for (see :attr:`Arguments.content`); ``destination``: the
        prepositions that name where the patient goes, never the target."""
        args = Arguments(inside=material_act(code), accusation=verbal_conflict(code), content=content,
                         destination=destination, site_is_party=not violent(code) and not halted_talks(code),
                         inner_frame=code is None or code.startswith(INNER_FRAME_ROOTS))
        if theme:
            subject = self._subject(verb)
            agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            if agent is not None:
                args.source, args.source_path = self.actors(agent), "agent>pobj"
            elif subject is not None and subject[0].dep_ != "nsubjpass":
                args.source, args.source_path = self.actors(subject[0]), subject[1]
            theme_word = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
            if not self._preps(verb, args, target_preps) and theme_word is not None:
                # "donated vaccines TO the Philippines": the parser often hangs the complement on the theme
                self._preps(theme_word, args, target_preps, f"{theme_word.dep_}>")
            if not args.target and violent(code):
                self._holder(verb, args)
            return args
        shared = _agent_conjunct(verb)
        reduced = (reduced_passive(verb) or shared is not None and _bare_participle(verb)) \
            and not (code is not None and code.startswith(COMMISSIVE_ROOTS) and _as_clause(verb))
        passive = reduced or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        described = verb.head if verb.dep_ == "conj" and verb.head.dep_ in ("acl", "amod") and reduced \
            and verb.head.tag_ in ("VBN", "VBD") else verb  # (not "the undivided and RECOGNIZED capital")
        subject = (described.head, "conj<" * (described is not verb) + f"{described.dep_}<head") \
            if reduced and described.dep_ in ("acl", "amod") else self._subject(verb)  # "refugees shot AND KILLED by"
        args.passive = passive
        if passive:
            agent = next((g for v in (verb, shared) if v is not None for c in v.children if c.dep_ == "agent"
                          for g in c.children if g.dep_ == "pobj"), None)  # "were beaten and detained BY POLICE"
            if agent is not None:
                args.source, args.source_path = self.actors(agent), "agent>pobj"
            elif code in AUTHORITY_PREPS:  # "was expelled FROM THE PARTY", "was detained IN NORTH KOREA"
                word = AUTHORITY_PREPS[code]
                origin = next((o for c in verb.children if c.dep_ == "prep" and c.lower_ == word if (o := pobj_of(c))), None)
                authority = self.actors(origin) if origin is not None else []
                if authority and (word != "in" or all(self.is_state(a) for a in authority)):  # not "arrested IN MOSCOW"
                    args.source, args.source_path = authority, f"prep:{word}>pobj"
                    args.destination = (*args.destination, word)  # and no target
            if subject is not None:
                args.target, args.target_path = self.actors(subject[0]), subject[1]
                self._between(subject[0], args)
                if not args.target and not args.reciprocal and subject[1] == "nsubjpass":
                    self._inside(subject[0], args, "nsubjpass>")
        elif subject is not None and self._names_bare_act(subject[0]):
            # "the BOMBING of a French base killed ...": an act as subject is done by its own agent
            args.source, args.source_path = self._agent_of_act(subject[0]), subject[1] + ">agent-of-act"
        elif subject is not None:
            args.source, args.source_path = self.actors(subject[0]), subject[1]
            if args.source:
                _add(args.source, *self._companions(verb, subject[0]))
        unresolved_patient = passive and subject is not None and subject[0].tag_ == "PRP" and not args.target
        if not args.target and not unresolved_patient:  # "HE was charged with murder in Kenya": not Kenya
            self._objects(verb, args, target_preps)
        if not args.target and code is not None and code.startswith(REQUEST_ROOTS):
            self._for_to_subject(verb, args)
        site = args.target_path.startswith("prep:") and args.target_path.split(">")[0][5:] in SITE_PREPS
        if (not args.target or site) and not args.reciprocal:
            self._purpose_target(verb, args)  # (whom a protest asks something of beats where it is held)
        if not args.target and not args.reciprocal and verb.dep_ in ("xcomp", "advcl") and self._subject_purpose(verb):
            self._contacted(verb, args)
        return args

    def _subject_purpose(self, clause: Token) -> bool:
        """"PHONED Erdogan to offer condolences", "called Sanders to congratulate HIM": an infinitive after a
        verb of contact (``contact_verbs.txt``), or one whose own object is a pronoun for the main object,
        says what the subject came to do — the object does not do it.  A pronoun that names the main
        subject leaves the object the doer ("Suu Kyi invited him to visit HER": he visits her)."""
        if not infinitive(clause):
            return False  # "visited them the day after the 40 WERE DEPORTED": a time clause, no purpose
        if clause.head.lemma_.lower() in word_list("contact_verbs.txt") or called_to_say(clause):
            return True
        pronouns = [c for c in clause.children if c.dep_ in ("dobj", "dative") and c.lower_ in ("him", "her", "them")]
        if not pronouns:
            return False
        subject = self._subject(clause.head)
        main = self.actor_of(subject[0]) if subject is not None else None
        return main is None or all(self.actor_of(p) != main for p in pronouns)

    def _contacted(self, purpose: Token, args: Arguments) -> None:
        """"Putin PHONED ERDOGAN to offer condolences": what the subject came to do is aimed at whom it
        contacted."""
        contacted = [a for c in purpose.head.children if c.dep_ in ("dobj", "obj")
                     for a in self.actors(c) if a not in args.source]
        if contacted:
            args.target, args.target_path = contacted, f"{purpose.dep_}<head>dobj"

    def for_noun(self, noun: Token, target_preps: tuple[str, ...] = (), code: str | None = None,
                 content: tuple[str, ...] = ()) -> Arguments:
        args = Arguments(inside=material_act(code), accusation=verbal_conflict(code), content=content)
        if (clause := _light_relative(noun)) is not None and (subject := self._subject(clause)) is not None:
            # "the attacks THAT TRUMP LODGED against Cruz", "the strikes ISRAEL CARRIED OUT on Gaza": the
            # subject of a light verb in a relative clause does the act, its "against" phrase takes it
            args.source = self.actors(subject[0])
            if args.source:
                args.source_path = f"relcl>{subject[1]}"
                self._preps(clause, args, (*AGAINST_PREPS, "on", "at", "with"), "relcl>")
        possessor = bool(args.source) or any(
            c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by")
            or (c.dep_ in ("amod", "nmod") and c.i < noun.i and self.actor_of(c))  # "condemned the ISRAELI raid"
            for c in noun.children)
        if not possessor and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
            # "Canada requested WTO consultations with the U.S.": the requester acts, not the modifier
            subject = self._subject(noun.head)
            if subject is not None and (actors := self.actors(subject[0])):
                args.source, args.source_path = actors, f"dobj<{subject[1]}"
                _add(args.source, *self._companions(noun.head, subject[0]))
        for child in noun.children:
            if child.dep_ == "poss" or (child.dep_ in ("amod", "nmod") and child.i < noun.i):
                actors = self.actors(child)
                if actors and not args.source:
                    args.source, args.source_path = actors, child.dep_
            elif child.dep_ == "prep" and child.lower_ == "by":
                pobj = pobj_of(child)
                if pobj is not None and not args.source:
                    args.source, args.source_path = self.actors(pobj), "prep:by>pobj"
        self._between(noun, args)
        if args.source and code and code.startswith("04"):
            self._host_modifier(noun, args)
        if not args.target:
            self._preps(noun, args, target_preps or tuple(TARGET_PREPS - {"of"}))
        if not args.target and (args.accusation or violent(code)):  # (a verbal "attack" is still coded 190 here)
            self._accused_in_content(noun, args)  # "pressed his ATTACK THAT Clinton is not qualified"
        if not args.target and violent(code):
            self._hit_by_act(noun, args)
        if not args.target and not args.reciprocal:
            self._theme_origin(noun, args)
        if not args.target and not args.reciprocal:
            self._inside_preps(noun, args, target_preps or tuple(TARGET_PREPS - {"of"}))
        if not args.target and not args.reciprocal:
            self._purpose_target(noun, args)  # "demonstrations TO DEMAND reforms by X"
        if not args.target and not args.reciprocal and noun.dep_ == "dobj":
            self._purpose_target(noun.head, args)  # "staged demonstrations ..., TO DEMAND reforms by X"
        if not args.source and noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX") \
                and not any(c.dep_ == "expl" for c in noun.head.children):  # ("THERE is an investigation": by no one named)
            subject = self._subject(noun.head)
            if subject is not None and not (noun.dep_ == "attr" and subject[0].lemma_.lower() in patient_acts()
                                            and not self.actor_of(subject[0])):
                # ("HIS POISONING was an attack": the poisoned man is no attacker)
                args.source, args.source_path = self.actors(subject[0]), f"{noun.dep_}<{subject[1]}"
        elif not args.source and not args.reciprocal and (measure := _measure_of(noun)) is not None:
            subject = self._subject(measure.head)  # "led eight HOURS of talks with X", "held a ROUND of talks"
            if subject is not None:
                args.source, args.source_path = self.actors(subject[0]), f"pobj<prep:of<dobj<{subject[1]}"
        elif not args.source and _answering_act(noun):
            subject = self._subject(noun.head.head)  # "Iran retaliated WITH missile STRIKES on Israel"
            if subject is not None:
                args.source, args.source_path = self.actors(subject[0]), f"pobj<prep:with<{subject[1]}"
            struck = next((c for c in noun.head.head.children if c.dep_ == "dobj"), None)
            if not args.target and struck is not None and not args.reciprocal:
                # "hitting MOSCOW with sanctions": the one the act lands on is the verb's object
                found = [a for a in self.actors(struck) if a not in args.source]
                if found:
                    args.target, args.target_path = found, "pobj<prep:with<dobj"
        elif not args.source and (adjective := _adjective_of(noun)) is not None:
            subject = self._subject(adjective)  # "Russia is READY FOR talks", "said it was OPEN TO dialogue"
            if subject is not None:
                args.source, args.source_path = self.actors(subject[0]), f"pobj<prep<acomp<{subject[1]}"
        elif args.source and not args.target and not args.reciprocal and code and code.startswith(ADDRESSED_ROOTS):
            self._addressee(noun, args)
        return args

    def received(self, noun: Token, args: Arguments) -> bool:
        """"Israel FACED condemnation FROM Turkey", "Russia DREW protests from Ukraine", "Greece CAME
        UNDER criticism from Turkey": the subject of a receiving verb (``receiving_verbs.txt``) or of
        "come under" is the target of the act its object names, and whoever the act comes from or is
        made by is the source.  Whether the noun is such an object."""
        verb = noun.head
        if noun.dep_ == "pobj" and verb.lower_ == "under" and verb.head.lemma_.lower() in ("come", "be"):
            verb = verb.head  # "Greece CAME UNDER criticism from Turkey", "the convoy was under attack"
        elif noun.dep_ != "dobj" or verb.lemma_.lower() not in word_list("receiving_verbs.txt"):
            return False
        subject = self._subject(verb)
        args.target = self.actors(subject[0]) if subject is not None else []
        args.target_path = f"{'pobj<prep:under<' if noun.dep_ == 'pobj' else 'dobj<'}{subject[1]}" if args.target else ""
        givers = [pobj for prep in (*verb.children, *noun.children) if prep.dep_ == "prep" and prep.lower_ in ("from", "by")
                  and (pobj := pobj_of(prep)) is not None]
        args.source = [a for g in givers for a in self.actors(g) if a not in args.target]
        args.source_path = f"prep:{givers[0].head.lower_}>pobj" if args.source else ""
        if not args.source:  # "Japan faced CHINA'S demands", "faced CHINESE demands": the owner makes them
            owners = [c for c in noun.children if c.dep_ in ("poss", "amod", "compound") and c.i < noun.i]
            args.source = [a for c in owners for a in self.actors(c) if a not in args.target]
            args.source_path = "dobj>owner" if args.source else ""
        args.reciprocal = []
        return True

    def _accused_in_content(self, noun: Token, args: Arguments) -> None:
        """"his attack THAT Clinton is not qualified", "the charge THAT Ruto rigged the vote": an
        accusation with a content clause (see :func:`content_clause`) is aimed at that clause's subject."""
        clause = content_clause(noun)
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause is not None else None
        actors = [a for a in self.actors(subject) if a not in args.source] if subject is not None else []
        if actors:
            args.target, args.target_path = actors, f"{clause.dep_}>nsubj"

    def _host_modifier(self, noun: Token, args: Arguments) -> None:
        """"his WHITE HOUSE meeting", "his BEIJING visit": beside the owner of a meeting, an actor named
        as a modifier of it is the one met or visited."""
        hosts = [a for c in noun.children if c.dep_ == "compound" and c.i < noun.i
                 for a in self.actors(c) if a not in args.source]
        if hosts:
            args.target, args.target_path = hosts, "compound"

    def _hit_by_act(self, noun: Token, args: Arguments) -> None:
        """"airstrikes by the army KILLED 50 militants", "raids in which 20 civilians WERE KILLED": an
        attack that is the subject of a verb of harm, or the scene of one, is aimed at whom it harmed;
        one that someone is kept from ("PROTECT Kurds from attack by Iraq") at whom is kept from it."""
        verb = noun.head
        if noun.dep_ == "nsubj" and verb.lemma_.lower() in harm_verbs() and self._harmed(verb, args, "nsubj<head>"):
            return
        for clause in noun.children:  # "attacks INFLICTING heavy losses ON government troops", "raids KILLING 20"
            if clause.dep_ == "acl" and clause.tag_ == "VBG" and clause.lemma_.lower() in harm_verbs() \
                    and self._harmed(clause, args, "acl>"):
                return
        for clause in noun.head.children if noun.dep_ in ("dobj", "obj") else ():
            # "intensified ATTACKS since May, INFLICTING heavy casualties ON X": the parser hangs it on the verb
            if clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.lemma_.lower() in harm_verbs() \
                    and self._harmed(clause, args, "dobj<head>advcl>"):
                return
        scene = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during") else None
        if scene is not None and scene.lemma_.lower() in harm_verbs():  # "21 passengers DIED IN the attack"
            # "three soldiers were KILLED and 11 were injured IN an airstrike": the harm joined before it too
            scenes = [scene, scene.head] if scene.dep_ == "conj" and scene.head.lemma_.lower() in harm_verbs() else [scene]
            victims = [a for verb in scenes for c in verb.children
                       if c.dep_ == "nsubjpass" or c.dep_ == "nsubj" and not any(o.dep_ in ("dobj", "obj") for o in verb.children)
                       for a in self.actors(c) if a not in args.source]  # ("died", not "killed X")
            if victims:
                args.target, args.target_path = victims, "pobj<prep:in<harm>subject"
                return
        keeper = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "from" else None
        if keeper is not None and keeper.lemma_.lower() in word_list("protection_verbs.txt"):  # "protect X FROM ATTACK"
            kept = [a for c in keeper.children if c.dep_ in ("dobj", "obj") for a in self.actors(c) if a not in args.source]
            if kept:
                args.target, args.target_path = kept, "pobj<prep:from<protect>dobj"
                return
        for clause in noun.children:  # "air raids IN WHICH 20 civilians WERE KILLED"
            if clause.dep_ == "relcl" and clause.lemma_.lower() in harm_verbs() and any(
                    p.dep_ == "prep" and p.lower_ in ("in", "during") and any(w.lower_ == "which" for w in p.children)
                    for p in clause.children):
                victims = [a for c in clause.children if c.dep_ == "nsubjpass" for a in self.actors(c) if a not in args.source]
                if victims:
                    args.target, args.target_path = victims, "relcl:in-which>nsubjpass"
                    return

    def _harmed(self, verb: Token, args: Arguments, path: str) -> bool:
        """Whom a verb of harm harmed: its object ("killed 50 MILITANTS") or, where the object is the
        harm itself, the party it fell "on" ("inflicted losses ON the army")."""
        for child in verb.children:
            if child.dep_ == "dobj" and (actors := [a for a in self.actors(child) if a not in args.source]):
                args.target, args.target_path = actors, path + "dobj"
                return True
            if child.dep_ == "dobj" and self._preps(child, args, ("on",), path + "dobj>"):
                return True  # (the parser hangs "on X" on the harm: "inflicted LOSSES ON X")
        return self._preps(verb, args, ("on",), path)

    def answered_proposer(self, verb: Token, args: Arguments) -> None:
        """"Israel OFFERED a truce, but Hamas REFUSED", "X proposed talks and Y accepted (it)": an
        answer coordinated after a proposal (``proposing_verbs.txt``), with a subject of its own and
        no other object than a pronoun, answers whoever proposed."""
        proposal = verb.head
        if verb.dep_ != "conj" or verb.lemma_.lower() not in load_rules().answering_verbs \
                or proposal.lemma_.lower() not in word_list("proposing_verbs.txt") or _own_subject(verb) is None:
            return
        if any(c.dep_ in ("dobj", "obj") and c.pos_ != "PRON" for c in verb.children):
            return  # "... but Ukraine rejected the SANCTIONS": something else is answered
        subject = self._subject(proposal)
        proposers = [a for a in self.actors(subject[0]) if a not in args.source] if subject is not None else []
        if proposers:
            args.target, args.target_path = proposers, "conj<proposal>nsubj"

    def _addressee(self, noun: Token, args: Arguments) -> None:
        """"the North accepted SEOUL'S REQUESTS", "settled the dispute AT OBAMA'S REQUEST": whoever
        answers someone else's request, demand or offer is the one it was made to."""
        if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
            verb = noun.head
        elif noun.dep_ == "pobj" and noun.head.lower_ in ("at", "upon", "on", "to", "with"):  # "agrees TO Beijing's demands"
            verb = noun.head.head  # the parser may hang "at X's request" on the object: "settled a dispute AT"
            if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
                verb = verb.head
            if verb.pos_ != "VERB":
                return
        else:
            return
        subject = self._subject(verb)
        actors = [a for a in self.actors(subject[0]) if a not in args.source] if subject is not None else []
        if actors:
            args.target, args.target_path = actors, f"addressee<{subject[1]}"

    def _subject(self, verb: Token) -> tuple[Token, str] | None:
        """The verb's subject, inherited from governing verbs for xcomp/conj/relative clauses."""
        node, path = verb, ""
        for _ in range(_MAX_INHERIT):
            subject = _own_subject(node)
            if subject is not None:
                relative = subject.tag_ == "WDT" or subject.lower_ in ("who", "which", "that")
                if relative and node.dep_ == "relcl":
                    return self._antecedent(node), path + "relcl<head"
                if relative and node.dep_ == "ccomp" and node.head.dep_ == "relcl":
                    # "rebels WHO Baghdad says ARE BACKED by Iran": the relative pronoun sits in the
                    # statement the relative clause reports, and still names the rebels
                    return self._antecedent(node.head), path + "ccomp<relcl<head"
                return subject, path + subject.dep_
            if node.dep_ == "relcl":
                return self._antecedent(node), path + "relcl<head"
            if _misparsed_main_clause(node):
                return node.head, path + "acl<head"  # "Israeli AIRSTRIKES killed 40 people": the noun is the subject
            if node.dep_ == "pcomp" and node.head.lower_ in EXAMPLE_PREPS:
                return None  # "Turkey's policy, LIKE supporting X": an example, not the subject's act
            if node.dep_ == "pcomp" and node.head.lower_ == "for" and node.head.head.lemma_.lower() in request_verbs():
                return None  # "called FOR DENYING entry": an act asked for, not done by the one asking
            if node.dep_ == "pcomp" and node.head.dep_ == "prep" and (node.head.lower_ != "by" or _of_charge(node.head.head)) \
                    and node.head.lower_ not in TIME_PREPS and not _alternative(node.head):
                # "accused X of supporting": X supports (but "teased X BY defying X": the subject acts,
                # unless the "by" says how the charged act was done: "accused Israel OF escalating
                # violence BY KILLING three Palestinians"); "lashed out AT Turkey for having shot down":
                # so does the one blamed
                controller = next((c for c in node.head.head.children if c.dep_ in ("dobj", "obj")), None) or next(
                    (p for c in node.head.head.children if c.dep_ == "prep" and c.lower_ == "at" and c.i < node.i
                     for p in c.children if p.dep_ == "pobj"), None)
                if controller is not None:
                    return controller, path + "pcomp<prep<dobj"
            subject_purpose = node.dep_ in ("xcomp", "advcl") and self._subject_purpose(node)
            if node.dep_ == "xcomp" and not subject_purpose:  # object control: "invited Putin to visit"
                controller = next((c for c in node.head.children if c.dep_ in ("dobj", "obj")), None)
                if controller is not None:
                    return controller, path + "xcomp<dobj"
            if node.dep_ in ("xcomp", "advcl") and infinitive(node) and not subject_purpose:
                # "gathered INFLUENCERS to visit cities", "called on JAPAN to withdraw": the object acts;
                # so does the addressee of a request noun ("made an appeal to RUSSIA to stop")
                request = next((c for c in node.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                                and c.lemma_.lower() in purpose_controllers()), None)
                asker = node.head if node.head.lemma_.lower() in purpose_controllers() else request
                objects = [] if asker is None or asker is request else [
                    c for c in asker.children if c.dep_ in ("dobj", "obj")]
                addressees = [] if asker is None else [
                    p for c in asker.children if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon", "to")
                    for p in c.children if p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME")]  # not "on MONDAY"
                controller = next(iter(objects + addressees), None)
                if controller is not None:
                    return controller, path + f"{node.dep_}<{controller.dep_}"
            # never up from a reported clause ("The United States said Iran is DEFYING ...": a subject the
            # parser missed is not the speaker)
            if node.dep_ not in ("xcomp", "conj", "advcl", "acl", "acomp", "pcomp", "prep") or node.head.i == node.i:
                return None
            path += f"{node.dep_}<"
            node = node.head
        return None

    def _companions(self, verb: Token, subject: Token) -> list[str]:
        """"The United States, ALONG WITH Britain and France, called ...": the companions act too; so
        do the other subjects of "he AND Maskhadov agreed" where the parser left the "and" dangling
        and gave the verb two subjects."""
        found: list[str] = []
        if any(c.dep_ == "cc" for c in subject.children) and not list(subject.conjuncts):
            for other in verb.children:
                if other.dep_ == subject.dep_ and other.i > subject.i:
                    _add(found, *self.actors(other))
        objects = [c.i for c in verb.children if c.dep_ in ("dobj", "obj")]
        for head in (verb, subject):
            for prep in head.children:
                if head is verb and any(i < prep.i for i in objects):
                    continue  # "jailed him ALONG WITH other leaders": the object's companions
                if prep.dep_ == "prep" and prep.lower_ in ("along", "together"):
                    for inner in prep.children:
                        if inner.dep_ == "prep" and inner.lower_ == "with" and (pobj := pobj_of(inner)) is not None:
                            _add(found, *self.actors(pobj))
        return found

    def _names_bare_act(self, noun: Token) -> bool:
        """A noun naming an act that is no actor itself ("the bombing", not "the bombers")."""
        return noun.pos_ == "NOUN" and not self.actor_of(noun) and self.names_act(noun)

    def _agent_of_act(self, noun: Token) -> list[str]:
        """Who does the act a noun names: its possessor, "by" phrase or actor modifier ("RUSSIA's
        strike", "a strike BY Russia", "a RUSSIAN strike", "the strikes RUSSIA carried out", the leader of
        "US-led coalition strikes", as the noun's own reading has it), never its "of" phrase (what is
        struck)."""
        found: list[str] = []
        for token in noun_phrase(noun)[1:]:
            if token.i < noun.i and (actor := self.actor_of(token)):
                _add(found, *self.members_of(actor))
            elif token.i < noun.i and token.dep_ == "amod" and token.lemma_.lower() == "lead":
                for leader in (c for c in token.children if c.dep_ == "npadvmod"):  # "US-LED coalition strikes"
                    _add(found, *self.actors(leader))
        for child in noun.children:
            if not found and child.dep_ == "prep" and child.lower_ == "by" and (pobj := pobj_of(child)) is not None:
                found = self.actors(pobj)
        if not found and (clause := _light_relative(noun)) is not None and (subject := self._subject(clause)) is not None:
            found = self.actors(subject[0])
        return found

    def _antecedent(self, relative: Token) -> Token:
        """The noun a relative clause is about.  The parser hangs it on the nearest noun, but "the
        BOMBING of a French base THAT KILLED nine soldiers" is about the act, not the place ("the
        arrest of militants WHO attacked" stays about the people, "the HEAD of Operation Hydrant, WHICH is
        investigating" about the operation: a noun that names a party is no act)."""
        noun = relative.head
        prep = noun.head
        personal = any(c.lower_ in ("who", "whom", "whose") for c in relative.children)
        if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ in ("NOUN", "PROPN") \
                and self.names_act(prep.head) and not personal and self.actor_of(prep.head) is None:
            return prep.head
        return noun

    def _objects(self, verb: Token, args: Arguments, target_preps: tuple[str, ...]) -> None:
        if self._relative_object(verb, args) or self._summed_up_by_plural(verb, args):
            return
        for child in verb.children:
            if child.dep_ in ("dobj", "dative", "obj", "attr", "oprd"):
                if self.asked_for(child, args):
                    self._preps(child, args, target_preps, f"{child.dep_}>")  # "demanded autonomy FROM X"
                    if not args.target:
                        self._party_of_asked(child, args)  # "demanded the resignation OF President X"
                    if args.target:
                        return
                    continue
                actors = [a for a in self.actors(child) if a not in args.source]  # not "press THEIR demands"
                if actors and self.names_act(child) and verb.lemma_.lower() in word_list("light_verbs.txt"):
                    # "expressed HIS GOVERNMENT's support for the court": whose act the light verb lends is
                    # the acting side, never the one acted on
                    owners = {a for c in child.children if c.dep_ == "poss" for a in self.actors(c)}
                    actors = [a for a in actors if a not in owners]
                if actors and not args.accusation and self.names_act(child) and not self.actor_of(child) \
                        and not any(c.dep_ == "poss" for c in child.children) \
                        and self._preps(child, args, ("with",), f"{child.dep_}>"):
                    return  # "requested WTO CONSULTATIONS WITH the U.S.": the partner, not the forum
                if actors and args.accusation and not self.actor_of(child) and child.lemma_.lower() in patient_acts():
                    continue  # "condemned MHLANGA's arrest": aimed at the arrester, not at the one arrested
                if actors:
                    args.target, args.target_path = actors, child.dep_
                    return
                self._between(child, args)
                if self._verb_prep_on_object(child, args, target_preps):
                    return
                # ("promised RETALIATION AGAINST X": whom a pledged threat is aimed at is its target; not
                # "condemns violence against civilians")
                object_preps = (*target_preps, *AGAINST_PREPS) if target_preps and args.accusation \
                    and child.lemma_.lower() in pledged_threats() else target_preps
                if self._preps(child, args, object_preps or tuple(TARGET_PREPS), f"{child.dep_}>"):
                    return
        preps = target_preps or tuple(TARGET_PREPS - {"of"})
        if not args.site_is_party and any(c.dep_ in ("dobj", "obj") for c in verb.children):
            # "stormed a hotel IN the city of X"; an aim the pattern names keeps its party ("shot flares
            # AT Swedish planes")
            preps = tuple(p for p in preps if p not in SITE_PREPS or p in target_preps and p in AIM_PREPS)
        self._preps(verb, args, preps)
        if not args.target:
            self._object_taken_by_reporter(verb, args)
        if not args.target:
            self._partner_on_occasion(verb, args, preps)
        if not args.target:
            self._aim_of_content(verb, args)
        if not args.target:
            self._partner_of_act(verb, args)
        if not args.target and not args.passive:
            self._author_of_object(verb, args)
        if not args.target and not args.accusation and not args.inside and "clause" not in args.content:
            self._subject_of_news(verb, args)  # (what is denied names no target: "rebuffed fears that ...")
        if not args.target:
            self._shared_object(verb, args)
        if not args.target:
            self._recipient(verb, args)
        if not args.target and "clause" not in args.content and "clause-subject" not in args.content:
            self._clause_subject(verb, args)
        if not args.target and "clause" not in args.content:  # "denied PROVIDING sanctuary to X"
            for child in verb.children:
                if child.dep_ != "xcomp" or not args.inner_frame or args.passive:
                    continue  # (a passive's infinitive is a purpose: "must be rejected TO PROTECT X's credibility")
                for inner in (child, *child.conjuncts):  # "threatened to cut off electricity TO X": the inner verb's frame
                    self._objects(inner, args, ())  # ... or its conjunct's ("to build a wall AND DEPORT X")
                    if args.target:
                        args.target_path = ("xcomp>" if inner is child else "xcomp>conj>") + args.target_path
                        return
        if not args.target and (args.accusation or args.inside):  # a promise IF Congress fails is not to Congress
            self._condition_subject(verb, args)
        if not args.target:
            self._owner_of_ground(verb, args)
        if not args.target:
            self._inside_objects(verb, args)
        if not args.target:
            self._inside_preps(verb, args, preps)

    def _object_taken_by_reporter(self, verb: Token, args: Arguments) -> None:
        """"Police have detained dissident WANG DONGHAI, the group Human Rights in China said": the
        parser makes the object left without its verb the subject of the reporting verb after it, and
        the speaker its apposition; the name before the comma is the one acted on."""
        report = verb.head
        if verb.dep_ != "ccomp" or report.i < verb.i or not speech_verb(report.lemma_.lower()) or any(
                c.dep_ in ("dobj", "obj") for c in verb.children):
            return
        subject = next((c for c in report.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or subject.left_edge.i != verb.right_edge.i + 1 or not any(
                c.dep_ == "appos" and c.i > subject.i for c in subject.children):
            return
        if actor := self.actor_of(subject):
            args.target, args.target_path = self.members_of(actor), "ccomp<nsubj"

    def _partner_on_occasion(self, verb: Token, args: Arguments, preps: tuple[str, ...]) -> None:
        """"met ON two separate OCCASIONS WITH Russia's ambassador", "talks ON TUESDAY WITH X": a "with"
        phrase the parser hung on an occasion or a date (``occasion_nouns.txt``) is the verb's partner."""
        if "with" not in preps:
            return
        for child in verb.children:
            pobj = pobj_of(child) if child.dep_ == "prep" and child.lower_ in ("on", "at", "during", "in") else None
            if pobj is not None and (pobj.lemma_.lower() in word_list("occasion_nouns.txt")
                                     or pobj.ent_type_ in ("DATE", "TIME")) \
                    and self._preps(pobj, args, ("with",), f"prep:{child.lower_}>pobj>"):
                return

    def _verb_prep_on_object(self, obj: Token, args: Arguments, target_preps: tuple[str, ...]) -> bool:
        """"blamed the raid on Yemen ON U.S. generals": the verb's phrase with a preposition its pattern
        names comes before the same preposition inside the object; of two such phrases the parser hung
        inside the object, the last is the verb's own when it names a party itself."""
        for word in target_preps:
            own = [c for c in obj.head.children if c.dep_ == "prep" and c.lower_ == word and c.i > obj.i]
            phrases = [t for t in obj.subtree if t.dep_ == "prep" and t.lower_ == word]
            if not phrases:
                continue
            pobj = pobj_of(own[0]) if own else pobj_of(phrases[-1]) if len(phrases) > 1 else None
            if pobj is None or not own and not self.actor_of(pobj):
                continue  # "blamed attacks on militants present on AFGHAN soil": a place, not the one blamed
            actors = [a for a in self.actors(pobj) if a not in args.source]
            if actors:
                args.target, args.target_path = actors, f"prep:{word}>pobj" if own else f"{obj.dep_}>prep:{word}(last)>pobj"
                return True
        return False

    def _owner_of_ground(self, verb: Token, args: Arguments) -> None:
        """"Japan accused a Chinese spy plane of violating ITS airspace": the airspace, waters or borders
        (``state_grounds.txt``) the doer violates are another party's — the one who says or charges it."""
        if not any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in word_list("state_grounds.txt")
                   and any(p.dep_ == "poss" and p.pos_ == "PRON" for p in c.children) for c in verb.children):
            return
        node = verb
        for _ in range(_MAX_INHERIT):
            if node.dep_ not in ("pcomp", "prep", "ccomp", "xcomp", "advcl", "conj") or node.head.i == node.i:
                return
            node = node.head
            subject = self._subject(node) if node.pos_ in ("VERB", "AUX") else None
            owners = [a for a in self.actors(subject[0]) if a not in args.source] if subject is not None else []
            if owners:
                args.target, args.target_path = owners, f"owner-of-ground<{subject[1]}"
                return

    def _party_of_asked(self, phrase: Token, args: Arguments) -> None:
        """"demanded the resignation OF President Ben Bella", "demanded Ben Bella'S resignation", "reforms
        BY Suharto's government", "independence FROM Iraq": the party named in an act asked for is whom
        the demand is aimed at; a body still to be made is none ("the creation of A government"), nor is
        what an act makes or keeps (``made_or_kept_acts.txt``: "the protection of refugees")."""
        if phrase.lemma_.lower() in word_list("made_or_kept_acts.txt"):
            return
        for prep in phrase.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "by", "from") and (pobj := pobj_of(prep)) is not None \
                    and not _still_to_make(pobj):
                actors = [a for a in self.actors(pobj) if a not in args.source]
                if actors:
                    args.target, args.target_path = actors, f"{phrase.dep_}>prep:{prep.lower_}>pobj"
                    return
        for owner in (c for c in phrase.children if c.dep_ == "poss"):  # "demanded Prime Minister X'S resignation"
            actors = [a for a in self.actors(owner) if a not in args.source]
            if actors:
                args.target, args.target_path = actors, f"{phrase.dep_}>poss"
                return

    def _relative_object(self, verb: Token, args: Arguments) -> bool:
        """"Gulen, WHOM Erdogan accuses", "the strategy Obama trumpeted": a relative clause with a subject
        of its own and its object gap acts on the noun it describes."""
        if verb.dep_ == "advcl" and _denies_statement(verb):
            antecedent, actors, statement = None, [], True  # "in a report — WHICH Moscow DENIED", hung on the main verb
        elif verb.dep_ != "relcl" or verb.pos_ != "VERB" or not _object_gap(verb):
            return False
        else:
            antecedent = self._antecedent(verb)
            if antecedent.dep_ == "ROOT":  # "The main opposition ALLIANCE Rassemblement has called for":
                return False  # a name after its description, misread as a clause on a verbless sentence
            actors = [a for a in self.actors(antecedent) if a not in args.source]
            # a party or place is not what is denied, the statement is: "..., the attack in KASHMIR, which Islamabad
            # denied"; a denial of a named statement answers its own makers, whom the sentence may not name:
            # "details of the ALLEGATIONS, which Ailes denies"
            statement = _denies_statement(verb) and (bool(actors) or antecedent.lemma_.lower() not in summary_nouns())
        if actors and not statement:
            args.target, args.target_path = actors, "relcl>antecedent"
            return True
        maker = verb.sent.root if statement else _maker_of_summary(antecedent)
        subject = self._subject(maker) if maker is not None else None
        actors = [a for a in self.actors(subject[0]) if a not in args.source] if subject is not None else []
        if actors:
            args.target, args.target_path = actors, f"relcl>summed-up>{subject[1]}"
        return bool(actors)

    def _summed_up_by_plural(self, verb: Token, args: Arguments) -> bool:
        """"accused the party of rigging the vote, CHARGES the commission DENIED": the denial answers
        the main verb's subject even where the parser reads the summing-up plural as a verb (see
        :func:`misread_summary_plural`)."""
        if verb.dep_ not in ("ccomp", "relcl", "acl") or not misread_summary_plural(verb.head) \
                or verb.lemma_.lower() not in word_list("denial_verbs.txt") \
                or any(c.dep_ in ("dobj", "obj") for c in verb.children):
            return False
        subject = self._subject(verb.head.head)
        actors = [a for a in self.actors(subject[0]) if a not in args.source] if subject is not None else []
        if actors:
            args.target, args.target_path = actors, f"{verb.head.dep_}-plural>summed-up>{subject[1]}"
        return bool(actors)

    def _partner_of_act(self, verb: Token, args: Arguments) -> None:
        """"agreed TO TALKS WITH Israel", "rejected direct TALKS WITH the United States": the partner of
        an act the verb leads to or answers."""
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in ("to", "in") and (pobj := pobj_of(child)) is not None \
                    and self.names_act(pobj) and self._preps(pobj, args, ("with",), f"prep:{child.lower_}>pobj>"):
                return
            if child.dep_ == "dobj" and self.names_act(child) and self._preps(child, args, ("with",), "dobj>"):
                return

    def _aim_of_content(self, verb: Token, args: Arguments) -> None:
        """"called for a total war AGAINST al-Shabab": whom the act asked for is aimed at; else the party
        it names ("called for the resignation OF President X", see :meth:`_party_of_asked`)."""
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in args.content and (pobj := pobj_of(child)) is not None \
                    and self.asked_for(pobj, args):
                if self._preps(pobj, args, AGAINST_PREPS, f"prep:{child.lower_}>pobj>"):
                    return
                self._party_of_asked(pobj, args)
                if args.target:
                    args.target_path = f"prep:{child.lower_}>" + args.target_path
                    return

    def _author_of_object(self, verb: Token, args: Arguments) -> None:
        """"condemned the COUP by Buyoya", "criticized the strategy OBAMA trumpeted": an object that is
        no actor (an act, a decision, remarks) is aimed at whoever made it, even where the parser hangs
        the "by" phrase on the verb."""
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and not self.actors(c)]
        if not objects:
            return
        # the subject of a relative clause on the object or its "of" phrase ("aspects of the strategy
        # OBAMA trumpeted")
        nouns = [*objects, *(g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                             for g in p.children if g.dep_ == "pobj")]
        for clause in (c for n in nouns for c in n.children if c.dep_ == "relcl"):
            if _object_gap(clause):  # not a content clause the parser took for one ("the allegation THAT X attacked Y")
                actors = [a for a in self.actors(_own_subject(clause)) if a not in args.source]
                if actors:
                    args.target, args.target_path = actors, "dobj-author:relcl>nsubj"
                    return
        # the "by" phrase on the verb, or on a participle of the object ("the move ANNOUNCED BY Pompeo")
        heads = [verb, *(c for o in objects for c in o.children if c.dep_ == "acl" and c.tag_ == "VBN")]
        for head in heads:
            for child in head.children:
                by = child if child.dep_ == "prep" and child.lower_ == "by" else (child if child.dep_ == "agent" else None)
                if by is not None and (pobj := pobj_of(by)) is not None:
                    actors = [a for a in self.actors(pobj) if a not in args.source]
                    if actors:
                        args.target, args.target_path = actors, "dobj-author:prep:by>pobj"
                        return

    def _subject_of_news(self, verb: Token, args: Arguments) -> None:
        """"welcomed the announcement THAT UKRAINE had agreed to a ceasefire": verbal cooperation with
        news is aimed at whoever the news is about (the subject of its that-clause)."""
        for obj in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and not self.actor_of(c)):
            for clause in obj.children:
                if clause.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children) \
                        and (subject := _own_subject(clause)) is not None:
                    actors = [a for a in self.actors(subject) if a not in args.source]
                    if actors:
                        args.target, args.target_path = actors, "dobj>acl:that>nsubj"
                        return

    def _shared_object(self, verb: Token, args: Arguments) -> None:
        """"attacking and fighting KENYAN TROOPS": a verb without an object of its own shares the
        object the parser hangs on the next coordinated verb.  Only a verb with no complement at all
        shares it, and only with a bare conjunct (no subject or auxiliary of its own: "refused to
        deploy ... and HAS URGED its citizens" shares nothing)."""
        if any(c.dep_ in ("dobj", "obj", "dative", "xcomp", "ccomp", "prep", "attr") for c in verb.children):
            return
        for conj in verb.children:
            if conj.dep_ != "conj" or conj.pos_ != "VERB" or any(c.dep_.startswith(("nsubj", "aux")) for c in conj.children):
                continue
            for child in conj.children:
                if child.dep_ in ("dobj", "obj"):
                    actors = [a for a in self.actors(child) if a not in args.source]
                    if actors:
                        args.target, args.target_path = actors, f"conj>{child.dep_}"
                    return
            self._shared_object(conj, args)  # "arresting, imprisoning and executing dissidents"
            if args.target:
                args.target_path = "conj>" + args.target_path
            return

    def _recipient(self, verb: Token, args: Arguments) -> None:
        """"refused ADMITTANCE to Ghanaians", "granted asylum to X": beside a thing given or withheld,
        the ``to`` phrase names who receives it, whatever prepositions the trigger's frame lists."""
        if not any(c.dep_ in ("dobj", "obj") and not self.actor_of(c) for c in verb.children):
            return
        self._preps(verb, args, ("to",))

    def _for_to_subject(self, verb: Token, args: Arguments) -> None:
        """"called for RUSSIA to withdraw", "appealed for THE OPPOSITION to support": a request or demand
        is made of the subject of the for-to clause that says what is asked."""
        for child in verb.children:
            if for_to_mark(child) is None:
                continue
            subject = next(c for c in child.children if c.dep_ in SUBJECT_DEPS)
            actors = [a for a in self.actors(subject) if a not in args.source]
            if actors:
                args.target, args.target_path = actors, f"advcl:for>{subject.dep_}"
                return

    def _condition_subject(self, verb: Token, args: Arguments) -> None:
        """"threatened a strike UNLESS Israel rescinded ...": the party whose act is the condition of a
        conflict act.  A cooperative act's condition is no party of it ("promised to legalize workers
        IF CONGRESS did not pass reform")."""
        for clause in [verb, *(c for c in verb.children if c.dep_ == "xcomp")]:
            for child in clause.children:
                if child.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in child.children):
                    continue
                subject = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                actors = [a for a in self.actors(subject) if a not in args.source] if subject is not None else []
                if actors:
                    args.target, args.target_path = actors, f"advcl:{child.i}>{subject.dep_}"
                    return

    def _purpose_target(self, verb: Token, args: Arguments) -> None:
        """"staged demonstrations TO DEMAND the resignation of X", "demonstrated CALLING FOR independence
        from X": an act done to obtain something from X is aimed at X (the purpose clause's own target).  Only for material acts: the purpose
        of talks or statements is their topic ("called a meeting to discuss Iran's programme")."""
        if not args.inside:
            return
        for child in verb.children:
            asking = child.dep_ == "advcl" and child.tag_ == "VBG" and child.lemma_.lower() in request_verbs() \
                and any(p.dep_ == "prep" and p.lower_ == "for" for p in child.children)
            if child.dep_ not in ("advcl", "acl") or not (asking or any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children)):
                continue  # (a participle of asking: "demonstrated CALLING FOR independence from Iraq")
            # what a participle of asking asks for is its "for" phrase or object ("calling FOR independence")
            inner = Arguments(source=list(args.source), inside=args.inside, content=("for",) if asking else ())
            self._objects(child, inner, ())
            actors = [a for a in inner.target if a not in args.source]
            if actors:
                args.target, args.target_path = actors, f"purpose>{inner.target_path}"
                return

    def _theme_origin(self, noun: Token, args: Arguments) -> None:
        """"the withdrawal OF forces FROM Panama": the place or party the theme moves from or to."""
        for child in noun.children:
            theme = pobj_of(child) if child.dep_ == "prep" and child.lower_ == "of" else None
            if theme is not None and self._preps(theme, args, THEME_PREPS, "prep:of>pobj>"):
                return

    def _inside_objects(self, verb: Token, args: Arguments) -> None:
        """Last resort for a verb: an actor named inside its object's phrase ("blew up power lines
        leading into Kabul", "rejected an invitation to attend a meeting of Palestinian factions")."""
        for child in verb.children:
            if child.dep_ in ("dobj", "obj") and self._inside(child, args, f"{child.dep_}>"):
                return

    def _inside_preps(self, head: Token, args: Arguments, preps: tuple[str, ...]) -> None:
        """"rioted AT this jail in northern Israel": an actor inside a target phrase that names none."""
        for child in head.children:
            pobj = pobj_of(child) if child.dep_ == "prep" and child.lower_ in preps and child.lower_ not in args.destination \
                and not _fronted_site(child) else None
            if pobj is not None and child.lower_ in AGAINST_PREPS and pobj.lemma_.lower() in patient_acts():
                if self._doer_of_patient_act(pobj, args, f"prep:{child.lower_}>pobj>"):
                    return
                continue
            if pobj is not None and not _instigation(pobj) and self._inside(pobj, args, f"prep:{child.lower_}>"):
                return

    def _doer_of_patient_act(self, act: Token, args: Arguments, path: str) -> bool:
        """"protested against the ARREST of journalists BY Turkey", "against TURKEY's detention of X": an
        act against an act done to someone is aimed at whoever did it — its "by" phrase (the parser may
        hang it on the victims) or a state or state body that owns it — never at its victim ("against
        YUCEL's detention").  Whether one was found."""
        victims = [g for c in act.children if c.dep_ == "prep" and c.lower_ == "of" and (g := pobj_of(c)) is not None]
        doers = [a for n in (act, *victims) for c in n.children if c.dep_ == "prep" and c.lower_ == "by"
                 and (g := pobj_of(c)) is not None for a in self.actors(g) if a not in args.source]
        if doers:
            args.target, args.target_path = doers, f"{path}prep:by>pobj"
            return True
        owners = [a for c in act.children if c.dep_ == "poss" for a in self.actors(c)
                  if a not in args.source and (self.is_state(a) or self.state_organ(a) and c.pos_ == "NOUN")]
        if owners:
            args.target, args.target_path = owners, f"{path}poss"
        return bool(owners)

    def _inside(self, head: Token, args: Arguments, path: str) -> bool:
        """Actors, other than the source, in the phrase of ``head`` or else in the prepositional
        phrases attached to it, directly or through a participle ("a camp FOR Congolese refugees",
        "power lines leading INTO Kabul", "a bridge spanning the Rhine FROM France TO Germany").
        Deeper phrases and clauses mostly name a topic, not the party acted on ("dismissed concerns
        about Trump's threat to impose tariffs on ..."), and so does any phrase of a verbal act."""
        if not args.inside or head.lemma_.lower() in not_the_owner():
            return False  # "HIS BROTHER was shot": the brother, not he
        level = noun_phrase(head)
        for _ in range(2):
            found: list[str] = []
            for node in level:
                if node.i != head.i and self.actor_of(node):  # not the source's own state ("tariffs on exports TO THE U.S.")
                    _add(found, *(a for a in self.actors(node) if a not in args.source and not self.own_state(a, args)))
            if found:
                args.target, args.target_path = found, f"{path}inside"
                return True
            level = [t for node in level for pobj in _attached_pobjs(node)
                     if args.site_is_party or pobj.head.lower_ not in SITE_PREPS  # "attacked a train IN Balochistan"
                     for t in noun_phrase(pobj)]
        if not args.site_is_party and (found := [a for a in self._occupants(head) if a not in args.source]):
            args.target, args.target_path = found, f"{path}relcl:where>nsubj"
            return True
        return False

    def _occupants(self, place: Token) -> list[str]:
        """"attacked a hotel WHERE elders and officials WERE MEETING", "a bus IN WHICH soldiers
        travelled": a violent act on a place hits the people its relative clause puts there."""
        found: list[str] = []
        for clause in place.children:
            if clause.dep_ == "relcl" and any(
                    c.lower_ == "where" or c.dep_ == "prep" and c.lower_ in ("in", "at", "on", "aboard", "inside")
                    and any(w.lower_ == "which" for w in c.children) for c in clause.children):
                for subject in clause.children:
                    if subject.dep_ in ("nsubj", "nsubjpass"):
                        _add(found, *self.actors(subject))
        return found

    def _clause_subject(self, verb: Token, args: Arguments) -> None:
        """"demanded that the government END curbs": whoever the complement clause is about is acted
        on, unless it is the source itself ("agreed that their countries should ...")."""
        for child in verb.children:
            if child.dep_ != "ccomp":
                continue
            subject = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            actors = self.actors(subject) if subject is not None else []
            if actors and not set(actors) <= set(args.source):
                args.target, args.target_path = actors, f"ccomp>{subject.dep_}"
                return

    def own_state(self, actor: str, args: Arguments) -> bool:
        """Whether the actor is the state a source acts for: a state's material act is not done to
        itself ("Trump levied tariffs on exports TO THE U.S."), while its people's may be ("ethnic
        Albanians demonstrated in Serbia")."""
        return self.is_state(actor) and any(self.state_organ(s) and self.country_of(s) == self.country_of(actor)
                                            for s in args.source)

    def _preps(self, head: Token, args: Arguments, preps: tuple[str, ...], path: str = "") -> bool:
        """The first listed prepositional complement that names an actor, one "against" whom the act
        is aimed before any other ("protested IN Belgrade AGAINST President Vucic"); for a complaint or
        accusation the addressee ("complained TO the UN over Israeli raids") only when nobody else
        is named."""
        addressee: tuple[list[str], str] | None = None
        for child in sorted(head.children, key=lambda c: c.lower_ not in AGAINST_PREPS):
            if child.dep_ in ("prep", "dative") and child.lower_ in preps and child.lower_ not in args.destination:
                pobj = pobj_of(child)
                if pobj is None or self.asked_for(pobj, args) or _fronted_site(child) or _instigation(pobj):
                    continue
                if child.lower_ in AGAINST_PREPS and pobj.lemma_.lower() in patient_acts() and not self.actor_of(pobj):
                    continue  # "demonstrated AGAINST Yucel's DETENTION": aimed at the jailer, not at Yucel
                actors = [a for a in self.actors(pobj) if a not in args.source  # not "reneged on HIS commitment"
                          and not (args.inside and self.own_state(a, args))]
                if actors and args.accusation and child.lower_ == "to":
                    addressee = addressee or (actors, f"{path}prep:to>pobj")
                elif actors:
                    args.target, args.target_path = actors, f"{path}prep:{child.lower_}>pobj"
                    return True
        if addressee is not None:
            args.target, args.target_path = addressee
            return True
        return False

    def _holder(self, verb: Token, args: Arguments) -> None:
        """"retake ISLAMIC STATE's urban bastions", "Mosul, ISIL's last stronghold", "the ISIL capital": a
        place taken by force is held by its owner — never the state it lies in ("retake IRAQ's second
        city") nor the place's own name ("the Qadheeb al-Ban district"; held_places.txt)."""
        places, owners = [c for c in verb.children if c.dep_ in ("dobj", "obj")], []
        for node in places:  # "both OF ISIL's bastions", "the city of Mosul - ISIL's STRONGHOLD"
            places += [c for c in node.children if c.dep_ == "appos" or c.dep_ == "pobj" and node.lower_ == "of"
                       or c.dep_ == "prep" and c.lower_ == "of"]
            owners += [o for o in node.children if o.dep_ == "poss" or o.dep_ == "compound"
                       and node.lemma_.lower() in word_list("held_places.txt")]
        args.target = [a for o in owners for a in self.actors(o)
                       if not self.is_state(a) and not self.is_place(a) and a not in args.source]
        args.target_path = "dobj>poss" if args.target else ""

    def _between(self, head: Token, args: Arguments) -> None:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("between", "among"):
                pobj = pobj_of(child)
                if pobj is not None:
                    args.reciprocal = self.actors(pobj)


def _instigation(pobj: Token) -> bool:
    """"at the BEHEST of X", "on the ORDERS of X": X asked for the act; it is not done to X
    (``instigation_nouns.txt``)."""
    return pobj.head.lower_ in _INSTIGATION_PREPS and pobj.lemma_.lower() in word_list("instigation_nouns.txt")


def in_instigation(token: Token, trigger: Token) -> bool:
    """Whether ``token`` sits in an instigation phrase of the trigger ("at the behest of X")."""
    return any(node.dep_ == "pobj" and _instigation(node) for node in links_up(token, trigger))


def _fronted_site(prep: Token) -> bool:
    """"AT HER SCHOOL, Joseph protested the funding system": a site phrase set before the subject
    places the act; it names no party acted on.  So does a fronted circumstance ("WITH AIR SUPPORT
    FROM the coalition, the SDF are fighting": the coalition is no opponent)."""
    subject = next((c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    relative = any(c.dep_ == "pobj" and c.tag_ in ("WP", "WDT") for c in prep.children)  # "with WHOM X met"
    return prep.lower_ in SITE_PREPS | FRONTED_PREPS and subject is not None and prep.i < subject.i and not relative


@cache
def harm_verbs() -> frozenset[str]:
    """Verbs whose violent-act subject is aimed at their object (``harm_verbs.txt``)."""
    return word_list("harm_verbs.txt")


@cache
def charging_verbs() -> frozenset[str]:
    """Verbs that name a charge with "of" and need an object when active (``charging_verbs.txt``)."""
    return word_list("charging_verbs.txt")


@cache
def carrying_verbs() -> frozenset[str]:
    """Verbs whose participle's object is carried by the thing it modifies (``carrying_verbs.txt``)."""
    return word_list("carrying_verbs.txt")


@cache
def relatives() -> frozenset[str]:
    """Nouns of someone's relatives (``relatives.txt``)."""
    return word_list("relatives.txt")


@cache
def not_the_owner() -> frozenset[str]:
    """Nouns of someone's relatives, rivals and supporters, who are not that someone
    (``relatives.txt``, ``rivals.txt``)."""
    return relatives() | word_list("rivals.txt")


@cache
def request_verbs() -> frozenset[str]:
    """Verbs of asking whose "for" + gerund is the act asked for (``request_verbs.txt``)."""
    return word_list("request_verbs.txt")


@cache
def patient_acts() -> frozenset[str]:
    """Act nouns whose owner is their victim (``patient_acts.txt``)."""
    return word_list("patient_acts.txt")


def pobj_of(prep: Token) -> Token | None:
    """The object of a preposition; when the parser hangs it as the subject of a following
    participle ("granted asylum to [officers] holed up in ..."), that subject."""
    found = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if found is not None or prep.i + 1 >= len(prep.doc):
        return found
    follower = prep.doc[prep.i + 1]
    for token in follower.head.subtree if follower.head.i != prep.i else ():
        if token.dep_ == "nsubj" and token.left_edge.i == prep.i + 1 and token.head.head.i == prep.head.i:
            return token
    return None


def _agent_conjunct(verb: Token) -> Token | None:
    """A coordinated participle with an agent and no subject or auxiliary of its own ("were beaten
    and DETAINED BY POLICE"): its agent is the agent of the first verb too."""
    return next((c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN"
                 and any(g.dep_ == "agent" for g in c.children)
                 and not any(g.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for g in c.children)), None)


def _bare_participle(verb: Token) -> bool:
    """"707 people SHOT and killed by police": a participle the tagger took for a past tense, with no
    auxiliary, object or complement, coordinated with a passive that has an agent, is passive too."""
    return verb.tag_ in ("VBD", "VBN") and not any(
        c.dep_ in ("aux", "auxpass", "dobj", "obj", "dative", "ccomp", "xcomp") for c in verb.children)


def reduced_passive(verb: Token) -> bool:
    """A past participle without auxiliary or subject of its own is passive (and so is one set off
    after a subject the parser gave it, see :func:`_set_off_participle`): its patient is the clause
    subject ("IF CONVICTED, he could face ...", "when attacked by X, troops retreated", "X stands
    ACCUSED of"), the noun it modifies ("those ARRESTED", "the DETAINED journalists") or, when
    coordinated, the subject it shares ("were blocked while covering events and briefly DETAINED").
    A participle coordinated with an active perfect ("has attacked and KILLED") or with an object
    stays active."""
    acts_on_people = verb.lemma_.lower() in load_rules().person_patient_verbs
    if acts_on_people and not any(c.dep_ in ("aux", "auxpass", "dobj", "obj") for c in verb.children) and any(
            c.dep_ == "nsubj" for c in verb.children) and (verb.tag_ == "VBN" or _uncoordinated_verb(verb)):
        return True  # "A student DETAINED in North Korea died": the parser made the participle the main verb
    if (acts_on_people or verb.lemma_.lower() in harm_verbs()) and _set_off_participle(verb):
        return True  # "Captain Khan, KILLED 12 years ago, was a hero"
    if verb.lemma_.lower() in charging_verbs() and _of_charge(verb) and any(c.dep_ == "nsubj" for c in verb.children) \
            and not any(c.dep_ in ("aux", "auxpass", "dobj", "obj", "dative") for c in verb.children):
        return True  # "Women ACCUSED of smearing VX ...": a headline without its "are"
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "csubj", "dobj") for c in verb.children):
        return False
    if verb.tag_ == "VBD" and verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.head.children):
        return True  # "was evicted in April and SENTENCED to 50 weeks": the tagger took the participle for a past
    if verb.tag_ != "VBN" and not (acts_on_people and verb.dep_ == "acl"):  # (the tagger's "student DETAINED/VBD in")
        return False
    if verb.dep_ in ("advcl", "acomp", "oprd"):  # "X stands ACCUSED of", "remained DETAINED"
        return True
    if verb.dep_ in ("acl", "amod"):
        # a noun with no verb above it (or an apposition), or a participle whose coordinate takes an
        # object: a misparsed main clause (", a rights group PROTESTED here", "groups DONATED and
        # delivered goods"); but a verb that only acts on people is passive wherever its noun stands
        # ("Otto Warmbier, an American student DETAINED in North Korea")
        return (verb.head.dep_ not in ("ROOT", "parataxis", "appos") or acts_on_people) and not any(
            g.dep_ in ("dobj", "obj") for c in verb.children if c.dep_ == "conj" for g in c.children)
    return verb.dep_ == "conj" and not _perfect(verb.head)


def _of_charge(verb: Token) -> bool:
    """Whether the verb names a charge in an "of" phrase ("accused Israel OF escalating violence")."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in verb.children)


def _alternative(prep: Token) -> bool:
    """"INSTEAD of denying them care, the governor ...": the act set aside is the subject's own
    alternative, not an act of the main verb's object."""
    return any(c.dep_ == "advmod" and c.lower_ in cues().alternative_adverbs for c in prep.children)


def _as_clause(verb: Token) -> bool:
    """"proposed dropping it AS PROMISED", "withdrew AS AGREED": a bare participle clause opened by "as"."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def _set_off_participle(verb: Token) -> bool:
    """"Captain Khan, KILLED 12 years ago, was a hero": a participle right after its subject and a
    comma, with no auxiliary or object, describes that subject (an active verb never follows its
    subject that way); the parser made the subject its own."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    return subject is not None and verb.tag_ in ("VBD", "VBN") and verb.doc[verb.i - 1].text == "," \
        and subject.right_edge.i >= verb.i - 2 and not any(
            c.dep_ in ("aux", "auxpass", "dobj", "obj", "dative", "ccomp", "xcomp") for c in verb.children)


def _answering_act(noun: Token) -> bool:
    """Whether the noun is the "with" phrase of an active verb of answering (``retort_verbs.txt``):
    the act done in answer, by the verb's subject."""
    prep = noun.head
    verb = prep.head
    return noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ == "with" and verb.pos_ == "VERB" \
        and verb.lemma_.lower() in word_list("retort_verbs.txt") and not any(c.dep_ == "auxpass" for c in verb.children)


def _adjective_of(noun: Token) -> Token | None:
    """The predicate adjective of intent (``modality.json``) whose preposition takes the noun ("ready FOR
    talks", "open TO dialogue"): whoever the adjective is said of takes part in the act the noun names."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("for", "to"):
        return None
    adjective = prep.head
    if adjective.pos_ != "ADJ" or adjective.dep_ not in ("acomp", "xcomp", "oprd") \
            or adjective.lemma_.lower() not in cues().intent_adjectives:
        return None  # not "was RESPONSIBLE FOR the attacks", "SUBJECT TO sanctions"
    return adjective


def _misparsed_main_clause(verb: Token) -> bool:
    """"Israeli airstrikes KILLED 40 people": a participle with an object of its own hung on a sentence's
    root noun is the main verb the parser missed, and that noun its subject."""
    return verb.dep_ == "acl" and verb.head.dep_ in ("ROOT", "parataxis") and verb.head.pos_ in ("NOUN", "PROPN") \
        and any(c.dep_ in ("dobj", "obj") for c in verb.children) and not any(c.dep_ == "aux" for c in verb.children)


def _uncoordinated_verb(verb: Token) -> bool:
    """"A student detained in Russia DIED": a verb the parser coordinated with this one without "and",
    "or" or a comma — a sign this one is no finite verb but a participle describing the subject."""
    return any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and not any(
        t.dep_ in ("cc", "preconj") or t.text in (",", ";") for t in verb.doc[verb.i + 1:c.i]) for c in verb.children)


def _perfect(verb: Token) -> bool:
    """Whether a verb (or the first of its coordination) is an active perfect ("has attacked")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and not any(c.dep_.startswith("aux") for c in verb.children):
        verb = verb.head
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) \
        and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def material_act(code: str | None) -> bool:
    """Whether a CAMEO code is a material act (QuadClass 2 or 4: aid, attacks, protests, sanctions).
    The object of a material act is a thing or place whose owner or location is the party acted on
    ("attacked a camp for Congolese refugees"); the object of a verbal act is a topic, and actors
    named inside it are only talked about ("dismissed concerns about Trump's threat")."""
    return code is None or CameoTable.quad_class(code) in (2, 4)


def halted_talks(code: str | None) -> bool:
    """Halted negotiations or mediation (CAMEO 164, 165): where the talks were names no party (but
    aid suspended IN Baghdad is Baghdad's loss, as the PLOVER GSR codes it)."""
    return bool(code) and code.startswith(("164", "165"))


def violent(code: str | None) -> bool:
    """Assaults, fights and mass violence (CAMEO 18-20): what they hit is a party or a thing, not its site."""
    return bool(code) and code.startswith(("18", "19", "20"))


def verbal_conflict(code: str | None) -> bool:
    """Whether a CAMEO code is a verbal conflict act (QuadClass 3: complain, accuse, reject, threaten)."""
    return code is not None and CameoTable.quad_class(code) == 3


#: Nouns of an amount ("THOUSANDS of refugees"): the "of" phrase says what the phrase is.
AMOUNTS = {"thousand", "thousands", "million", "millions", "hundred", "hundreds", "dozen", "dozens", "number", "lot", "lots"}


#: Nouns that measure out an act by time or turns ("eight HOURS of talks", "a new ROUND of talks").
ACT_MEASURES = {"hour", "day", "week", "month", "round", "series", "session", "year"}


def content_clause(noun: Token) -> Token | None:
    """The "that" clause stating what a noun claims ("his attack THAT Clinton is not qualified"),
    hung on the noun or, right after it, on the verb it is the object of."""
    after = [c for c in noun.head.children if c.dep_ == "ccomp" and c.left_edge.i == noun.right_edge.i + 1] \
        if noun.dep_ == "dobj" else []
    return next((clause for clause in (*noun.children, *after) if clause.dep_ in ("acl", "ccomp")
                 and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)), None)


def _measure_of(noun: Token) -> Token | None:
    """The object measuring out a nominal act ("held two DAYS of talks"), if the noun is measured."""
    measure = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if measure is None or measure.lemma_.lower() not in ACT_MEASURES or measure.dep_ != "dobj" or measure.head.pos_ != "VERB":
        return None
    return measure


def counted_noun(noun: Token) -> Token:
    """What a number or amount counts: "thousands OF REFUGEES", "a number OF EVENTS"; else the noun."""
    if noun.pos_ == "NUM" or noun.lemma_.lower() in AMOUNTS:
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                return next((g for g in prep.children if g.dep_ == "pobj"), noun)
    return noun


def noun_phrase(head: Token) -> list[Token]:
    """``head`` and its own modifiers, nearest first (no prepositional phrases, no clauses)."""
    out, frontier = [head], [head]
    while frontier:
        frontier = [c for node in frontier for c in node.children if c.dep_ in NOUN_PHRASE_DEPS]
        out.extend(frontier)
    return out


def _attached_pobjs(noun: Token) -> list[Token]:
    """Objects of the prepositions attached to a noun, or to a participle modifying it, and the object
    of a present participle of carrying ("a bus CARRYING refugees", ``carrying_verbs.txt``)."""
    heads = [noun, *(c for c in noun.children if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN")
                     and not any(g.dep_.startswith("nsubj") for g in c.children))]
    carried = [o for h in heads[1:] if h.tag_ == "VBG" and h.lemma_.lower() in carrying_verbs()
               for o in h.children if o.dep_ == "dobj"]  # "a helicopter CARRYING monitors", not "a bridge SPANNING the Rhine"
    return [pobj for h in heads for prep in h.children if prep.dep_ == "prep"
            for pobj in prep.children if pobj.dep_ == "pobj"] + carried


@cache
def person_nouns() -> frozenset[str]:
    """Singular nouns that name one person (the actors stage's ``pronouns.json``)."""
    from dateline.actors.pronouns import load_rules

    return load_rules().person_nouns


def own_parties() -> frozenset[str]:
    """Nouns naming a party of their own, not their owner's (``own_parties.txt``)."""
    return word_list("own_parties.txt")


def purpose_controllers() -> frozenset[str]:
    """Verbs whose object does the act of a following purpose infinitive (``purpose_controllers.txt``)."""
    return word_list("purpose_controllers.txt")


def _own_subject(verb: Token) -> Token | None:
    """The verb's first subject that is no speaker label ("VOA: Putin visited China"); of two subjects
    that touch, the second is the head of one noun phrase the parser split ("Sudan's paramilitary |
    Rapid Support FORCES attacked")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) > 1:
        subjects = [s for s in subjects if not (s.i + 1 < len(s.doc) and s.doc[s.i + 1].text == ":")] or subjects
    if len(subjects) > 1 and subjects[0].right_edge.i + 1 == subjects[1].left_edge.i and not any(
            t.dep_ == "cc" or t.is_punct or t.pos_ in ("VERB", "AUX") for t in subjects[0].subtree):
        return subjects[1]  # (not "he AND | Maskhadov agreed", "Washington, star of 'Scandal,' | ...")
    return subjects[0] if subjects else None


def _light_relative(noun: Token) -> Token | None:
    """The relative clause on an act noun whose verb is a light verb (``light_verbs.txt``) with the
    noun as its missing object: "the attacks THAT TRUMP LODGED", "the raids the army CARRIED OUT"."""
    return next((c for c in noun.children if c.dep_ == "relcl" and c.pos_ == "VERB"
                 and c.lemma_.lower() in word_list("light_verbs.txt") and _object_gap(c)), None)


def _object_gap(clause: Token) -> bool:
    """Whether a relative clause has a subject of its own and lacks its object, which is the noun it
    describes ("the preacher WHOM Erdogan accuses", "the strategy Obama trumpeted"); not "the city
    WHERE he met" nor "the allegation that X attacked Y"."""
    if any(c.dep_ == "auxpass" for c in clause.children):
        return False
    subject = _own_subject(clause)
    if subject is None or _relative_word(subject):
        return False
    obj = next((c for c in clause.children if c.dep_ in ("dobj", "obj")), None)
    if obj is not None:
        return _relative_word(obj)
    return not any(c.dep_ in ("ccomp", "xcomp", "prep", "advmod") and c.i < subject.i for c in clause.children)


def _denies_statement(verb: Token) -> bool:
    """"accused Pakistan of sponsoring the attack in Kashmir, WHICH Islamabad DENIED", "in a report
    last year — WHICH Moscow DENIED": a denial after ", which" or a dash (``denial_verbs.txt``) answers
    the statement before it, not the noun nearest to "which"."""
    relative = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lower_ == "which"), None)
    return relative is not None and relative.i > 0 and verb.doc[relative.i - 1].text in APPENDING_PUNCT \
        and verb.lemma_.lower() in word_list("denial_verbs.txt") and verb.sent.root.i < relative.i \
        and verb.sent.root.pos_ in ("VERB", "AUX")


def misread_summary_plural(word: Token) -> bool:
    """", CHARGES the commission denied", ", ALLEGATIONS that the army rejected": a bare plural
    summing up its sentence (``summary_nouns.tsv``) after a comma or dash, which the parser hangs on
    the main verb (often as a verb itself) with the denial as its clause; it names no act of its own."""
    return word.dep_ in ("conj", "advcl", "dobj", "appos", "npadvmod") and word.head.dep_ == "ROOT" and word.head.i < word.i \
        and word.tag_ in ("VBZ", "NNS") and word.lower_.endswith("s") and word.lower_[:-1] in summary_nouns() \
        and word.i > 0 and word.doc[word.i - 1].text in APPENDING_PUNCT \
        and any(c.dep_ in ("ccomp", "relcl", "acl") and c.lemma_.lower() in word_list("denial_verbs.txt")
                for c in word.children)


def _maker_of_summary(noun: Token) -> Token | None:
    """"Pakistan accused India of backing militants, A CHARGE New Delhi rejected": an indefinite noun
    appended after a comma that sums up its sentence (``summary_nouns.tsv``) names the sentence's act;
    the verb whose subject made it is returned — the main verb for a statement, a reported clause's
    verb for an act ("He said Trump imposed tariffs, a MOVE Beijing condemned")."""
    kind = summary_nouns().get(noun.lemma_.lower())
    if kind is None or noun.left_edge.i == 0 or noun.doc[noun.left_edge.i - 1].text not in APPENDING_PUNCT:
        return None
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    bare_plural = noun.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)
    if not (indefinite or bare_plural):  # ", CHARGES the commission denied" sum up as well as ", a charge"
        return None
    root = noun.sent.root
    if root.pos_ not in ("VERB", "AUX") or root.i > noun.i:
        return None
    reported = next((c for c in root.children if c.dep_ == "ccomp" and c.i < noun.i), None)
    return reported if kind == "act" and reported is not None else root


def _relative_word(token: Token) -> bool:
    """"which", "that", "who", "whom": a relative pronoun standing for the noun its clause describes."""
    return token.tag_ in ("WDT", "WP") or token.lower_ in ("which", "that", "who", "whom")


def infinitive(verb: Token) -> bool:
    """A verb with "to" ("called on Japan TO withdraw", "fought TO defend")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _still_to_make(noun: Token) -> bool:
    """"AN inclusive government": an indefinite common noun without a name in its phrase names a
    body still to be made, not a party ("a U.N. military presence" names the U.N.)."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children) and not any(
        t.pos_ == "PROPN" for t in noun_phrase(noun))


def _title_run_in(head: Token) -> set[int]:
    """"his first visit to Baghdad, US Defense SECRETARY, James Mattis clarified": a last conjunct joined by
    a comma alone and followed by a comma and a person's name is that person's title, fronted before
    the subject, not a second party of the phrase."""
    chain = [head, *head.conjuncts]
    last = chain[-1]
    after = last.right_edge.i + 1
    if len(chain) < 2 or any(c.dep_ == "cc" for t in chain for c in t.children) or after + 1 >= len(head.doc):
        return set()
    doc = head.doc
    return {last.i} if doc[after].text == "," and doc[after + 1].ent_type_ == "PERSON" \
        and doc[after + 1].ent_iob_ == "B" else set()


def _speakers_run_in(head: Token) -> set[int]:
    """"killed eight people and wounded about 30, POLICE AND MEDICAL OFFICIALS said": a reporting verb
    after the sentence's last phrase, left without a subject, because the parser has joined its speakers
    to that phrase's conjuncts; the conjuncts from the comma on (``cues.tsv`` speech verbs) say, they
    are not acted on."""
    chain = [head, *head.conjuncts]
    last = max(chain, key=lambda t: t.right_edge.i)
    after = last.right_edge.i + 1
    if after >= len(head.doc):
        return set()
    verb = head.doc[after]
    if not (verb.pos_ == "VERB" and speech_verb(verb.lemma_.lower()) and verb in head.ancestors
            and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)):
        return set()
    start = next((t for t in chain[1:] if t.left_edge.i > 0 and head.doc[t.left_edge.i - 1].text == ","), None)
    return {t.i for t in chain if start is not None and t.i >= start.i}


@cache
def speech_verb(lemma: str) -> bool:
    """A verb that reports speech or thought (the quotes stage's ``cues.tsv``)."""
    return load_quote_lexicon().speech_cue(lemma)


def _bracketed(token: Token) -> bool:
    return token.i > 0 and token.doc[token.i - 1].text in ("(", "[")


def _names_the_event(pronoun: Token) -> bool:
    """"IT was a bomb attack", "THIS was an invasion": the subject of a copula whose predicate names the
    act stands for the act itself."""
    return pronoun.lower_ in ("it", "this", "that") and pronoun.dep_ == "nsubj" and pronoun.head.lemma_ == "be" \
        and any(c.dep_ == "attr" for c in pronoun.head.children)


def _antecedent_of(pronoun: Token) -> Token | None:
    """The noun a relative pronoun in a prepositional phrase stands for ("Wang Yi, with WHOM ..."):
    the head of the relative clause it opens."""
    node = pronoun
    while node.dep_ != "relcl" and node.head.i != node.i:
        node = node.head
    return node.head if node.dep_ == "relcl" and node.head.pos_ in ("NOUN", "PROPN") else None


def _add(found: list[str], *actors: str) -> None:
    for actor in actors:
        if actor not in found:
            found.append(actor)
