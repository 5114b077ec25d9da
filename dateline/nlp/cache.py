"""Per-Doc values that spaCy recomputes on every access, computed once and kept in ``Doc.user_data``.

``Doc.text`` joins a new ``Token`` per word each time it is read, and ``Token.sent`` scans the Doc;
stages that read them per candidate pay that many times over per article.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token


def text_of(doc: Doc) -> str:
    """``doc.text``, built once per Doc."""
    cached = doc.user_data.get("dateline.text")
    if cached is None:
        cached = doc.user_data["dateline.text"] = doc.text
    return cached


def sentence_starts(doc: Doc) -> list[int]:
    """Token index of each sentence's start, then ``len(doc)``; built once per Doc."""
    starts = doc.user_data.get("dateline.sent_starts")
    if starts is None:
        starts = doc.user_data["dateline.sent_starts"] = [s.start for s in doc.sents] + [len(doc)]
    return starts


def sentence_of(token: Token) -> Span:
    """``token.sent`` by bisection over the sentence starts."""
    starts = sentence_starts(token.doc)
    i = bisect_right(starts, token.i) - 1
    return token.doc[starts[i]:starts[i + 1]]
