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


def language_name(code: str) -> str:
    for language in LANGUAGES:
        if language.iso_code_639_1.name.lower() == code:
            return language.name.title()
    return code
