"""Attribute quoted spans to a cue and a speaker, and join quotes split around their cue.

For each marked span, in order of preference: a cue right after it in the same sentence
(""…," said Kim" / ""…," Kim said"), a cue right before it (Kim said: "…"), a cue ending the
previous paragraph ("Caddell continued:"), the speaker of the previous paragraph's quote when the
paragraph opens with the quote, or nothing.  Short quotes with no cue next to them are scare quotes
or titles, not statements, and are dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from dateline.nlp.cache import sentence_of, text_of
from dateline.quotes.candidate import Candidate
from dateline.quotes.lexicon import Lexicon
from dateline.quotes.marks import Marked
from dateline.quotes.syntax import speaker_phrase, subject_of

MIN_STATEMENT_WORDS = 4  # shorter quotes count only with a cue right next to them
UNATTRIBUTED_MIN_WORDS = 6
UNATTRIBUTED_REACH = 400  # characters after a quote within which an uncued quote keeps its speaker
TITLE_SHARE = 0.8  # share of capitalised words above which quoted words are a title, not a statement
HEADLINE_WORDS = 4  # words in title case before a quote that make its sentence a headline
NEAR = 8  # tokens between a quote and a cue before it
#: what may stand between a quote's cue and the next piece of the same quote: the rest of the cue
#: clause up to one comma, colon or full stop (", said Smith, "…" / " Smith said. "…")
JOINING_GAP = re.compile(r"[^.!?\n\"“”«»]{0,150}[.,;:]?\s*")


class TokenFinder:
    """Token lookup by character offset for one Doc (bisect over token starts)."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.starts = doc.to_array("IDX").tolist()  # no Token object per word

    def at(self, char: int) -> Token | None:
        i = bisect_right(self.starts, char) - 1
        return self.doc[i] if 0 <= i < len(self.doc) else None

    def after(self, char: int) -> Token | None:
        i = bisect_right(self.starts, char - 1)
        return self.doc[i] if i < len(self.doc) else None


def attribute_marked(doc: Doc, marked: list[Marked], lexicon: Lexicon) -> list[Candidate]:
    finder = TokenFinder(doc)
    text = text_of(doc)
    found: list[Candidate] = []
    previous: Candidate | None = None
    for index, span in enumerate(marked):
        following = marked[index + 1].outer_start if index + 1 < len(marked) else len(text)
        preceding = marked[index - 1].outer_end if index else 0
        words = len(text[span.start:span.end].split())
        if _is_title(finder, span, words):
            continue
        candidate = _cue_after(doc, finder, span, following, lexicon, words)
        if candidate is None and words >= MIN_STATEMENT_WORDS and previous is not None and _joins(text, previous, span):
            previous.parts.extend(span.pieces)
            continue
        candidate = candidate or _cue_before(doc, finder, span, preceding, lexicon, words)
        if candidate is None and words >= MIN_STATEMENT_WORDS and not _performed(finder, span, lexicon):
            candidate = (_cue_ending_previous_paragraph(doc, finder, span, lexicon)
                         or _continued(text, span, previous)
                         or _unattributed(span, words, finder, previous))
        if candidate is None:
            continue
        found.append(candidate)
        previous = candidate
    return found


def _new(span: Marked, rule: str, confidence: float, cue: Token | None, speaker: Span | None) -> Candidate:
    cue_chars = (cue.idx, cue.idx + len(cue)) if cue is not None else None
    return Candidate("direct", list(span.pieces), rule, confidence * (1.0 if span.closed else 0.7),
                     speaker=speaker, cue=cue_chars)


def _speech_cue(token: Token, lexicon: Lexicon) -> bool:
    return token.pos_ in ("VERB", "AUX") and lexicon.speech_cue(token.lemma_)


def _cue_after(doc: Doc, finder: TokenFinder, span: Marked, limit: int, lexicon: Lexicon, words: int
               ) -> Candidate | None:
    """""…," said Kim / "…," Kim said after the talks."""
    first = finder.after(span.outer_end)
    if first is None or first.idx >= limit:
        return None
    last_inside = finder.at(span.end - 1)
    ends_statement = text_of(doc)[span.start:span.end].rstrip().endswith(".")
    if ends_statement and last_inside is not None and sentence_of(last_inside) != sentence_of(first):
        return None
    sent = sentence_of(first)
    if words < MIN_STATEMENT_WORDS and not _comma_at(text_of(doc), span):
        return None  # a short quote needs the comma of '"No," she said' to be a statement
    window = 3 if words < MIN_STATEMENT_WORDS else 40
    for token in doc[first.i:min(sent.end, first.i + window)]:
        if token.idx >= limit or "\n" in token.text:
            return None
        if not _speech_cue(token, lexicon):
            continue
        if any(c.dep_ == "ccomp" and c.i > token.i and any(m.dep_ == "mark" for m in c.children)
               for c in token.children):
            return None  # "… he said that …": a statement of its own
        subject = subject_of(token)
        speaker = speaker_phrase(subject) if subject is not None and subject.idx > span.end else None
        return _new(span, "direct:cue-after", 0.9, token, speaker or _adjacent_name(token, span))
    return None


def _performed(finder: TokenFinder, span: Marked, lexicon: Lexicon) -> bool:
    """'The crowd sang "we shall overcome …"', 'played "Born in the U.S.A."': quoted words right after
    a verb of performing are lyrics or titles, not a statement."""
    before = finder.at(span.outer_start - 1)
    return before is not None and before.lemma_ in lexicon.performance_verbs


def _is_title(finder: TokenFinder, span: Marked, words: int) -> bool:
    """Whether quoted words name a show, book or song ('told Fox News’ "Hannity,"', 'his memoir, "An
    American Son."'): short or Every Word Capitalised, right after a possessive, a preposition or a
    name, in a sentence that is not itself a headline in title case."""
    text = text_of(finder.doc)
    if words >= MIN_STATEMENT_WORDS and not _title_case(text[span.start:span.end]):
        return False
    before = finder.at(span.outer_start - 1)
    if before is None or before.idx + len(before) > span.outer_start or before.is_space:
        return False
    if before.is_punct and before.text == ",":
        before = finder.at(before.idx - 1)  # 'his memoir, "An American Son."'
        if before is None or before.pos_ != "NOUN":
            return False
    elif before.is_punct or not (before.tag_ == "POS" or before.pos_ in ("ADP", "PROPN", "NOUN")):
        return False
    leading = text[sentence_of(before).start_char:span.outer_start]
    return len(leading.split()) < HEADLINE_WORDS or not _title_case(leading)


def _comma_at(text: str, span: Marked) -> bool:
    return text[span.start:span.end].rstrip().endswith((",", "?", "!")) or text[span.outer_end:span.outer_end + 1] == ","


def _adjacent_name(cue: Token, span: Marked) -> Span | None:
    """When the parse gives the cue no subject: the name or pronoun right next to it
    (""…," Trump said" / ""…," said Trump"), outside the quotation."""
    doc = cue.doc
    for i, step in ((cue.i - 1, -1), (cue.i + 1, 1)):
        if not 0 <= i < len(doc) or doc[i].idx < span.outer_end or doc[i].pos_ not in ("PROPN", "PRON"):
            continue
        j = i
        while 0 <= j + step < len(doc) and doc[j + step].pos_ == "PROPN" and doc[j + step].idx >= span.outer_end:
            j += step
        return doc[min(i, j):max(i, j) + 1]
    return None


def _cue_before(doc: Doc, finder: TokenFinder, span: Marked, limit: int, lexicon: Lexicon, words: int
                ) -> Candidate | None:
    """Kim said: "…" / Kim told reporters, "…"."""
    mark = finder.at(span.outer_start)
    if mark is None or mark.i == 0:
        return None
    before = doc[mark.i - 1]
    if before.idx < limit or "\n" in before.whitespace_ or "\n" in before.text:
        return None
    if before.is_sent_end or before.text in (".", "!", "?"):
        return None  # a cue ending the previous sentence belongs to the quote before it
    if before.text not in (":", ",") and words < 2 * MIN_STATEMENT_WORDS:
        return None  # "he said he would "strongly consider" it" is a mixed quote, found by the parse
    sent = sentence_of(before)
    lo = max(sent.start, before.i - NEAR)
    for token in reversed(doc[lo:before.i + 1]):
        if token.idx < limit:
            break
        if token.lower_ == "that":
            return None
        if _speech_cue(token, lexicon):
            subject = subject_of(token)
            speaker = speaker_phrase(subject) if subject is not None and subject.idx < span.start else None
            return _new(span, "direct:cue-before", 0.85, token, speaker)
    if before.text == ":":
        name = doc[sent.start:before.i]
        if 0 < len(name) <= 4 and all(t.pos_ == "PROPN" for t in name):
            return _new(span, "direct:name-colon", 0.7, before, name)
    return None


def _cue_ending_previous_paragraph(doc: Doc, finder: TokenFinder, span: Marked, lexicon: Lexicon
                                   ) -> Candidate | None:
    """Caddell continued:\\n\\n"…" — the cue and speaker close the paragraph before the quote."""
    text = text_of(doc)
    line_start = text.rfind("\n", 0, span.start) + 1
    if text[line_start:span.outer_start].strip():
        return None
    prev_end = line_start - 1
    while prev_end > 0 and text[prev_end - 1].isspace():
        prev_end -= 1
    if prev_end <= 0 or text[prev_end - 1] != ":":
        return None
    colon = finder.at(prev_end - 1)
    if colon is None:
        return None
    for token in reversed(sentence_of(colon)):
        if _speech_cue(token, lexicon):
            subject = subject_of(token)
            speaker = speaker_phrase(subject) if subject is not None else None
            return _new(span, "direct:cue-previous-paragraph", 0.8, token, speaker)
    return None


def _continued(text: str, span: Marked, previous: Candidate | None) -> Candidate | None:
    """A paragraph that opens with a quote and has no cue carries on the previous speaker."""
    if previous is None or previous.speaker is None:
        return None
    line_start = text.rfind("\n", 0, span.start) + 1
    if text[line_start:span.outer_start].strip():
        return None
    gap = text[previous.end:line_start]
    if gap.count("\n") > 3 or len(gap) > 400:
        return None
    candidate = Candidate("direct", list(span.pieces), "direct:continued-speaker", 0.6 * (1.0 if span.closed else 0.7),
                          speaker=previous.speaker, cue=None, inherited_from=previous)
    return candidate


def _unattributed(span: Marked, words: int, finder: TokenFinder, previous: Candidate | None) -> Candidate | None:
    """A sentence-long quote with no cue anywhere near: kept, with low confidence, unless it reads as
    a title (Every Word Capitalised).  Shortly after another quote it is most likely the same
    speaker's next words; otherwise its speaker is left open."""
    text = text_of(finder.doc)
    if words < UNATTRIBUTED_MIN_WORDS or _title_case(text[span.start:span.end]):
        return None
    if previous is not None and previous.speaker is not None and len(text[previous.end:span.start]) <= UNATTRIBUTED_REACH:
        return Candidate("direct", list(span.pieces), "direct:unattributed-near", 0.4,
                         speaker=previous.speaker, inherited_from=previous)
    return Candidate("direct", list(span.pieces), "direct:unattributed", 0.4)


def _title_case(text: str) -> bool:
    """Every Word Capitalised, short function words aside ("State of the Union")."""
    words = [w for w in text.split() if w[:1].isalpha() and (w[:1].isupper() or len(w.strip(".,;:!?")) > 3)]
    return bool(words) and sum(w[0].isupper() for w in words) >= TITLE_SHARE * len(words)


def _joins(text: str, previous: Candidate, span: Marked) -> bool:
    """"…," Kim said, "…": a piece with no cue of its own after the previous quote's cue, in the
    same paragraph with nothing quoted in between."""
    if previous.cue is None or previous.cue[0] < previous.parts[0][1]:
        return False
    between = text[max(previous.cue[1], previous.end):span.outer_start].strip("\"“”«»' ")
    return JOINING_GAP.fullmatch(between) is not None
