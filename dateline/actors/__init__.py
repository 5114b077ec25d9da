"""Actors stage: who is who — mentions, coreference, roles, canonical identities and CAMEO codes.

``find_actors`` fills ``article.mentions`` (every stretch of text that names or points at an actor,
with exact offsets, so events and quotes can map tokens to actors through
:class:`~dateline.actors.index.MentionIndex`) and ``article.actors``.  Resources (lexicon, phrase
matcher, knowledge base) load once per process / run; the knowledge base lives in
``ctx.cache["kb"]`` and persists to ``ctx.options["kb_path"]`` when that is set.

Learning from the corpus (a role stated in one article resolving bare names in later ones) is opt-in
with ``options["learn"] = True``: what an article resolves to would otherwise depend on which
articles the same process coded before it, and a local run, a 2-worker run and a Dask run of the
same input must give the same records.
"""

from __future__ import annotations

import atexit
import time
from pathlib import Path

from dateline.actors.coref import ActorBuilder
from dateline.actors.kb import KnowledgeBase, knowledge_base
from dateline.actors.lexicon import load_lexicon
from dateline.actors.matchers import fixed_names, load_agencies, phrase_matcher
from dateline.actors.mentions import MentionFinder

#: seconds between writes of a learning knowledge base; the last write happens at exit.
SAVE_EVERY = 30.0


def find_actors(article, doc, ctx):
    lex = load_lexicon()
    kb = knowledge_base(ctx)
    agencies = ctx.cache.get("agencies")
    if agencies is None:
        agencies = ctx.cache["agencies"] = load_agencies()
    matcher = phrase_matcher(ctx.nlp, lex, kb, agencies)
    candidates = MentionFinder(doc, lex, fixed_names(doc, matcher), kb, article.id).run()
    builder = ActorBuilder(article, doc, lex, kb, agencies)
    builder.build(candidates)
    article.actors = builder.actors
    article.mentions = builder.mentions
    if ctx.options.get("learn", False):
        builder.learn()
        _persist(kb, ctx)
    return article


def save_knowledge(ctx) -> None:
    """Write what the run learned to ``ctx.options["kb_path"]`` now (callers that end a run early)."""
    kb = ctx.cache.get("kb")
    path = ctx.options.get("kb_path")
    if kb is not None and path and kb.dirty:
        kb.save(Path(path))


def _persist(kb: KnowledgeBase, ctx) -> None:
    path = ctx.options.get("kb_path")
    if not path or not kb.dirty:
        return
    last = ctx.cache.get("kb_saved_at", 0.0)
    if time.monotonic() - last >= SAVE_EVERY:
        kb.save(Path(path))
        ctx.cache["kb_saved_at"] = time.monotonic()
    if not ctx.cache.get("kb_atexit"):
        atexit.register(lambda: kb.dirty and kb.save(Path(path)))
        ctx.cache["kb_atexit"] = True
