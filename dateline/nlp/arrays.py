"""Read token attributes from the parse arrays instead of walking the Doc.

Walking a Doc makes a Python ``Token`` object per word and looks its strings up one attribute at a
time; a stage that only wants a few tokens ("the quotation marks", "the personal pronouns") pays
that for every word of every article.  ``Doc.to_array`` hands over the same attributes as integers
in one call, so the stage makes ``Token`` objects only for the words it keeps.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc


def token_indices(doc: Doc, attr: str, keep: Callable[[str], bool]) -> list[int]:
    """Indices of the tokens whose string attribute ``attr`` ("ORTH", "LOWER", "TAG", "DEP", ...)
    passes ``keep``; each distinct string is tested once."""
    strings = doc.vocab.strings
    verdicts: dict[int, bool] = {}
    found: list[int] = []
    for i, value in enumerate(doc.to_array(attr).tolist()):
        verdict = verdicts.get(value)
        if verdict is None:
            verdict = verdicts[value] = keep(strings[value])
        if verdict:
            found.append(i)
    return found
