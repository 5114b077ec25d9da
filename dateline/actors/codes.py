"""CAMEO actor codes: split "RUSGOV" into country and sector, and build a code from them.

CAMEO codes are runs of three-letter fields: an optional country (ISO3, or IGO/NGO/IMG/MNC for
international actors) followed by sector fields.  UN bodies use IGOUNO, EU bodies IGOEEU / EUR.
"""

from __future__ import annotations

from functools import cache, lru_cache

import pycountry

#: three-letter sector / role fields from the CAMEO actor codebook.
SECTORS = frozenset(
    ["GOV", "MIL", "REB", "OPP", "PTY", "JUD", "COP", "SPY", "MED", "EDU", "BUS", "CVL", "REL", "NGO", "IGO", "IMG", "LEG", "ELI", "AGR", "LAB", "HLH", "REF", "CRM", "UAF", "PRM", "MOD", "RAD", "HRI", "ENV", "SOC", "PPL", "MNC", "UNK", "BUD", "MUS", "CHR", "JEW", "HIN", "SIK", "SHI", "SUN", "CTH", "ORT", "PRO", "CON", "DEV", "SEP", "INS", "NGM", "PRE", "JNK"]
)
#: international "countries" that are not in ISO 3166.
INTERNATIONAL = {"IGO": "IGO", "NGO": None, "IMG": "IMG", "MNC": None, "UNO": "UNO", "EUR": "EUR"}
_ORG_COUNTRY = {"UNO": "UNO", "EEU": "EUR", "EUR": "EUR"}
#: codes that are countries for CAMEO but not ISO 3166 alpha-3.
EXTRA_COUNTRIES = {"XKX", "KSV", "PSE", "TWN", "AFR", "ASA", "EUR", "WST"}


@cache
def is_country(code: str) -> bool:
    return code in EXTRA_COUNTRIES or pycountry.countries.get(alpha_3=code) is not None


@lru_cache(maxsize=20000)
def split_code(code: str) -> tuple[str | None, str | None]:
    """"RUSGOV" → ("RUS", "GOV"); "IGOUNO" → ("UNO", None); "NGO" → (None, "NGO")."""
    code = (code or "").upper()
    fields = [code[i:i + 3] for i in range(0, len(code), 3)]
    if not fields:
        return None, None
    head, rest = fields[0], fields[1:]
    if head in INTERNATIONAL:
        country = INTERNATIONAL[head]
        if rest and rest[0] in _ORG_COUNTRY:
            return _ORG_COUNTRY[rest[0]], next((f for f in rest[1:] if f in SECTORS), None)
        sector = next((f for f in rest if f in SECTORS), None)
        return country, sector or (head if country is None else None)
    if is_country(head):
        return ("XKX" if head == "KSV" else head), next((f for f in rest if f in SECTORS), None)
    return None, next((f for f in fields if f in SECTORS), None)


def make_code(country: str | None, sector: str | None) -> str | None:
    """("RUS", "GOV") → "RUSGOV"; ("UNO", None) → "IGOUNO"; (None, "NGO") → "NGO"."""
    if country == "UNO":
        country = "IGOUNO"
    elif country == "EUR":
        country = "IGOEEU"
    if sector and country and sector == country[:3]:
        sector = None
    code = (country or "") + (sector or "")
    return code or None
