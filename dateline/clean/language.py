"""Article language: a cheap English check first, lingua (a few news languages) when in doubt.

Only English articles are coded; the others are stored with their language and a 'not-coded'
status so an analyst sees they exist instead of getting events mis-coded from foreign text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

from dateline.clean.cues import english_stopwords

#: Languages lingua chooses among: English plus the languages news scrapes most often mix in.
LANGUAGES = (
    Language.ENGLISH, Language.SERBIAN, Language.CROATIAN, Language.BOSNIAN, Language.RUSSIAN,
    Language.UKRAINIAN, Language.GERMAN, Language.FRENCH, Language.SPANISH, Language.PORTUGUESE,
    Language.ITALIAN, Language.TURKISH, Language.ARABIC, Language.PERSIAN, Language.CHINESE,
    Language.JAPANESE, Language.KOREAN, Language.INDONESIAN, Language.DUTCH, Language.POLISH,
)
#: Share of English function words above which a text is English without asking lingua.
ENGLISH_STOPWORD_SHARE = 0.25
SAMPLE_CHARS = 2000
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*LANGUAGES).build()


def english_share(text: str) -> float:
    words = _WORD.findall(text.lower())
    if not words:
        return 0.0
    stop = english_stopwords()
    return sum(w in stop for w in words) / len(words)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when it cannot be told."""
    sample = text[:SAMPLE_CHARS]
    if english_share(sample) >= ENGLISH_STOPWORD_SHARE:
        return "en"
    found = detector().detect_language_of(sample)
    return found.iso_code_639_1.name.lower() if found else None


#: A short line is judged foreign only when lingua gives English at most this confidence and no
#: English function word is in it (close languages such as Serbian/Croatian/Bosnian split the rest).
ENGLISH_LINE_CONFIDENCE = 0.05
FOREIGN_LINE_MIN_WORDS = 3  # two-word lines are mostly names ("São Paulo")
FOREIGN_LINE_MAX_WORDS = 12


def is_foreign_line(line: str) -> str | None:
    """ISO code of a short line's language when it is clearly not English (widget labels left in the
    site's language, like "Možda vas zanima"); None otherwise.  Only lines with non-ASCII letters
    are asked, which keeps lingua off almost every line of an English article."""
    words = _WORD.findall(line.lower())
    if not FOREIGN_LINE_MIN_WORDS <= len(words) <= FOREIGN_LINE_MAX_WORDS or line.isascii() or english_share(line) > 0:
        return None
    values = detector().compute_language_confidence_values(line)
    if detector().compute_language_confidence(line, Language.ENGLISH) > ENGLISH_LINE_CONFIDENCE:
        return None
    return values[0].language.iso_code_639_1.name.lower()


def language_name(code: str) -> str:
    for language in LANGUAGES:
        if language.iso_code_639_1.name.lower() == code:
            return language.name.title()
    return code
