"""CAMEO event-code tables: descriptions, Goldstein scores, QuadClass and the CAMEO→PLOVER mapping.

The tables are data files under ``dateline/data/events`` (copied from the CAMEO codebook and the
PLOVER ``CAMEO2PLOVER-2021.txt`` table, see SOURCES.md there).  Where the PLOVER table is silent
(CAMEO roots 01 and 02) ``plover_direct.tsv`` gives our own entries, and it also overrides the
table where the PLOVER 2.0 manual says otherwise (sanctions are SANCTION); a code found in
neither is not a PLOVER event and the coder drops it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

#: CAMEO root → QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
#: 4 material conflict (the GDELT/Phoenix convention).
_QUAD = {**dict.fromkeys(range(1, 6), 1), **dict.fromkeys(range(6, 9), 2),
         **dict.fromkeys(range(9, 14), 3), **dict.fromkeys(range(14, 21), 4)}
#: CAMEO codebook, root 13 (threaten): the threat of each kind of conflict act.  A pledge or vow
#: to do such an act threatens it ("vowed to bomb" is 138, threaten to use military force).
THREAT_OF_ROOT = {"15": "138", "16": "131", "17": "137", "18": "138", "19": "138", "20": "138"}
#: PLOVER manual: cooperative actions "reported in future tense are also taken to imply intentions
#: and should be coded as AGREE"; "announcements of future retreats should be coded as CONCEDE".
FUTURE_TYPE = {"CONSULT": "AGREE", "SUPPORT": "AGREE", "COOPERATE": "AGREE", "AID": "AGREE", "RETREAT": "CONCEDE"}
#: PLOVER types whose manual section says "Requires recipient: Yes"; without a named recipient such
#: an event is a weak reading of its sentence.
REQUIRES_RECIPIENT = {"COOPERATE", "AID", "SANCTION"}


@dataclass(frozen=True)
class PloverEntry:
    type: str
    mode: str = ""
    context: tuple[str, ...] = ()


@dataclass
class CameoTable:
    descriptions: dict[str, str] = field(default_factory=dict)
    goldstein: dict[str, float] = field(default_factory=dict)
    plover: dict[str, PloverEntry] = field(default_factory=dict)

    def is_code(self, code: str) -> bool:
        return code in self.descriptions

    def _nearest(self, table: dict, code: str):
        """Value for the code or its closest listed ancestor (0231 → 023 → 02)."""
        for cut in range(len(code), 1, -1):
            if code[:cut] in table:
                return table[code[:cut]]
        return None

    def description(self, code: str) -> str:
        return self._nearest(self.descriptions, code) or ""

    def goldstein_of(self, code: str) -> float | None:
        return self._nearest(self.goldstein, code)

    def plover_of(self, code: str) -> PloverEntry | None:
        return self._nearest(self.plover, code)

    @staticmethod
    def quad_class(code: str) -> int | None:
        return _QUAD.get(int(code[:2])) if code[:2].isdigit() else None

    @staticmethod
    def base(code: str) -> str:
        return code[:3] if len(code) >= 3 else code


def _data(name: str) -> str:
    return resources.files("dateline.data.events").joinpath(name).read_text(encoding="utf-8")


def _tsv(name: str) -> list[list[str]]:
    rows = [line.split("\t") for line in _data(name).splitlines() if line.strip() and not line.startswith("#")]
    return rows[1:]


def parse_cameo2plover(text: str) -> dict[str, PloverEntry]:
    """``030: AGREE,  , diplomatic # comment`` → {'030': PloverEntry('AGREE', '', ('diplomatic',))}."""
    table: dict[str, PloverEntry] = {}
    for line in text.splitlines():
        body = line.split("#", 1)[0].strip()
        if ":" not in body:
            continue
        code, _, rest = body.partition(":")
        parts = [p.strip() for p in rest.split(",")]
        if not code.strip().isdigit() or not parts[0]:
            continue
        mode = parts[1] if len(parts) > 1 else ""
        context = tuple(c.strip() for c in (parts[2] if len(parts) > 2 else "").split(";") if c.strip())
        table.setdefault(code.strip(), PloverEntry(parts[0].upper(), mode, context))
    return table


@lru_cache(maxsize=1)
def cameo_table() -> CameoTable:
    table = CameoTable()
    table.descriptions = {r[0].strip(): r[1].strip() for r in _tsv("eventcodes.tsv") if len(r) > 1}
    table.goldstein = {r[0].strip(): float(r[1]) for r in _tsv("goldstein.tsv") if len(r) > 1}
    table.plover = parse_cameo2plover(_data("CAMEO2PLOVER-2021.txt"))
    for row in _tsv("plover_direct.tsv"):
        code, ptype, mode, context = (row + ["", "", ""])[:4]
        table.plover[code.strip()] = PloverEntry(ptype.strip(), mode.strip(),
                                                 tuple(c for c in context.strip().split(";") if c))
    return table
