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
        if any(attr not in WRITTEN for attrs in self.attrs for attr in attrs):
            raise ValueError("attribute_ruler sets attributes not supported here")
        self.single = [(rule_id, tests[0]) for rule_id, tests, _ in self.rules if len(tests) == 1]
        self.multi = [rule for rule in self.rules if len(rule[1]) > 1]
        self.words, self.regexes = _named_words(specs)
        self._lower_class: dict[int, str | None] = {}
        self._key_rules: dict[tuple, tuple[int, ...]] = {}
        self._key_tests: dict[tuple, tuple[list[bool], tuple[int, ...]]] = {}
        #: where each multi-token rule's token tests start in a key's list of test results
        self._offsets = [sum(len(tests) for _, tests, _ in self.multi[:n]) for n in range(len(self.multi))]
        self._folded: dict[tuple[int, ...], tuple[tuple[int, int], ...]] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()
        keys = [self._key(row) for row in rows]
        settings = [self._settings(self._rules_for(key)) for key in keys]
        extra: dict[int, set[int]] = {}
        for position, rule_id in self._multi_matches(keys):
            extra.setdefault(position, set()).add(rule_id)
        for position, rule_ids in extra.items():
            settings[position] = self._settings(tuple(sorted({*self._rules_for(keys[position]), *rule_ids})))
        columns = doc.to_array(list(WRITTEN)).T.tolist()
        touched: set[int] = set()
        for position, setting in enumerate(settings):
            for slot, value in setting:
                columns[slot][position] = value
                touched.add(slot)
        if touched:
            written = sorted(touched)
            array = numpy.array([columns[slot] for slot in written], dtype=numpy.uint64).T
            doc.from_array([WRITTEN[slot] for slot in written], numpy.ascontiguousarray(array))
        return doc

    def _settings(self, rule_ids: tuple[int, ...]) -> tuple[tuple[int, int], ...]:
        """(column, value) pairs the rules leave, applied in rule order so later rules win."""
        settings = self._folded.get(rule_ids)
        if settings is None:
            final: dict[int, int] = {}
            for rule_id in rule_ids:
                for attr, value in self.attrs[rule_id].items():
                    final[WRITTEN.index(attr)] = value
            settings = self._folded[rule_ids] = tuple(final.items())
        return settings

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

    def _passes(self, key: tuple) -> tuple[list[bool], tuple[int, ...]]:
        """For each multi-token rule and pattern position: does this key pass that token's test?
        And which multi-token rules (by position in ``self.multi``) may start at this key."""
        passes = self._key_tests.get(key)
        if passes is None:
            tests = [test(key) for _, rule_tests, _ in self.multi for test in rule_tests]
            starts = tuple(n for n, offset in enumerate(self._offsets) if tests[offset])
            passes = self._key_tests[key] = (tests, starts)
        return passes

    def _multi_matches(self, keys: list[tuple]) -> list[tuple[int, int]]:
        """(target position, rule id) of every multi-token rule match."""
        if not self.multi:
            return []
        passes = [self._passes(key) for key in keys]
        found = []
        for start, (_, starts) in enumerate(passes):
            for n in starts:
                rule_id, tests, index = self.multi[n]
                offset, width = self._offsets[n], len(tests)
                if start + width <= len(keys) and all(passes[start + k][0][offset + k] for k in range(1, width)):
                    found.append((start + index, rule_id))
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
