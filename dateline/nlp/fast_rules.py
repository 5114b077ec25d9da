"""Exact, vectorised stand-ins for the English model's two rule components.

Why: in ``en_core_web_sm`` the ``attribute_ruler`` (179 Matcher patterns run over every token) and the
rule ``lemmatizer`` (a Python loop creating a Token object per token) cost about a fifth of the parse
time, though their output depends only on a few token attributes.  These replacements read the stock
components' own patterns, attributes and lemma rules and give the same annotations (a test compares
every token attribute with the stock pipeline), computing each distinct case once and writing whole
columns with ``Doc.from_array``.

* :class:`FastAttributeRuler` evaluates each pattern token's test once per distinct
  (TAG, LOWER, DEP, IS_SPACE) combination (words no pattern names share one class), then applies
  matched rules in the stock order: rule index, later rules win.
* :class:`FastLemmatizer` calls the stock lemmatizer once per distinct (ORTH, POS, MORPH): its rule
  lemma is a function of exactly these (the stock cache uses the same key).

:func:`speed_up` swaps them in only when every pattern uses tests this module understands;
otherwise the stock component stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

#: The token attributes a pattern may test, in the order of the arrays read from a Doc.
TESTED = ("TAG", "LOWER", "DEP", "IS_SPACE")
#: The attributes a rule may set, in the order of the arrays written back.
WRITTEN = (POS, MORPH, LEMMA, TAG, DEP)
Test = Callable[[object], bool]


def _value_test(spec) -> Test | None:
    """A test on one attribute value, with the Matcher's meaning; None if the form is unknown."""
    if isinstance(spec, (str, bool)):
        return lambda value: value == spec
    if isinstance(spec, dict) and len(spec) == 1:
        ((op, arg),) = spec.items()
        if op == "IN":
            allowed = frozenset(arg)
            return lambda value: value in allowed
        if op == "NOT_IN":
            excluded = frozenset(arg)
            return lambda value: value not in excluded
        if op == "REGEX":
            pattern = re.compile(arg)
            return lambda value: value is not None and pattern.search(value) is not None
    return None


def _token_test(token_spec: dict) -> Callable[[tuple], bool] | None:
    """A test on a (tag, lower, dep, is_space) tuple; None if the pattern uses anything else."""
    tests = []
    for attr, spec in token_spec.items():
        if attr not in TESTED or (test := _value_test(spec)) is None:
            return None
        tests.append((TESTED.index(attr), test))
    return lambda key: all(test(key[slot]) for slot, test in tests)


def _named_words(token_specs) -> tuple[frozenset[str], list[re.Pattern]]:
    """Every lowercase word a LOWER test names, and the LOWER regexes."""
    words, regexes = set(), []
    for spec in token_specs:
        value = spec.get("LOWER")
        if isinstance(value, str):
            words.add(value)
        elif isinstance(value, dict):
            for op, arg in value.items():
                if op == "REGEX":
                    regexes.append(re.compile(arg))
                else:
                    words.update(arg)
    return frozenset(words), regexes


class FastAttributeRuler:
    """Same annotations as the stock AttributeRuler (see module docstring)."""

    def __init__(self, stock: AttributeRuler):
        self.stock = stock
        self.strings = stock.vocab.strings
        self.rules: list[tuple[int, list[Callable], int]] = []  # (rule id, token tests, target index)
        specs = []
        for rule_id, entry in enumerate(stock.patterns):
            for pattern in entry["patterns"]:
                tests = [_token_test(spec) for spec in pattern]
                if not pattern or None in tests:
                    raise ValueError(f"attribute_ruler pattern not supported: {pattern}")
                index = entry.get("index", 0)
                self.rules.append((rule_id, tests, index if index >= 0 else len(pattern) + index))
                specs.extend(pattern)
        self.attrs = stock.attrs
        self.single = [(rule_id, tests[0]) for rule_id, tests, _ in self.rules if len(tests) == 1]
        self.multi = [rule for rule in self.rules if len(rule[1]) > 1]
        self.words, self.regexes = _named_words(specs)
        self._lower_class: dict[int, str | None] = {}
        self._key_rules: dict[tuple, tuple[int, ...]] = {}
        self._key_tests: dict[tuple, list[bool]] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()
        keys = [self._key(row) for row in rows]
        targeted = [list(self._rules_for(key)) for key in keys]
        for position, rule_id in self._multi_matches(keys):
            targeted[position] = sorted({*targeted[position], rule_id})
        columns = doc.to_array(list(WRITTEN))
        slot = {attr: i for i, attr in enumerate(WRITTEN)}
        touched = set()
        for position, rule_ids in enumerate(targeted):
            for rule_id in rule_ids:
                for attr, value in self.attrs[rule_id].items():
                    columns[position, slot[attr]] = value
                    touched.add(attr)
        written = [attr for attr in WRITTEN if attr in touched]
        if written:
            doc.from_array(written, numpy.ascontiguousarray(columns[:, [slot[a] for a in written]]))
        return doc

    def _key(self, row: list[int]) -> tuple:
        tag, lower, dep, is_space = row
        word = self._lower_class.get(lower, False)
        if word is False:
            text = self.strings[lower]
            word = text if text in self.words or any(r.search(text) for r in self.regexes) else None
            self._lower_class[lower] = word
        return (self.strings[tag], word, self.strings[dep], bool(is_space))

    def _rules_for(self, key: tuple) -> tuple[int, ...]:
        rules = self._key_rules.get(key)
        if rules is None:
            rules = self._key_rules[key] = tuple(rule_id for rule_id, test in self.single if test(key))
        return rules

    def _passes(self, key: tuple) -> list[bool]:
        """For each multi-token rule and position: does this key pass that pattern token's test?"""
        passes = self._key_tests.get(key)
        if passes is None:
            passes = self._key_tests[key] = [test(key) for _, tests, _ in self.multi for test in tests]
        return passes

    def _multi_matches(self, keys: list[tuple]) -> list[tuple[int, int]]:
        if not self.multi:
            return []
        passes = [self._passes(key) for key in keys]
        found, offset = [], 0
        for rule_id, tests, index in self.multi:
            width = len(tests)
            for start in range(len(keys) - width + 1):
                if all(passes[start + k][offset + k] for k in range(width)):
                    found.append((start + index, rule_id))
            offset += width
        return found


class FastLemmatizer:
    """Same lemmas as the stock rule Lemmatizer, computed once per (ORTH, POS, MORPH)."""

    def __init__(self, stock: Lemmatizer):
        if stock.mode != "rule":
            raise ValueError(f"lemmatizer mode {stock.mode!r} not supported")
        self.stock = stock
        self.strings = stock.vocab.strings
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        if not self.stock._validated:
            self.stock._validate_tables()
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        for position, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not self.stock.overwrite:
                continue
            key = (orth, pos, morph)
            value = self._lemmas.get(key)
            if value is None:
                value = self._lemmas[key] = self.strings.add(self.stock.lemmatize(doc[position])[0])
            lemmas[position] = value
        doc.from_array([LEMMA], lemmas)
        return doc


class RuleSlot:
    """The pipeline component that holds a fast rule component (set by :func:`speed_up`)."""

    def __init__(self):
        self.inner: FastAttributeRuler | FastLemmatizer | None = None

    def __call__(self, doc: Doc) -> Doc:
        return self.inner(doc)

    def pipe(self, docs, batch_size: int = 128):
        return map(self.inner, docs)


@Language.factory("dateline_fast_rules")
def make_rule_slot(nlp: Language, name: str) -> RuleSlot:
    return RuleSlot()


def speed_up(nlp: Language) -> Language:
    """Swap the stock attribute_ruler and rule lemmatizer for the exact fast versions, in place."""
    for name, fast in (("attribute_ruler", FastAttributeRuler), ("lemmatizer", FastLemmatizer)):
        if name not in nlp.pipe_names:
            continue
        try:
            component = fast(nlp.get_pipe(name))
        except ValueError:
            continue  # a model with patterns or modes this module does not know keeps its own
        nlp.replace_pipe(name, "dateline_fast_rules")
        nlp.get_pipe(name).inner = component
    return nlp
