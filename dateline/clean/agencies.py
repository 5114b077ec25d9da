"""The news agencies and outlets data file, loaded once, with the lookups cleaning needs.

Credits and relays are only recognised against this list, so an unknown name is never invented into
an agency; extending coverage is a data edit in ``dateline/data/agencies/agencies.json``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Agency:
    id: str
    name: str
    kind: str
    country: str
    aliases: tuple[str, ...]
    domains: tuple[str, ...]


class Agencies:
    """Alias and domain lookups over the agencies data file."""

    def __init__(self, agencies: list[Agency]):
        self.by_id = {a.id: a for a in agencies}
        self._by_alias = {alias: a for a in agencies for alias in a.aliases}
        self._by_domain = {d: a for a in agencies for d in a.domains}
        # longest alias first so "RIA Novosti" wins over "RIA"
        alternatives = sorted(self._by_alias, key=len, reverse=True)
        self.alias_pattern = "(?:" + "|".join(re.escape(a) for a in alternatives) + ")"

    def by_alias(self, alias: str) -> Agency | None:
        return self._by_alias.get(alias)

    def by_url(self, url: str | None) -> Agency | None:
        """The outlet whose domain (or a parent domain) hosts ``url``."""
        if not url:
            return None
        host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
        parts = host.split(".")
        for i in range(len(parts) - 1):
            found = self._by_domain.get(".".join(parts[i:]))
            if found:
                return found
        return None


@lru_cache(maxsize=1)
def load_agencies() -> Agencies:
    raw = json.loads(resources.files("dateline").joinpath("data/agencies/agencies.json").read_text("utf-8"))
    return Agencies([
        Agency(id=a["id"], name=a["name"], kind=a["kind"], country=a["country"],
               aliases=tuple(a["aliases"]), domains=tuple(a.get("domains", ())))
        for a in raw["agencies"]
    ])
