"""Small helpers over the spaCy parse: phrase extents, subjects, and trimming of punctuation."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dateline.nlp.cache import sentence_of

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
#: Dependents through which a cue inherits the subject of the verb it hangs from
#: ("said Kim, adding that …", "Kim smiled and said …").
INHERITS_SUBJECT = ("conj", "advcl", "xcomp", "pcomp", "acomp", "prep")  # prep: "… by saying that …"
TRIM = set(" \n\t,.;:—–-\"“”‘’«»'")


def subtree_span(token: Token, limit: Span | None = None) -> Span:
    """The contiguous phrase a token heads, clipped to ``limit`` (its sentence by default)."""
    limit = limit or sentence_of(token)
    start = max(token.left_edge.i, limit.start)
    end = min(token.right_edge.i + 1, limit.end)
    return token.doc[start:end]


def trim_chars(text: str, start: int, end: int, keep_marks: bool = False) -> tuple[int, int]:
    """Shrink [start, end) past surrounding whitespace and punctuation."""
    strip = TRIM - set("\"“”‘’«»'") if keep_marks else TRIM
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip:
        end -= 1
    return start, end


def subject_of(token: Token) -> Token | None:
    """The grammatical subject of a cue verb, following conjunctions and participles upwards."""
    seen = 0
    while seen < 4:
        for child in token.children:
            # a passive cue's subject is what was said ("the move was reported by MSNBC"), but a
            # passive head passes its subject on ("he was quoted as saying")
            if child.dep_ in SUBJECTS and (seen or child.dep_ != "nsubjpass"):
                return child
        for child in token.children:
            if child.dep_ == "agent":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs:
                    return objs[0]
        if token.dep_ == "relcl" and token.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return token.head
        if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.pos_ in ("NOUN", "PROPN"):
            return token.head  # "pastors supporting Mr. Cruz"
        if token.dep_ not in INHERITS_SUBJECT or token.head.i == token.i:
            return None
        if token.dep_ == "advcl" and token.tag_ != "VBG":
            return None  # "Asked about it, Kim said …": the asker is not the subject of "said"
        token = token.head
        seen += 1
    return None


def speaker_phrase(subject: Token, cue: Token | None = None) -> Span:
    """The speaker phrase: the subject's subtree, without punctuation at its edges and without a
    dependent that holds the cue itself ("Smith, who said …")."""
    doc: Doc = subject.doc
    span = subtree_span(subject)
    start, end = span.start, span.end
    if cue is not None and start <= cue.i < end:
        for child in subject.rights:
            if child.left_edge.i <= cue.i <= child.right_edge.i:
                end = child.left_edge.i
                break
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    while start < end - 1 and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return doc[start:end]
