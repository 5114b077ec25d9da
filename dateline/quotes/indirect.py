"""Reported statements and mental states from the dependency parse.

"X said (that) …", "X told reporters …", "X expressed hope that …", "X believes/hopes/fears that …",
"X wants to …", "according to X, …" and headline "X: …".  The cue lexicon says which dependents of
each cue verb carry the content; the speaker is the verb's subject (inherited through conjunctions
and participles).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dateline.nlp.cache import sentence_of, text_of
from dateline.quotes.candidate import Candidate
from dateline.quotes.lexicon import Cue, Lexicon
from dateline.quotes.syntax import speaker_phrase, subject_of, subtree_span, trim_chars

#: Objects that stand for content stated elsewhere, not content themselves ("said so", "denied it").
EMPTY_OBJECTS = {"it", "this", "that", "so", "which", "what", "them", "him", "her", "something", "anything", "nothing"}
PERSONAL_OBJECTS = {"them", "him", "her", "me", "us"}
#: pronoun objects that stand for content stated nearby ("said so", "endorsed him")
ANAPHORIC_OBJECTS = {"it", "this", "that", "so"} | PERSONAL_OBJECTS
NON_SPEAKERS = {"there", "it"}
PARENTHETICAL = ("parataxis", "advcl", "conj")
FRAMING_PREPOSITIONS = {"per", "in"}
CLAUSE_MARKS = {"that", "whether", "if"}  # a noun's content clause, not "after …" or "because …"
NOUN_PREPOSITIONS = {"to", "for", "of", "on", "about", "against", "with"}
HEADLINE_MIN_WORDS = 5  # "Kasich: Now or never" is a slogan, not a statement
VERB_TAGS = ("VERB",)
FINITE_TAGS = ("VBD", "VBZ", "VBP")
CLAUSE_ONLY = frozenset({"ccomp"})
TIME_ENTITIES = ("DATE", "TIME")  # "called on Monday": a prepositional phrase of time is no content
CLARITY_ADJECTIVES = {"clear", "plain", "known", "evident"}  # "made clear that …"
STANCE_PREPOSITIONS = frozenset({"prep:about", "prep:of", "prep:on", "prep:toward", "prep:towards", "prep:over", "prep:with"})
APPEARANCE_COMPLEMENTS = ("xcomp", "acomp", "attr", "oprd", "prep")
#: words a headline source before a colon is made of ("Clinton camp:", "Wash Post Fact-Check:", "Poll:")
HEADLINE_SOURCE_POS = ("PROPN", "NOUN", "ADJ", "PART")
HEADLINE_DASHES = ("–", "—")
#: how sure a reported statement is by cue class: saying is explicit, a stance is an inference
CONFIDENCE = {"speech": 0.8, "belief": 0.65, "intent": 0.65, "evidence": 0.6, "stance": 0.5}


def find_indirect(doc: Doc, lexicon: Lexicon) -> list[Candidate]:
    found: list[Candidate] = []
    for token in doc:
        if token.pos_ in VERB_TAGS and token.lemma_ in lexicon.cues:
            candidate = _from_cue(token, lexicon.cues[token.lemma_], lexicon)
        elif token.pos_ == "ADJ" and token.dep_ == "acomp" and token.lower_ in lexicon.cues:
            candidate = _from_cue(token, lexicon.cues[token.lower_], lexicon)
        elif token.pos_ == "ADJ" and token.dep_ == "acomp" and token.head.lemma_ == "be" and _stance_preposition(token):
            candidate = _from_cue(token, Cue(token.lower_, "stance", STANCE_PREPOSITIONS), lexicon)
        elif token.tag_ == "NNS" and token.lemma_ in lexicon.cues and _verb_taken_for_noun(token):
            candidate = _from_cue(token, lexicon.cues[token.lemma_], lexicon)
        elif token.pos_ in VERB_TAGS and _reports_clause(token):
            candidate = _from_cue(token, Cue(token.lemma_, "stance", CLAUSE_ONLY), lexicon)
        elif token.pos_ == "NOUN" and token.lower_ in lexicon.cue_nouns:
            candidate = _from_noun(token, lexicon.speech_act_nouns)
        elif token.lower_ == "according":
            candidate = _according_to(token)
        elif token.dep_ == "advmod" and token.lower_ in lexicon.hearsay_adverbs:
            candidate = _hearsay(token)
        elif token.dep_ == "prep" and token.lower_ in FRAMING_PREPOSITIONS:
            candidate = _framed_by(token, lexicon)
        elif token.text == ":" and token.i - sentence_of(token).start <= 5:
            candidate = _headline_colon(token)
        else:
            continue
        if candidate is not None:
            found.append(candidate)
    return found


def _appearance(verb: Token, cue: Cue) -> Candidate | None:
    """"New Hampshire seems stable", "he sounded subdued": the writer's impression of the subject, so
    the content is the subject with what it seems, and no one else is its source."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    complement = next((c for c in verb.children if c.dep_ in APPEARANCE_COMPLEMENTS and c.i > verb.i), None)
    if subject is None or complement is None or subject.lower_ in NON_SPEAKERS:
        return None
    text = doc_text(verb)
    pieces = [trim_chars(text, span.start_char, span.end_char, keep_marks=True)
              for span in (subtree_span(subject), subtree_span(complement))]
    pieces = [(start, end) for start, end in pieces if end > start]
    if len(pieces) != 2 or pieces[0][1] > verb.idx:
        return None
    # "He sounded subdued": a person's bearing shows their stance, so the person is its source
    person = subject.pos_ == "PRON" or subject.ent_type_ in ("PERSON", "NORP") or subject.lower_ in ("others", "some")
    return Candidate("indirect", pieces, f"indirect:appearance:{cue.lemma}", CONFIDENCE["belief"],
                     speaker=speaker_phrase(subject) if person else None, cue=(verb.idx, verb.idx + len(verb)),
                     extras={"cue_kind": cue.kind, "cue_lemma": cue.lemma})


def _stance_preposition(adjective: Token) -> bool:
    """"Republicans are divided on X", "he is partial to X": an adjective after a copula with an
    about/of/on/to phrase states how its subject stands toward the phrase's object."""
    return any(f"prep:{c.lower_}" in STANCE_PREPOSITIONS and c.i > adjective.i for c in adjective.children)


def _naming(verb: Token, cue: Cue) -> Candidate | None:
    """"The contests known as Super Tuesday", "a website called 'Cape Breton If Trump Wins'": the
    name given to a thing; the content is the thing and its name, the namer is left unsaid."""
    doc = verb.doc
    name = next((c for c in verb.children if c.dep_ == "oprd" and c.i > verb.i), None)
    cue_end = verb
    if name is None:
        as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i), None)
        name = next((c for c in as_.children if c.dep_ == "pobj"), None) if as_ is not None else None
        cue_end = as_ if name is not None else verb
    thing = verb.head
    if name is None or thing.pos_ not in ("NOUN", "PROPN") or thing.i > verb.i:
        return None
    text = doc_text(verb)
    named = subtree_span(name)
    pieces = [trim_chars(text, doc[thing.left_edge.i].idx, verb.idx, keep_marks=True),
              trim_chars(text, named.start_char, named.end_char, keep_marks=True)]
    pieces = [(start, end) for start, end in pieces if end > start]
    if len(pieces) != 2:
        return None
    return Candidate("indirect", pieces, f"indirect:naming:{cue.lemma}", CONFIDENCE["stance"],
                     cue=(verb.idx, cue_end.idx + len(cue_end)), extras={"cue_kind": "stance", "cue_lemma": cue.lemma})


def _verb_taken_for_noun(token: Token) -> bool:
    """"Trump claims he's worth $10 billion": a cue verb the parser read as a plural noun heading the
    sentence, with the reported clause still hanging on it."""
    return token.dep_ == "ROOT" and any(c.dep_ == "ccomp" and c.i > token.i for c in token.children)


def _reports_clause(verb: Token) -> bool:
    """"She reasoned that …", "Trump bragged that …": a verb outside the lexicon whose subject takes a
    that/whether clause states or weighs a proposition, whatever the verb."""
    return any(c.dep_ == "ccomp" and c.i > verb.i and any(m.dep_ == "mark" and m.lower_ in CLAUSE_MARKS for m in c.children)
               for c in verb.children) and subject_of(verb) is not None


def _from_cue(verb: Token, cue: Cue, lexicon: Lexicon) -> Candidate | None:
    if cue.kind == "appearance":
        return _appearance(verb, cue)
    if "naming" in cue.complements and verb.dep_ == "acl" and verb.tag_ == "VBN":
        return _naming(verb, cue)
    content, cue_tokens, rule = _content_of(verb, cue, lexicon)
    if content is None:
        framing = "ccomp" in cue.complements or any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        return _parenthetical(verb, cue) if framing else None  # ", she said," / "As Ryan pointed out, …"
    content, relative = _around_cue(content, verb)
    subject = subject_of(verb) or _misparsed_subject(verb)
    if subject is None or subject.lower_ in NON_SPEAKERS and not _document_speaks(subject, verb, cue):
        if not _unvoiced(verb, subject):
            return None
        speaker = None
    else:
        if subject.tag_ in ("WP", "WDT") and subject.head.dep_ == "relcl":
            subject = subject.head.head
        speaker = speaker_phrase(subject, verb)
        if _overlaps(speaker, content):
            return None
    content = _without_trailing_attribution(content, lexicon.cues)
    start, end = trim_chars(doc_text(verb), content.start_char, content.end_char, keep_marks=True)
    if end <= start:
        return None
    parts = [(relative.idx, relative.idx + len(relative)), (start, end)] if relative is not None else [(start, end)]
    cue_span = (min(t.idx for t in cue_tokens), max(t.idx + len(t) for t in cue_tokens))
    confidence = CONFIDENCE.get(cue.kind, 0.65)
    return Candidate("indirect", parts, f"indirect:{rule}:{cue.lemma}", confidence,
                     speaker=speaker, cue=cue_span,
                     extras={"cue_kind": cue.kind, "cue_lemma": cue.lemma})


def _around_cue(content: Span, verb: Token) -> tuple[Span, Token | None]:
    """"…, which officials said will go into effect …", "what he calls 'a reckless plan'": a
    complement whose relative pronoun stands before the cue is the words after the cue, plus the
    pronoun as a piece of its own."""
    if not content.start < verb.i < content.end - 1:
        return content, None
    doc = verb.doc
    relative = next((t for t in doc[content.start:verb.i] if t.tag_ in ("WDT", "WP") and t.head.i >= verb.i), None)
    return doc[verb.i + 1:content.end], relative


def _document_speaks(subject: Token, verb: Token, cue: Cue) -> bool:
    """"It says foreign nationals …", "it said in a statement": "it" saying something is the
    memo, company or agency named before, not an empty subject (unlike "it seems", "it is unclear")."""
    return (subject.lower_ == "it" and subject.dep_ == "nsubj" and verb.pos_ == "VERB"
            and cue.kind in ("speech", "evidence"))


def _misparsed_subject(verb: Token) -> Token | None:
    """"…, former president Bill Clinton said his wife …": a finite cue verb left without a subject
    by the parser (the name hung on an earlier phrase as an apposition) takes the name just before it."""
    if verb.tag_ not in FINITE_TAGS + ("NNS",) or verb.i == 0:
        return None  # NNS: "Trump claims he is …" with the verb taken for a plural noun
    doc = verb.doc
    i = verb.i - 1
    while i > sentence_of(verb).start and (doc[i].is_punct or doc[i].dep_ == "appos" and doc[i].pos_ == "NUM"):
        i -= 1  # "Marcel Lazar, 44, said …": past the age set off by commas
    before = doc[i]
    if before.pos_ not in ("PROPN", "NOUN") or before.dep_ not in ("appos", "conj", "pobj", "npadvmod", "compound"):
        return None
    return before


def _unvoiced(verb: Token, subject: Token | None) -> bool:
    """A cue with no one named as its source still attributes its content: "it was reported that …",
    "Asked about the loan, …" (the content is a statement or question of someone left unsaid)."""
    if subject is not None:
        if subject.lower_ == "it" and verb.pos_ == "ADJ":
            return True  # "it is unclear whether …"
        return subject.dep_ == "nsubjpass" or any(c.dep_ == "auxpass" for c in verb.children)
    if verb.tag_ == "VBD" and verb.i == sentence_of(verb).start:
        return True  # "Asked what it might look like, she said …": the participle read as a past tense
    return verb.tag_ == "VBN" and verb.dep_ in ("advcl", "ROOT", "ccomp")


def _parenthetical(verb: Token, cue: Cue) -> Candidate | None:
    """"The two nations, Xi said, now have …": a cue clause set inside the statement by commas."""
    if verb.dep_ not in PARENTHETICAL or verb.head.i == verb.i:
        return None
    if verb.dep_ == "conj" and any(t.dep_ == "cc" for t in verb.doc[verb.head.i:verb.left_edge.i]):
        return None  # "… and she said" coordinates a second clause; only a bare ", she said" is parenthetical
    subject = subject_of(verb)
    if subject is None or subject.head.i != verb.i or subject.lower_ in NON_SPEAKERS:
        return None
    text = text_of(verb.doc)
    host = subtree_span(verb.head)
    inner = subtree_span(verb)
    if not _set_off(inner, sentence_of(verb)):
        return None
    pieces = [trim_chars(text, host.start_char, inner.start_char, keep_marks=True),
              trim_chars(text, inner.end_char, host.end_char, keep_marks=True)]
    pieces = [(s, e) for s, e in pieces if e > s]
    if sum(len(text[s:e].split()) for s, e in pieces) < 3 or not pieces:
        return None
    return Candidate("indirect", pieces, f"indirect:parenthetical:{cue.lemma}", 0.7,
                     speaker=speaker_phrase(subject, verb), cue=(verb.idx, verb.idx + len(verb)),
                     extras={"cue_kind": cue.kind, "cue_lemma": cue.lemma})


def _set_off(clause: Span, sent: Span) -> bool:
    """Whether a clause stands between commas (or a comma and the sentence edge)."""
    doc = clause.doc
    left = clause.start <= sent.start or doc[clause.start].text == "," or doc[clause.start - 1].text == ","
    right = (clause.end >= sent.end or doc[clause.end - 1].text == ","
             or doc[clause.end].text in (",", ".", ";") or doc[clause.end].is_space)
    return left and right


def _content_of(verb: Token, cue: Cue, lexicon: Lexicon) -> tuple[Span | None, list[Token], str]:
    """The content phrase of a cue verb, the tokens forming the cue, and which complement was used."""
    children = list(verb.children)
    particle = [c for c in children if c.dep_ == "prt"]
    # "pointed out that …": a particle listed as prt:WORD opens the clause and object complements
    opened = any(f"prt:{p.lower_}" in cue.complements for p in particle)
    allowed = cue.complements | ({"ccomp", "dobj"} if opened else set())
    if "adjective-clause" in allowed and (made := _made_clear(verb)) is not None:
        return made
    if verb.pos_ == "ADJ":  # "it is unclear whether …": the parser hangs the clause on the copula
        children += [c for c in verb.head.children if c.dep_ == "ccomp" and c.i > verb.i]
    for dep in ("ccomp", "xcomp"):
        if dep in allowed:
            # a clause after the cue before one ahead of it ("Inside the mosque - which looks like a
            # church - Nefzi said he …": the parser also hangs the aside on the cue)
            for child in sorted(children, key=lambda c: c.i < verb.i):
                if child.dep_ == dep and len(subtree_span(child)) >= 2:
                    return subtree_span(child), [verb, *particle], dep
    if "ccomp" in allowed:  # "asked the students if they were …": an indirect question parsed as advcl
        for child in children:
            if child.dep_ == "advcl" and child.i > verb.i and child.left_edge.lower_ in ("if", "whether"):
                return subtree_span(child), [verb, *particle], "question"
    for child in children:
        if child.dep_ == "prep" and child.i > verb.i and f"prep:{child.lower_}" in allowed:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects and objects[0].lower_ not in EMPTY_OBJECTS and objects[0].ent_type_ not in TIME_ENTITIES:
                return subtree_span(objects[0]), [verb, *particle, child], f"prep-{child.lower_}"
    for child in children:  # "called for the US to step up …": the parser hangs the clause on the verb
        if child.dep_ in ("advcl", "ccomp") and child.i > verb.i and f"prep:{child.left_edge.lower_}" in allowed:
            opener = child.left_edge
            if opener.i + 1 < child.i:
                return subtree_span(child)[1:], [verb, *particle, opener], f"prep-{opener.lower_}-clause"
    objects = [c for c in children if c.dep_ == "dobj"]
    if objects and "oprd" in allowed:  # "called her 'weak'", "described the plan as a failure"
        predicates = [c for c in children if c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as"]
        if predicates:
            doc = verb.doc
            return doc[objects[0].left_edge.i:predicates[0].right_edge.i + 1], [verb, *particle], "oprd"
    answers = [c for c in children if c.dep_ == "intj" and c.i > verb.i and c.lower_ in ("yes", "no")]
    if answers and "dobj" in allowed:  # "46 percent said yes", "he said no to the war"
        return subtree_span(answers[0]), [verb, *particle], "answer"
    predicates = [c for c in children if c.dep_ == "oprd" and c.i > verb.i]
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children)
    if not objects and predicates and "oprd" in allowed and not passive:  # "called Clinton a 'co-founder'" as one oprd
        return subtree_span(predicates[0]), [verb, *particle], "oprd"
    objects = [c for c in objects if c.lower_ not in EMPTY_OBJECTS]
    if objects and objects[0].lemma_ in lexicon.cue_nouns:  # "expressed hope that …", "voiced the belief that …"
        clauses = [c for c in objects[0].children if c.dep_ in ("ccomp", "acl") and c.i > objects[0].i]
        if clauses:
            return subtree_span(clauses[0]), [verb, *particle, objects[0]], "noun-clause"
        # "offered her firmest promise yet that …", "made conflicting statements about how …"
        clauses = [c for c in children if c.dep_ == "ccomp" and c.i > objects[0].i]
        if clauses and len(subtree_span(clauses[0])) >= 3:
            return subtree_span(clauses[0]), [verb, *particle, objects[0]], "noun-clause"
        for prep in objects[0].rights:
            pobj = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
            if prep.dep_ == "prep" and prep.lower_ in NOUN_PREPOSITIONS and pobj and pobj[0].lower_ not in EMPTY_OBJECTS:
                return subtree_span(pobj[0]), [verb, *particle, objects[0], prep], "noun-prep"
    if objects and "dobj" in allowed and objects[0].pos_ != "PRON" and not _audience(objects[0], cue, lexicon):
        return subtree_span(objects[0]), [verb, *particle], "dobj"
    # "said so" (an adverb to the parser), "denied it"; but "urged them", "told her": the person
    # addressed is no content
    anaphors = ANAPHORIC_OBJECTS if cue.kind in ("stance", "belief") else ANAPHORIC_OBJECTS - PERSONAL_OBJECTS
    pronouns = [c for c in children if c.i > verb.i and (c.dep_ == "dobj" and c.lower_ in anaphors
                                                         or c.dep_ == "advmod" and c.lower_ == "so")]
    if pronouns and "dobj" in allowed:
        return subtree_span(pronouns[0]), [verb, *particle], "dobj-anaphor"
    said = [c for c in children if c.dep_ == "nsubjpass" and c.lower_ not in EMPTY_OBJECTS | NON_SPEAKERS]
    if said and any(c.dep_ == "agent" for c in children) and "dobj" in allowed and cue.kind in ("speech", "evidence"):
        return subtree_span(said[0]), [verb], "passive"  # "the move was first reported by MSNBC"
    return None, [], ""


def _audience(obj: Token, cue: Cue, lexicon: Lexicon) -> bool:
    """"Addressed the convention", "reminded viewers": the object of a verb of saying names whom it
    was said to."""
    return cue.kind == "speech" and obj.lemma_.lower() in lexicon.audience_nouns


def _made_clear(verb: Token) -> tuple[Span, list[Token], str] | None:
    """"Made (it) clear that …", "makes plain that …": the that-clause after the adjective is what
    was made clear (the parser attaches it in several ways, so it is found by position)."""
    adjective = next((c for c in verb.children if c.lower_ in CLARITY_ADJECTIVES and c.i > verb.i), None)
    if adjective is None:
        return None
    doc = verb.doc
    end = subtree_span(verb).end
    opener = next((t for t in doc[adjective.i + 1:end] if t.lower_ in CLAUSE_MARKS and t.dep_ == "mark"), None)
    if opener is None or opener.i + 2 >= end:
        return None
    return _without_edge_punct(doc[opener.i:end]), [verb, adjective], "adjective-clause"


def _from_noun(noun: Token, speech_acts: frozenset[str]) -> Candidate | None:
    """"Trump's opposition to free trade", "her claim that …": the possessor holds the stance."""
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    content, cue_end = None, noun
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":  # "his argument is that …", "a common refrain is that …"
        clause = next((c for c in noun.head.children if c.dep_ == "ccomp" and c.i > noun.i), None)
        if clause is not None and any(m.dep_ == "mark" and m.lower_ in CLAUSE_MARKS for m in clause.children):
            content, cue_end = subtree_span(clause), noun.head
    for child in noun.children if content is None else ():
        if child.i < noun.i:
            continue
        if child.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ in CLAUSE_MARKS for m in child.children):
            content = subtree_span(child)
        elif child.dep_ == "acl" and holder is not None and any(a.tag_ == "TO" for a in child.children):
            content = subtree_span(child)  # "her plan to increase …", "his decision not to participate"
        elif child.dep_ == "prep" and child.lower_ in NOUN_PREPOSITIONS:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            content, cue_end = (subtree_span(objects[0]), child) if objects else (None, noun)
        if content is not None:
            break
    if content is None or holder is not None and holder.lower_ in NON_SPEAKERS:
        return None
    if holder is None and cue_end.dep_ == "prep" and noun.lemma_ not in speech_acts:
        return None  # "support for the plan" with no one holding it is a topic; "questions about …" are not
    start, end = trim_chars(doc_text(noun), content.start_char, content.end_char, keep_marks=True)
    if end <= start:
        return None
    rule = "noun" if holder is not None else "noun-unheld"
    return Candidate("indirect", [(start, end)], f"indirect:{rule}:{noun.lemma_}", 0.5 if holder is not None else 0.4,
                     speaker=speaker_phrase(holder) if holder is not None else None,
                     cue=(noun.idx, cue_end.idx + len(cue_end)),
                     extras={"cue_kind": "stance", "cue_lemma": noun.lemma_})


def _according_to(token: Token) -> Candidate | None:
    """"According to X, <clause>" / "<clause>, according to X": speaker X, content the clause."""
    to = next((c for c in token.children if c.lower_ == "to"), None)
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if source is None:
        return None
    return _framing_phrase(token, to, source, "indirect:according-to", 0.8)


def _hearsay(adverb: Token) -> Candidate | None:
    """"The hackers have reportedly infiltrated …": the clause is reported by someone unnamed."""
    if adverb.head.pos_ not in ("VERB", "AUX"):
        return None
    clause = _without_edge_punct(subtree_span(adverb.head))
    start, end = trim_chars(doc_text(adverb), clause.start_char, clause.end_char, keep_marks=True)
    if len(clause) < 4:
        return None
    return Candidate("indirect", [(start, end)], "indirect:hearsay", 0.5, speaker=None,
                     cue=(adverb.idx, adverb.idx + len(adverb)), extras={"cue_kind": "speech"})


def _framed_by(prep: Token, lexicon: Lexicon) -> Candidate | None:
    """"Per CTV News, …" and "In a CNN poll released Monday, 50 percent chose …": a framing
    phrase naming a source (for "in", a poll, interview, statement …) attributes its clause."""
    source = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if source is None or prep.head.pos_ not in ("VERB", "AUX") or lexicon.speech_cue(prep.head.lemma_):
        return None  # "In an interview, she said …": the cue verb attributes the clause itself
    if prep.lower_ == "in":
        if source.lower_ not in lexicon.source_nouns or not any(c.dep_ == "det" for c in source.children):
            return None
    elif source.pos_ != "PROPN":
        return None
    if not _set_off(subtree_span(prep), sentence_of(prep)):
        return None  # only a phrase set off by commas frames the whole clause
    return _framing_phrase(prep, prep, source, f"indirect:framed-{prep.lower_}", 0.6)


def _framing_phrase(token: Token, cue_end: Token, source: Token, rule: str, confidence: float
                    ) -> Candidate | None:
    """The clause a sentence-initial or -final framing phrase attributes to its source."""
    head = token.head
    if head.i == token.i:
        return None
    clause = _without_edge_punct(subtree_span(head))
    phrase = subtree_span(token)
    text = doc_text(token)
    if phrase.start <= clause.start:
        pieces = [(phrase.end_char, clause.end_char)]
    elif phrase.end >= clause.end:
        pieces = [(clause.start_char, phrase.start_char)]
    else:  # "Since November, according to HRW, forces have killed …": the clause around the phrase
        pieces = [(clause.start_char, phrase.start_char), (phrase.end_char, clause.end_char)]
    pieces = [trim_chars(text, start, end, keep_marks=True) for start, end in pieces]
    pieces = [(start, end) for start, end in pieces if end > start]
    if sum(end - start for start, end in pieces) < 8:
        return None
    speaker = speaker_phrase(source)
    return Candidate("indirect", pieces, rule, confidence, speaker=speaker,
                     cue=(token.idx, cue_end.idx + len(cue_end)), extras={"cue_kind": "speech"})


def _without_trailing_attribution(content: Span, cues: dict) -> Span:
    """Cut "…, suggesting that …" / "…, adding that …" off a content: that is a statement of its own."""
    doc = content.doc
    for token in content:
        if (token.lemma_ in cues and token.dep_ in ("advcl", "conj") and token.i > content.start
                and doc[token.left_edge.i - 1].text in (",", ";") and token.left_edge.i > content.start):
            return doc[content.start:token.left_edge.i - 1]
        if _coordinated_cue(token, content, cues):
            end = token.left_edge.i - 1
            while end > content.start and doc[end - 1].text in (",", ";"):
                end -= 1
            return doc[content.start:end]
    return content


def _coordinated_cue(token: Token, content: Span, cues: dict) -> bool:
    """"He said he found Trump charming and called his standing …": a verb of saying joined by "and"
    to the reported clause is the speaker's next act (the parser hangs it on the clause), not content."""
    cue = cues.get(token.lemma_)
    if cue is None or cue.kind != "speech" or token.dep_ != "conj" or token.head.i != content.root.i:
        return False
    before = token.doc[token.left_edge.i - 1]
    return token.left_edge.i - 1 > content.start and before.dep_ == "cc" and before.head.i == content.root.i


def _without_edge_punct(span: Span) -> Span:
    start, end = span.start, span.end
    while end > start and (span.doc[end - 1].is_punct or span.doc[end - 1].is_space):
        end -= 1
    while start < end and (span.doc[start].is_punct or span.doc[start].is_space):
        start += 1
    return span.doc[start:end]


def _headline_colon(colon: Token) -> Candidate | None:
    """"Pat Caddell: Democrat voters worried …", "Clinton to Planned Parenthood: Trump will …" — a
    short name (with whom or what it is about after a preposition), a colon, then what they said."""
    doc = colon.doc
    sent = sentence_of(colon)
    before = doc[sent.start:colon.i]
    dashes = [t.i for t in before if t.text in HEADLINE_DASHES]
    if dashes:  # "EXCLUSIVE – Roger Stone: …"
        before = doc[dashes[-1] + 1:colon.i]
    preposition = next((t.i for t in before if t.pos_ == "ADP"), None)
    speaker = doc[before.start:preposition] if preposition is not None else before
    if not speaker or not all(t.pos_ in HEADLINE_SOURCE_POS or t.is_punct and t.text in ".-" for t in speaker):
        return None
    if not any(t.pos_ in ("PROPN", "NOUN") for t in speaker):
        return None
    if preposition is not None and not all(t.pos_ in HEADLINE_SOURCE_POS + ("ADP", "DET") for t in before):
        return None
    text = doc_text(colon)
    line_end = text.find("\n", colon.idx)
    end = line_end if line_end != -1 else len(text)
    limit = sent.end_char
    if colon.i + 1 < len(doc) and colon.i + 1 >= sent.end:  # the sentence splitter cut at the colon
        limit = sentence_of(doc[colon.i + 1]).end_char
    start, end = trim_chars(text, colon.idx + 1, min(end, limit), keep_marks=True)
    if len(text[start:end].split()) < HEADLINE_MIN_WORDS:
        return None
    return Candidate("indirect", [(start, end)], "indirect:name-colon", 0.6, speaker=speaker,
                     cue=(colon.idx, colon.idx + 1), extras={"cue_kind": "speech"})


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def doc_text(token: Token) -> str:
    return text_of(token.doc)
