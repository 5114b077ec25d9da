"""Read token attributes from the parse arrays instead of walking the Doc.

Walking a Doc makes a Python ``Token`` object per word and looks its strings up one attribute at a
time; a stage that only wants a few tokens ("the quotation marks", "the personal pronouns") pays
that for every word of every article.  ``Doc.to_array`` hands over the same attributes as integers
in one call, so the stage makes ``Token`` objects only for the words it keeps.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy
from spacy.tokens import Doc


def token_indices(doc: Doc, attr: str, keep: Callable[[str], bool]) -> list[int]:
    """Indices of the tokens whose string attribute ``attr`` ("ORTH", "LOWER", "TAG", "DEP", ...)
    passes ``keep``; each distinct string is tested once, and the matching is done by numpy."""
    strings = doc.vocab.strings
    values = doc.to_array(attr)
    kept = [value for value in numpy.unique(values).tolist() if keep(strings[value])]
    return numpy.flatnonzero(numpy.isin(values, kept)).tolist() if kept else []
