"""A contracted "has" the parser reads as a passive "is": "He's supported the bill".

The small English model labels the "'s" of "He's criticized Clinton" as a passive auxiliary and its
subject as a passive subject, which turns the critic into the one criticised.  A direct object after
the participle shows the clause is active (a passive leaves none: object complements of "he's
called a hero" come out as ``oprd``), so this component, run after the parser, relabels the
auxiliary and the subject.  Every later stage reads the corrected labels.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, LOWER
from spacy.language import Language
from spacy.tokens import Doc

#: The contracted forms of "is" and "has".
_CONTRACTED = ("'s", "’s")


@Language.component("contracted_perfect")
def contracted_perfect(doc: Doc) -> Doc:
    """Finds the candidates ("'s" labelled auxpass) from the annotation arrays, so a document
    without one costs no per-token Python."""
    if not doc.has_annotation("DEP") or len(doc) == 0:
        return doc
    strings = doc.vocab.strings
    rows = doc.to_array([DEP, LOWER])
    candidates = numpy.flatnonzero((rows[:, 0] == strings["auxpass"]) &
                                   numpy.isin(rows[:, 1], [strings[form] for form in _CONTRACTED]))
    for i in candidates:
        token = doc[int(i)]
        verb = token.head
        deps = {c.dep_ for c in verb.children}
        if verb.tag_ != "VBN" or "dobj" not in deps or "agent" in deps or \
                any(c.dep_ == "auxpass" and c.i != token.i for c in verb.children):
            continue
        token.dep_ = "aux"
        for child in verb.children:
            if child.dep_ == "nsubjpass":
                child.dep_ = "nsubj"
    return doc
