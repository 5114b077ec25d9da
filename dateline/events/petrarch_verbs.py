"""Read PETRARCH / TABARI verb dictionaries (and discard files) into :class:`Pattern` records.

Format (PETRARCH2 ``PETRreader.read_verb_dictionary`` and the comments of the Phoenix files):

* ``&NAME`` starts a synset; ``+ALTERNATIVE`` lines follow until a blank line.  Synsets may nest.
* ``--- VERB [code] ---`` starts a verb block with its default code (``---`` = no event).  The lines
  that follow without ``-`` are the verb and its synonyms (``+SYNONYM``), each optionally with
  irregular forms ``{FORMS}`` and its own ``[code]``; in a multi-word verb ``+`` marks the verb word
  (``WIRE_+TAP``), otherwise the first word is the verb.
* ``- BEFORE * AFTER [code]`` patterns apply to every verb of the block.  ``*`` is the verb, ``_``
  joins words that must be adjacent, a trailing ``_`` asks for the exact word (no suffixes), ``+``
  marks the target, ``$`` the source, ``%`` a compound actor coded against itself, ``^`` skips a
  phrase, ``&SYN`` is any alternative of a synset, ``{…}``/``(…)``/``<…>`` group noun and
  prepositional phrases (kept as word order).  ``[a:b]`` is a paired event: ``a`` source→target
  plus ``b`` target→source.
* ``#`` starts a comment; ``<!-- … -->`` lines are comments.

Errors never stop loading: each is reported as ``file:line: message`` and the entry is skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from dateline.events.patterns import Element, Pattern, VerbForm

_CODE_AT_END = re.compile(r"\[([^\[\]]*)\]\s*$")
_HEADER = re.compile(r"^-{3}\s*(.+?)\s*\[([^\]]*)\][-\s]*$")
_GROUPING = str.maketrans({c: " " for c in "{}()<>"})
_MARKERS = {"+": "target", "$": "source", "%": "compound", "^": "skip"}


@dataclass
class VerbDictionary:
    """Patterns read from one or more files, plus the file:line errors met on the way."""

    patterns: list[Pattern] = field(default_factory=list)
    synsets: dict[str, list[list[Element]]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def parse_code(raw: str) -> tuple[str | None, str | None]:
    """``'042:043'`` → ('042', '043'); ``'---'`` → (None, None)."""
    first, _, second = raw.strip().partition(":")
    clean = lambda c: None if not c.strip() or set(c.strip()) <= {"-"} else c.strip()
    return clean(first), clean(second)


def parse_elements(text: str, synsets: dict[str, list[list[Element]]]) -> list[Element]:
    """Turn one side of a pattern (or a synset alternative) into elements; raises ValueError."""
    elements: list[Element] = []
    for chunk in text.translate(_GROUPING).split():
        pieces = chunk.split("_")
        for n, piece in enumerate(pieces):
            joined = n > 0
            if piece == "":
                if n == len(pieces) - 1 and elements and elements[-1].kind == "word":
                    elements[-1] = Element("word", elements[-1].value, elements[-1].joined, exact=True)
                continue
            if piece == "*":
                elements.append(Element("verb", "*", joined))
            elif piece in _MARKERS:
                elements.append(Element(_MARKERS[piece], piece, joined))
            elif piece.startswith("&"):
                name = piece.rstrip("_")
                if name not in synsets:
                    raise ValueError(f"unknown synset {name}")
                elements.append(Element("synset", name, joined))
            else:
                elements.append(Element("word", piece.upper(), joined))
    return elements


def _verb_form(text: str, code: str | None, paired: str | None, block: str) -> VerbForm:
    """``WIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING}`` → the verb word TAP with pre-word WIRE, forms."""
    forms_text = ""
    if "{" in text:
        text, _, forms_text = text.partition("{")
    words = [w for w in text.strip().lstrip("+").split("_") if w]
    if not words:
        raise ValueError("empty verb")
    head = next((i for i, w in enumerate(words) if w.startswith("+")), 0)
    words = [w.lstrip("+").upper() for w in words]
    forms = []
    for form in forms_text.replace("}", " ").split():
        parts = [p.lstrip("+").upper() for p in form.split("_") if p]
        if parts:
            forms.append(parts[min(head, len(parts) - 1)])
    return VerbForm(word=words[head], before=tuple(words[:head]), after=tuple(words[head + 1:]),
                    forms=tuple(forms), code=code, paired=paired, block=block)


def read_verb_dictionary(path: str | Path, into: VerbDictionary | None = None, prefix: str = "petr") -> VerbDictionary:
    """Read a PETRARCH verb dictionary file; errors are collected as ``file:line: message``."""
    path = Path(path)
    result = into or VerbDictionary()
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    block_verbs: list[VerbForm] = []
    block_code: tuple[str | None, str | None] = (None, None)
    block_name = ""
    synset: str | None = None
    in_comment = False
    for lineno, raw in enumerate(lines, 1):
        where = f"{path.name}:{lineno}"
        stripped = raw.strip()
        if in_comment or stripped.startswith("<!--"):
            in_comment = "-->" not in stripped
            continue
        line = _strip_comment(raw).strip()
        if not line:
            synset = None
            continue
        try:
            if line.startswith("&"):
                synset = line.split()[0].rstrip("_")
                result.synsets[synset] = []
            elif synset and line.startswith("+"):
                result.synsets[synset].append(parse_elements(line[1:], result.synsets))
            elif line.startswith("---"):
                synset = None
                match = _HEADER.match(line)
                if not match:
                    raise ValueError("malformed verb block header")
                block_name = match.group(1).strip().rstrip("_")
                block_code = parse_code(match.group(2))
                block_verbs = []
            elif line.startswith("-"):
                if not block_verbs:
                    raise ValueError("pattern outside a verb block")
                code_match = _CODE_AT_END.search(line)
                if not code_match:
                    raise ValueError("pattern without [code]")
                code, paired = parse_code(code_match.group(1))
                body = line[1:code_match.start()].strip()
                elements = parse_elements(body, result.synsets)
                verb_at = [i for i, e in enumerate(elements) if e.kind == "verb"]
                if len(verb_at) != 1:
                    raise ValueError("pattern needs exactly one *")
                i = verb_at[0]
                after = elements[i + 1:]
                if after and after[0].joined:
                    after[0] = Element(after[0].kind, after[0].value, True, after[0].exact)
                for verb in block_verbs:
                    result.patterns.append(Pattern(
                        id=f"{prefix}:{path.name}:{lineno}", lemma=verb.word, code=code, paired=paired,
                        before=tuple(verb.before_elements()) + tuple(elements[:i]),
                        after=tuple(verb.after_elements()) + tuple(after),
                        verb_joined=bool(elements[i].joined), forms=verb.forms, source="petrarch"))
            else:
                own = _CODE_AT_END.search(line)
                code, paired = parse_code(own.group(1)) if own else block_code
                text = line[:own.start()] if own else line
                verb = _verb_form(text, code, paired, block_name)
                block_verbs.append(verb)
                result.patterns.append(Pattern(
                    id=f"{prefix}:{path.name}:{lineno}", lemma=verb.word, code=code, paired=paired,
                    before=tuple(verb.before_elements()), after=tuple(verb.after_elements()),
                    forms=verb.forms, source="petrarch", default=True))
        except ValueError as err:
            result.errors.append(f"{where}: {err}")
    return result


def read_discards(path: str | Path) -> tuple[list[str], list[str]]:
    """PETRARCH discard file → (sentence-level phrases, story-level phrases), upper-cased."""
    sentence, story = [], []
    for raw in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
        line = _strip_comment(raw).strip()
        if not line or line.startswith("<!--"):
            continue
        phrase = line.lstrip("+").replace("_", " ").strip().upper()
        (story if line.startswith("+") else sentence).append(phrase)
    return sentence, story
