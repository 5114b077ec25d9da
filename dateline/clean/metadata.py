"""Page metadata from ``<meta>`` tags, JSON-LD and the URL, read with regular expressions.

A full metadata pass (trafilatura's, with htmldate) costs as much as extracting the body; news
pages state title, author, date, site and section in a handful of standard tags, which these
patterns read at a fraction of the cost.  First non-empty source wins, in the order listed.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from dataclasses import dataclass

_META = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_JSON_LD = re.compile(r"""<script[^>]+application/ld\+json[^>]*>(.*?)</script>""", re.IGNORECASE | re.DOTALL)
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:/|$|-)")
_BY = re.compile(r"^by\s+", re.IGNORECASE)
_HEAD_CHARS = 300_000

#: meta name/property → field, in order of preference.
META_KEYS = {
    "title": ("og:title", "twitter:title", "dc.title", "title"),
    "byline": ("author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author"),
    "date": ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
             "publish-date", "dc.date", "dc.date.issued", "date", "parsely-pub-date", "sailthru.date"),
    "site": ("og:site_name", "application-name", "publisher"),
    "section": ("article:section", "section", "parsely-section", "category"),
}
NEWS_TYPES = {"newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle", "webpage"}


@dataclass
class PageMeta:
    title: str | None = None
    byline: str | None = None
    date: str | None = None
    site: str | None = None
    section: str | None = None


def read_metadata(page: str, url: str | None = None) -> PageMeta:
    head = page[:_HEAD_CHARS]
    found = PageMeta()
    _from_json_ld(head, found)
    tags = _meta_tags(head)
    for field, keys in META_KEYS.items():
        if getattr(found, field) is None:
            setattr(found, field, next((tags[k] for k in keys if tags.get(k)), None))
    if found.title is None:
        title = _TITLE.search(head)
        found.title = _clean(title.group(1)) if title else None
    if found.byline:
        found.byline = _BY.sub("", found.byline) or None
    if found.date is None and url:
        in_url = _URL_DATE.search(url)
        found.date = "-".join(in_url.groups()) if in_url else None
    return found


def _meta_tags(head: str) -> dict[str, str]:
    tags: dict[str, str] = {}
    for tag in _META.findall(head):
        attrs = {m.group(1).lower(): next(g for g in m.groups()[1:] if g is not None) for m in _ATTR.finditer(tag)}
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        value = _clean(attrs.get("content", ""))
        if key and value:
            tags.setdefault(key, value)
    return tags


def _from_json_ld(head: str, found: PageMeta) -> None:
    for block in _JSON_LD.findall(head):
        try:
            data = json.loads(block.strip())
        except ValueError:
            continue
        for item in _items(data):
            kind = item.get("@type")
            kinds = {k.lower() for k in (kind if isinstance(kind, list) else [kind]) if isinstance(k, str)}
            if not kinds & NEWS_TYPES:
                continue
            found.title = found.title or _text(item.get("headline"))
            found.byline = found.byline or _name(item.get("author"))
            found.date = found.date or _text(item.get("datePublished"))
            found.site = found.site or _name(item.get("publisher"))
            found.section = found.section or _text(item.get("articleSection"))


def _items(data) -> list[dict]:
    if isinstance(data, list):
        return [i for d in data for i in _items(d)]
    if isinstance(data, dict):
        return [data, *(_items(data["@graph"]) if "@graph" in data else [])]
    return []


def _name(value) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return ", ".join(names) if names else None
    if isinstance(value, dict):
        return _text(value.get("name"))
    return _text(value)


def _text(value) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    return _clean(value) if isinstance(value, str) and value.strip() else None


def _clean(value: str) -> str:
    return " ".join(html_lib.unescape(value).split())
