"""Read PETRARCH / Phoenix (TABARI-format) ACTOR and AGENT dictionaries.

Actor files list a primary phrase, ``+`` synonym lines and one or more codes, optionally dated::

    VLADIMIR_PUTIN_  # comment
    +PUTIN_
        [RUSGOV 991231-080507]
        [RUSGOV >080508]

Agent files map generic nouns to a code fragment that is prefixed (``[~GOV]``) or suffixed
(``[NGO~]``) to the actor's code, with optional plural forms in braces and ``!SET!``
substitution sets.  Underscores join words; a trailing underscore marks an exact (unstemmed) word.
A line that cannot be read is reported as ``file:line: reason`` and skipped so one typo never
loses a whole dictionary.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

_CODE = re.compile(r"\[([^\]]*)\]")
_DATE_RANGE = re.compile(r"^(\d{6,8})\s*-\s*(\d{6,8})$")
_SUBST = re.compile(r"^(![A-Z0-9_]+!)\s*=\s*(.+)$")
_NULL_CODES = {"---", "+++", ""}


@dataclass
class DatedCode:
    code: str
    start: dt.date | None = None
    end: dt.date | None = None
    #: further codes of a multi-code entry (``THE_SHIRE [FRO/BIL/SAM]`` stands for all three actors)
    also: tuple[str, ...] = ()


@dataclass
class ActorEntry:
    name: str
    aliases: list[str] = field(default_factory=list)
    codes: list[DatedCode] = field(default_factory=list)
    line: int = 0
    #: phrases written with a plain space ("ITHILEN TELEVISION"): TABARI lets a few words come
    #: between their words ("Ithilen state-run television"); ``_`` joins words that must touch
    loose: list[str] = field(default_factory=list)


@dataclass
class AgentEntry:
    phrase: str
    code: str
    suffix: bool = True  # True for [~GOV] (appended to the actor code), False for [NGO~]
    plurals: list[str] = field(default_factory=list)
    line: int = 0
    #: ``POLICE {} [~COP]``: braces, even empty, replace the regular plural (POLICES is no agent)
    regular_plural: bool = True


@dataclass
class DictionaryProblem:
    path: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}"


def phrase_text(raw: str) -> str:
    """``VLADIMIR_V._PUTIN_`` → ``Vladimir V. Putin`` style plain phrase (case kept as written)."""
    return " ".join(raw.replace("_", " ").split())


def parse_date(text: str) -> dt.date:
    """PETRARCH dates are YYMMDD (two-digit years pivot at 30) or YYYYMMDD."""
    text = text.strip()
    if len(text) == 6:
        yy = int(text[:2])
        year = 2000 + yy if yy < 30 else 1900 + yy
        return dt.date(year, int(text[2:4]), int(text[4:6]))
    if len(text) == 8:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    raise ValueError(f"bad date {text!r}")


def parse_code(body: str) -> DatedCode | None:
    """``RUSGOV >080508`` → DatedCode; ``---`` (explicitly uncoded) → None."""
    parts = body.split(None, 1)
    if not parts:
        return None
    code = parts[0].strip().upper()
    restriction = parts[1].strip() if len(parts) > 1 else ""
    if code in _NULL_CODES:
        return None
    code, *also = code.split("/")  # "ELR/GAL": the entry names every one of these actors
    for part in (code, *also):
        if not re.fullmatch(r"[A-Z0-9~]+", part):
            raise ValueError(f"bad code {part!r}")
    start = end = None
    if restriction.startswith(">"):
        start = parse_date(restriction[1:])
    elif restriction.startswith("<"):
        end = parse_date(restriction[1:])
    elif restriction:
        match = _DATE_RANGE.match(restriction)
        if not match:
            raise ValueError(f"bad date restriction {restriction!r}")
        start, end = parse_date(match.group(1)), parse_date(match.group(2))
    return DatedCode(code, start, end, tuple(also))


def _strip_comment(line: str) -> str:
    if line.lstrip().startswith("<!--") or line.lstrip().startswith("<"):
        return ""
    return line.split("#", 1)[0].rstrip()


def parse_actor_lines(lines: list[str], path: str = "<text>") -> tuple[list[ActorEntry], list[DictionaryProblem]]:
    entries: list[ActorEntry] = []
    problems: list[DictionaryProblem] = []
    current: ActorEntry | None = None
    for number, raw in enumerate(lines, 1):
        line = _strip_comment(raw)
        if not line.strip():
            continue
        stripped = line.strip()
        try:
            if stripped.startswith("["):
                if current is None:
                    raise ValueError("code line before any actor")
                _add_codes(current, stripped)
            elif stripped.startswith("+"):
                if current is None:
                    raise ValueError("synonym before any actor")
                alias = phrase_text(_CODE.sub("", stripped[1:]))
                if alias:
                    current.aliases.append(alias)
                    _note_loose(current, _CODE.sub("", stripped[1:]), alias)
                _add_codes(current, stripped)
            else:
                name = phrase_text(_CODE.sub("", stripped))
                if not name or "[" in name or "]" in name:
                    raise ValueError("unbalanced brackets")
                current = ActorEntry(name=name, line=number)
                _note_loose(current, _CODE.sub("", stripped), name)
                entries.append(current)
                _add_codes(current, stripped)
        except ValueError as err:
            problems.append(DictionaryProblem(path, number, str(err)))
    return entries, problems


def _note_loose(entry: ActorEntry, raw: str, phrase: str) -> None:
    if " " in raw.strip():
        entry.loose.append(phrase)


def _add_codes(entry: ActorEntry, text: str) -> None:
    if text.count("[") != text.count("]"):
        raise ValueError("unbalanced brackets")
    for body in _CODE.findall(text):
        code = parse_code(body)
        if code:
            entry.codes.append(code)


def parse_agent_lines(lines: list[str], path: str = "<text>") -> tuple[list[AgentEntry], list[DictionaryProblem]]:
    entries: list[AgentEntry] = []
    problems: list[DictionaryProblem] = []
    substitutions: dict[str, list[str]] = {}
    for number, raw in enumerate(lines, 1):
        line = _strip_comment(raw).strip()
        if not line:
            continue
        subst = _SUBST.match(line)
        if subst:
            substitutions[subst.group(1)] = [w.strip() for w in subst.group(2).split(",") if w.strip()]
            continue
        try:
            entries.extend(_agent_entries(line, number, substitutions))
        except ValueError as err:
            problems.append(DictionaryProblem(path, number, str(err)))
    return entries, problems


def _agent_entries(line: str, number: int, substitutions: dict[str, list[str]]) -> list[AgentEntry]:
    codes = _CODE.findall(line)
    if len(codes) != 1 or line.count("[") != 1 or line.count("]") != 1:
        raise ValueError("expected exactly one [code]")
    body = codes[0].strip().upper()
    if body.count("~") != 1:
        raise ValueError(f"agent code {body!r} needs one '~'")
    suffix = body.startswith("~")
    code = body.replace("~", "")
    if not re.fullmatch(r"[A-Z0-9]*", code):
        raise ValueError(f"bad code {body!r}")
    head = line[: line.index("[")]
    plurals: list[str] = []
    brace = re.search(r"\{([^}]*)\}", head)
    if brace:
        plurals = [phrase_text(p) for p in brace.group(1).split(",") if p.strip()]
        head = head[: brace.start()] + head[brace.end():]
    phrase = head.strip()
    if not phrase:
        raise ValueError("agent phrase missing")
    variants = [phrase]
    for marker, words in substitutions.items():
        if marker in phrase:
            variants = [v.replace(marker, w) for v in variants for w in words]
    return [AgentEntry(phrase_text(v), code, suffix, plurals, number, regular_plural=brace is None) for v in variants]


def read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8", errors="replace").splitlines()


def is_agent_file(lines: list[str]) -> bool:
    """Agent dictionaries are the ones whose codes carry ``~``."""
    codes = [c for line in lines[:2000] for c in _CODE.findall(line.split("#", 1)[0])]
    return bool(codes) and sum("~" in c for c in codes) > len(codes) / 2
