"""The knowledge base of canonical actors: aliases and roles with date ranges.

Three sources feed it: the curated files shipped in ``dateline/data/actors`` (people and
organisations), PETRARCH/Phoenix dictionaries imported by ``dateline kb import-petrarch``, and what
the pipeline learns while reading ("Kazakh President Kassym-Jomart Tokayev" in one article resolves
a bare "Tokayev" in a later one).  Lookups use the article date to pick the role in force; exact
alias hits come from a dict and transliteration variants from rapidfuzz.  Imported and learned
entries persist as JSON; the curated base is always read from the package.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

from rapidfuzz import fuzz, process

from dateline.actors.codes import split_code
from dateline.actors.lexicon import normalise, read_tsv
from dateline.actors.petrarch_dict import DictionaryProblem, parse_actor_lines, phrase_text, read_lines
from dateline.errors import DataError

#: a learned role counts this many days either side of the article that stated it.
LEARNED_WINDOW = dt.timedelta(days=3 * 365)
FUZZY_CUTOFF = 90


@dataclass
class KBRole:
    country: str | None
    sector: str | None
    title: str = ""
    start: dt.date | None = None
    end: dt.date | None = None

    def active(self, date: dt.date | None, window: dt.timedelta = dt.timedelta(0)) -> bool:
        if date is None:
            return self.end is None
        if self.start and date < self.start - window:
            return False
        return not (self.end and date > self.end + window)


@dataclass
class KBEntry:
    id: str
    name: str
    kind: str = "other"
    aliases: list[str] = field(default_factory=list)
    roles: list[KBRole] = field(default_factory=list)
    source: str = "curated"
    origins: list[str] = field(default_factory=list)  # ids of the articles a learned entry came from

    def role_at(self, date: dt.date | None) -> KBRole | None:
        """The role in force at ``date``; a former office holder becomes ELI; without a date the latest role."""
        if not self.roles:
            return None
        window = LEARNED_WINDOW if self.source == "learned" else dt.timedelta(0)
        current = [r for r in self.roles if r.active(date, window)]
        if current:
            return max(current, key=lambda r: r.start or dt.date.min)
        latest = max(self.roles, key=lambda r: r.end or dt.date.max)
        if date is None:
            return latest
        if latest.end and date > latest.end and self.kind == "person":
            return KBRole(latest.country, "ELI", f"former {latest.title}".strip(), latest.end, None)
        return min(self.roles, key=lambda r: abs(((r.start or date) - date).days))


@dataclass
class KBHit:
    entry: KBEntry
    role: KBRole | None
    score: float
    matched: str


class KnowledgeBase:
    def __init__(self) -> None:
        self.entries: dict[str, KBEntry] = {}
        self._alias: dict[str, list[str]] = {}
        self._fuzzy_keys: list[str] | None = None
        self._fuzzy_cache: dict[str, str | None] = {}
        self.dirty = False

    # -- building ------------------------------------------------------------------------------
    def add(self, entry: KBEntry) -> KBEntry:
        existing = self.entries.get(entry.id)
        if existing:
            existing.aliases.extend(a for a in entry.aliases if a not in existing.aliases)
            existing.roles.extend(r for r in entry.roles if r not in existing.roles)
            existing.origins.extend(o for o in entry.origins if o not in existing.origins)
            entry = existing
        else:
            self.entries[entry.id] = entry
        for alias in [entry.name, *entry.aliases]:
            ids = self._alias.setdefault(normalise(alias), [])
            if entry.id not in ids:
                ids.append(entry.id)
        self._fuzzy_keys = None
        self._fuzzy_cache.clear()
        return entry

    def import_petrarch(self, path: Path, kind: str = "other") -> tuple[int, list[DictionaryProblem]]:
        entries, problems = parse_actor_lines(read_lines(path), str(path))
        for item in entries:
            roles = []
            for code in item.codes:
                country, sector = split_code(code.code)
                roles.append(KBRole(country, sector, "", code.start, code.end))
            entry_kind = kind
            if kind == "other":
                dated = any(c.start or c.end for c in item.codes)
                entry_kind = "person" if dated else ("country" if roles and not roles[0].sector else "organisation")
            name = _display(item.name)
            self.add(KBEntry(f"petrarch:{normalise(name)}", name, entry_kind,
                             [_display(a) for a in item.aliases], roles, "petrarch"))
        self.dirty = True
        return len(entries), problems

    def learn(self, name: str, aliases: list[str], role: KBRole, origin: str = "", kind: str = "person") -> None:
        """Remember a role stated in article ``origin``, unless the base already knows it."""
        hit = self.lookup(name, role.start, fuzzy=False, exclude_origin=origin)
        if hit and hit.role and hit.role.country == role.country and hit.role.sector == role.sector:
            return
        entry_id = f"learned:{normalise(name)}"
        known = self.entries.get(entry_id)
        if known and any(r.title == role.title and r.country == role.country for r in known.roles):
            if origin and origin not in known.origins:
                known.origins.append(origin)
            return
        self.add(KBEntry(entry_id, name, kind, aliases, [role], "learned", [origin] if origin else []))
        self.dirty = True

    # -- lookup --------------------------------------------------------------------------------
    def lookup(self, text: str, date: dt.date | None = None, fuzzy: bool = True,
               exclude_origin: str = "") -> KBHit | None:
        """The actor ``text`` names at ``date``; learned entries from article ``exclude_origin`` don't count,
        so re-reading an article gives the same result as reading it the first time."""
        key = normalise(text)
        ids = self._alias.get(key)
        score = 100.0
        if not ids and fuzzy and len(key) >= 8 and " " in key:
            match = self._fuzzy(key)
            ids = self._alias.get(match) if match else None
            score = FUZZY_CUTOFF
        if not ids:
            return None
        entries = [self.entries[i] for i in ids
                   if not (exclude_origin and self.entries[i].source == "learned" and self.entries[i].origins
                           and set(self.entries[i].origins) <= {exclude_origin})]
        if not entries:
            return None
        return self._best(entries, date, score, key)

    def _best(self, entries: list[KBEntry], date: dt.date | None, score: float, key: str) -> KBHit | None:
        rank = {"curated": 0, "learned": 1, "petrarch": 2}
        window = {e.id: (LEARNED_WINDOW if e.source == "learned" else dt.timedelta(0)) for e in entries}
        active = [e for e in entries if any(r.active(date, window[e.id]) for r in e.roles)]
        pool = active or entries
        pool.sort(key=lambda e: rank.get(e.source, 3))
        if len({(e.role_at(date) or KBRole(None, None)).country for e in pool if e.source == pool[0].source}) > 1:
            return None  # the same name means different actors in different countries: don't guess
        entry = pool[0]
        return KBHit(entry, entry.role_at(date), score, key)

    def _fuzzy(self, key: str) -> str | None:
        if key in self._fuzzy_cache:
            return self._fuzzy_cache[key]
        if self._fuzzy_keys is None:
            self._fuzzy_keys = [k for k in self._alias if " " in k and len(k) >= 8]
        found = process.extractOne(key, self._fuzzy_keys, scorer=fuzz.token_sort_ratio, score_cutoff=FUZZY_CUTOFF)
        result = found[0] if found else None
        if result and _generation(result) != _generation(key):
            result = None  # "Donald Trump Jr." is not Donald Trump
        self._fuzzy_cache[key] = result
        return result

    def holder(self, country: str, titles: set[str], date: dt.date | None) -> KBEntry | None:
        """The person holding one of ``titles`` (lower case) for ``country`` at ``date``."""
        found = [
            e for e in self.entries.values()
            if e.kind == "person" and any(
                r.country == country and r.title.lower() in titles and r.active(date) for r in e.roles)
        ]
        return found[0] if len(found) == 1 else None

    # -- persistence ---------------------------------------------------------------------------
    def save(self, path: Path) -> None:
        """Write imported and learned entries (the curated base ships with the package)."""
        rows = [_entry_json(e) for e in self.entries.values() if e.source != "curated"]
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"format": "dateline-kb/1", "entries": rows}, handle, ensure_ascii=False)
        os.replace(tmp, path)
        self.dirty = False

    def load(self, path: Path) -> None:
        """Read a saved base; a file that is not one is a user error naming the file, never a traceback."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            for row in data.get("entries", []):
                roles = [KBRole(r["country"], r["sector"], r.get("title", ""), _date(r.get("start")),
                                _date(r.get("end"))) for r in row.get("roles", [])]
                self.add(KBEntry(row["id"], row["name"], row.get("kind", "other"), row.get("aliases", []), roles,
                                 row.get("source", "learned"), row.get("origins", [])))
        except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as err:
            raise DataError(f"{path}: not a dateline knowledge base ({type(err).__name__}: {err})") from None


def _entry_json(entry: KBEntry) -> dict:
    row = asdict(entry)
    for role in row["roles"]:
        role["start"] = role["start"].isoformat() if role["start"] else None
        role["end"] = role["end"].isoformat() if role["end"] else None
    return row


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    parts = [int(p) for p in text.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _display(name: str) -> str:
    """PETRARCH phrases are upper case; show them in title case but keep short acronyms."""
    words = phrase_text(name).split()
    return " ".join(w if (len(w) <= 4 and w.isupper() and "." not in w and len(words) == 1) else w.title()
                    for w in words)


def curated_base() -> KnowledgeBase:
    """A fresh base holding the shipped people and organisations."""
    kb = KnowledgeBase()
    for name, aliases, country, sector, title, start, end in _rows("people.tsv", 7):
        role = KBRole(country or None, sector or None, title, _date(start), _date(end))
        kb.add(KBEntry(f"person:{normalise(name)}", name, "person", _split(aliases), [role]))
    for name, aliases, kind, country, sector, start, end in _rows("organisations.tsv", 7):
        if sector == "IGO" and country in ("IGO", "UNO", "EUR"):
            sector = ""  # the code IGO / IGOUNO already says it; CAMEO adds no sector field
        role = KBRole(country or None, sector or None, "", _date(start), _date(end))
        kb.add(KBEntry(f"org:{normalise(name)}", name, kind, _split(aliases), [role]))
    kb.dirty = False
    return kb


def _rows(name: str, width: int) -> list[list[str]]:
    """Rows padded to ``width`` columns: editors strip the trailing tabs of open-ended roles."""
    return [(row + [""] * width)[:width] for row in read_tsv(name)]


def _split(aliases: str) -> list[str]:
    return [a.strip() for a in aliases.split(";") if a.strip()]


def knowledge_base(ctx) -> KnowledgeBase:
    """The run's knowledge base (``ctx.cache["kb"]``), loaded from ``ctx.options["kb_path"]`` if given."""
    kb = ctx.cache.get("kb")
    if kb is None:
        kb = curated_base()
        path = ctx.options.get("kb_path")
        if path and Path(path).is_file():
            kb.load(Path(path))
            kb.dirty = False
        ctx.cache["kb"] = kb
    return kb


#: Words after a name that tell a son from his father ("Jr.", "III"): a fuzzy match must keep them.
GENERATION_WORDS = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _generation(key: str) -> str:
    last = key.rsplit(" ", 1)[-1].rstrip(".")
    return last if last in GENERATION_WORDS else ""
