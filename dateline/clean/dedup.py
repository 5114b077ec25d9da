"""Duplicate grouping: exact copies by normalised-content hash, near copies by MinHash LSH.

Syndicated wire stories and updated versions of a page differ by a byline, a paragraph or a
correction; grouping them lets counts say "N articles, M distinct stories".  The group id is the
id of the first article seen in the group.
"""

from __future__ import annotations

import re

from datasketch import MinHash, MinHashLSH

from dateline.model import Article

_WORD = re.compile(r"\w+")
#: Jaccard similarity of word 3-gram sets above which two articles are near-duplicates.
NEAR_DUPLICATE_THRESHOLD = 0.7
NUM_PERM = 64
SHINGLE_WORDS = 3


def minhash(text: str) -> MinHash:
    words = _WORD.findall(text.lower())
    grams = {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    signature = MinHash(num_perm=NUM_PERM)
    signature.update_batch([g.encode() for g in grams])
    return signature


class DuplicateIndex:
    """Assigns each article to a duplicate group as articles arrive (one index per corpus/run)."""

    def __init__(self, threshold: float = NEAR_DUPLICATE_THRESHOLD):
        self._by_hash: dict[str, str] = {}
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._group_of: dict[str, str] = {}

    def assign(self, article: Article) -> str:
        """Set and return ``article.duplicate_group``."""
        group = self._by_hash.get(article.content_hash)
        if group is None:
            signature = minhash(article.text)
            similar = self._lsh.query(signature)  # a set's order: varies with the process's hash seed
            group = self._group_of[min(similar, key=_insertion_order)] if similar else article.id
            key = f"{article.id}#{len(self._group_of)}"
            self._lsh.insert(key, signature)
            self._group_of[key] = group
            self._by_hash[article.content_hash] = group
        article.duplicate_group = group
        return group


def _insertion_order(key: str) -> int:
    """Keys are ``{article id}#{n}``: the earliest similar article names the group, in every process."""
    return int(key.rsplit("#", 1)[1])
