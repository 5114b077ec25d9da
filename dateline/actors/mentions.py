"""Find the stretches of text that name or point at an actor, before deciding who they are.

Sources, in order of precedence when spans overlap: titled person names (NER PERSON grown to the
full name and the title in front of it, or an appositive title after it), fixed names from the
phrase matcher (countries, demonyms, capitals, seats of power, organisations, agencies), the other
NER entities, nominal actors from noun chunks ("the Russian leader", "Iraqi special forces",
"the two countries") and pronouns.  Known NER slips are corrected here: a PERSON that is an agency
or a country, "DPRK" tagged ORG.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from dateline.actors.lexicon import Lexicon, normalise

PRONOUNS = {"he": "person", "him": "person", "his": "person", "she": "person", "her": "person",
            "they": "plural", "them": "plural", "their": "plural"}
_CONNECTORS = {"of", "the", "for", "'s", "’s", "'", "’", "-", "and"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_DYAD_WORDS = {"countries", "sides", "nations", "states", "leaders", "governments", "presidents"}


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
    plural: bool = False
    head_class: str = ""  # titles.tsv class of the role head (head, minister, ...)
    extra: dict = field(default_factory=dict)


class MentionFinder:
    def __init__(self, doc: Doc, lex: Lexicon, fixed: list[tuple[str, int, int]]):
        self.doc = doc
        self.lex = lex
        self.fixed = fixed
        self.taken = [False] * len(doc)
        self.candidates: list[Candidate] = []
        self.ambiguous_context: set[str] = set()

    # -- driver --------------------------------------------------------------------------------
    def run(self) -> list[Candidate]:
        fixed_at = {s: (label, s, e) for label, s, e in self.fixed}
        for label, _s, _e in self.fixed:
            kind, _, code = label.partition(":")
            if kind in ("country", "demonym", "capital"):
                self.ambiguous_context.add(code)
        for ent in self.doc.ents:
            if ent.label_ == "PERSON" and not self._person_is_not_a_person(ent, fixed_at):
                self._titled_person(ent)
        for label, start, end in self.fixed:
            self._fixed(label, start, end)
        for ent in self.doc.ents:
            if ent.label_ in ("ORG", "PERSON", "GPE", "NORP", "FAC", "LOC"):
                self._entity(ent)
        for chunk in self.doc.noun_chunks:
            self._nominal(chunk)
        for token in self.doc:
            if token.lower_ in PRONOUNS and token.tag_ in ("PRP", "PRP$") and not self.taken[token.i]:
                self._add(Candidate(token.i, token.i + 1, "pronoun", "pronoun", "actors.pronoun", 0.7,
                                    subject=token.dep_ in _SUBJECT_DEPS,
                                    plural=PRONOUNS[token.lower_] == "plural"))
        self.candidates.sort(key=lambda c: c.start)
        return self.candidates

    def _add(self, cand: Candidate) -> bool:
        if any(self.taken[cand.start:cand.end]):
            return False
        for i in range(cand.start, cand.end):
            self.taken[i] = True
        span = self.doc[cand.start:cand.end]
        cand.subject = cand.subject or any(t.dep_ in _SUBJECT_DEPS for t in span)
        self.candidates.append(cand)
        return True

    # -- persons -------------------------------------------------------------------------------
    def _person_is_not_a_person(self, ent: Span, fixed_at: dict) -> bool:
        """NER calls agencies ("Russian Tas") and countries PERSON; those go to the fixed-name path."""
        last = ent[-1]
        if any(label.startswith(("agency:", "country:", "org:")) for label, s, e in self.fixed
               if s <= last.i < e):
            return True
        return self.lex.country(ent.text) is not None

    def _titled_person(self, ent: Span) -> None:
        sent = ent.sent
        start, end = ent.start, ent.end
        # leading title words inside the entity ("President Putin") belong to the title
        while start < end - 1 and self._title_word(self.doc[start]):
            start += 1
        if start == end - 1 and self._title_word(self.doc[start]):
            return
        # grow the name leftwards over capitalised words NER left out ("Im" of "Im Chong-Il")
        while start - 1 >= sent.start:
            first, word = self._word_before(start, sent.start)
            if not self._name_word(self.doc[first], word):
                break
            start = first
        name_start, name_end = start, end
        title_start = self._title_left(name_start, sent.start)
        cand = Candidate(title_start, name_end, "title-name" if title_start < name_start else "name", "person",
                         "actors.ner-person", 0.9, ner=ent.label_, name=self.doc[name_start:name_end].text,
                         name_start=name_start, name_end=name_end)
        if title_start < name_start:
            self._describe_role(cand, title_start, name_start)
            cand.rule = "actors.title-name"
        else:
            self._appositive(cand, name_end, sent.end)
        cand.name = _clean_name(cand.name)
        self._add(cand)

    def _title_word(self, token: Token) -> bool:
        low = token.lower_
        return low in self.lex.titles or low in self.lex.modifiers or self.lex.country(token.text) is not None

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
                and token.ent_type_ in ("", "PERSON") and low not in self.lex.seats
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
        while k > 0 and self._title_prefix_word(chunk[k - 1]):
            k -= 1
        while k < len(chunk) and chunk[k].lower_ in _CONNECTORS:
            k += 1
        if chunk and chunk[-1].lower_ in ("and", "of", "the"):
            return name_start
        return chunk[k].i if k < len(chunk) else name_start

    def _title_prefix_word(self, tok: Token) -> bool:
        low = tok.lower_
        return (low in self.lex.modifiers or low in self.lex.titles or low in ("'s", "’s", "-")
                or self.lex.country(tok.text) is not None or normalise(tok.text) in self.lex.seats
                or (tok.text[:1].isupper() and not tok.is_sent_start and tok.is_alpha)
                or (tok.is_sent_start and (self.lex.country(tok.text) or low in self.lex.modifiers
                                           or low in self.lex.titles or normalise(tok.text) in self.lex.seats)))

    def _describe_role(self, cand: Candidate, start: int, end: int) -> None:
        """Fill title, country and sector from the title phrase doc[start:end]."""
        tokens = list(self.doc[start:end])
        country, k = self._leading_country(tokens)
        title_tokens = tokens[k:]
        while title_tokens and title_tokens[0].lower_ in ("the", "'s", "’s"):
            title_tokens = title_tokens[1:]
        if not title_tokens:
            return
        title_span = self.doc[title_tokens[0].i:end]
        cand.title = title_span.text
        cand.title_span = (self.doc[start].idx, self.doc[end - 1].idx + len(self.doc[end - 1]))
        cand.country = country or self._country_inside(title_tokens)
        heads = [t for t in title_tokens if t.lower_ in self.lex.titles]
        head = heads[0] if heads else title_tokens[-1]
        cand.sector, cand.head_class = self.lex.titles.get(head.lower_, (None, ""))
        if any(t.lower_ in ("former", "ex", "ex-") for t in tokens):
            cand.sector = "ELI"

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
        code = self.lex.country(text)
        if code is None:
            seat = self.lex.seats.get(normalise(text))
            code = seat[0] if seat else None
        key = normalise(text)
        if key in self.lex.ambiguous:
            options = self.lex.ambiguous[key]
            code = next((c for c in options if c in self.ambiguous_context), options[0])
        return code

    def _country_inside(self, tokens: list[Token]) -> str | None:
        if not tokens:
            return None
        first, last = tokens[0].i, tokens[-1].i + 1
        for label, start, end in self.fixed:  # longest names first: "Democratic People's Republic of Korea"
            kind, _, code = label.partition(":")
            if first <= start and end <= last and kind in ("country", "demonym", "capital", "seat", "ambiguous"):
                return self._place(self.doc[start:end].text) or code.split("|")[0]
        for i in range(len(tokens)):
            for size in (3, 2, 1):
                if i + size <= len(tokens):
                    code = self._place(self.doc[tokens[i].i:tokens[i].i + size].text)
                    if code:
                        return code
        return None

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
            if tok.pos_ in ("VERB", "AUX") or tok.lower_ in ("who", "which", "that"):
                return
            k += 1
        tokens = list(self.doc[j:k])
        if not tokens or len(tokens) > 12 or not any(t.lower_ in self.lex.titles for t in tokens):
            return
        self._describe_role(cand, j, k)
        cand.rule = "actors.appositive-title"

    # -- fixed names and entities --------------------------------------------------------------
    def _fixed(self, label: str, start: int, end: int) -> None:
        kind, _, code = label.partition(":")
        if kind == "ambiguous":
            options = code.split("|")
            code = next((c for c in options if c in self.ambiguous_context), options[0])
            kind = "demonym"
        span = self.doc[start:end]
        if kind in ("country", "demonym", "capital"):
            if kind == "demonym" and self._demonym_is_modifier(span):
                return  # "Russian" in "the Russian side" / "Russian government": the nominal decides
            mention = {"country": "country", "demonym": "demonym", "capital": "metonym"}[kind]
            if start > 0 and self.doc[start - 1].lower_ == "the" and kind == "country":
                start -= 1
            self._add(Candidate(start, end, mention, "country", f"actors.{kind}", 0.95, ner=span[0].ent_type_ or None,
                                key=code, country=code, name=span.text))
        elif kind == "seat":
            if start > 0 and self.doc[start - 1].lower_ == "the":
                start -= 1
            self._add(Candidate(start, end, "metonym", "government", "actors.seat-of-power", 0.9,
                                key=code, country=code, sector="GOV", name=span.text))
        elif kind == "org":
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

    def _demonym_is_modifier(self, span: Span) -> bool:
        head = span[-1].head
        return (span[-1].dep_ in ("amod", "compound") and head.i >= span.end
                and (head.lower_ in self.lex.titles or head.lower_ in ("side", "state")
                     or self.lex.agent_sector([head.lower_]) is not None))

    def _entity(self, ent: Span) -> None:
        if any(self.taken[ent.start:ent.end]):
            return
        text = ent.text
        start = ent.start
        if ent.label_ == "NORP" and self._demonym_is_modifier(ent):
            return
        code = self._place(text)
        if code:
            self._add(Candidate(start, ent.end, "country", "country", "actors.ner-country", 0.85,
                                ner=ent.label_, key=code, country=code, name=text))
        elif ent.label_ == "ORG":
            self._add(Candidate(start, ent.end, "name", "organisation", "actors.ner-org", 0.7,
                                ner=ent.label_, name=text.removeprefix("the ").removeprefix("The ")))

    # -- nominals ------------------------------------------------------------------------------
    def _nominal(self, chunk: Span) -> None:
        root = chunk.root
        if root.pos_ == "PRON" or any(self.taken[chunk.start:chunk.end]):
            return
        words = [t.lower_ for t in chunk if t.lower_ not in ("the", "a", "an", "this", "that", "these", "those")]
        if not words:
            return
        low = root.lower_
        number = [t for t in chunk if t.like_num or t.lower_ in ("two", "both")]
        if low in _DYAD_WORDS and number:
            self._add(Candidate(chunk.start, chunk.end, "nominal", "dyad", "actors.dyad", 0.7,
                                name=chunk.text, plural=True, extra={"what": low}))
            return
        country = self._country_inside(list(chunk))
        if low == "side" and country:
            self._add(Candidate(chunk.start, chunk.end, "metonym", "country", "actors.side", 0.85,
                                key=country, country=country, name=chunk.text))
            return
        title = self.lex.titles.get(low) or self.lex.titles.get(root.lemma_.lower())
        sector = title[0] if title else self.lex.agent_sector(words) or self.lex.agent_sector([root.lemma_.lower()])
        if not sector:
            return
        span = self._with_of(chunk)
        country = country or self._country_inside(list(span))
        of_state = any(t.lower_ == "state" for t in span[len(chunk):]) if len(span) > len(chunk) else False
        head_class = title[1] if title else ""
        if low == "head" and of_state:
            head_class = "head"
        plural = root.tag_ in ("NNS", "NNPS")
        entity = "government" if head_class == "group" and sector == "GOV" and country and low in (
            "government", "authorities", "administration", "regime", "cabinet", "leadership") else "group"
        if head_class in ("head", "minister", "official", "military", "other") and not plural:
            entity = "person-nominal"
        if any(t.lower_ in ("former", "ex") for t in chunk):
            sector = "ELI"
        self._add(Candidate(span.start, span.end, "nominal", entity, "actors.nominal", 0.7,
                            name=span.text, country=country, sector=sector, plural=plural, head_class=head_class,
                            extra={"head": low, "determiner": chunk[0].lower_}))

    def _with_of(self, chunk: Span) -> Span:
        """Extend "the head" to "the head of the Russian state" (one "of" phrase)."""
        end = chunk.end
        if end < len(self.doc) and self.doc[end].lower_ == "of" and self.doc[end].head.i == chunk.root.i:
            objects = [c for c in self.doc[end].children if c.dep_ == "pobj"]
            if objects:
                last = objects[0].right_edge.i + 1
                if last - chunk.start <= 10 and self._release_countries(end, last):
                    return self.doc[chunk.start:last]
        return chunk

    def _release_countries(self, start: int, end: int) -> bool:
        """Free [start, end) for a nominal if only country mentions hold it ("the leader of the DPRK")."""
        inside = [c for c in self.candidates if c.start < end and c.end > start]
        if any(c.entity != "country" or c.start < start or c.end > end for c in inside):
            return False
        for cand in inside:
            self.candidates.remove(cand)
            for i in range(cand.start, cand.end):
                self.taken[i] = False
        return True


def _clean_name(name: str) -> str:
    name = name.strip()
    for suffix in ("'s", "’s", "'", "’"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name.strip()
