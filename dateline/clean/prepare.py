"""Turn one RawDocument into an Article: decode, sniff, extract the body, clean, credit, identify.

The Article's ``text`` is the clean text every later offset indexes: kept paragraphs joined by a
blank line (the NLP loader ends a sentence at every paragraph break).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re

from dateline.clean.agencies import load_agencies
from dateline.clean.credits import match_credit
from dateline.clean.decode import decode
from dateline.clean.html import extract_html, looks_like_html
from dateline.clean.language import detect_language, is_foreign_line, language_name
from dateline.clean.lines import CleanResult, classify
from dateline.errors import InputError
from dateline.intake.base import RawDocument
from dateline.model import Article, Credit, RemovedBlock

_WORD = re.compile(r"\w+")
PARAGRAPH_BREAK = "\n\n"
_BY = re.compile(r"^(?:by|written by|words by|author|autor|autorka|piše|pise|reporter|reported by)\s*:?\s+",
                 re.IGNORECASE)


def prepare(raw: RawDocument, published: dt.date | None = None) -> Article:
    """Clean one document; raises InputError with a one-line reason when nothing usable is in it."""
    text, encoding = decode(raw.data, raw.origin)
    if not text.strip():
        raise InputError(f"{raw.origin}: empty input")
    meta = dict(raw.meta)
    fmt = raw.format or ("html" if looks_like_html(text) else "text")
    result = _clean_html(text, meta, raw.origin) if fmt == "html" else _clean_text(text, meta)
    language = detect_language(PARAGRAPH_BREAK.join(result.paragraphs))
    paragraphs = _drop_foreign_lines(result.paragraphs, result.removed) if language == "en" else result.paragraphs
    body = PARAGRAPH_BREAK.join(paragraphs)
    if not body.strip():
        raise InputError(f"{raw.origin}: no article text left after removing page furniture")
    article = Article(
        text=body, input_format=fmt, encoding=encoding, removed=result.removed,
        credits=_unique(result.credits), title=meta.get("title") or result.title,
        url=meta.get("url") or None, byline=meta.get("byline") or None, site=meta.get("site") or None,
        section=meta.get("section") or None, language=language,
    )
    article.source = meta.get("source") or _outlet(article.url) or article.site
    article.published = published or parse_date(meta.get("published"))
    article.content_hash = content_hash(body)
    article.id = str(meta.get("id") or article.content_hash[:16])
    _mark_not_english(article)
    return article


def _clean_html(html: str, meta: dict, origin: str) -> CleanResult:
    """trafilatura's body, page metadata filling what the container did not say, then the line filter."""
    page = extract_html(html, url=meta.get("url"))
    if page is None:
        raise InputError(f"{origin}: no article text found in the HTML page")
    for key in ("title", "byline", "url", "site", "section"):
        meta.setdefault(key, getattr(page, key))
    meta.setdefault("published", page.date)
    result = classify(page.text, title=meta.get("title"), find_body=False)
    byline_credit = match_credit(meta["byline"]) if meta.get("byline") else None
    if byline_credit and not byline_credit.remainder:  # the byline is an agency: "Reuters", "AP"
        result.credits.append(byline_credit.credit)
    return result


def _clean_text(text: str, meta: dict) -> CleanResult:
    result = classify(text, title=meta.get("title"))
    meta.setdefault("byline", _byline(result.removed))
    return result


def content_hash(text: str) -> str:
    """SHA-256 of the lower-cased word sequence: same words, same hash, whatever the spacing."""
    return hashlib.sha256(" ".join(_WORD.findall(text.lower())).encode()).hexdigest()


def parse_date(value) -> dt.date | None:
    """An ISO date (or datetime) string, date or datetime → date; anything else → None."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _outlet(url: str | None) -> str | None:
    agency = load_agencies().by_url(url)
    return agency.name if agency else None


def _unique(credits: list[Credit]) -> list[Credit]:
    seen: set[str] = set()
    return [c for c in credits if not (c.agency in seen or seen.add(c.agency))]


def _byline(removed: list[RemovedBlock]) -> str | None:
    """The first "By Jane Doe" line the cleaner removed, without its "By"."""
    lines = (r.text.split("\n")[0] for r in removed if r.reason == "byline")
    return next((_BY.sub("", line) for line in lines if _BY.match(line)), None)


def _drop_foreign_lines(paragraphs: list[str], removed: list[RemovedBlock]) -> list[str]:
    kept = []
    for paragraph in paragraphs:
        language = is_foreign_line(paragraph)
        if language:
            removed.append(RemovedBlock(text=paragraph, reason="other-language", rule=f"lingua.{language}"))
        else:
            kept.append(paragraph)
    return kept


def _mark_not_english(article: Article) -> None:
    if article.language != "en":
        article.status = "not-coded"
        name = language_name(article.language) if article.language else "an undetected language"
        article.status_reason = f"not English: the article is in {name}; stored with its language, not coded"
        article.warnings.append(f"{article.id}: {article.status_reason}")
