"""Senses of conflict words that are no violence: a contest ("Romania beat Lithuania 2-1", "beat
Sanders in the caucuses") or words between politicians ("Trump attacked Clinton").

The lexicon codes "beat", "attack", "fight" as material conflict, as CAMEO does.  News uses the same
words for sports results, election races and verbal clashes, and a coder that ignores this turns a
tennis results table into a list of assaults.  The check reads only the sentence and the actors the
actors stage found, and it is conservative: a sentence that shows force (an armed party, a violence
word, a state acting on a state) keeps the material code.  It also recodes a denial that names a
recipient as a refusal and a charge made as a that-clause as an accusation, drops an attack's
civilian source that only a pronoun names, violence done to oneself and a "recognition" of people
that is no diplomatic act; it reads an illness ("a heart attack") or a calamity ("killed in a
fire") as no act, a building blasted as force, a suicide attack as a bombing and a strike over
wages as industrial action.  The words are data (``dateline/data/events/senses.json``);
words that state no act at all are :mod:`dateline.events.no_act`.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from dateline.actors.codes import split_code
from dateline.actors.pronouns import load_rules as pronoun_rules
from dateline.events.arguments import content_clause, infinitive
from dateline.events.wordlists import word_list
from dateline.model import Actor
from dateline.nlp.arrays import token_indices
from dateline.nlp.cache import sentence_starts, text_of

#: Codes a contest or a verbal clash can be mistaken for: material conflict, protest, and "dismissed"
#: (016) for a player sent off.
_MATERIAL = ("14", "15", "16", "17", "18", "19", "20", "016")
#: CAMEO's diplomatic recognition: of a state, a government or a body, or of someone AS its leader.
_RECOGNITION = "054"
#: CAMEO's suicide bombing: an attack on others, whatever "blew HIMSELF up" says.
_SUICIDE_BOMBING = "183"
#: CAMEO 138, threaten to use military force: "will STRIKE" read as an intent to attack.
_THREAT_OF_FORCE = "138"
#: CAMEO has no cyber code: hacking is coercion (170), as PLOVER's COERCE mode "cyber" has it.
_CYBER = "170"
#: A digit, a dash and a digit: where a score can be at all (a cheap test before the score pattern).
_DIGIT_DASH = re.compile(r"\d-\d")
#: Prepositions giving the reason for an act ("attacked X FOR her support of the war").
_REASON_PREPS = ("for", "over")
#: Prepositions naming the medium an act happens in ("attacked IN the media", "ON Twitter").
_MEDIUM_PREPS = ("in", "on", "through", "via", "during")
#: Prepositions naming what an attack is aimed at ("an attack ON the amendment").
_AIM_PREPS = ("on", "upon", "against")
#: Prepositions giving what caused a harm ("killed IN a crash", "injured BY debris").
_CAUSE_PREPS = ("in", "by", "after", "during", "from")
#: Marks of a clause giving what caused a harm ("injured WHEN a fire broke out", "AFTER a roof collapsed").
_CAUSE_MARKS = ("when", "as", "after")
#: Dependencies of words that say who made a fire or a blast ("ISRAELI fire", "TANK fire", "the army's fire").
_MAKER_DEPS = ("amod", "compound", "poss", "nmod")
#: Dependencies whose noun says what a contest trigger is about ("battling for second PLACE").
_OBJECT_DEPS = ("dobj", "pobj", "attr", "nsubjpass")


@dataclass(frozen=True)
class SenseRules:
    figurative: dict[str, str | None]  # trigger lemma → verbal code, or None for no event
    contest: frozenset[str]  # codes nothing in a sports report
    race: frozenset[str]  # ... and in an election race ("beat Sanders in the caucuses")
    contest_only: frozenset[str]
    armed: frozenset[str]
    unarmed: frozenset[str]
    violence: frozenset[str]
    sports: frozenset[str]
    election: frozenset[str]
    contest_objects: frozenset[str]
    score: re.Pattern[str]
    harm: frozenset[str]  # kill, injure: no act in an accident
    accidents: frozenset[str]
    sports_share: float
    question_verbs: frozenset[str]
    question_objects: frozenset[str]  # "decided WHOM they will support": an open question, no act
    victim_sectors: frozenset[str]  # civilians a violent act's pronoun subject seldom stands for
    market_words: frozenset[str]  # "the dollar was supported", "the Nifty has been rallying"
    describing_verbs: frozenset[str]  # "ACCEPT East Jerusalem as occupied": says what something is
    facilities: frozenset[str]  # a hospital, a prison, the border: places, no hosts of a visit
    verbal_sectors: frozenset[str]  # bodies that attack in words: parties, the media
    recipient_refusals: frozenset[str]  # "denied X the opportunity": a refusal
    clause_accusations: frozenset[str]  # "charged THAT": an accusation
    campaign: frozenset[str]  # "rally": a campaign event in an election sentence
    force_only: frozenset[str]  # "hit": an attack only by a named attacker with a weapon or with an armed body
    official_protest: frozenset[str]  # "protest": by a state or its government, an official complaint
    state_sectors: frozenset[str]  # sectors that speak for a state in an official protest
    protest_words: frozenset[str]
    abstract_aims: frozenset[str]  # "attacked four PROVISIONS", "an attack on the AMENDMENT": words, no force
    reflexives: frozenset[str]  # "killed HIMSELF": violence done to oneself
    verbal_media: frozenset[str]  # "an ARTICLE attacked him", "attacked IN THE MEDIA": words, no force
    verbal_manners: frozenset[str]  # "was VERBALLY attacked": words, no force
    social_ills: frozenset[str]  # "battling DISCRIMINATION": a policy aim, no party fought
    illness_modifiers: frozenset[str]  # "a HEART attack": an illness
    peaceful_modifiers: frozenset[str]  # "a DIPLOMATIC offensive", "a CHARM offensive": no force
    material_senses: dict[str, str]  # trigger lemma → material code when aimed at a thing or fired by war machines
    physical_aims: frozenset[str]  # "blasted a BUILDING", "security TARGETS"
    war_machines: frozenset[str]  # "F-16s blasted", "Apaches"
    labour_senses: dict[str, str]  # noun → its code as industrial action ("escalate the STRIKE": 143)
    labour_words: frozenset[str]  # "unions", "workers", "wage": the sentence is about work
    bombing_modifiers: dict[str, str]  # "SUICIDE attack" → 1831
    insurgent_sectors: frozenset[str]  # "fighting WITH the Taliban": a person on their side
    complements: dict[str, dict]  # trigger lemma → complement marks/objects/preps/xcomps that state no act
    cyber_agents: frozenset[str]  # "HACKERS targeted the Netherlands", "a HACKER attack": coercion online


@cache
def sense_rules() -> SenseRules:
    raw = json.loads(resources.files("dateline.data.events").joinpath("senses.json").read_text(encoding="utf-8"))
    return SenseRules(figurative=raw["figurative"], contest=frozenset(raw["contest"]), race=frozenset(raw["race"]),
                      contest_only=frozenset(raw["contest_only"]), armed=frozenset(raw["armed_sectors"]),
                      unarmed=frozenset(raw["unarmed_sectors"]), violence=frozenset(raw["violence_words"]),
                      sports=frozenset(raw["sports_words"]), election=frozenset(raw["election_words"]),
                      contest_objects=frozenset(raw["contest_objects"]), score=re.compile(raw["score_pattern"]),
                      harm=frozenset(raw["harm"]), accidents=frozenset(raw["accident_words"]),
                      sports_share=float(raw["sports_share"]),
                      question_verbs=frozenset(raw["question_verbs"]),
                      question_objects=frozenset(raw["question_objects"]), victim_sectors=frozenset(raw["victim_sectors"]), market_words=frozenset(raw["market_words"]),
                      describing_verbs=frozenset(raw["describing_verbs"]), facilities=frozenset(raw["facilities"]), verbal_sectors=frozenset(raw["verbal_sectors"]),
                      recipient_refusals=frozenset(raw["recipient_refusals"]),
                      clause_accusations=frozenset(raw["clause_accusations"]), campaign=frozenset(raw["campaign"]),
                      force_only=frozenset(raw["force_only"]), official_protest=frozenset(raw["official_protest"]),
                      state_sectors=frozenset(raw["state_sectors"]),
                      protest_words=frozenset(raw["protest_words"]), abstract_aims=frozenset(raw["abstract_aims"]),
                      reflexives=frozenset(raw["reflexives"]), verbal_media=frozenset(raw["verbal_media"]),
                      verbal_manners=frozenset(raw["verbal_manners"]), social_ills=frozenset(raw["social_ills"]),
                      illness_modifiers=frozenset(raw["illness_modifiers"]),
                      peaceful_modifiers=frozenset(raw["peaceful_modifiers"]), material_senses=raw["material_senses"],
                      physical_aims=frozenset(raw["physical_aims"]), war_machines=frozenset(raw["war_machines"]),
                      labour_senses=raw["labour_senses"], labour_words=frozenset(raw["labour_words"]),
                      bombing_modifiers=raw["bombing_modifiers"], insurgent_sectors=frozenset(raw["insurgent_sectors"]),
                      complements=_shared_entries(raw["complements"]), cyber_agents=frozenset(raw["cyber_agents"]))


def _shared_entries(raw: dict) -> dict[str, dict]:
    """Complement entries by trigger lemma; an entry given as another lemma's name shares that entry
    ("back": "support"), so synonyms keep one word list."""
    entries = {k: v for k, v in raw.items() if not k.startswith("_")}
    return {k: entries[v] if isinstance(v, str) else v for k, v in entries.items()}


def sports_report(doc: Doc, rules: SenseRules | None = None) -> bool:
    """A sports page: three sentences with a score ("6-3 6-4", "2-1 (halftime 1-1)"), or one score and
    two sentences with sports words, or sports words in a set share of its sentences.  It runs for
    every article, so it reads the words from the parse arrays and runs the score pattern only where a
    digit-dash-digit occurs at all."""
    rules = rules or sense_rules()
    starts = sentence_starts(doc)
    scored = sum(1 for k in range(len(starts) - 1) if rules.score.search(doc[starts[k]:starts[k + 1]].text)) \
        if _DIGIT_DASH.search(text_of(doc)) else 0
    sporty = len({bisect_right(starts, i) - 1 for i in token_indices(doc, "LOWER", rules.sports.__contains__)})
    return scored >= 3 or scored >= 1 and sporty >= 2 or sporty >= 2 and sporty >= rules.sports_share * (len(starts) - 1)


class SenseCheck:
    """Decides, per coded candidate, whether a word keeps its code, turns verbal or codes nothing."""

    def __init__(self, doc: Doc, actor: callable, as_state: callable = lambda actor_id, sent: True):
        self.rules = sense_rules()
        self.sports_article = sports_report(doc, self.rules)
        self.actor = actor  # actor id → Actor | None
        self.as_state = as_state  # (actor id, sentence) → whether the sentence names it as a state, not its people
        self.reason = ""  # why the last :meth:`code_for` changed a code

    def code_for(self, trigger: Token, code: str, sent: Span, source: str | None, target: str | None,
                 words: list[Token] = ()) -> str | None:
        """The code to keep (possibly another one, with :attr:`reason` saying why), or None when the
        sentence states no such act.  ``words``: the pattern's matched words; a light verb takes the
        sense of its noun ("LAUNCHED an ATTACK against Obama, calling him ignorant" is criticism)."""
        rules = self.rules
        lemma = trigger.lemma_.lower()
        if lemma not in rules.figurative:
            lemma = next((t.lemma_.lower() for t in words if t.lemma_.lower() in rules.figurative), lemma)
        self.reason = ""
        if lemma in rules.recipient_refusals and code == "016" and _recipient(trigger):
            self.reason = "refusal: a recipient is named beside what is denied"
            return "120"  # "denying flu vaccines TO immigrants", "is being denied the opportunity"
        if lemma in rules.clause_accusations and code.startswith("17") and any(c.dep_ == "ccomp" for c in trigger.children):
            self.reason = "accusation: the charge is a that-clause"
            return "112"  # "charged THAT the party ignored": an accusation, no arrest
        if lemma in rules.official_protest and code.startswith("14") and trigger.pos_ == "VERB" \
                and (src := self.actor(source)) is not None \
                and (src.kind == "country" and self.as_state(source, sent) or sector_of(src) in rules.state_sectors):
            self.reason = "official protest: a state protests"
            return "114"  # "The Philippines PROTESTED China's use of water cannon"
        if code == _RECOGNITION and not self._recognisable(trigger, source, target):
            return None  # "were recognized by voters", "several black women were recognized for their work"
        if trigger.pos_ == "NOUN" and any(c.dep_ in ("amod", "compound") and c.lower_ in rules.illness_modifiers
                                          for c in trigger.children):
            return None  # "the poor man has had a HEART attack"
        if (violent_code(code) or lemma in rules.figurative) and any(
                c.dep_ in ("amod", "compound") and c.lower_ in rules.peaceful_modifiers
                for noun in _violent_nouns(trigger, words) for c in noun.children):
            return None  # "launched a DIPLOMATIC offensive to expand exports", "a TRADEMARK battle"
        if lemma in rules.material_senses and not code.startswith(_MATERIAL) and self._physical(trigger):
            self.reason = "material sense: aimed at a thing or done by war machines"
            return rules.material_senses[lemma]  # "F-16s BLASTED security targets", "blasted a BUILDING"
        if violent_code(code) and by_hackers(trigger):
            self.reason = "cyber attack: done by hackers"
            return _CYBER  # "Russian HACKERS targeted the Netherlands": no force of arms
        if violent_code(code) and not code.startswith(_SUICIDE_BOMBING) and (bombing := self._bombing(trigger, words)) is not None:
            self.reason = "a bombing: the noun or its attackers say which"
            return bombing  # "a SUICIDE attack by Taliban supporters", "attacks by the SUICIDE bombers"
        if self._labour_strike(trigger, code, target) and any(t.lower_ in rules.labour_words for t in sent) \
                and not self._violent(sent, trigger):
            self.reason = "industrial action: a strike in a sentence about work"
            return rules.labour_senses[trigger.lemma_.lower()]  # "Qantas is prepared to escalate THE STRIKE"
        if violent_code(code) and not code.startswith(_SUICIDE_BOMBING) and any(
                c.dep_ in ("dobj", "obj") and c.lower_ in rules.reflexives and not c.conjuncts for c in trigger.children):
            return None  # "urged protesters to KILL THEMSELVES": no party attacks another
        conflict = code.startswith(_MATERIAL) and (lemma in rules.figurative or lemma in rules.contest_only
                                                   or lemma in rules.harm or lemma in rules.campaign or lemma in rules.force_only)
        if not self.sports_article and not conflict:
            return code
        if lemma in rules.harm and _caused_by(trigger, rules.accidents, rules.violence, word_list("natural_forces.txt")):
            return None  # "two soldiers were killed IN A HELICOPTER CRASH": armed victims, still no attack
        parties = [a for a in (self.actor(source), self.actor(target)) if a is not None]
        if lemma in rules.force_only and (source is None or not any(sector_of(a) in rules.armed and not _person(a) for a in parties)
                                          and not self._weapon_used(trigger)):
            # "tariffs HIT exports", "trade wars, which he hit with a levy", "hit by gun violence", and a
            # person of an armed service who "hit Trump for using eminent domain"
            return None
        if lemma in rules.figurative and trigger.pos_ == "NOUN" and content_clause(trigger) is not None:
            self.reason = "verbal sense: the attack states a claim"
            return rules.figurative[lemma]  # "renewed his ATTACK THAT Clinton is not qualified"
        if lemma in rules.figurative and any(a.lemma_.lower() in rules.social_ills for a in _aims(trigger)):
            return None  # "battling DISCRIMINATION against its Palestinian citizens": a policy aim
        if lemma in rules.figurative and self._abstract_aim(trigger):
            self.reason = "verbal sense: aimed at a law, a plan or an idea"
            return rules.figurative[lemma]  # "attacked four PROVISIONS in the tax code"
        if lemma in rules.figurative and self._in_words(trigger):
            self.reason = "verbal sense: done in words or by a text"
            return rules.figurative[lemma]  # "Tuttle's ARTICLE attacked Christie", "attacked IN THE MEDIA"
        if lemma in rules.figurative and self._abstract_purpose(trigger):
            return None  # "FOUGHT hard to defend the TAX": the defence is the act, coded on its own
        if any(sector_of(a) in rules.armed for a in parties):
            return code
        if lemma in rules.figurative and trigger.pos_ == "VERB" and _labelled(trigger):
            self.reason = "verbal sense: unarmed, it labels what it attacks"
            return rules.figurative[lemma]  # "Republicans attacked it AS a bailout and lobbied to KILL its funding"
        if self.sports_article and conflict:
            return None  # in a sports report violence words are the game's own: "Henke FIRED a 62 as Woods SHOT 67"
        if self._violent(sent, trigger):
            return code
        if self.sports_article:
            return None  # "Sri Lanka beat Australia", "he was well backed by Butcher", "Bruno quit the ring"
        words = {t.lower_ for t in sent}
        if lemma in rules.harm and words & rules.accidents:
            return None  # "children killed by air bags"
        if lemma in rules.campaign and (words & rules.election and not words & rules.protest_words
                                        or self._own_rally(trigger, source)):
            return None  # "a woman at one of Trump's rallies", "a rally in Houston" before the primary
        sports = bool(rules.score.search(sent.text)) or bool(words & rules.sports)
        if sports and (lemma in rules.contest or lemma in rules.contest_only):
            return None
        if lemma in rules.race and (words & rules.election or self._contest_object(trigger)):
            return None
        if lemma not in rules.figurative:
            return code
        src, tgt = self.actor(source), self.actor(target)
        if src is not None and (_person(src) or sector_of(src) in rules.verbal_sectors and tgt is not None) \
                and (tgt is None or self._unarmed_party(tgt)):
            self.reason = "verbal sense: no force in the sentence"
            return rules.figurative[lemma]
        return code

    def fights_alongside(self, code: str, source: str | None, target: str | None, target_path: str) -> bool:
        """A person fighting "with" insurgents fights on their side ("John Walker Lindh, arrested for
        fighting WITH the Taliban", "an Australian MAN who has been fighting with the Taliban"); bodies
        fighting with each other clash ("police fought with rebels")."""
        if not (violent_code(code) and target_path.startswith("prep:with>")):
            return False
        src, tgt = self.actor(source), self.actor(target)
        one_person = src is not None and (_person(src) or src.name.lower().split()[-1] in pronoun_rules().person_nouns)
        return one_person and tgt is not None and sector_of(tgt) in self.rules.insurgent_sectors

    def victim_as_attacker(self, code: str, source: str | None, pronoun_only: bool) -> bool:
        """A violent act whose source, named in the sentence only by a pronoun, is civilians."""
        actor = self.actor(source)
        return pronoun_only and actor is not None and violent_code(code) and sector_of(actor) in self.rules.victim_sectors

    def victim_in_headline(self, trigger: Token, code: str, source: str | None) -> bool:
        """"Civilians killed and buildings collapse": a headline drops the passive's auxiliary, so
        civilians "killed" with no object and no auxiliary were killed, they killed nobody."""
        actor = self.actor(source)
        return (actor is not None and violent_code(code) and sector_of(actor) in self.rules.victim_sectors
                and trigger.lemma_.lower() in self.rules.harm and trigger.tag_ in ("VBD", "VBN")
                and not any(c.dep_ in ("dobj", "obj", "aux", "auxpass", "agent") for c in trigger.children))

    def _own_rally(self, trigger: Token, source: str | None) -> bool:
        """A rally one person holds ("Sanders held a rally", "Trump's rallies", "a campaign rally") is a
        political gathering: PLOVER's PROTEST is a collective action against someone, so only a
        protest word in the rally's own phrase or clause ("a rally AGAINST the war", "held a rally to
        PROTEST") keeps it a protest — not one elsewhere in the sentence ("protesters gathered
        outside, where Trump was holding his rally")."""
        rules = self.rules
        src = self.actor(source)
        owned = (src is not None and _person(src)) or any(
            (c.dep_ == "poss" and (c.ent_type_ == "PERSON" or c.tag_ == "PRP$"))
            or (c.dep_ == "compound" and c.lower_ in rules.election) for c in trigger.children)
        if not owned:
            return False
        scope = trigger.head if trigger.dep_ in ("dobj", "pobj") and trigger.head.i != trigger.i else trigger
        if scope.dep_ == "prep":
            scope = scope.head
        return not any(t.lower_ in rules.protest_words or t.lemma_.lower() in rules.protest_words
                       for t in scope.subtree)

    def _labour_strike(self, trigger: Token, code: str, target: str | None) -> bool:
        """A strike noun, or a strike verb that strikes nobody ("nurses STRUCK over pay", "teachers
        will STRIKE for higher pay"), coded as force or the threat of it."""
        if not (violent_code(code) or code.startswith(_THREAT_OF_FORCE)):
            return False
        if trigger.pos_ == "NOUN":
            return trigger.lower_ in self.rules.labour_senses
        return trigger.lemma_.lower() in self.rules.labour_senses and target is None and not any(
            c.dep_ in ("dobj", "obj", "nsubjpass") for c in trigger.children)

    def _violent(self, sent: Span, trigger: Token) -> bool:
        """A violence word in the sentence, outside the reason or topic the trigger gives ("attacked
        Clinton FOR her support of the WAR", "attacked Sanders ON GUNS": what she or he is criticised
        for)."""
        violence = self.rules.violence
        has_object = any(c.dep_ in ("dobj", "obj") for c in trigger.children)
        reasons = {t.i for c in trigger.children if c.dep_ == "prep" and (
            c.lower_ in _REASON_PREPS or c.lower_ == "on" and has_object) for t in c.subtree}
        return any(t.i != trigger.i and t.i not in reasons and (t.lower_ in violence or t.lemma_.lower() in violence)
                   for t in sent)

    def _recognisable(self, trigger: Token, source: str | None, target: str | None) -> bool:
        """Diplomatic recognition is granted by a state, a government or another body to one, or to a
        person AS something ("will no longer recognize Farmajo AS president"); a person or a crowd
        recognised by voters or at a ceremony is identified or honoured."""
        if any(c.dep_ == "prep" and c.lower_ == "as" for c in trigger.children):
            return True
        return all((actor := self.actor(party)) is not None and (
            actor.kind in ("country", "organisation") or sector_of(actor) in self.rules.state_sectors)
            for party in (source, target))

    def _bombing(self, trigger: Token, words: list[Token]) -> str | None:
        """The bombing code a modifier of the act's noun (the trigger or a light verb's matched noun) or
        of its "by" attackers names ("a SUICIDE attack", "carried out a SUICIDE attack", "attacks by the
        SUICIDE bombers", "CAR bombings"), else None."""
        modifiers = self.rules.bombing_modifiers
        acts = [t for t in dict.fromkeys([trigger, *words]) if t.pos_ == "NOUN"]
        nouns = acts + [g for act in acts for c in act.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children]
        return next((modifiers[c.lower_] for noun in nouns for c in noun.children
                     if c.dep_ in ("amod", "compound") and c.lower_ in modifiers), None)

    def _physical(self, trigger: Token) -> bool:
        """Aimed at a building, a target or a vehicle, or done by jets, helicopters or guns: no words
        can be aimed at a building ("Apaches blasted a BUILDING of Fatah")."""
        rules = self.rules
        return any(a.pos_ == "NOUN" and a.lemma_.lower() in rules.physical_aims  # (not "the White HOUSE")
                   for aim in _aims(trigger) for a in (aim, *aim.conjuncts)) or any(
            t.lower_ in rules.war_machines or t.lemma_.lower() in rules.war_machines
            for c in trigger.children if c.dep_ == "nsubj" for t in c.subtree)

    def _abstract_aim(self, trigger: Token) -> bool:
        """What the trigger is aimed at (:func:`_aims`) is a law (as NER tags it) or a word for a text,
        plan or idea ("attacked four PROVISIONS", "Obama's attack on the Second AMENDMENT"): no force
        can reach it, whatever violence the sentence names."""
        aims = self.rules.abstract_aims
        return any(a.ent_type_ == "LAW" or a.lemma_.lower() in aims or a.lower_ in aims for a in _aims(trigger))

    def _in_words(self, trigger: Token) -> bool:
        """A text as the subject ("Tuttle's ARTICLE attacked Christie"), a medium as where the act
        happens ("Cosby is attacked IN THE MEDIA", "attacked her ON TWITTER") (``verbal_media``) or a
        manner of words ("was VERBALLY attacked", ``verbal_manners``)."""
        media = self.rules.verbal_media

        def medium(t: Token) -> bool:
            return t.lower_ in media or t.lemma_.lower() in media  # (the lemma of "media" is "medium")

        return any(c.dep_ == "nsubj" and medium(c) or c.dep_ == "advmod" and c.lower_ in self.rules.verbal_manners
                   for c in trigger.children) or any(
            g.dep_ == "pobj" and medium(g)
            for c in trigger.children if c.dep_ == "prep" and c.lower_ in _MEDIUM_PREPS for g in c.children)

    def _abstract_purpose(self, trigger: Token) -> bool:
        """A struggle with no aim of its own whose purpose is done to a law, a plan or an idea ("fought
        hard to defend the Cadillac TAX", "battled to pass the BILL")."""
        return not _aims(trigger) and any(self._abstract_aim(c) for c in trigger.children
                                          if c.dep_ in ("xcomp", "advcl") and infinitive(c))

    def _weapon_used(self, trigger: Token) -> bool:
        """A violence word in what acts or is acted with: the subject, the agent or a "with" phrase
        ("Russian MISSILES hit", "was hit by DRONES", "hit Kyiv with ROCKETS")."""
        phrases = [c for c in trigger.children if c.dep_ in ("nsubj", "agent") or c.dep_ == "prep" and c.lower_ in ("with", "by")]
        violence = self.rules.violence
        return any(t.lower_ in violence or t.lemma_.lower() in violence for phrase in phrases for t in phrase.subtree)

    def _contest_object(self, trigger: Token) -> bool:
        """"capture the nomination", "battling FOR second place", "beat expectations"."""
        objects = self.rules.contest_objects
        for child in trigger.children:
            if child.dep_ in _OBJECT_DEPS and child.lemma_.lower() in objects:
                return True
            if child.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_.lower() in objects for g in child.children):
                return True
        return False

    def _unarmed_party(self, actor: Actor) -> bool:
        """A person or a body that is not a state and carries no arms (a party, the media, a court)."""
        if _person(actor):
            return sector_of(actor) not in self.rules.armed
        return actor.kind != "country" and sector_of(actor) in self.rules.unarmed


def by_hackers(trigger: Token) -> bool:
    """Whether the act's doer is named by a word of ``cyber_agents``: its subject, its agent or (for
    a noun) the word compounded before it ("a HACKER attack")."""
    doers = [c for c in trigger.children if c.dep_ in ("nsubj", "compound")]
    doers += [g for c in trigger.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    agents = sense_rules().cyber_agents
    return any(d.lemma_.lower() in agents or d.lower_ in agents for d in doers)


def _violent_nouns(trigger: Token, words: list[Token]) -> list[Token]:
    """The nouns that name the act: the trigger, or a light verb's noun ("launched an OFFENSIVE")."""
    return [trigger] if trigger.pos_ == "NOUN" else [t for t in words if t.pos_ == "NOUN" and t.i != trigger.i]


def _labelled(verb: Token) -> bool:
    """"attacked IT AS a BAILOUT": an "as" phrase with a noun beside the object says what the attacker
    calls it (not "fight for them AS PRESIDENT", with no object, nor "as part of" an offensive)."""
    return any(c.dep_ in ("dobj", "obj") for c in verb.children) and any(p.dep_ == "prep" and p.lower_ == "as" and any(
        o.dep_ == "pobj" and o.pos_ == "NOUN" and o.lemma_.lower() not in ("part", "result") for o in p.children)
        for p in verb.children)


def violent_code(code: str) -> bool:
    return code.startswith(("18", "19", "20"))


def _aims(trigger: Token) -> list[Token]:
    """What a trigger is aimed at: its object or passive subject ("French VALUES are being attacked"),
    or its "on"/"against" phrase ("an attack ON X")."""
    return [c for c in trigger.children if c.dep_ in ("dobj", "obj", "nsubjpass")] + [
        g for c in trigger.children if c.dep_ == "prep" and c.lower_ in _AIM_PREPS for g in c.children if g.dep_ == "pobj"]


def _caused_by(trigger: Token, causes: frozenset[str], not_with: frozenset[str], calamities: frozenset[str]) -> bool:
    """Whether the cause phrases of a trigger with no acting subject, or of the verbs joined to it
    ("were killed IN a crash", "BY air bags", "WHEN their helicopter crashed", "were killed and
    injured AFTER a roof collapsed") hold one of ``causes`` or a bare calamity ("in A FIRE"; "by
    ISRAELI fire" names who fired) and none of ``not_with``."""
    if any(c.dep_ == "nsubj" for c in trigger.children):
        return False  # "rebels killed three soldiers in the crash of a helicopter they downed"
    phrase = [t for verb in (trigger, *trigger.conjuncts) for child in verb.children
              if (child.dep_ == "prep" and child.lower_ in _CAUSE_PREPS)
              or (child.dep_ == "advcl" and any(c.lower_ in _CAUSE_MARKS for c in child.children)) for t in child.subtree]
    bare = {t.i for t in phrase if t.pos_ == "NOUN" and t.lemma_.lower() in calamities  # (not "bodyguards FIRED")
            and not any(c.dep_ in _MAKER_DEPS for c in t.children)}
    words = {w for t in phrase if t.i not in bare for w in (t.lower_, t.lemma_.lower())}
    return bool(words & causes or bare) and not words & not_with


def _recipient(trigger: Token) -> bool:
    """A recipient beside the thing withheld: "denied Carter a photograph", "denying vaccines TO
    immigrants", "he is being denied THE OPPORTUNITY"."""
    children = list(trigger.children)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children)
    return any(c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" for g in c.children)
               for c in children) or passive and any(c.dep_ == "dobj" for c in children)


def _person(actor: Actor) -> bool:
    """A person, also where NER took the name for an organisation but the knowledge base knows
    the person ("Trump said")."""
    return actor.kind == "person" or (actor.kb_id or "").startswith("person:")


def sector_of(actor: Actor) -> str | None:
    """The actor's sector: its own, else the one its CAMEO code carries ("RUSGOV" → GOV)."""
    if actor.sector:
        return actor.sector
    return split_code(actor.code)[1] if actor.code else None
