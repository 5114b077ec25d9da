"""Match a pattern's words against the dependency context of a trigger token.

PETRARCH matches its patterns against the verb phrase of a constituency parse; here the same
patterns run over spaCy's dependency parse.  The *after* context of a trigger is its own phrase
to the right (objects, particles, prepositional phrases, complement clauses) without coordinated
or adverbial clauses, which carry their own events; the *before* context is what modifies the
trigger from the left (auxiliaries, negation, adverbs) plus the governing verbs of a complement
clause ("said it WOULD *", "FAILED TO *").  Words must appear in order; ``_``-joined words must be
adjacent; markers ``+``/``$`` bind the target/source to the next actor-bearing token.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from dateline.events.patterns import Element, Lexicon, Pattern

#: Children whose subtrees are separate clauses (their own events), not part of a trigger's phrase.
CLAUSE_DEPS = {"advcl", "relcl", "parataxis", "conj", "cc", "csubj", "mark", "appos"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
#: A complement clause inherits the context of the verb that governs it this far up.
NP_MODIFIER_DEPS = {"det", "amod", "compound", "nummod", "poss", "case", "nmod", "quantmod"}
GOVERNOR_DEPS = {"xcomp", "ccomp", "conj", "pcomp", "acomp"}
#: Prepositions of a background the act happens against, never its content ("agreed to negotiate
#: DESPITE violations of the truce" declares no truce).
BACKGROUND_PREPS = {"despite", "amid", "amidst", "notwithstanding"}
SUFFIXES = ("", "S", "ES", "ED", "D", "ING", "N", "EN")

ActorAt = Callable[[Token], list[str]]


@dataclass
class Match:
    pattern: Pattern
    tokens: list[Token] = field(default_factory=list)  # context words the pattern consumed
    target: list[str] = field(default_factory=list)  # actors bound by "+"
    source: list[str] = field(default_factory=list)  # actors bound by "$"
    compound: bool = False


def after_context(trigger: Token, own_clauses: bool = False) -> list[Token]:
    """Tokens right of the trigger that belong to its phrase, in text order.

    The subject of a passive is the logical object, so it leads the sequence ("agreements ... will
    be signed" matches ``SIGN * AGREEMENT``).  ``own_clauses``: leave out clauses that describe a
    noun of the phrase (for a pattern that binds its target inside a reported clause: "said X MUST"
    is not "said the arrest served as a warning about whether X SHOULD").
    """
    keep: list[Token] = []
    passive = any(child.dep_ == "nsubjpass" for child in trigger.lefts)
    if passive:  # the particle is joined to the verb ("it was struck DOWN"): it leads the passive subject
        keep.extend(child for child in trigger.rights if child.dep_ == "prt")
    for child in trigger.lefts:
        if child.dep_ == "nsubjpass":
            keep.extend(t for t in child.subtree if t.i < trigger.i)
    for child in trigger.rights:
        if passive and child.dep_ == "prt":
            continue
        if (mark := for_to_mark(child)) is not None:
            keep.append(mark)  # "called FOR Russia to withdraw": the "for" is the trigger's own word
        if child.dep_ in CLAUSE_DEPS or child.is_punct:
            continue
        keep.extend(t for t in child.subtree if not (own_clauses and in_noun_clause(t, trigger)))
    return keep


def for_to_mark(clause: Token) -> Token | None:
    """The "for" of a for-to clause with its own subject ("called FOR Russia to withdraw"), else None."""
    if clause.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) \
            or not any(c.dep_ in SUBJECT_DEPS for c in clause.children):
        return None
    return next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "for"), None)


def in_noun_clause(token: Token, trigger: Token) -> bool:
    """Whether ``token`` sits in a clause hung on a noun (or on a preposition of one) below the trigger."""
    node = token
    while node.head.i != trigger.i and node.head.i != node.i:
        head = node.head
        nominal = head.pos_ in ("NOUN", "PROPN", "PRON") or (head.dep_ == "prep" and head.head.pos_ in ("NOUN", "PROPN"))
        if node.pos_ in ("VERB", "AUX") and node.dep_ in ("acl", "relcl", "advcl", "ccomp", "pcomp") and nominal:
            return True
        node = head
    return False


def own_clause(node: Token) -> bool:
    """A complement clause with its own subject states its own event ("assured that X will ...")."""
    return node.dep_ == "ccomp" and any(c.dep_ in SUBJECT_DEPS for c in node.children)


def links_up(token: Token, trigger: Token) -> Iterator[Token]:
    """``token`` and its heads up to the trigger (not included) or the root: the links whose
    dependencies say what phrase or clause below the trigger the token sits in."""
    node = token
    while node.i != trigger.i and node.head.i != node.i:
        yield node
        node = node.head


def _in_relative_clause(token: Token, trigger: Token) -> bool:
    """Whether ``token`` sits in a relative clause with a subject of its own below the trigger (not
    "which supplies", whose subject is the noun the clause describes)."""
    return any(node.dep_ == "relcl" and any(c.dep_ in SUBJECT_DEPS and c.tag_ not in ("WDT", "WP") for c in node.children)
               for node in links_up(token, trigger))


def _in_background(token: Token, trigger: Token) -> bool:
    """Whether ``token`` sits in a "despite"/"amid" phrase below the trigger (``BACKGROUND_PREPS``)."""
    return any(node.dep_ == "prep" and node.lower_ in BACKGROUND_PREPS for node in links_up(token, trigger))


def same_clause(token: Token, trigger: Token) -> bool:
    """Whether ``token`` belongs to the trigger's clause, not to a complement clause with its own subject."""
    return not any(own_clause(node) for node in links_up(token, trigger))


def before_context(trigger: Token, depth: int = 3) -> list[Token]:
    """Left modifiers of the trigger and of the verbs governing it (without their subjects)."""
    keep: list[Token] = []
    node = trigger
    for _ in range(depth):
        for child in node.lefts:
            if child.dep_ in SUBJECT_DEPS or child.dep_ in CLAUSE_DEPS or child.is_punct:
                continue
            keep.extend(t for t in child.subtree if t.i < trigger.i)
        if node.dep_ not in GOVERNOR_DEPS or node.head.i == node.i:
            break
        node = node.head
        if node.i < trigger.i:
            keep.append(node)
    return sorted(set(keep), key=lambda t: t.i)


def _left_of_clause(trigger: Token, depth: int = 3) -> list[Token]:
    """PETRARCH's left context: every word before the trigger, subject included ("DEATH TOLL *",
    "+ * FROM $"), in its clause and the clauses it completes ("Mordor will be HOSTING Osgiliath to
    celebrate" for ``+ HOSTING *``)."""
    node = trigger
    for _ in range(depth):
        if node.dep_ not in GOVERNOR_DEPS | {"advcl"} or node.head.i == node.i:
            break
        node = node.head
    return [t for t in node.subtree if t.i < trigger.i]


def word_matches(element: Element, token: Token, literal_plurals: bool = False) -> bool:
    """``literal_plurals``: a plural noun matches only a plural word (PETRARCH does not lemmatise
    nouns: "* RESOLUTION" does not match "a set of resolutions")."""
    text, lemma = token.text.upper(), token.lemma_.upper()
    word = element.value
    if text == word:
        return True
    if literal_plurals and token.tag_ in ("NNS", "NNPS"):
        return False
    if lemma == word:
        return True
    if element.exact or len(word) < 3 or token.pos_ == "PROPN":
        return False  # a name inflects no pattern word: "FORD" is not "FOR" + "-d"
    return text.startswith(word) and text[len(word):] in SUFFIXES


class Matcher:
    """Subsequence matcher with backtracking over short token lists."""

    def __init__(self, lexicon: Lexicon, actor_at: ActorAt):
        self.lexicon = lexicon
        self.actor_at = actor_at
        self._first_words: dict[str, frozenset[str]] = {}
        self._needs: dict[int, tuple[frozenset[str], tuple[str, ...]]] = {}
        self._literal_plurals = False  # set per pattern in best(): imported PETRARCH patterns
        self._forms_doc: Doc | None = None  # the document whose token forms ``_forms`` holds
        self._forms: dict[int, tuple[str, ...]] = {}

    def first_words(self, synset: str, depth: int = 0) -> frozenset[str]:
        """Words any alternative of a synset can start with (for the pre-filter)."""
        if synset not in self._first_words:
            words: set[str] = set()
            for alternative in self.lexicon.synsets.get(synset, []):
                head = next((e for e in alternative if e.is_word), None)
                if head is None:
                    continue
                if head.kind == "word":
                    words.add(head.value)
                elif depth < 5:
                    words |= self.first_words(head.value, depth + 1)
            self._first_words[synset] = frozenset(words)
        return self._first_words[synset]

    def _word_forms(self, tokens: list[Token]) -> set[str]:
        """The forms of these tokens, each token's worked out once per document (a sentence's tokens
        are context for many triggers)."""
        forms: set[str] = set()
        if tokens and tokens[0].doc is not self._forms_doc:
            self._forms_doc, self._forms = tokens[0].doc, {}
        for token in tokens:
            known = self._forms.get(token.i)
            if known is None:
                known = self._forms[token.i] = _token_forms(token)
            forms.update(known)
        return forms

    def feasible(self, pattern: Pattern, present: set[str]) -> bool:
        needs = self._needs.get(id(pattern))
        if needs is None:
            needs = self._needs[id(pattern)] = (pattern.literal_words, pattern.synset_names)
        words, synsets = needs
        return words <= present and all(self.first_words(name) & present for name in synsets)

    def match_side(self, elements: tuple[Element, ...], seq: list[Token], anchor: int,
                   match: Match) -> int | None:
        """Match ``elements`` in order in ``seq`` from position ``anchor``; return the end position.

        ``anchor`` is where the first element must start if it is joined to what precedes it.
        """
        return self._match(list(elements), seq, anchor, match, first=True)

    def _match(self, elements: list[Element], seq: list[Token], pos: int, match: Match, first: bool) -> int | None:
        if not elements:
            return pos
        element, rest = elements[0], elements[1:]
        if element.kind == "skip":  # PETRARCH's ``^``: pass over one phrase ("IFTAR IN ^ +")
            end = pos
            while end < len(seq) and seq[end].dep_ in NP_MODIFIER_DEPS:
                end += 1
            if end >= len(seq):
                return None
            if seq[end].dep_ == "prep":  # a prepositional phrase goes whole
                last = max(t.i for t in seq[end].subtree)
                while end + 1 < len(seq) and seq[end + 1].i <= last:
                    end += 1
            return self._match(rest, seq, end + 1, match, False)
        if element.kind == "compound":
            match.compound = True
            return self._match(rest, seq, pos, match, first)
        starts = [pos] if element.joined else range(pos, len(seq))
        for start in starts:
            if start >= len(seq):
                break
            if element.kind in ("target", "source"):
                actors = self.actor_at(seq[start])
                if not actors or element.kind == "target" and match.pattern.subject_target and not _in_subject(seq[start]):
                    continue  # "said immigration TO FRANCE should stop": France is no subject told to act
                end = start + 1
                while end < len(seq) and self.actor_at(seq[end]) == actors:
                    end += 1
                named = self._named_head(seq, start, actors)
                if named is not None:  # "NATO member ESTONIA": the name the phrase is about
                    actors, end = self.actor_at(seq[named]), named + 1
                saved = list(getattr(match, element.kind))
                getattr(match, element.kind)[:] = actors
                result = self._match(rest, seq, end, match, False)
                if result is not None:
                    return result
                getattr(match, element.kind)[:] = saved
                continue
            for end in self._element_ends(element, seq, start):
                consumed = len(match.tokens)
                match.tokens.extend(seq[start:end])
                result = self._match(rest, seq, end, match, False)
                if result is not None:
                    return result
                del match.tokens[consumed:]
        return None

    def _named_head(self, seq: list[Token], start: int, actors: list[str]) -> int | None:
        """Position in ``seq`` of the head a name modifies when that head names another actor ("NATO
        member Estonia", "U.S. ally Israel"): the phrase is about the head."""
        head = seq[start]
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
        if head.i == seq[start].i:
            return None
        position = next((k for k in range(start + 1, len(seq)) if seq[k].i == head.i), None)
        if position is None:
            return None
        named = self.actor_at(head)
        return position if named and named != actors else None

    def _element_ends(self, element: Element, seq: list[Token], start: int) -> list[int]:
        if element.kind == "word":
            return [start + 1] if word_matches(element, seq[start], self._literal_plurals) else []
        ends = []
        for alternative in self.lexicon.synsets.get(element.value, []):
            probe = Match(pattern=None)  # type: ignore[arg-type]
            alt = [Element(e.kind, e.value, True, e.exact) for e in alternative]  # a synset phrase is contiguous
            end = self._match(alt, seq, start, probe, True)
            if end is not None:
                ends.append(end)
        return ends

    def best(self, trigger: Token, pos: str, compound: bool | Callable[[], bool] = False,
             speech_only: bool = False) -> Match | None:
        """The most specific pattern of the trigger's lemma whose context is present.  A PETRARCH
        ``%`` pattern applies only when the caller saw a compound actor (``compound``), and then
        outranks the plain patterns of its tier.  ``speech_only``: the trigger reports a statement,
        so only (and only then) patterns whose act is the statement itself apply."""
        candidates = self.lexicon.candidates(pos, trigger.lemma_, trigger.text)
        candidates = [p for p in candidates if p.speech == speech_only]
        if not candidates:
            return None
        after, before = after_context(trigger), before_context(trigger)
        bound_after: list[Token] | None = None
        own_after: list[Token] | None = None
        whole_left = _left_of_clause(trigger)
        present = self._word_forms(after + whole_left)
        best: Match | None = None
        for pattern in candidates:
            if not self.feasible(pattern, present):
                continue
            match = Match(pattern)
            self._literal_plurals = pattern.source == "petrarch"
            side = after
            if pattern.source == "own" and any(e.kind == "target" for e in pattern.after):
                bound_after = after_context(trigger, own_clauses=True) if bound_after is None else bound_after
                side = bound_after
            if pattern.source == "own" and side is after:  # never a word in a relative clause with its own
                if own_after is None:  # subject ("where Oz practices MEDICINE"), nor in a background
                    own_after = [t for t in after if not _in_relative_clause(t, trigger) and not _in_background(t, trigger)]
                side = own_after
            if pattern.after and self.match_side(pattern.after, side, 0, match) is None:
                continue
            if pattern.complement and not all(_complement_of(t, trigger) for t in match.tokens if t.i != trigger.i):
                continue  # "called on Assad to crush TERRORISTS" calls him no name, "end the war WITH a CEASEFIRE" ends none
            if pattern.subject_target and any(_below_negated_verb(t, trigger) for t in match.tokens):
                continue  # "said he didn't think Sessions SHOULD recuse": no demand
            left = whole_left if pattern.source == "petrarch" else before
            if pattern.before and not self._match_before(pattern, left, trigger, match):
                continue
            if match.compound:
                if callable(compound):  # asked only when a "%" pattern matched: the test walks the parse
                    compound = compound()
                if not compound:
                    continue
            if best is None or _key(match, trigger) > _key(best, trigger):
                best = match
        return best

    def _match_before(self, pattern: Pattern, before: list[Token], trigger: Token, match: Match) -> bool:
        """Before-words in order; with ``verb_joined`` the last one must touch the trigger."""
        for start in range(max(len(before), 1)):  # "% *" needs no word, only the compound subject
            probe = Match(pattern)
            end = self._match(list(pattern.before), before, start, probe, True)
            if end is None:
                continue
            gap = 0 if pattern.source == "petrarch" else 1  # PETRARCH's "RECENTLY_*" means adjacent
            if pattern.verb_joined and probe.tokens and probe.tokens[-1].i < trigger.i - 1 - gap:
                continue
            match.tokens.extend(probe.tokens)
            match.source = match.source or probe.source
            match.target = match.target or probe.target
            match.compound = match.compound or probe.compound
            return True
        return False


def _complement_of(word: Token, trigger: Token) -> bool:
    """Whether ``word`` is the trigger's own complement: its object ("ENDED the CEASEFIRE"), predicate
    noun ("called Zelensky A DICTATOR", parsed as the verb's complement or the object's apposition),
    its own preposition or its object's ("fired AT police", "fired tear gas AT demonstrators"; not
    "fired for wearing a headscarf to work AT a company"),
    the object of its "as" ("labelled him AS an illegitimate leader") or an adjective of these."""
    node = word.head if word.dep_ == "amod" and word.head.i != word.i else word
    if node.dep_ in ("oprd", "attr", "dobj", "xcomp", "ccomp") and node.head.i == trigger.i:
        return True
    if node.dep_ == "appos" and node.head.head.i == trigger.i and node.head.dep_ in ("dobj", "oprd"):
        return True
    if node.dep_ == "prep" and node.lower_ == "as":  # "dismissed Walker AS an ineffective leader"
        return node.head.i == trigger.i
    if node.dep_ == "prep":
        head = node.head
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head  # "fired tear gas, rubber bullets, and stun GRENADES at"
        return head.i == trigger.i or head.dep_ == "dobj" and head.head.i == trigger.i
    return node.dep_ == "pobj" and node.head.lower_ == "as" and node.head.head.i == trigger.i


def _below_negated_verb(token: Token, trigger: Token) -> bool:
    """Whether a negated verb stands between the clause of ``token`` and the trigger ("said he DIDN'T
    THINK Sessions should recuse"); the token's own clause may be negated ("should NOT recuse")."""
    node = token.head if token.pos_ in ("AUX", "PART") else token
    while node.head.i != node.i and node.head.i != trigger.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in node.children):
            return True
    return False


def _in_subject(token: Token) -> bool:
    """Whether a token belongs to the core of a clause's subject: the subject's head or a modifier,
    conjunct or apposition of it ("the UNITED STATES", "Obama and CONGRESS"), not a phrase inside it."""
    while token.dep_ in NP_MODIFIER_DEPS | {"conj", "appos", "flat"} and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass")


def _token_forms(token: Token) -> tuple[str, ...]:
    """Every form a pattern word could take to match this token (text, lemma, stems)."""
    text = token.text.upper()
    stems = [text[: -len(suffix)] for suffix in SUFFIXES[1:] if text.endswith(suffix) and len(text) - len(suffix) >= 3]
    return (text, token.lemma_.upper(), *stems)


def _key(match: Match, trigger: Token) -> tuple:
    """Rank, then a ``%`` pattern over a plain one, then a pattern listed under the word as written
    ("LEFT [032:033]") over one reached through the lemma (LEAVE), then the match that covers
    more words ("AUSTRIAN GOLD FLORIN" over "AUSTRIAN FLORIN"), then the one that also bound an
    actor ("reiterated that + MUST" over "reiterated ... SUPPORT"), then a "no event" entry that read
    the verb's particle (a phrasal verb with a sense of its own: "will be struck DOWN by the court"
    voids a law, it announces no attack), then the one whose context is nearer the trigger
    ("imposed SANCTIONS ..., including a travel ban")."""
    nearest = -min((t.i - trigger.i for t in match.tokens if t.i > trigger.i), default=0)  # a "before" context ranks first
    return (*_rank(match.pattern), match.compound, match.pattern.lemma == trigger.text.upper(),
            len(match.tokens), bool(match.target) + bool(match.source),
            match.pattern.code is None and any(t.dep_ == "prt" and t.head.i == trigger.i for t in match.tokens), nearest)


def _rank(pattern: Pattern) -> tuple[int, int]:
    """Our own patterns with context first (an own "no event" entry with more context words beats
    an own code: "started TALKING ABOUT" over "started TALKS"), then our own bare "no event" entries
    (they silence imported patterns of verbs that rarely state an event), imported patterns with
    context, our own bare triggers, imported bare triggers; within a tier the most specific wins."""
    own = pattern.source == "own"
    # an actor slot is context for our own patterns ("received + ": a guest, not a letter)
    context = pattern.specificity > 0 or (own and any(e.kind in ("target", "source") for e in pattern.before + pattern.after))
    if own and pattern.code is None and not context:
        tier = 3
    else:
        tier = {(True, True): 4, (False, True): 2, (True, False): 1, (False, False): 0}[(own, context)]
    return tier, pattern.specificity
