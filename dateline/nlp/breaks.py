"""Sentence breaks the parser misses: paragraph ends (a blank line, or a dash glued to a sentence
end: "the report said.- Another case"), and section headings run into running text.

Both are set on ``Token.is_sent_start`` before the parser runs, so the parser builds its trees
inside the right sentences.  The tagger has run by then; the heading test uses its tags.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from dateline.clean.cues import sentence_openers

#: Longest run of words taken for a heading between a sentence end and a capitalised opener.
HEADING_MAX_TOKENS = 6
#: Tokens that end a sentence, and closing quotes that may follow them.
_SENTENCE_ENDS = frozenset(".!?")
_CLOSING_QUOTES = frozenset("\"”’'»")
#: Dashes a scraper leaves where a paragraph break was ("said.- Another").
_DASHES = frozenset("-–—")
#: Finite verb tags: a run holding one is a sentence ("Trump attacked The Wall Street Journal").
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Punctuation a heading may hold ("Definition, limits", "Third-party promoters").
_HEADING_PUNCT = frozenset({",", "-", "&", "'s", "’s"})
#: Words a Title Case headline leaves in lower case (the usual newsroom style).
_TITLE_LOWER = frozenset({"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "nor", "of", "on", "or",
                          "the", "to", "up", "via", "vs"})


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line always ends a sentence: news paragraphs never share one, and the parser
    sometimes glues a heading or credit line to the next paragraph.  Pages flattened to one line
    lose those blank lines; there a capitalised opener after a short heading-like run starts the
    sentence (``run_in_heading``)."""
    openers = sentence_openers()
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if _after_glued_dash(token):
            prev.is_sent_start = False  # the dash closes the sentence before it
            token.is_sent_start = True
        elif "\n" in prev.text or "\n" in prev.whitespace_ or token.text in openers and run_in_heading(token):
            token.is_sent_start = True
    return doc


def _after_glued_dash(token: Token) -> bool:
    """"the HSE.- He also called": a capitalised word after a dash glued to a sentence end, a
    paragraph break a scraper flattened into a dash."""
    if token.i < 2 or not token.text[:1].isupper():
        return False
    dash, end = token.doc[token.i - 1], token.doc[token.i - 2]
    return dash.text in _DASHES and not end.whitespace_ and _ends_sentence(end) and bool(dash.whitespace_)


def _ends_sentence(token: Token) -> bool:
    if token.text in _SENTENCE_ENDS:
        return True
    return token.text in _CLOSING_QUOTES and token.i > 0 and token.doc[token.i - 1].text in _SENTENCE_ENDS


def run_in_heading(opener: Token) -> bool:
    """Whether the words between the last sentence end and this capitalised opener are a section
    heading: one to six words starting with a capital (not a conjunction or preposition: "In its report, The
    Times said"), no sentence punctuation, not ending in a comma, and the opener followed by a word
    ("British colony The Chagos Islands, …"), outside Title Case headlines.  A finite verb makes the
    run a sentence ("Trump attacked The Wall Street Journal") unless the opener is followed by a
    small word or a number, which no name starts with: headings are often written as headlines
    ("BLA surges Since last August, …", "Chinese demand The changes …")."""
    doc = opener.doc
    if opener.i + 1 >= len(doc) or not doc[opener.i + 1].is_alpha and not doc[opener.i + 1].like_num:
        return False
    start = opener.i
    while start > 0 and not _ends_sentence(doc[start - 1]):
        start -= 1
        if opener.i - start > HEADING_MAX_TOKENS:
            return False
    run = doc[start : opener.i]
    if not len(run) or not run[0].text[:1].isupper() or run[0].tag_ in ("IN", "CC") or run[-1].is_punct:
        return False
    opens_clause = not doc[opener.i + 1].text[:1].isupper()
    for token in run:
        if token.is_punct and token.text not in _HEADING_PUNCT or token.is_space:
            return False
        if token.tag_ in _FINITE_TAGS and not opens_clause:
            return False
    return not _title_case(doc[start : opener.i + 4])


def _title_case(span) -> bool:
    """A headline written in Title Case ("Sanders To Release Records After Pressure") capitalises
    every word but the short articles, conjunctions and prepositions ("Blasts Rival for Mocking His
    Plan"), openers included: there a capital says nothing about a sentence start."""
    words = [token.text for token in span if token.is_alpha and len(token.text) > 1 and token.text not in _TITLE_LOWER]
    return all(word[0].isupper() for word in words)
