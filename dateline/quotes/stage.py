"""The quotes stage: direct quotes from quotation marks, reported statements from the parse, then
one Quote per statement with its speaker resolved, its relay chain and its provenance."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.actors.index import MentionIndex
from dateline.model import Article, Provenance, Quote
from dateline.quotes.candidate import Candidate
from dateline.quotes.direct import attribute_marked
from dateline.quotes.indirect import find_indirect
from dateline.quotes.lexicon import Lexicon, load_lexicon
from dateline.quotes.marks import Marked, find_marked
from dateline.quotes.relay import relay_chain
from dateline.quotes.speaker import Speaker, is_pronoun, resolve

RELAY_CUES = {"report"}
PRONOUN_REACH = 3  # sentences over which "he said" keeps the previous quote's speaker


def find_quotes(article: Article, doc: Doc, ctx=None) -> Article:
    """Add a Quote for every attributed statement; runs after the actors stage so speakers resolve.

    A quote split around its cue keeps its pieces in ``parts`` and their text, joined by a space, in
    ``content``; otherwise ``content`` is exactly ``article.text[content_start:content_end]``."""
    lexicon = load_lexicon()
    marked = find_marked(article.text)
    candidates = reconcile(article.text, attribute_marked(doc, marked, lexicon), find_indirect(doc, lexicon), marked)
    article.quotes.extend(_build(article, doc, candidates, lexicon))
    return article


def reconcile(text: str, direct: list[Candidate], indirect: list[Candidate], marked: list[Marked]
              ) -> list[Candidate]:
    """One candidate per statement: direct quotes win over the parse of their insides; a reported
    clause holding quoted words ("said that “…”", "called it a 'success'") is mixed; statements
    nested in another are dropped."""
    kept_indirect: list[Candidate] = []
    for cand in indirect:
        if any(_within(cand.cue, piece) for m in marked for piece in m.pieces):
            continue  # a cue inside quotation marks belongs to the quoted speaker's own words
        quoted = sum(cand.overlap(*piece) for m in marked for piece in m.pieces)
        if quoted and not _words_outside(text, cand, marked):
            _lend_attribution(cand, direct)
            continue  # the parse of a direct quote's own words: the direct quote stands
        if quoted:
            cand.kind = "mixed"
            _stretch_over_quotes(cand, direct)
        kept_indirect.append(cand)
    kept_indirect = _unwrap_relays(kept_indirect, direct)
    kept_direct = [d for d in direct if not any(_inside(d, c) for c in kept_indirect if c.kind == "mixed")]
    everything = list({tuple(c.parts): c for c in sorted(kept_direct + kept_indirect, key=lambda c: c.confidence)}.values())
    result = [c for c in everything if not any(o is not c and _nested(c, o) for o in everything)]
    return sorted(result, key=lambda c: (c.start, c.end))


def _words_outside(text: str, cand: Candidate, marked: list[Marked]) -> bool:
    """Whether a reported clause has words of its own outside quotation marks."""
    chars = []
    for start, end in cand.parts:
        piece = list(text[start:end])
        for m in marked:
            lo, hi = max(m.outer_start, start), min(m.outer_end, end)
            piece[lo - start:hi - start] = " " * max(0, hi - lo)
        chars.extend(piece)
    return any(c.isalnum() for c in chars)


def _stretch_over_quotes(mixed: Candidate, direct: list[Candidate]) -> None:
    """A reported clause that the parse cut inside a quotation runs on to the quotation's end."""
    if len(mixed.parts) != 1:
        return
    start, end = mixed.parts[0]
    for quote in direct:
        if quote.overlap(start, end) and len(quote.parts) == 1 and quote.start >= start and quote.end > end:
            end = quote.end
    mixed.parts = [(start, end)]


def _lend_attribution(cand: Candidate, direct: list[Candidate]) -> None:
    """A direct quote found without a cue takes the cue and speaker the parse found for its words."""
    for quote in direct:
        if quote.cue is None and cand.overlap(quote.start, quote.end) and cand.speaker is not None:
            quote.cue, quote.speaker = cand.cue, cand.speaker
            quote.inherited_from = None
            quote.rule = f"direct:cue-from-parse:{cand.extras.get('cue_lemma', '')}"
            quote.confidence = max(quote.confidence, 0.7)


def _unwrap_relays(indirect: list[Candidate], direct: list[Candidate]) -> list[Candidate]:
    """"Kim said …, RIA Novosti reported": the outlet relays Kim's statement, it does not make one.
    A reporting cue whose content holds another attribution gives way to it (the relay chain keeps
    the outlet)."""
    others = indirect + direct
    return [c for c in indirect
            if c.extras.get("cue_lemma") not in RELAY_CUES
            or not any(o is not c and o.cue is not None and _within(o.cue, (c.start, c.end)) for o in others)]


def _within(span: tuple[int, int] | None, piece: tuple[int, int]) -> bool:
    return span is not None and piece[0] <= span[0] and span[1] <= piece[1]


def _inside(inner: Candidate, outer: Candidate) -> bool:
    return all(outer.start <= s and e <= outer.end for s, e in inner.parts)


def _nested(cand: Candidate, other: Candidate) -> bool:
    """Whether ``cand`` (cue or content) sits inside ``other``'s content and so is part of it."""
    if cand.cue is not None and any(_within(cand.cue, p) for p in other.parts):
        return True
    return _inside(cand, other) and other.length() > cand.length()


def _build(article: Article, doc: Doc, candidates: list[Candidate], lexicon: Lexicon) -> list[Quote]:
    index = MentionIndex(article)
    quotes: list[Quote] = []
    previous: tuple[Speaker, int] | None = None  # the last quote's resolved speaker and sentence
    for number, cand in enumerate(candidates, 1):
        speaker = None
        sentence = article.sentence_at(cand.cue[0] if cand.cue else cand.start)
        if cand.speaker is not None:
            speaker = resolve(cand.speaker, index, lexicon)
            if is_pronoun(cand.speaker):
                speaker.actor_id = _pronoun_speaker(speaker, previous, sentence, index)
            if speaker.actor_id is not None and cand.extras.get("cue_kind") != "stance":
                previous = (speaker, sentence if sentence is not None else -1)
        quotes.append(_quote(article, doc, cand, speaker, number, lexicon))
    return quotes


def _pronoun_speaker(speaker: Speaker, previous: tuple[Speaker, int] | None, sentence: int | None,
                     index: MentionIndex) -> str | None:
    """"He said" shortly after another quote is that quote's speaker far more often than the last
    person mentioned (reporting alternates quotes of one speaker with narration about others)."""
    if previous is not None and sentence is not None and 0 <= sentence - previous[1] <= PRONOUN_REACH:
        actor = index.actor(previous[0].actor_id)
        if actor is not None and actor.kind == "person":
            return actor.id
    return speaker.actor_id


def _quote(article: Article, doc: Doc, cand: Candidate, speaker: Speaker | None, number: int,
           lexicon: Lexicon) -> Quote:
    text = article.text
    content = " ".join(text[s:e] for s, e in cand.parts)
    anchor_at = cand.cue[0] if cand.cue else cand.start
    sentence = article.sentence_at(anchor_at)
    if sentence is None:
        sentence = article.sentence_at(cand.start) or 0
    bounds = [cand.start, cand.end]
    if cand.cue:
        bounds += list(cand.cue)
    if speaker is not None and cand.inherited_from is None:
        bounds += [speaker.start, speaker.end]
    start, end = min(bounds), max(bounds)
    covered = {i for i in (article.sentence_at(cand.start), article.sentence_at(cand.end - 1), sentence)
               if i is not None}
    return Quote(
        id=f"q{number}",
        kind=cand.kind,
        content=content,
        content_start=cand.start,
        content_end=cand.end,
        parts=cand.parts if len(cand.parts) > 1 else [],
        speaker=speaker.actor_id if speaker else None,
        speaker_text=speaker.text if speaker else "",
        speaker_start=speaker.start if speaker else None,
        speaker_end=speaker.end if speaker else None,
        cue=text[cand.cue[0]:cand.cue[1]] if cand.cue else "",
        cue_start=cand.cue[0] if cand.cue else None,
        cue_end=cand.cue[1] if cand.cue else None,
        anonymous=bool(speaker and speaker.anonymous),
        relay=relay_chain(article, doc, covered, lexicon),
        provenance=Provenance(article_id=article.id, sentence=sentence, start=start, end=end,
                              text=text[start:end], rule=cand.rule, confidence=cand.confidence),
    )
