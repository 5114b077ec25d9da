"""Find the stretches of text that name or point at an actor, before deciding who they are.

Sources, in order of precedence when spans overlap: titled person names (NER PERSON grown to the
full name and the title in front of it, or an appositive title after it), fixed names from the
phrase matcher (countries, demonyms, capitals, seats of power, organisations, agencies), the other
NER entities, nominal actors from noun chunks ("the Russian leader", "Iraqi special forces",
"the two countries"), counted people ("40 others", "abducting 12"), names NER missed
(:mod:`dateline.actors.untagged`) and pronouns.  Known NER slips
are corrected here: a PERSON that is an agency or a country, "DPRK" tagged ORG, a capitalised
participle tagged ORG; quoted titles of works name no actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from dateline.actors.kb import KnowledgeBase
from dateline.actors.lexicon import Lexicon, normalise
from dateline.actors.pronouns import load_rules as load_pronoun_rules
from dateline.actors.untagged import entity_of as untagged_entity
from dateline.actors.untagged import name_words, untagged_names
from dateline.nlp.arrays import token_indices
from dateline.nlp.cache import sentence_starts

#: Quotation marks that open or close a quoted span.
_QUOTE_MARKS = {'"', "“", "”"}
_CONNECTORS = {"of", "the", "for", "'s", "’s", "'", "’", "-", "and"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
#: Days: never the first or last word of a name.
_DAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
              "today", "tomorrow", "yesterday", "tonight"}
#: Prefixes that negate or oppose the country after them ("non-US", "anti-Israeli").
_NEGATING_PREFIXES = ("non", "anti")
#: Labels of fixed names that name a state: "country:", "demonym:", "capital:", "ambiguous:".
_STATE_LABELS = ("country:", "demonym:", "capital:", "ambiguous:")
#: A hyphenated given name ("In-mo", "Dae-jung") that NER leaves out of the surname before it.
_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")
RELIGIONS = {"REL", "MUS", "JEW", "CHR", "BUD", "HIN", "SIK", "CTH", "ORT", "SHI", "SUN"}
#: prepositions after which a capital is where something happens ("in Kabul"), not who acts
_LOCATIVE = {"in", "at", "near", "outside", "inside", "around", "across", "throughout"}
#: prepositions whose object "the country" is a place, not a party
_WHERE = _LOCATIVE | {"of", "into", "from", "within", "over"}
_DYAD_WORDS = {"countries", "sides", "nations", "states", "leaders", "governments", "presidents"}
#: plural nouns that name a pair of parties only when two were just named together ("Israel and Hamas
#: ... the two RIVALS"); otherwise they are a nominal of their own ("both PARTIES in Congress")
PAIRED_WORDS = {"parties", "rivals", "foes", "adversaries", "enemies"}
#: heads that name a state's government: a qualifier never turns them into another sector
_GOVERNING = {"government", "authorities", "administration", "regime", "cabinet", "leadership"}
#: sectors of heads too generic to say whose they are ("workers", "people"), so a qualifier decides
_GENERIC_SECTORS = {None, "CVL", "LAB", "PPL", "UNK"}
#: NER labels of names a place word may sit inside ("The American Legion", "British Columbians")
_NAME_LABELS = {"ORG", "NORP", "FAC", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT"}
#: CAMEO sectors of state bodies: a name holding one of their nouns keeps the place's reading
_STATE_SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY"}


@dataclass
class Candidate:
    start: int  # token index
    end: int
    kind: str  # Mention kind
    entity: str  # person | organisation | country | government | group | dyad | pronoun
    rule: str
    confidence: float = 0.9
    ner: str | None = None
    name: str = ""  # the name part of a titled name, or the nominal's text
    name_start: int = 0
    name_end: int = 0
    title: str = ""
    title_span: tuple[int, int] | None = None  # char offsets of the role evidence
    country: str | None = None
    sector: str | None = None
    key: str = ""  # a fixed identity: ISO3, kb id, agency id
    subject: bool = False
    main_subject: bool = False  # subject of the sentence's main verb
    plural: bool = False
    head_class: str = ""  # titles.tsv class of the role head (head, minister, ...)
    extra: dict = field(default_factory=dict)


class MentionFinder:
    def __init__(self, doc: Doc, lex: Lexicon, fixed: list[tuple[str, int, int]], kb: KnowledgeBase | None = None,
                 article_id: str = ""):
        self.doc = doc
        self.article_id = article_id
        self.lex = lex
        self.kb = kb
        self.fixed = fixed
        self.taken = [False] * len(doc)
        self.candidates: list[Candidate] = []
        self.ambiguous_context: set[str] = set()
        # built once (Doc.ents makes new spans on every access), without a day glued to a name ("met
        # with Trump THURSDAY", "TOMORROW Yogi Adityanath": a name tagged over a day next to it)
        self.ents = [_without_days(e) for e in doc.ents]
        self.person_words = {t.text for e in self.ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
        self.person_names = {w for e in self.ents if e.label_ == "PERSON" for w in e.text.split()}
        self.sentences = sentence_bounds(doc)
        self.fixed_at = {start: (label, end) for label, start, end in fixed}
        # "Central AMERICAN migrants": words of a part of the world name no country
        self.world_words = {i for label, start, end in fixed if label.startswith("world:") for i in range(start, end)}
        # "NON-US organisations", "ANTI-Israeli attacks": a country negated or opposed names no party of the
        # phrase (a body opposed, "anti-TALIBAN fighters", still says who the fighters are)
        self.negated = {i for label, start, end in fixed if label.startswith(_STATE_LABELS) and self._negating_prefix(start)
                        for i in range(start, end)}
        self.world_words |= self.negated
        self.honorifics = frozenset(load_pronoun_rules().honorifics)  # "Mr", "Mrs": address forms, no name

    # -- driver --------------------------------------------------------------------------------
    def run(self) -> list[Candidate]:
        for label, _s, _e in self.fixed:
            kind, _, code = label.partition(":")
            if kind in ("country", "demonym", "capital"):
                self.ambiguous_context.add(code)
        self._block_quoted_titles()
        self._block_agreement_names()
        chunks = list(self.doc.noun_chunks)
        for chunk in chunks:
            self._counterparts(chunk)
        names = [ent for ent in self.ents if not self._adjective_entity(ent)
                 and not (ent.label_ == "PERSON" and self._names_an_activity(ent))]  # "trigger BREXIT"
        for ent in names:
            if ent.label_ == "PERSON" or len(ent) > 1 and self._honorific(ent[0]):  # "Dr Hollingworth" tagged ORG
                if ent.label_ == "PERSON" and self._person_is_not_a_person(ent):
                    self._misread_person(ent)
                else:
                    self._titled_person(ent)
        for span in self._names_after_titles():
            self._titled_person(span)
        for ent in names:
            self._registered_company(ent)
        for label, start, end in self.fixed:
            self._fixed(label, start, end)
        for chunk in chunks:
            self._nominal(chunk)
        for token in (self.doc[i] for i in token_indices(self.doc, "TAG", lambda tag: tag == "CD")):
            if (token.dep_ == "dobj" and token.head.pos_ == "VERB"
                    and token.head.dep_ not in ("acl", "amod") and not self.taken[token.i]):  # not "girls aged 10"
                self._counted(self.doc[token.i:token.i + 1], token)  # "killing one person and abducting 12"
        for ent in names:
            if ent.label_ in ("ORG", "PERSON", "GPE", "NORP", "FAC", "LOC"):
                self._entity(ent)
        self._known_names()
        for span in untagged_names(self.doc, self.taken, self.lex, self.sentences):
            entity = untagged_entity(span, self.lex)
            self._add(Candidate(span.start, span.end, "name", entity, "actors.untagged-name", 0.5,
                                country=None if entity == "person" else self._country_inside(list(span)),
                                name=span.text, name_start=span.start, name_end=span.end))
        pronouns = load_pronoun_rules().forms
        for token in (self.doc[i] for i in token_indices(self.doc, "LOWER", pronouns.__contains__)):
            if token.tag_ in ("PRP", "PRP$") and not self.taken[token.i]:
                self._add(Candidate(token.i, token.i + 1, "pronoun", "pronoun", "actors.pronoun", 0.7,
                                    subject=token.dep_ in _SUBJECT_DEPS,
                                    plural=pronouns[token.lower_][0] == "plural"))
        self.candidates.sort(key=lambda c: c.start)
        return self.candidates

    @staticmethod
    def _adjective_entity(ent: Span) -> bool:
        """NER calls a capitalised participle or adjective an organisation or a person ("“Coordinated
        airstrikes by ...", "Congressional group"): no name of its own; the noun phrase decides."""
        return ent.label_ in ("ORG", "PERSON", "FAC") and all(
            t.is_alpha and not t.is_upper and t.tag_.startswith(("JJ", "VB", "RB")) for t in ent)

    def _counterparts(self, chunk: Span) -> None:
        """"US ALLIES", "Washington's trading PARTNERS": parties tied to the owner the phrase names
        (noun_roles.tsv counterpart) are a group of their own, of no country — read before any name in
        the phrase is taken for the owner itself."""
        root = chunk.root
        if self.lex.noun_roles.get(root.lower_) != "counterpart" or root.pos_ != "NOUN":
            return
        after = self.doc[root.i + 1:root.i + 3]
        if any(c.dep_ == "appos" for c in root.children) or after and after[0].pos_ == "PROPN" \
                or len(after) == 2 and after[0].text == "," and after[1].pos_ == "PROPN":
            return  # "US allies Japan and South Korea", "the U.S. allies, Japan and ...": the names say who
        owners = [t for t in chunk if t.i < root.i and (t.dep_ == "poss" and t.pos_ == "PROPN"
                                                         or t.dep_ == "compound" and self._place(t.text))]
        if owners:
            start = chunk.start + (chunk[0].lower_ in ("the", "a", "an"))
            self._add(Candidate(start, chunk.end, "nominal", "group", "actors.counterparts", 0.7,
                                name=self.doc[start:chunk.end].text, plural=root.tag_ == "NNS",
                                extra={"head": root.lower_, "determiner": chunk[0].lower_}))

    def _block_quoted_titles(self) -> None:
        """A quoted title of a work ("the book, "X" or "Y"") names no actor: its tokens are taken
        before any pass reads them."""
        for start, end in self._quoted_spans():
            if self._titles_a_work(self.doc[start:end]):
                for i in range(start, end):
                    self.taken[i] = True

    def _block_agreement_names(self) -> None:
        """The name of an agreement ("the North American Free Trade Agreement", "the Joint
        Comprehensive Plan of Action"): capitalised words ending in a capitalised document noun
        (noun_roles.tsv document) or "Plan of Action", and the acronym given for it (", or JCPOA",
        "(NAFTA)"), name a text, not a party; their tokens are taken before any pass reads them,
        here and wherever the acronym recurs."""
        doc, aliases = self.doc, set()
        heads = token_indices(doc, "LOWER", lambda w: w == "plan" or self.lex.noun_roles.get(w) == "document")
        for tok in (doc[i] for i in heads):
            if not tok.is_title:
                continue
            if self.lex.noun_roles.get(tok.lower_) == "document":
                end = tok.i + 1
            elif tok.lower_ == "plan" and doc[tok.i + 1:tok.i + 3].text.lower() == "of action":
                end = tok.i + 3
            else:
                continue
            if end < len(doc) and doc[end].is_alpha and (doc[end].is_title or doc[end].is_upper) and doc[end].text != "or":
                continue  # "the North Atlantic Treaty ORGANIZATION": a body named after a treaty
            start = tok.i
            while start > 0 and (doc[start - 1].is_title or doc[start - 1].is_upper) and doc[start - 1].is_alpha \
                    and not doc[start - 1].is_sent_start:
                start -= 1
            if start == tok.i:
                continue  # a bare capitalised "Agreement" opening a sentence names nothing
            hit = self.kb.lookup(doc[start:end].text.removeprefix("The ").removeprefix("the "), fuzzy=False) if self.kb else None
            if hit and hit.entry.kind in ("organisation", "group"):
                continue  # "the Warsaw Pact": an alliance the knowledge base knows as a party
            for i in range(start, end):
                self.taken[i] = True
            after = [t for t in doc[end:end + 4] if t.text not in (",", "(", "or")]
            if after and after[0].is_upper and after[0].is_alpha and len(after[0]) >= 3:
                aliases.add(after[0].text)
        for i in token_indices(doc, "ORTH", aliases.__contains__) if aliases else ():
            self.taken[i] = True

    def _quoted_spans(self) -> list[tuple[int, int]]:
        """Token bounds of the text between paired quotation marks, within one sentence."""
        spans: list[tuple[int, int]] = []
        opening: int | None = None
        for tok in (self.doc[i] for i in token_indices(self.doc, "ORTH", _QUOTE_MARKS.__contains__)):
            if opening is not None and self.sentences[opening] == self.sentences[tok.i] and tok.text != "“":
                spans.append((opening + 1, tok.i))
                opening = None
            else:
                opening = tok.i
        return spans

    def _titles_a_work(self, span: Span) -> bool:
        """A quoted phrase in apposition to a work noun, or coordinated with such a phrase:
        "the book, "Siyasi Jaj" or "Political Analysis"" is a title, not a party."""
        heads = [t for t in span if not t.is_punct and (t.head.i < span.start or t.head.i >= span.end)]
        tok = heads[0] if len(heads) == 1 else None
        for _ in range(4):
            if tok is None or tok.dep_ not in ("appos", "conj") or tok.head.i == tok.i:
                return False
            tok = tok.head
            if tok.pos_ == "NOUN" and self.lex.noun_roles.get(tok.lower_) == "work":
                return True
        return False

    def _add(self, cand: Candidate) -> bool:
        if any(self.taken[cand.start:cand.end]) or self._names_a_day(cand.start, cand.end):
            return False
        for i in range(cand.start, cand.end):
            self.taken[i] = True
        span = self.doc[cand.start:cand.end]
        cand.subject = cand.subject or any(t.dep_ in _SUBJECT_DEPS for t in span)
        cand.main_subject = any(t.dep_ in _SUBJECT_DEPS and t.head.dep_ == "ROOT" for t in span)
        self.candidates.append(cand)
        return True

    def _names_a_day(self, start: int, end: int) -> bool:
        """"International WOMEN's Day", "St PATRICK's Day": the phrase is (or owns) the name of a day,
        no party."""
        doc = self.doc
        if end - start >= 3 and doc[end - 1].text == "Day" and doc[end - 2].tag_ == "POS":
            return True
        if doc[end - 1].tag_ == "POS":  # "St Patrick's" tagged with its "'s"
            return end < len(doc) and doc[end].text == "Day"
        return end + 1 < len(doc) and doc[end].tag_ == "POS" and doc[end + 1].text == "Day"

    # -- persons -------------------------------------------------------------------------------
    def _person_is_not_a_person(self, ent: Span) -> bool:
        """NER calls agencies ("Russian Tas"), countries, cities, districts and groups PERSON."""
        last = ent[-1]
        if any(label.startswith(("agency:", "country:", "org:", "capital:", "seat:", "region:")) for label, s, e in self.fixed
               if s <= last.i < e and not self._inside_person_name(s, e) and not self._after_particle(s)):
            return True  # (but "Michael JORDAN", "Leila de LIMA" are names)
        if last.text.endswith("s") and any(label.startswith(("demonym:", "ambiguous:")) and s <= last.i < e
                                           for label, s, e in self.fixed):
            return True  # "Ethnic Kazakhs", "Ordinary Syrians" opening a sentence: people, not a name
        if last.lower_ in self.lex.ethnic_groups:
            return True  # "Chinese Uyghurs": a people, not a person
        hit = self.kb.lookup(ent.text, fuzzy=False) if self.kb else None
        if hit:
            return hit.entry.kind != "person"
        if not any(t.text[:1].isupper() for t in ent):
            return True  # "antiwar protesters": no capital letter, no name; the nominal pass reads it
        if last.lower_ in self.lex.place_words or self.lex.country(ent.text):
            return True
        if len(ent) == 1 and last.text.endswith("s") and self.lex.agent_sector([last.lower_]) is not None:
            return True  # "courting Latinos", "Nevadans": people named by a plural noun (generic_agents.tsv)
        # a lone city name ("Banja Luka") unless it is also the surname of a person in the article
        return normalise(ent.text) in self.lex.cities and ent.text not in self.person_words

    def _misread_person(self, ent: Span) -> None:
        """A PERSON that the knowledge base knows as an organisation or group becomes one."""
        hit = self.kb.lookup(ent.text, fuzzy=False) if self.kb else None
        if hit and hit.entry.kind in ("organisation", "group"):
            self._add(Candidate(ent.start, ent.end, "name", "organisation", "actors.ner-fix-org", 0.8,
                                ner=ent.label_, key=hit.entry.id, name=ent.text))

    def _names_after_titles(self) -> list[Span]:
        """"Defense Minister Rustem Umerov" where NER saw no PERSON: capitalised words after a title head."""
        spans = []
        doc = self.doc
        for tok in (doc[i] for i in token_indices(doc, "LOWER", self.lex.titles.__contains__)):
            kind = self.lex.titles.get(tok.lower_, ("", ""))[1]
            if not kind or kind == "group" or not tok.text[:1].isupper() or tok.i + 1 >= len(doc):
                continue
            end = tok.i + 1
            while (end < len(doc) and end - tok.i <= 4 and doc[end].text[:1].isupper() and doc[end].is_alpha
                   and doc[end].ent_type_ in ("", "PERSON") and not self._title_word(doc[end])
                   and self.sentences[end] == self.sentences[tok.i]):
                end += 1
            if end > tok.i + 1 and doc[tok.i + 1].ent_type_ == "" and not any(self.taken[tok.i + 1:end]):
                span = doc[tok.i + 1:end]
                if normalise(span.text) not in self.lex.cities and not self.lex.country(span.text):
                    spans.append(span)
        return spans

    def _titled_person(self, ent: Span) -> None:
        sent_start, sent_end = self.sentences[ent.start]
        start, end = ent.start, ent.end
        # leading title words inside the entity ("President Putin") belong to the title, not a first
        # name that is also a place's ("CHAD Sweet", "ISRAEL Katz")
        while start < end - 1 and (self._title_word(self.doc[start]) or self._honorific(self.doc[start])) \
                and not self._inside_person_name(start, start + 1):
            start += 1  # and "Mr Arafat" (no full stop, so NER takes the "Mr" in) is Arafat
        if start == end - 1 and self._title_word(self.doc[start]):
            return
        # all-caps copy: NER runs names into the next word ("VLADIMIR PUTIN MET"); keep the known prefix
        if ent.text.isupper() and self.kb and end - start > 2 and not self.kb.lookup(ent.text, fuzzy=False):
            end = next((cut for cut in range(end - 1, start + 1, -1)
                        if self.kb.lookup(self.doc[start:cut].text, fuzzy=False)), end)
        # grow the name leftwards over capitalised words NER left out ("Im" of "Im Chong-Il")
        while start - 1 >= sent_start:
            first, word = self._word_before(start, sent_start)
            if not self._name_word(self.doc[first], word):
                break
            start = first
        end = self._hyphenated_given_name(end, sent_end)
        name_start, name_end = start, end
        title_start = self._title_left(name_start, sent_start)
        cand = Candidate(title_start, name_end, "title-name" if title_start < name_start else "name", "person",
                         "actors.ner-person", 0.9, ner=ent.label_, name=self.doc[name_start:name_end].text,
                         name_start=name_start, name_end=name_end)
        if title_start < name_start:
            self._describe_role(cand, title_start, name_start)
            cand.rule = "actors.title-name"
        else:
            self._title_before_comma(cand, name_start, sent_start)
        if not cand.title or not cand.country:
            self._appositive(cand, name_end, sent_end)
        cand.name = _clean_name(cand.name)
        self._add(cand)

    def _hyphenated_given_name(self, end: int, sent_end: int) -> int:
        """Grow a name rightwards over a hyphenated given name NER left out ("Li" of "Li In-mo", "Kim"
        of "Kim Dae-jung"): one word after a space, a capitalised part, a hyphen, a lower-case part."""
        if end >= sent_end or not self.doc[end - 1].whitespace_ or self.fixed_at.get(end):
            return end
        last = end
        while last + 1 < sent_end and not self.doc[last].whitespace_ and (
                self.doc[last + 1].is_alpha or self.doc[last + 1].text == "-"):
            last += 1
        return last + 1 if _GIVEN_NAME.fullmatch(self.doc[end:last + 1].text) else end

    def _title_word(self, token: Token) -> bool:
        low = token.lower_
        return low in self.lex.titles or low in self.lex.modifiers or self.lex.country(token.text) is not None

    def _negating_prefix(self, start: int) -> bool:
        """Whether the word at ``start`` follows "non-" or "anti-" written as one word."""
        doc = self.doc
        return start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
            and not doc[start - 1].whitespace_ and doc[start - 2].lower_ in _NEGATING_PREFIXES

    def _honorific(self, token: Token) -> bool:
        return token.lower_.rstrip(".") in self.honorifics

    def _word_before(self, i: int, floor: int) -> tuple[int, str]:
        """The whitespace-delimited word ending at token i-1: the tokenizer splits "Im" into "I" + "m"."""
        first = i - 1
        while first - 1 >= floor and not self.doc[first - 1].whitespace_ and self.doc[first - 1].is_alpha:
            first -= 1
        return first, "".join(t.text for t in self.doc[first:i])

    def _name_word(self, token: Token, word: str) -> bool:
        low = word.lower()
        return (word.isalpha() and word[:1].isupper() and not token.is_sent_start
                and low not in self.lex.titles and low not in self.lex.modifiers and self.lex.country(word) is None
                and token.ent_type_ in ("", "PERSON") and low not in self.lex.seats and low not in self.honorifics
                and not (len(word) == len(token.text) and token.is_stop))

    def _title_left(self, name_start: int, sent_start: int) -> int:
        """Start of the title phrase before a name, or ``name_start`` if there is none."""
        i = name_start - 1
        chunk: list[Token] = []
        while i >= sent_start:
            tok = self.doc[i]
            low = tok.lower_
            ok = (low in self.lex.titles or low in self.lex.modifiers or low in _CONNECTORS
                  or (tok.text[:1].isupper() and (tok.is_alpha or "-" in tok.text))
                  or tok.ent_type_ in ("ORG", "NORP", "GPE"))
            if not ok or tok.ent_type_ == "PERSON":
                break
            chunk.append(tok)
            i -= 1
        chunk.reverse()
        # the phrase must contain a title head; drop connectors and stray words on its left edge
        heads = [k for k, t in enumerate(chunk) if t.lower_ in self.lex.titles and self.lex.titles[t.lower_][1] != "group"]
        if not heads:
            return name_start
        first = heads[0]
        k = first
        while k > 0 and (self._title_prefix_word(chunk[k - 1]) or (  # "Planning and Investment Minister"
                k > 1 and chunk[k - 1].lower_ == "and" and chunk[k - 2].lower_ in self.lex.modifiers)):
            k -= 1
        while k < len(chunk) and chunk[k].lower_ in _CONNECTORS:
            k += 1
        if chunk and chunk[-1].lower_ in ("and", "of", "the"):
            return name_start
        return chunk[k].i if k < len(chunk) else name_start

    def _title_prefix_word(self, tok: Token) -> bool:
        low = tok.lower_
        return (low in self.lex.modifiers or low in self.lex.titles or low in ("'s", "’s", "-")
                or self._place(tok.text) is not None
                or (tok.text[:1].isupper() and not tok.is_sent_start and tok.is_alpha))

    def _describe_role(self, cand: Candidate, start: int, end: int) -> None:
        """Fill title, country and sector from the title phrase doc[start:end]."""
        tokens = list(self.doc[start:end])
        possessive = [k for k, t in enumerate(tokens) if t.lower_ in ("'s", "’s")]
        owner: list[Token] = []
        if possessive and any(self._is_title_head(t) for t in tokens[possessive[-1] + 1:]):  # "Trump's special envoy": the envoy's title
            owner, tokens = tokens[:possessive[-1]], tokens[possessive[-1] + 1:]
        country, k = self._leading_country(tokens)
        title_tokens = tokens[k:]
        while title_tokens and title_tokens[0].lower_ in ("the", "'s", "’s", "a", "an"):
            title_tokens = title_tokens[1:]
        if not title_tokens:
            return
        cand.title = self.doc[title_tokens[0].i:end].text
        cand.title_span = (self.doc[start].idx, self.doc[end - 1].idx + len(self.doc[end - 1]))
        org_country, org_sector = self._organisation_inside(title_tokens)
        cand.country = (country or self._country_inside(title_tokens) or org_country
                        or self._country_inside(owner) or self._organisation_inside(owner)[0])
        heads = [t for t in title_tokens if t.lower_ in self.lex.titles]
        head = heads[0] if heads else title_tokens[-1]
        cand.sector, cand.head_class = self.lex.titles.get(head.lower_, (None, ""))
        qualifier = self._qualifier(title_tokens, head)
        if qualifier and cand.head_class in ("head", "official"):
            cand.sector = qualifier  # "opposition leader", "police chief", "Senate Majority Leader"
        if org_sector and org_sector not in ("IGO", "GOV"):
            cand.sector = org_sector  # "a senior al-Shabab leader" leads rebels, not a government
        if any(t.lower_ in ("former", "ex", "ex-") for t in tokens):
            cand.sector = "ELI"

    def _is_title_head(self, tok: Token) -> bool:
        return self.lex.titles.get(tok.lower_, ("", "group"))[1] != "group"

    def _organisation_inside(self, tokens: list[Token]) -> tuple[str | None, str | None]:
        """Country and sector of a known organisation named inside the phrase."""
        if not tokens or not self.kb:
            return None, None
        first, last = tokens[0].i, tokens[-1].i + 1
        for start in range(first, last):
            label, end = self.fixed_at.get(start, ("", last + 1))
            if label.startswith("seat:") and end <= last:
                return label[5:], self.lex.seat_sectors.get(normalise(self.doc[start:end].text), "GOV")
            if label.startswith("org:") and end <= last:
                entry = self.kb.entries.get(label[4:])
                role = entry.role_at(None) if entry else None
                if role:
                    return role.country, role.sector
        return None, None

    def _leading_country(self, tokens: list[Token]) -> tuple[str | None, int]:
        """A country, demonym, capital or seat opening the phrase ("Russian", "Taiwan's", "Kremlin")."""
        for size in (4, 3, 2, 1):
            if len(tokens) >= size:
                text = self.doc[tokens[0].i:tokens[0].i + size].text
                code = self._place(text)
                if code:
                    k = size + (1 if len(tokens) > size and tokens[size].lower_ in ("'s", "’s", "'", "’") else 0)
                    seat = normalise(text) in self.lex.seats and self.lex.seats[normalise(text)][1] == "seat"
                    return code, (0 if seat else k)
        return None, 0

    def _place(self, text: str) -> str | None:
        """ISO3 of a country, demonym, capital, seat of power or region written as ``text``."""
        code = self.lex.country(text)
        if code is None:
            seat = self.lex.seats.get(normalise(text))
            code = seat[0] if seat else self.lex.regions.get(normalise(text))
        key = normalise(text)
        if key in self.lex.ambiguous:
            options = self.lex.ambiguous[key]
            code = next((c for c in options if c in self.ambiguous_context), options[0])
        return code

    def _leaders_country(self, chunk: Span, root: Token) -> str | None:
        """"the TRUMP administration", "the Sharif government", "TRUMP'S people": a governing body
        named after a person the knowledge base knows, or a group a known person owns, is of that
        person's country (not the country of a place nearby)."""
        if not self.kb:
            return None
        for tok in chunk:
            if tok.i < root.i and tok.pos_ == "PROPN" and (
                    tok.dep_ == "compound" and root.lower_ in _GOVERNING or tok.dep_ == "poss" and tok.head.i == root.i):
                hit = self.kb.lookup(tok.text, fuzzy=False)
                if hit and hit.entry.kind == "person" and hit.role and hit.role.country:
                    return hit.role.country
        return None

    def _country_inside(self, tokens: list[Token]) -> str | None:
        tokens = [t for t in tokens if t.i not in self.world_words and not self._after_particle(t.i)]
        if not tokens:
            return None
        first, last = tokens[0].i, tokens[-1].i + 1
        for i in range(first, last):  # fixed names first: "Democratic People's Republic of Korea"
            label, end = self.fixed_at.get(i, ("", 0))
            kind, _, code = label.partition(":")
            if end <= last and kind in ("country", "demonym", "capital", "seat", "ambiguous"):
                return self._place(self.doc[i:end].text) or code.split("|")[0]
        for i in range(len(tokens)):
            if not tokens[i].text[:1].isupper():
                continue
            for size in (3, 2, 1):
                if i + size <= len(tokens):
                    code = self._place(self.doc[tokens[i].i:tokens[i].i + size].text)
                    if code:
                        return code
        for i in range(len(tokens)):  # a city or US state: "Shanghai police", "Oxford University"
            for size in (3, 2, 1):
                if i + size <= len(tokens) and tokens[i].text[:1].isupper():
                    code = self.lex.big_city_country.get(normalise(self.doc[tokens[i].i:tokens[i].i + size].text))
                    if code:
                        return code
        return next((code for tok in tokens if self._one_word_place(tok)
                     and (code := self.lex.misspelt_country(tok.text)) and not self._person_name(tok.text)),
                    None)  # "Quatar's emir"

    def _one_word_place(self, tok: Token) -> bool:
        """A one-token GPE, NORP or ORG entity: the only names checked for misspelt countries."""
        if tok.ent_iob_ != "B" or tok.ent_type_ not in ("GPE", "NORP", "ORG"):
            return False
        return tok.i + 1 >= len(self.doc) or self.doc[tok.i + 1].ent_iob_ != "I"

    def _title_before_comma(self, cand: Candidate, name_start: int, sent_start: int) -> None:
        """"Trump's special envoy, Steve Witkoff, ..." → the noun phrase before the comma is the title."""
        comma = name_start - 1
        if comma - 1 < sent_start or self.doc[comma].text != ",":
            return
        head = self.doc[comma - 1]
        if head.lower_ not in self.lex.titles or self.lex.titles[head.lower_][1] == "group" or head.pos_ != "NOUN" and head.pos_ != "PROPN":
            return
        start = head.left_edge.i
        if start < sent_start or comma - start > 12:
            return
        self._describe_role(cand, start, comma)
        cand.rule = "actors.title-before-comma"

    def _appositive(self, cand: Candidate, name_end: int, sent_end: int) -> None:
        """"Harry Tseng, Taiwan's deputy foreign minister, said" → title after the name."""
        i = name_end
        if i >= sent_end or self.doc[i].text != ",":
            return
        j = i + 1
        while j < sent_end and self.doc[j].lower_ in ("the", "a", "an"):
            j += 1
        k = j
        while k < sent_end and not self.doc[k].is_punct or (k < sent_end and self.doc[k].text in ("'", "’", "-")):
            tok = self.doc[k]
            if tok.lower_ in ("who", "which", "that", "whose"):
                break
            if tok.pos_ in ("VERB", "AUX"):
                return
            if tok.lower_ in ("and", "or") and k > j:
                break
            k += 1
        tokens = list(self.doc[j:k])
        if not tokens or len(tokens) > 16 or not any(t.lower_ in self.lex.titles for t in tokens):
            return
        if cand.title:  # a title in front already: the appositive only adds the country it lacks
            probe = Candidate(j, k, "", "", "")
            self._describe_role(probe, j, k)
            cand.country = probe.country
            return
        self._describe_role(cand, j, k)
        cand.rule = "actors.appositive-title"

    def _diaspora(self, start: int, end: int) -> bool:
        """"Cuban Americans", "Iranian-Americans": a demonym before a plural demonym of the people of a
        country of immigrants (noun_roles.tsv diaspora) names that country's people of that origin."""
        i = end + 1 if end < len(self.doc) and self.doc[end].text == "-" else end
        label, host_end = self.fixed_at.get(i, ("", 0))
        kind, _, code = label.partition(":")
        if kind != "demonym" or self.lex.noun_roles.get(self.doc[i:host_end].text.lower()) != "diaspora":
            return False
        return self._add(Candidate(start, host_end, "nominal", "group", "actors.diaspora", 0.8, country=code.split("|")[0],
                                   sector="CVL", name=self.doc[start:host_end].text, plural=True,
                                   extra={"head": self.doc[host_end - 1].lower_, "determiner": ""}))

    # -- fixed names and entities --------------------------------------------------------------
    def _fixed(self, label: str, start: int, end: int) -> None:
        kind, _, code = label.partition(":")
        if start in self.negated:
            return
        if kind in ("country", "demonym", "capital", "ambiguous") and self._inside_longer_name(start, end):
            return  # "The American Legion", "British Columbians": the longer name decides
        if kind in ("country", "capital", "ambiguous") and (self._inside_person_name(start, end) or self._after_particle(start)):
            return  # "CHAD Sweet", "Trevor HOLLAND", "Leila de LIMA": a person's name, read as a name
        if kind in ("country", "capital") and self._names_a_feature(start, end):
            return  # "the JORDAN Valley", "Lake CHAD", "the Gulf of MEXICO": a feature on the map, no party
        if kind == "capital" and self._name_goes_on(end):
            return  # "ST JOHN of God": the start of a longer name, not the capital
        if kind == "capital" and self._names_a_document(self.doc[start:end]):
            return
        if kind == "capital" and self._performer_in_apposition(end):
            span = self.doc[start:end]
            self._add(Candidate(start, end, "name", "person", "actors.performer-name", 0.7, ner=span[0].ent_type_ or None,
                                name=span.text, name_start=start, name_end=end))
            return
        if kind == "ambiguous":
            options = code.split("|")
            code = next((c for c in options if c in self.ambiguous_context), options[0])
            kind = "demonym"
        span = self.doc[start:end]
        if kind == "capital" and start and self.doc[start - 1].lower_ in _LOCATIVE:
            # "talks in Moscow", "a park in Kabul": the city where something happens, not its government
            self._add(Candidate(start, end, "name", "place", "actors.capital-place", 0.8,
                                ner=span[0].ent_type_ or None, key=code, country=code, sector="CVL", name=span.text))
        elif kind == "capital":  # "Moscow highly values": the capital stands for the government
            self._add(Candidate(start, end, "metonym", "government", "actors.capital", 0.85,
                                ner=span[0].ent_type_ or None, key=code, country=code, sector="GOV", name=span.text))
        elif kind in ("country", "demonym"):
            if kind == "demonym" and self._diaspora(start, end):
                return  # "CUBAN Americans": Americans of Cuban origin, not Cuba
            if kind == "demonym" and self._demonym_is_modifier(span):
                return  # "Russian" in "the Russian side" / "Russian government": the nominal decides
            if kind == "demonym" and (self._placed_people(start, end, code) or self._people_abroad(start, end, code)):
                return
            if kind == "demonym" and self._one_national(span):
                self._add(Candidate(start, end, "nominal", "person-nominal", "actors.demonym-person", 0.7,
                                    country=code, sector="CVL", name=self.doc[span[-1].left_edge.i:end].text,
                                    extra={"head": span[-1].lower_, "determiner": self.doc[span[-1].left_edge.i].lower_}))
                return
            before = self.doc[start - 1] if start else None
            qualifier = self.lex.qualifier_sector({before.lower_}) if before and before.head.i in range(start, end) else None
            if kind == "demonym" and before is not None and before.lower_ == "ethnic" and span.text.endswith("s"):
                self._add(Candidate(start - 1, end, "nominal", "group", "actors.ethnic-group", 0.75,
                                    country=self._ethnic_home(start - 1, code), sector=self._people_sector(span[-1]),
                                    name=self.doc[start - 1:end].text,
                                    plural=True, extra={"head": span[-1].lower_, "determiner": ""}))
                return
            if kind == "demonym" and self._counted_nationals(span):
                # "three Americans", "the 30 Britons": people, not the state (coded by country alone, as
                # CAMEO codes nationals; a faith keeps its sector)
                first = span[-1].left_edge.i
                first += self.doc[first].lower_ in ("the", "a", "an")
                self._add(Candidate(first, end, "nominal", "group", "actors.counted-nationals", 0.75, country=code,
                                    sector=self.lex.agent_sector([span[-1].lower_]), name=self.doc[first:end].text, plural=True,
                                    extra={"head": span[-1].lower_, "determiner": ""}))
                return
            if kind == "demonym" and qualifier and span.text.endswith("s"):  # "ordinary Kazakhs", "rebel Syrians"
                self._add(Candidate(start - 1, end, "nominal", "group", "actors.qualified-people", 0.75, country=code,
                                    sector=qualifier, name=self.doc[start - 1:end].text, plural=True,
                                    extra={"head": span[-1].lower_, "determiner": ""}))
                return
            mention = {"country": "country", "demonym": "demonym"}[kind]
            if start > 0 and self.doc[start - 1].lower_ == "the" and kind == "country":
                start -= 1
            self._add(Candidate(start, end, mention, "country", f"actors.{kind}", 0.95, ner=span[0].ent_type_ or None,
                                key=code, country=code, name=span.text))
        elif kind == "region":
            self._add(Candidate(start, end, "name", "place", "actors.region", 0.8, ner=span[0].ent_type_ or None,
                                key=code, country=code, name=span.text,
                                sector=self.lex.region_sectors.get(normalise(span.text))))
        elif kind == "seat":
            if start > 0 and self.doc[start - 1].lower_ == "the":
                start -= 1
            self._add(Candidate(start, end, "metonym", "government", "actors.seat-of-power", 0.9, key=code,
                                country=code, sector=self.lex.seat_sectors.get(normalise(span.text), "GOV"),
                                name=span.text))
        elif kind == "org":
            if self._posted_to(span):
                return  # "Iran's U.N. mission", "his U.N. mission": the country's, posted to the U.N.
            if start > 0 and self.doc[start - 1].lower_ == "the":
                start -= 1
            self._add(Candidate(start, end, "name", "organisation", "actors.kb-name", 0.9,
                                ner=span[0].ent_type_ or None, key=code, name=span.text))
        elif kind == "agency":
            ent_start = span[0].ent_iob_ == "I"
            first = start
            if ent_start:  # "Russian Tas": the whole NER span is the agency
                while first > 0 and self.doc[first - 1].ent_iob_ in ("B", "I") and self.doc[first].ent_iob_ == "I":
                    first -= 1
                if not self._release_countries(first, start):
                    first = start
            self._add(Candidate(first, end, "agency", "organisation", "actors.agency", 0.9,
                                ner=span[0].ent_type_ or None, key=code, sector="MED", name=span.text))

    def _posted_to(self, span: Span) -> bool:
        """An organisation's name before a posting noun (noun_roles.tsv posting) that has an owner of
        its own ("Iran's U.N. mission", "his U.N. delegation") says where the mission is posted, not
        whose it is: the owner is the party, so the name is no mention."""
        head = span[-1].head
        return (span[-1].dep_ in ("compound", "nmod", "amod") and head.i >= span.end
                and self.lex.noun_roles.get(head.lower_) == "posting"
                and any(c.dep_ == "poss" for c in head.children))

    def _placed_people(self, start: int, end: int, code: str) -> bool:
        """"Iraqi Kurds", "Chinese Uyghurs", "Syrian Christians": a national adjective on the noun of a
        people living across borders (ethnic_groups.txt) places that people in the adjective's country;
        the pair is one group mention, never the state.  True when the group was added."""
        if end >= len(self.doc) or self.doc[end].lower_ not in self.lex.ethnic_groups:
            return False
        if self.doc[end - 1].dep_ not in ("amod", "compound", "nmod") or self.doc[end - 1].head.i != end:
            return False
        if self.doc[end - 1].text.endswith("ns"):
            return False  # "Syrians, Kurds": a plural demonym is a people of its own
        head = self.doc[end]
        first = start - 1 if start and self.doc[start - 1].lower_ == "ethnic" else start
        return self._add(Candidate(first, end + 1, "nominal", "group", "actors.placed-people", 0.75, country=code,
                                   sector=self._people_sector(head), name=self.doc[first:end + 1].text, plural=True,
                                   extra={"head": head.lower_, "determiner": ""}))

    def _people_abroad(self, start: int, end: int, code: str) -> bool:
        """"The Albanians of southern Serbia", "the Kurds of Iraq": a people named with the country it
        lives in ("of" and a country, one direction word allowed) belongs to that country.  True when
        the group was added."""
        span = self.doc[start:end]
        if not span.text.endswith("s") or end + 1 >= len(self.doc) or self.doc[end].lower_ != "of":
            return False
        home = self._fixed_place(end + 1) or (self._fixed_place(end + 2) if end + 2 < len(self.doc) else None)
        if not home or home == code:
            return False
        first = start - 1 if start and self.doc[start - 1].lower_ in ("the", "ethnic") else start
        return self._add(Candidate(first, end, "nominal", "group", "actors.people-abroad", 0.75, country=home,
                                   sector=self._people_sector(span[-1]), name=span.text, plural=True,
                                   extra={"head": span[-1].lower_, "determiner": ""}))

    @staticmethod
    def _counted_nationals(span: Span) -> bool:
        """"killed three Americans", "the 30 Britons", "dozens of Iraqis": a plural demonym with a
        number counts people of that country, never the state."""
        last = span[-1]
        if not last.text.endswith("s") or last.dep_ in ("amod", "compound", "poss"):
            return False
        if any(c.dep_ == "nummod" for c in last.children):
            return True
        return last.dep_ == "pobj" and last.head.lower_ == "of" and (
            last.head.head.like_num or last.head.head.lower_ in ("dozens", "hundreds", "thousands", "scores", "millions"))

    def _people_sector(self, head: Token) -> str:
        """A people's sector: a faith's own ("muslims" MUS, "christians" CHR), else civilians."""
        return self.lex.agent_sector([head.lower_]) or "CVL"

    def _ethnic_home(self, ethnic: int, code: str) -> str:
        """"ethnic Albanians demonstrated in Serbia": an ethnic group named with the country it acts
        in belongs to that country (CAMEO codes people by where they live); else the demonym's."""
        sent_start, sent_end = self.sentences[ethnic]
        for i in range(sent_start, sent_end - 1):
            if self.doc[i].lower_ not in ("in", "of"):
                continue
            place = self._fixed_place(i + 1) or self._fixed_place(min(i + 2, sent_end - 1))
            if place and place != code:
                return place
        return code

    def _demonym_is_modifier(self, span: Span) -> bool:
        head = span[-1].head
        while (head.dep_ in ("amod", "compound") and head.head.i > head.i and head.i >= span.end
               and self.fixed_at.get(head.i, ("",))[0].partition(":")[0] in ("demonym", "ambiguous")):
            head = head.head  # "Iranian-American pastor": the pair modifies the pastor
        if self.lex.noun_roles.get(head.lower_) == "membership" and self._has_owner(head):
            return False  # "Dutch members of parliament": the members are the owner's, the demonym names a party
        return (span[-1].dep_ in ("amod", "compound") and head.i >= span.end
                and (head.lower_ in self.lex.titles or head.lower_ == "side"
                     or self.lex.noun_roles.get(head.lower_) == "polity"
                     or self.lex.agent_sector([head.lower_]) is not None))

    def _name_goes_on(self, end: int) -> bool:
        """"St John OF GOD": "of" and a capitalised word that names no place go on with the name."""
        return end + 1 < len(self.doc) and self.doc[end].lower_ == "of" and self.doc[end + 1].is_title \
            and not self.fixed_at.get(end + 1) and not self._place(self.doc[end + 1].text)

    def _names_a_feature(self, start: int, end: int) -> bool:
        """A place name with a capitalised natural-feature word next to it (feature_words.txt): after it
        ("the Jordan Valley"), before it ("Lake Chad") or before "of" ("the Gulf of Mexico")."""
        doc, features = self.doc, self.lex.feature_words
        after = end < len(doc) and doc[end].is_title and doc[end].lower_ in features
        before = start >= 1 and doc[start - 1].is_title and doc[start - 1].lower_ in features
        before_of = start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].is_title \
            and doc[start - 2].lower_ in features
        return after or before or before_of

    def _inside_longer_name(self, start: int, end: int) -> bool:
        """A place word inside a longer proper name ("The American Legion", "America Rising PAC",
        "British Columbians", "Friends of Israel") is part of that name, not the state: true when an NER
        name runs on past it with a capitalised word, or is an organisation's name ending in "of" + the
        place, and none of its other words names a state body or a polity ("the Russian Foreign Ministry",
        "U.S. Navy", "Government of Iraq", "Kingdom of ..." keep their country reading)."""
        if self.doc[start].ent_iob_ == "O" or end < len(self.doc) and self.doc[end].lower_ in self.lex.ethnic_groups:
            return False  # "Chinese Uyghurs": NER's name is a people the adjective places
        ent = next((e for e in self.ents if e.start <= start and end <= e.end), None)
        if ent is None or ent.label_ not in _NAME_LABELS or ent.text.isupper():
            return False  # an all-capitals headline ("CRICKET - ENGLAND BEAT") is no name
        if end < ent.end:
            after = self.doc[end]
            if not (after.is_alpha and after.text[:1].isupper()) or self.fixed_at.get(end, ("",))[0]:
                return False  # "Romania - Cosmin Contra": a dash ends the place, no name runs on
        elif not (ent.label_ == "ORG" and start - 2 >= ent.start and self.doc[start - 1].lower_ == "of"
                  and self.doc[start - 2].text[:1].isupper()) and not self._brand_before(ent, start):
            return False
        others = [t for t in ent if not start <= t.i < end and t.is_alpha]
        return not any(self._state_word(t) or self.lex.noun_roles.get(t.lower_) in ("polity", "country-anaphor")
                       for t in others)

    def _brand_before(self, ent: Span, start: int) -> bool:
        """An organisation's name that ends in the place after a capitalised word of its own ("Air
        France", "Radio Free Asia"), not after another place ("EU Turkey") or a state word (checked by
        the caller: "Team USA" stays a name, "Government Iraq" would not)."""
        before = self.doc[start - 1] if start - 1 >= ent.start else None
        return (ent.label_ == "ORG" and before is not None and before.is_alpha and before.text[:1].isupper()
                and not any(t.i != start and self.fixed_at.get(t.i) for t in ent))

    def _after_particle(self, start: int) -> bool:
        """A name right after a surname particle ("Leila de LIMA", ``name_words.tsv``) ends a person's name."""
        return start > 0 and name_words().get(self.doc[start - 1].text) == "particle"

    def _inside_person_name(self, start: int, end: int) -> bool:
        """A place word that begins or ends a person's name as NER reads it ("CHAD Sweet", "Israel Katz",
        "Trevor HOLLAND", "Michael JORDAN"): the other word beside it is a capitalised name, not a
        title, a state body's word or another place ("President Putin", "Russia Ukraine")."""
        ent = next((e for e in self.ents if e.start <= start and end <= e.end), None)
        if ent is None or ent.label_ != "PERSON" or len(ent) != 2 or ent.text.isupper():
            return False  # (a longer run may be a title-case headline: "Putin Visits Ukraine")
        if not self.fixed_at.get(start, ("",))[0].startswith(("country:", "capital:", "ambiguous:")):
            return False  # a demonym before a name qualifies it ("Rwandan Hutu", "Russian Putin")
        if start == ent.start and end < ent.end:
            beside = self.doc[end]
        elif end == ent.end and start > ent.start:
            beside = self.doc[start - 1]
        else:
            return False
        return beside.pos_ == "PROPN" and beside.is_alpha and beside.text[:1].isupper() and not beside.is_upper \
            and not self._state_word(beside) and self.lex.country(beside.text) is None and beside.i not in self.fixed_at \
            and beside.lower_ not in self.lex.ethnic_groups

    def _state_word(self, tok: Token) -> bool:
        """A title, a state body's noun or a seat of power ("ministry", "navy", "Kremlin")."""
        low, lemma = tok.lower_, tok.lemma_.lower()
        sector = self.lex.agent_sector([low]) or self.lex.agent_sector([lemma])
        return (low in self.lex.titles or low in self.lex.seats or sector in _STATE_SECTORS
                or self.lex.sector_words.get(low, ("", ""))[0] in _STATE_SECTORS)

    def _names_a_document(self, span: Span) -> bool:
        """"the Paris agreement", "the Minsk accords": a city compounded before a document noun
        (noun_roles.tsv document) names where it was signed; its tokens are taken, so no actor is read."""
        head = span[-1].head
        if not (span[-1].dep_ in ("compound", "nmod", "amod") and head.i >= span.end
                and self.lex.noun_roles.get(head.lower_) == "document"):
            return False
        for i in range(span.start, span.end):
            self.taken[i] = True
        return True

    def _performer_in_apposition(self, end: int) -> bool:
        """"Washington, star of Scandal, ...": a performer's role (noun_roles.tsv performer) in apposition
        right after a city-like name makes it a person's name."""
        if end + 1 >= len(self.doc) or self.doc[end].text != ",":
            return False
        role = self.doc[end + 1]
        if role.lower_ in ("the", "a", "an") and end + 2 < len(self.doc):
            role = self.doc[end + 2]
        return self.lex.noun_roles.get(role.lower_) == "performer" and role.dep_ == "appos"

    def _one_national(self, span: Span) -> bool:
        """"the first American to die", "an American": a singular demonym heading its own phrase with an
        article or an ordinal names one person of that country, not the state."""
        last = span[-1]
        if last.dep_ in ("amod", "compound", "poss") or last.text.endswith("s") or last.i + 1 < len(self.doc) and \
                self.doc[last.i + 1].lower_ in ("'s", "’s"):
            return False
        if normalise(span.text + "s") not in self.lex.demonyms:
            return False  # "the Chinese", "the British": a form with no plural names the whole people
        return any(c.i < span.start and (c.lower_ in ("a", "an", "the", "another") or c.ent_type_ == "ORDINAL")
                   for c in last.children)

    def _person_name(self, word: str) -> bool:
        """A word that names a person here or in the knowledge base ("Cameron"): never a misspelt country."""
        if word in self.person_names:
            return True
        hit = self.kb.lookup(word, fuzzy=False) if self.kb else None
        return hit is not None and hit.entry.kind == "person"

    def _entity(self, ent: Span) -> None:
        if any(self.taken[ent.start:ent.end]) or any(i in self.negated for i in range(ent.start, ent.end)):
            return
        if all(i in self.world_words for i in range(ent.start, ent.end)):
            return  # "a trip to ASIA": a part of the world, no party (world_regions.txt)
        text = ent.text
        start = ent.start
        if ent.label_ == "NORP" and self._demonym_is_modifier(ent):
            return
        region = self.lex.regions.get(normalise(text.removeprefix("the ")))
        if region:  # "Balochistan", "Abkhazia": a place in a country, not the country itself
            self._add(Candidate(start, ent.end, "name", "place", "actors.region", 0.75, ner=ent.label_, key=region,
                                country=region, name=text,
                                sector=self.lex.region_sectors.get(normalise(text.removeprefix("the ")))))
            return
        code = self._place(text)
        if code and self.lex.country(text) is None and self._name_goes_on(ent.end):
            return  # "ST JOHN of God": a longer name that begins like a capital
        if code:
            self._add(Candidate(start, ent.end, "country", "country", "actors.ner-country", 0.85,
                                ner=ent.label_, key=code, country=code, name=text))
        elif (len(ent) == 1 and self._one_word_place(ent[0]) and (code := self.lex.misspelt_country(text))
              and not self._person_name(text)):
            self._add(Candidate(start, ent.end, "country", "country", "actors.misspelt-country", 0.6,
                                ner=ent.label_, key=code, country=code, name=text))
        elif normalise(text) in self.lex.city_country and (ent.label_ != "PERSON" or text not in self.person_words):
            if self._names_a_document(ent):
                return
            code = self.lex.city_country[normalise(text)]
            self._add(Candidate(start, ent.end, "name", "place", "actors.city", 0.7, ner=ent.label_,
                                key=code, country=code, sector="CVL", name=text))
        elif ent.label_ == "ORG" and not self._posted_to(ent) and not self._names_an_activity(ent, ("not-party", "facility")):
            country = self._country_inside(list(ent))
            if start >= 2 and self.doc[start - 1].lower_ in ("'s", "’s"):
                owner = self._place(self.doc[start - 2].text)
                if owner and self._release_countries(start - 2, start - 1):  # "Chile's Defense Department"
                    country, start = owner, start - 2
            self._add(Candidate(start, ent.end, "name", "organisation", "actors.ner-org", 0.7, country=country,
                                ner=ent.label_, name=text.removeprefix("the ").removeprefix("The ")))

    def _registered_company(self, ent: Span) -> None:
        """"Google Ireland Ltd.": an organisation's name ending in a legal form (name_words.tsv) is one
        company, registered in the country named inside it — read before the fixed names, which would
        take the country word for the state."""
        if ent.label_ != "ORG" or len(ent) < 3 or name_words().get(ent[-1].lower_.rstrip(".")) != "legal-form":
            return
        country = self._country_inside(list(ent[:-1]))
        if country:
            self._add(Candidate(ent.start, ent.end, "name", "organisation", "actors.registered-company", 0.75,
                                ner=ent.label_, country=country, sector="BUS", name=ent.text))

    def _names_an_activity(self, ent: Span, roles: tuple[str, ...] = ("not-party",)) -> bool:
        """"the Malabar Joint Maritime EXERCISE", "Incirlik Air BASE": a name whose head is an activity or
        a place (``noun_roles.tsv``: not-party, and for an organisation's name a facility) names no party,
        whatever NER says."""
        words = [t.lower_ for t in ent]
        return any(self.lex.noun_roles.get(" ".join(words[-n:])) in roles for n in (1, 2))

    # -- nominals ------------------------------------------------------------------------------
    def _known_names(self) -> None:
        """Runs of proper nouns NER left untagged that the knowledge base knows ("Gitanas Nauseda")."""
        if not self.kb:
            return
        doc, i = self.doc, 0
        while i < len(doc):
            if doc[i].pos_ != "PROPN" or self.taken[i]:
                i += 1
                continue
            j = i
            while j < len(doc) and (doc[j].pos_ == "PROPN" or doc[j].text == "-") and not self.taken[j]:
                j += 1
            span = doc[i:j]
            hit = self.kb.lookup(span.text, fuzzy=len(span) > 1, exclude_origin=self.article_id)
            if hit and not (hit.entry.kind != "person" and self._posted_to(span)):
                person = hit.entry.kind == "person"
                self._add(Candidate(i, j, "name", "person" if person else "organisation", "actors.kb-name", 0.75,
                                    key="" if person else hit.entry.id, name=span.text,
                                    name_start=i, name_end=j))
            i = j

    def _nominal(self, chunk: Span) -> None:
        link = max((t.i for t in chunk if t.like_url or t.like_email), default=None)
        if link is not None:  # "... Newsvine Permalink http://dw.com/p/2Xs0l Russian hackers": a share bar
            if link + 1 >= chunk.end:  # glued to the phrase by the parser; the party starts after the link
                return
            chunk = self.doc[link + 1:chunk.end]
        start = chunk.start
        while start < chunk.root.i and self.doc[start].ent_type_ in ("DATE", "TIME"):
            start += 1  # "On TUESDAY Belfast's Court of Appeal rejected": a day the parser put into the phrase
        chunk = self.doc[start:chunk.end]
        root = self._people_head(chunk)
        if root.pos_ == "PRON":
            self._pronoun_phrase(root)
            return
        owner = next((t for t in root.children if t.dep_ == "poss" and t.pos_ != "PRON"
                      and chunk.start <= t.i < chunk.end and t.left_edge.i >= chunk.start), None)
        if owner is not None and self._owned_company(root, owner):
            return
        if owner is not None and not self._nominal_head(chunk):
            self._nominal(self.doc[owner.left_edge.i:owner.i + 1])  # "the Russian government's refusal"
            return
        if owner is not None and owner.ent_type_ == "PERSON" and any(self.taken[owner.left_edge.i:owner.i + 1]) \
                and not self._place(self.doc[owner.left_edge.i:owner.i + 1].text) and root.lower_ not in _GOVERNING:
            # "Mr Trump's national security adviser": the owner, read already as a name, is not the adviser
            # ("Sharif's administration" stays the leader's, as "the Trump administration" is)
            after = owner.i + 1 + (owner.i + 1 < chunk.end and self.doc[owner.i + 1].tag_ == "POS")
            if after <= root.i:
                chunk = self.doc[after:chunk.end]
        if any(self.taken[chunk.start:chunk.end]) and not self._nominal_head(chunk):
            if not self._national_group(chunk, root):
                self._members_of_name(root)
            return
        if self.lex.noun_roles.get(root.lower_) == "membership" and self._has_owner(root):
            self._members_of_name(root)  # "OSCE member", "members of the NLD", "its members": the body's
            return
        if any(self.taken[chunk.start:chunk.end]) and (self.taken[root.i] or not self._release_countries(
                chunk.start, chunk.end, ("organisation", "government", "place"))):
            return
        words = [t.lower_ for t in chunk if t.i <= root.i and t.lower_ not in ("the", "a", "an", "this", "that", "these", "those")]
        if not words:
            return
        low = root.lower_
        if chunk[0].lower_ == "the" and self.lex.noun_roles.get(" ".join(words)) == "country-anaphor":
            self._country_anaphor(chunk, root)
            return
        if (chunk[0].lower_ == "the" and " ".join(words) in self.lex.body_anaphors
                and self._body_anaphor(chunk, root, " ".join(words))):
            return
        if self._needs_more(chunk, root, words):
            return  # "the public" of no country, "cute labels": not the party these nouns name
        if self.lex.noun_roles.get(" ".join(words[-2:])) == "not-party":
            return  # "a dinner party", "a birthday party": a gathering, not a political party
        if self.lex.noun_roles.get(low) == "counted":
            self._counted(chunk, root)  # "deported 40 others"
            return
        number = [t for t in chunk if t.lower_ in ("two", "2", "both")]  # "eight leaders" is no dyad
        if number and (low in _DYAD_WORDS or low in PAIRED_WORDS and self._pair_named_before(chunk.start)):
            self._add(Candidate(chunk.start, chunk.end, "nominal", "dyad", "actors.dyad", 0.7,
                                name=chunk.text, plural=True, extra={"what": low}))
            return
        if self.lex.noun_roles.get(low) == "polity" and not self.lex.agent_sector(words):  # not "breakaway state"
            self._polity(chunk, root)
            return
        if low == "side":
            country = self._country_inside(list(chunk))
            body = None if country else self._side_body(chunk)
            if country:
                self._add(Candidate(chunk.start, chunk.end, "metonym", "country", "actors.side", 0.85,
                                    key=country, country=country, name=chunk.text))
            elif body:  # "the EU side", "the European side": the body that negotiates
                self._add(Candidate(chunk.start, chunk.end, "metonym", "organisation", "actors.side", 0.85,
                                    key=body, name=chunk.text))
            return
        title = (self.lex.titles.get(" ".join(words[-2:])) or self.lex.titles.get(low)
                 or self.lex.titles.get(root.lemma_.lower()))  # "attorney general" before "general"
        sector = title[0] if title else self.lex.agent_sector(words) or self.lex.agent_sector([root.lemma_.lower()])
        qualifier = self._qualifier(list(chunk), root)
        if qualifier and self._generic_head(root):
            sector = qualifier  # "a rebel leader", "army accountant", "Minsk police station"
        if not sector:
            return
        country = self._country_inside(list(chunk))
        ethnic = next((t.i for t in chunk if t.lower_ == "ethnic"), None)
        if ethnic is not None and country:
            country = self._ethnic_home(ethnic, country)  # "ethnic Albanian guerrillas operating in Macedonia"
        span = self._with_of(chunk)
        if not qualifier and len(span) > len(chunk) and self._generic_head(root):
            sector = self._qualifier(list(span[len(chunk):]), root) or sector  # "chairman of the company's board"
        org_country, org_sector = self._organisation_inside(list(span))
        body = self._owning_body(root)
        if body is not None:  # "the leader of ISIS in Iraq" leads ISIS, not Iraq; "experts of the U.N. panel"
            org_country, org_sector = self._organisation_inside(list(body))
        country = (country or self._country_inside(list(span)) or self._leaders_country(chunk, root) or org_country
                   or self._country_of_prep(root) or self.lex.agent_country(words))
        if org_sector and title and title[1] != "group" and org_sector not in ("GOV", "IGO"):
            sector = org_sector  # "a CIA official" works for the spy agency
        if title and title[1] in ("head", "official") and body is None and any(
                self.lex.agents.get(t.lower_) in RELIGIONS for t in chunk if t.i != root.i):
            sector = "REL"  # "a prominent Jewish community leader", not "the Islamic State group's leaders"
        of_state = any(t.lower_ == "state" for t in span[len(chunk):]) if len(span) > len(chunk) else False
        head_class = title[1] if title else ""
        if low == "head" and of_state:
            head_class = "head"
        if head_class == "head" and any(t.lower_ in self.lex.local_words for t in chunk if t.i < root.i):
            head_class = "official"  # "the local king", "a tribal chief": a lesser ruler, not the state's leader
        plural = root.tag_ in ("NNS", "NNPS")
        entity = "government" if head_class == "group" and sector == "GOV" and country and low in (
            "government", "authorities", "administration", "regime", "cabinet", "leadership") else "group"
        if head_class in ("head", "minister", "official", "military", "other") and not plural:
            entity = "person-nominal"
            if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i > root.i for c in root.children):
                return  # "the North's leader, KIM JONG UN,": the name in apposition says who, not a leader named before
        if any(t.lower_ in ("former", "ex") for t in chunk) and sector != "BUS":
            sector = "ELI"  # a former office holder; "her former label" is still a business
        if entity == "group" and root.pos_ == "PROPN" and root.text[:1].isupper():
            entity = "organisation"  # "Somalia's National Intelligence and Security Agency" is a name
        extra = {"head": low, "determiner": chunk[0].lower_}
        if body is not None:
            extra["body"] = body.text
        countries = (self._coordinated_countries(chunk.start, root.i)
                     or self._coordinated_countries(chunk.end, span.end)) if plural else []
        if len(countries) > 1 and entity in ("group", "government"):
            entity, extra["countries"] = "group", countries
        self._add(Candidate(span.start, span.end, "nominal", entity, "actors.nominal", 0.7,
                            name=span.text, country=country, sector=sector, plural=plural, head_class=head_class,
                            extra=extra))

    def _pair_named_before(self, start: int) -> bool:
        """Whether a named entity was coordinated with another party ("Israel AND Hamas", "the Taliban
        AND the Afghan government") in this or the previous sentence before ``start``."""
        sentence = self.doc[start].sent
        floor = self.doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
        return any(c.i < start and c.pos_ in ("PROPN", "NOUN") for e in self.doc.ents
                   if floor <= e.start and e.end <= start for c in e.root.conjuncts)

    def _owned_company(self, root: Token, owner: Token) -> bool:
        """"Mexico's Televisa network", "Russia's Lukoil oil company": a proper name compounded before a
        company noun (company_nouns.txt), owned by a country, names a company of that country, not the state."""
        code = self._place(owner.text) or self._fixed_place(owner.i)
        names = [c for c in root.children if c.dep_ == "compound" and c.i > owner.i and c.pos_ == "PROPN"
                 and c.text[:1].isupper() and c.is_alpha]
        if (not code or not names or root.lower_ not in self.lex.company_nouns
                or any(self.taken[names[0].i:root.i + 1]) or any(self._place(n.text) for n in names)):
            return False
        return self._add(Candidate(names[0].i, root.i + 1, "name", "organisation", "actors.owned-company", 0.7,
                                   country=code, sector=self.lex.agent_sector([root.lower_]),
                                   name=" ".join(n.text for n in names)))

    def _national_group(self, chunk: Span, root: Token) -> bool:
        """"a Russian hacking group", "an Italian mafia clan": a non-state body (group_nouns.txt) whose
        only name inside is a demonym is a group of that country; the demonym alone would make the state
        the actor."""
        if root.lower_ not in self.lex.group_nouns or chunk.end != root.i + 1:
            return False
        inside = [c for c in self.candidates if c.start < chunk.end and c.end > chunk.start]
        if not inside or any(c.kind != "demonym" or c.start < chunk.start for c in inside):
            return False
        country = inside[0].country
        if not self._release_countries(chunk.start, chunk.end):
            return False
        return self._add(Candidate(chunk.start, chunk.end, "nominal", "group", "actors.national-group", 0.7,
                                   name=chunk.text, country=country, sector=self._qualifier(list(chunk), root),
                                   plural=root.tag_ == "NNS", extra={"head": root.lower_,
                                                                     "determiner": chunk[0].lower_}))

    def _needs_more(self, chunk: Span, root: Token, words: list[str]) -> bool:
        """Nouns that name a party only in one shape (noun_roles.tsv): national — with a country word
        ("the American public"); definite — as "the X" ("accused the utility", not "a utility that
        turns off the boost"), unless a longer listed phrase names it ("her former label"); modified — with
        a word before it ("the firm", "a research firm"; not "NASA has held firm")."""
        role = self.lex.noun_roles.get(root.lower_)  # each form listed: bare plural "firms" is a party
        if role in ("national", "relative"):
            return self._country_inside(list(chunk)) is None
        if role == "modified":
            return len(chunk) == 1
        if role == "definite":
            return chunk[0].lower_ != "the" and not (len(words) > 1 and self.lex.agents.get(" ".join(words[-2:])))
        return False

    def _country_anaphor(self, chunk: Span, root: Token) -> None:
        """"Washington invaded the country": a bare definite "the country" (noun_roles.tsv
        country-anaphor) names the country last named before it; not a possessor ("the country's
        largest utility" is the utility's phrase), and never the subject of its own verb."""
        if root.dep_ == "poss" or chunk.end != root.i + 1 or (root.dep_ == "pobj" and root.head.lower_ in _WHERE):
            return  # "across the country", "part of the country": where, not who
        subject = [t.i for c in root.head.children if c.dep_ in _SUBJECT_DEPS for t in c.subtree]
        self._add(Candidate(chunk.start, chunk.end, "nominal", "country-anaphor", "actors.country-anaphor", 0.6,
                            name=chunk.text, extra={"not": subject}))

    def _body_anaphor(self, chunk: Span, root: Token, phrase: str) -> bool:
        """"urged the council", "accused the regional body": a definite short name of a body
        (body_anaphors.tsv) points back at the body named before it, as the country anaphor does; only a
        singular head with nothing after it but a gerund ("accused the bloc of failing"), and no
        possessor ("the party's leader" may lead another party), so "the court of appeals" stays generic."""
        if root.tag_ != "NN" or root.dep_ == "poss" or chunk.end != root.i + 1:
            return False
        tail = [c for c in root.children if c.i > root.i and c.dep_ not in ("punct", "cc", "conj", "appos")]
        if any(not (c.lower_ == "of" and all(g.tag_ == "VBG" for g in c.children)) for c in tail):
            return False
        words = phrase.split()
        sector = self.lex.agent_sector(words) or self.lex.agent_sector([root.lemma_.lower()])
        return self._add(Candidate(chunk.start, chunk.end, "nominal", "body-anaphor", "actors.body-anaphor", 0.6,
                                   name=chunk.text, sector=sector,
                                   extra={"head": root.lower_, "kinds": self.lex.body_anaphors[phrase],
                                          "determiner": "the"}))

    def _pronoun_phrase(self, root: Token) -> None:
        """"those in power": a demonstrative with one prepositional phrase that generic_agents.tsv
        lists as a whole names a party of that sector."""
        span = self.doc[root.i:root.i + 3]  # the parser may hang the phrase on the verb
        sector = self.lex.agents.get(span.text.lower())
        if sector and len(span) == 3 and span[1].dep_ == "prep" and not any(self.taken[span.start:span.end]):
            self._add(Candidate(span.start, span.end, "nominal", "group", "actors.nominal", 0.7, name=span.text,
                                sector=sector, plural=True, extra={"head": root.lower_, "determiner": ""}))

    def _polity(self, chunk: Span, root: Token) -> None:
        """"the Pakistani state" (noun_roles.tsv polity) is that country's government; only a
        singular head whose sole modifier is a demonym counts, so "state of emergency", "state
        media", "a U.S. state" and "the Islamic State" name no government."""
        demonym = None
        i = chunk.start
        while i < root.i:
            label, end = self.fixed_at.get(i, ("", 0))
            if label.partition(":")[0] in ("demonym", "ambiguous") and end <= root.i and demonym is None:
                demonym, i = self._place(self.doc[i:end].text) or label.partition(":")[2].split("|")[0], end
            elif self.doc[i].dep_ == "det":
                i += 1
            else:
                return
        if demonym and root.tag_ == "NN" and not any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children):
            self._add(Candidate(chunk.start, chunk.end, "nominal", "government", "actors.polity", 0.8,
                                name=chunk.text, country=demonym, sector="GOV",
                                extra={"head": root.lower_, "determiner": chunk[0].lower_}))

    def _members_of_name(self, head: Token) -> None:
        """"Five Frontier Corps personnel": a body noun (generic_heads.txt) right after an
        organisation's name names its members, whom CAMEO codes as the organisation: the noun is a
        mention of it too, so the noun's verb finds the organisation (the name's own span is kept)."""
        if self.taken[head.i] or head.lemma_.lower() not in self.lex.generic_heads:
            return
        name = next((c for c in self.candidates if c.end == head.i and c.entity == "organisation"), None)
        if name is not None:
            self._add(Candidate(head.i, head.i + 1, "nominal", "organisation", "actors.members-of-name", 0.8,
                                key=name.key, name=name.name, country=name.country, sector=name.sector))

    def _has_owner(self, head: Token) -> bool:
        """Whether a noun names whose it is: a possessor, a party's name before it ("OSCE member", not
        "party members") or an "of" phrase."""
        return any(c.dep_ == "poss" or (c.dep_ in ("compound", "nmod", "amod")
                                              and (self.taken[c.i] or c.ent_type_ in ("ORG", "NORP", "GPE")))
                   or (c.dep_ == "prep" and c.lower_ == "of") for c in head.children)

    def _people_head(self, chunk: Span) -> Token:
        """"girls ages 12 and older": the parser heads the phrase with the age noun (noun_roles.tsv
        age-tail); the people noun compounded before it is the phrase's real head."""
        root = chunk.root
        if self.lex.noun_roles.get(root.lower_) == "age-tail":
            before = [t for t in root.children if t.dep_ == "compound" and t.i < root.i]
            if before:
                return before[-1]
        return root

    def _counted(self, span: Span, head: Token) -> None:
        """"deported 40 others", "killing one person and abducting 12": a counted pronoun-like noun
        (noun_roles.tsv) or a bare number names more people of the kind named before it in the
        sentence — never the kind its own verb's subject is ("authorities deported 40 others")."""
        if not head.like_num and not any(c.dep_ == "nummod" or c.like_num for c in head.children):
            return
        agents = self._subjects_of(head.head)
        sent_start = self.sentences[span.start][0]
        earlier = [c for c in self.candidates if sent_start <= c.start and c.end <= span.start
                   and (c.kind == "nominal" and c.entity == "group" or c.kind == "demonym")
                   and not any(c.start <= i < c.end for i in agents)]
        if not earlier:
            return
        antecedent = max(earlier, key=lambda c: c.start)
        partitive = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if partitive is not None:  # "turned 40 of them over", "killed 18 of those on board"
            name = self.doc[span.start:partitive.right_edge.i + 1].text
        else:
            name = span.text if not head.like_num else f"{span.text} others"
        self._add(Candidate(span.start, span.end, "nominal", "group", "actors.counted-people", 0.6, name=name,
                            country=antecedent.country, sector=antecedent.sector, plural=True,
                            extra={"head": head.lower_, "determiner": ""}))

    def _subjects_of(self, verb: Token) -> set[int]:
        """Token indexes of the subjects of ``verb`` and of the verbs it is coordinated with."""
        verbs = [verb]
        while verbs[-1].dep_ == "conj" and verbs[-1].head.i != verbs[-1].i:
            verbs.append(verbs[-1].head)
        return {c.i for v in verbs for c in v.children if c.dep_ in _SUBJECT_DEPS}

    def _owning_body(self, head: Token) -> Span | None:
        """The organisation or body a person or group belongs to, named by an "of" phrase or a
        possessor ("the leader of al-Qaida", "the group's chief", "experts of the U.N. panel"): an
        organisation mention, an ORG entity or a body noun (generic_heads.txt); a country or state
        is no such body."""
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            elif child.dep_ == "poss" and child.pos_ != "PRON":
                obj = child
            else:
                continue
            if obj is None or self._place(obj.text) or self._fixed_place(obj.i):
                continue
            # the organisation may stand inside the phrase: "the leader of Afghanistan's TALIBAN insurgency"
            org = next((c for c in self.candidates if c.entity == "organisation" and (
                c.start <= obj.i < c.end or obj.left_edge.i <= c.start and c.end <= obj.i)), None)
            if org is not None:
                return self.doc[org.start:org.end]
            if obj.ent_type_ == "ORG" or obj.lemma_.lower() in self.lex.generic_heads:
                return self.doc[obj.left_edge.i:obj.i + 1]
        return None

    def _coordinated_countries(self, start: int, stop: int) -> list[str]:
        """"Hungarian and Romanian officials", "U.S. and Russian negotiators", "the foreign ministers
        of India and Pakistan": the countries of demonyms or country names joined by "and" or commas in
        tokens [start, stop) — before the head or in its "of" phrase — in order."""
        codes: list[str] = []
        joined = False
        i = start
        while i < stop:
            label, end = self.fixed_at.get(i, ("", 0))
            kind = label.partition(":")[0]
            if kind in ("country", "demonym", "ambiguous") and end <= stop:
                code = self._place(self.doc[i:end].text) or label.partition(":")[2].split("|")[0]
                if code not in codes:
                    codes.append(code)
                i = end
                continue
            joined = joined or (self.doc[i].lower_ in ("and", ",", "&") and bool(codes))
            i += 1
        return codes if joined else []

    def _nominal_head(self, chunk: Span) -> bool:
        root = chunk.root
        words = [t.lower_ for t in chunk[max(0, root.i - chunk.start - 2):root.i - chunk.start + 1]]
        return (root.lower_ in self.lex.titles or root.lemma_.lower() in self.lex.titles
                or self.lex.agent_sector(words) is not None
                or (self._qualifier(list(chunk), root) is not None and self._generic_head(root)))

    def _qualifier(self, tokens: list[Token], head: Token) -> str | None:
        """Sector named by a qualifying word of the phrase other than its head (sector_words.tsv)."""
        return self.lex.qualifier_sector({t.lower_ for t in tokens if t.i != head.i})

    def _generic_head(self, head: Token) -> bool:
        """Heads whose own sector a qualifier may replace: leaders, officials, bodies and plain people,
        never a government ("the military government") nor a specific role ("opposition senator")."""
        low, lemma = head.lower_, head.lemma_.lower()
        if low in _GOVERNING:
            return False
        title = self.lex.titles.get(low) or self.lex.titles.get(lemma)
        if title:
            return title[1] in ("head", "official", "group")
        sector = self.lex.agent_sector([low]) or self.lex.agent_sector([lemma])
        return sector in _GENERIC_SECTORS and (sector is not None or low in self.lex.generic_heads)

    def _country_of_prep(self, root: Token) -> str | None:
        """"Muslim leaders in France", "professor at the University of St. Andrews in Scotland": the
        country named in the noun's own modifiers (prepositions, compounds), never in its clauses."""
        stack = [root]
        seen: list[Token] = []
        while stack and len(seen) < 30:
            tok = stack.pop()
            for child in tok.children:
                if child.dep_ in ("prep", "pobj", "compound", "amod", "poss", "appos", "nmod"):
                    seen.append(child)
                    stack.append(child)
        for tok in sorted((t for t in seen if t.i not in self.world_words), key=lambda t: t.i):
            code = self._fixed_place(tok.i) or (self._place(tok.text) if tok.text[:1].isupper() else None)
            if code:
                return code
        return None

    def _fixed_place(self, i: int) -> str | None:
        """ISO3 of a multi-word country, capital or region name covering token ``i`` ("the Ivory Coast")."""
        for start in range(max(0, i - 4), i + 1):
            label, end = self.fixed_at.get(start, ("", 0))
            kind, _, code = label.partition(":")
            if end > i and kind in ("country", "capital", "region", "ambiguous"):
                return self._place(self.doc[start:end].text) or code.split("|")[0]
        return None

    def _side_body(self, chunk: Span) -> str | None:
        """The knowledge-base id of the organisation "the ... side" speaks for: one named inside the
        phrase ("the EU side"), or the body of an adjective that names no country ("the European
        side", side_bodies.tsv)."""
        for token in chunk:
            label, end = self.fixed_at.get(token.i, ("", 0))
            if label.startswith("org:") and end <= chunk.end:
                return label[4:]
        return next((self.lex.side_bodies[t.lower_] for t in chunk if t.lower_ in self.lex.side_bodies), None)

    def _with_of(self, chunk: Span) -> Span:
        """Extend "the head" to "the head of the Russian state" (one "of" phrase), and a plural head
        to the countries it comes from ("representatives FROM Armenia and Azerbaijan" are the two
        countries' representatives, as "officials of India and Pakistan" are)."""
        end = chunk.end
        if end < len(self.doc) and self.doc[end].lower_ in ("of", "from") and self.doc[end].head.i == chunk.root.i:
            objects = [c for c in self.doc[end].children if c.dep_ == "pobj"]
            if objects and (objects[0].tag_ == "VBG" or not any(c.dep_ in ("det", "poss") for c in objects[0].children)
                            and any(c.dep_ == "amod" and c.tag_ == "VBG" for c in objects[0].children)):
                return chunk  # "accused the media OF UNDER-REPORTING terror attacks": an act charged, no owner
            if objects and any(c.dep_ in ("acl", "relcl") and c.i > objects[0].i for c in objects[0].children):
                return chunk  # "relatives of PEOPLE KILLED BY IMMIGRANTS": the clause's people are a party of their own
            if objects:
                last = objects[0].right_edge.i + 1
                if self.doc[end].lower_ == "from" and not (
                        chunk.root.tag_ in ("NNS", "NNPS") and len(self._coordinated_countries(end + 1, last)) > 1):
                    return chunk
                if last - chunk.start <= 10 and self._release_countries(end, last):
                    return self.doc[chunk.start:last]
        return chunk

    def _release_countries(self, start: int, end: int, also: tuple[str, ...] = ()) -> bool:
        """Free [start, end) for a nominal if only country mentions (or ``also`` kinds) hold it
        ("the leader of the DPRK", "a former CIA official")."""
        inside = [c for c in self.candidates if c.start < end and c.end > start]
        if any(c.entity not in ("country", *also) or c.start < start or c.end > end for c in inside):
            return False
        for cand in inside:
            self.candidates.remove(cand)
            for i in range(cand.start, cand.end):
                self.taken[i] = False
        return True


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token bounds of each token's sentence (``Token.sent`` scans the Doc)."""
    starts = sentence_starts(doc)
    bounds: list[tuple[int, int]] = []
    for start, end in pairwise(starts):
        bounds.extend([(start, end)] * (end - start))
    return bounds


def _clean_name(name: str) -> str:
    name = name.strip()
    for suffix in ("'s", "’s", "'", "’"):
        name = name.removesuffix(suffix)
    return name.strip()


def _without_days(ent: Span) -> Span:
    """The entity without the days the tagger took into it at either end."""
    start, end = ent.start, ent.end
    while end - start > 1 and ent.doc[end - 1].lower_ in _DAY_WORDS:
        end -= 1
    while end - start > 1 and ent.doc[start].lower_ in _DAY_WORDS:
        start += 1
    return ent if (start, end) == (ent.start, ent.end) else Span(ent.doc, start, end, label=ent.label_)
