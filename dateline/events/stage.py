"""The events stage: code every sentence, then turn candidates into :class:`Event` records.

Per candidate it adds what the data model promises: CAMEO root/base/description, Goldstein,
QuadClass, the PLOVER type/mode/context, modality (grammar + sentence date + quotes), date and
place from :mod:`dateline.when`, a confidence, the reason (``why``) and provenance.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from dateline.actors.index import MentionIndex
from dateline.clean.cues import sentence_openers
from dateline.events.affiliation import Affiliations
from dateline.events.coder import VISIT_CODES, Candidate, SentenceCoder, names_natural_force
from dateline.events.codes import FUTURE_TYPE, REQUIRES_RECIPIENT, CameoTable, cameo_table
from dateline.events.lexicon import lexicon_for
from dateline.events.modality import grammar_of
from dateline.events.no_act import NoActCheck
from dateline.events.senses import SenseCheck, sector_of, violent_code
from dateline.events.wordlists import partner_acts, private_parties
from dateline.model import Actor, Article, Event, Modality, Place, Provenance, Quote, TimeRef, Why
from dateline.nlp.breaks import run_in_heading
from dateline.when import date_ahead, date_for_sentence, dateline_spans, is_historical, place_for_sentence

#: Confidence by how much context the pattern demanded.
_CONFIDENCE = {("own", False): 0.85, ("own", True): 0.75, ("petrarch", False): 0.7, ("petrarch", True): 0.6}
#: Dependencies that put a trigger in a side clause of its sentence: a purpose or manner clause
#: ("staged demonstrations TO DEMAND reforms", "rioted, SETTING fire"), a relative or participle
#: clause, an infinitive complement.  A complement of a reporting verb (ccomp) is not one: "X said
#: rebels attacked" reports the attack as the news.
SIDE_CLAUSE_DEPS = {"advcl", "xcomp", "acl", "relcl", "pcomp", "csubj", "csubjpass"}
#: Prepositions that place a nominal trigger in the background of the main act ("after the attack").
BACKGROUND_PREPS = {"after", "following", "before", "since", "amid", "during", "despite"}
#: Each level of embedding lowers the confidence by this factor (so the main act ranks first).
_SIDE_CLAUSE_FACTOR = 0.85
#: Factors for an unnamed actor: an act needs its actor more than its recipient (PLOVER types
#: like PROTEST or MOBILIZE need no recipient at all).
_NO_SOURCE_FACTOR, _NO_TARGET_FACTOR = 0.8, 0.9
#: An interview's speaker label at the start of a sentence ("VOA: Putin visited China", "Armitage:
#: I'm concerned"): one to three capitalised words and a colon before a capitalised word or a quote.
_SPEAKER_LABEL = re.compile(r"(?:^|(?<=[.?!\"”’] ))[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2}:(?= [A-Z\"“])", re.MULTILINE)


def token_actor_lookup(index: MentionIndex, excluded: list[tuple[int, int]] = ()):
    """``token → actor id`` through the article's mentions (memoised per token); tokens inside the
    ``excluded`` character spans (a dateline) name no party of an event."""
    memo: dict[int, str | None] = {}

    def actor_of(token: Token) -> str | None:
        if token.i not in memo:
            inside = any(start <= token.idx < end for start, end in excluded)
            mention = None if inside else index.mention_covering(token.idx, token.idx + len(token.text))
            memo[token.i] = mention.actor_id if mention else None
        return memo[token.i]

    return actor_of


def group_members(index: MentionIndex):
    """A group actor ("the two countries") stands for its members."""

    def members_of(actor_id: str) -> list[str]:
        actor = index.actor(actor_id)
        return list(getattr(actor, "members", None) or [actor_id])

    return members_of


#: Sectors of a state's own organs: they act for the state (an act between them and the state
#: itself has one side only, and a material act of theirs is not done to their own state).
STATE_ORGANS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}
#: CAMEO protests (14): a city or region they happen in is their place, not the party protested against
#: (a country keeps CAMEO's reading: "demonstrated in Serbia" is against Serbia).
PROTEST_ROOT = "14"
#: Object pronouns that name a party ("it" and "them" may be things: "condemning THEM", the reports;
#: "you" is often anyone) and the prepositions whose object is the party an act is done to or with.
PERSONAL_OBJECTS = {"me", "us", "him", "her"}
OBJECT_PREPS = {"to", "for", "with", "against"}
RECIPIENT_PREPS = {"to", "for"}


def code_events(article: Article, doc: Doc, ctx) -> Article:
    """Pipeline stage: append one Event per (source, target, code) and sentence."""
    if not article.mentions or not article.sentences:
        return article
    lexicon = lexicon_for(ctx)
    index = MentionIndex(article)
    unparties = dateline_spans(article.text) + speaker_labels(article.text)
    coder = SentenceCoder(lexicon, token_actor_lookup(index, unparties), members_of=group_members(index),
                          country_of=lambda a: (index.actor(a).country if index.actor(a) else None) or a,
                          natural_force=lambda a: index.actor(a) is not None and names_natural_force(index.actor(a).name.lower().split()),
                          news_outlet=lambda a: index.actor(a) is not None and (index.actor(a).code or "").endswith("MED"),
                          is_state=lambda a: index.actor(a) is not None and index.actor(a).kind == "country",
                          state_organ=lambda a: _state_organ(index.actor(a)), is_place=lambda a: _city(index.actor(a)))
    table = cameo_table()
    affiliations = Affiliations(article, doc, index)
    senses = SenseCheck(doc, index.actor, as_state=lambda actor_id, sent: _named_as_country(index, sent, actor_id))
    no_act = NoActCheck(index.actor, senses.rules)
    keep_one_sided = bool(ctx.options.get("one_sided", False))
    for sent_index, sent in enumerate(doc.sents):
        if sent_index >= len(article.sentences) or not index.mentions_in(sent.start_char, sent.end_char):
            continue
        if sent.text.rstrip().rstrip("\"”'’)").endswith("?"):
            continue  # a question asks whether something happened; it does not report it
        if _run_in_heading(sent):
            continue  # a section heading ("Chinese demand") names a topic; it reports no act
        seen: set[tuple] = set()
        when_where = None
        for candidate in coder.code(sent):
            if no_act.states_no_act(candidate.trigger):
                continue  # "asked whether", "released its figures"
            if any(_nobody(index.actor(a)) for a in (candidate.source, candidate.target)):
                continue  # "no passengers were killed"
            if violent_code(candidate.code) and senses.victim_as_attacker(
                    candidate.code, candidate.source, _pronoun_only(index, sent, candidate.source)):
                _victim_not_doer(candidate)  # "They shot and killed people", said a passenger; "THEY were found killed"
            if candidate.target is None and senses.victim_in_headline(candidate.trigger, candidate.code, candidate.source):
                _victim_not_doer(candidate)  # "Civilians killed and buildings collapse"
            if candidate.code in VISIT_CODES and (no_act.facility(candidate.target if candidate.code == "042" else candidate.source)
                                                  or no_act.visits_a_place(candidate.trigger)):
                if candidate.code == "043":
                    continue  # a hospital hosts no visit
                candidate.target, candidate.target_path = None, ""  # "a trip to Walter Reed hospital"
            guest, host = (candidate.source, candidate.target) if candidate.code == "042" else (candidate.target, candidate.source)
            if candidate.code in VISIT_CODES and _private_people(index.actor(guest)) and not _country(index.actor(host)):
                continue  # "5.6 million PEOPLE visited Shanghai Disneyland": sightseeing, no party's visit or host
            if candidate.code == "043" and _city(index.actor(candidate.source)):
                continue  # "his annual visit to BETHLEHEM": a town is visited, it hosts nobody
            if _state_and_its_organ(index.actor(candidate.source), index.actor(candidate.target)) and all(
                    _named_as_country(index, sent, a) for a in (candidate.source, candidate.target)
                    if index.actor(a).kind == "country"):
                candidate.target, candidate.target_path = None, ""  # "Tripoli refused ... Libya": one side, no target
            if candidate.code.startswith(PROTEST_ROOT) and (_city(index.actor(candidate.target)) or (
                    candidate.target_path.startswith("prep:in>") and not _country(index.actor(candidate.target)))):
                candidate.target, candidate.target_path = None, ""  # "marched IN KHARTOUM", "went on strike IN hospitals"
            if candidate.code.startswith(PROTEST_ROOT) and candidate.trigger.pos_ == "NOUN" \
                    and candidate.source_path == "poss" and _country(index.actor(candidate.source)):
                candidate.source, candidate.source_path = None, ""  # "RUSSIA's largest protests": where, not who
            if violent_code(candidate.code) and _town(index.actor(candidate.source)) and (
                    "prep:in>" in candidate.source_path or candidate.source_path.startswith("relcl<")):
                candidate.source, candidate.source_path = None, ""  # "the shootings in SOUSSE, WHICH killed 30"
            code = senses.code_for(candidate.trigger, candidate.code, sent, candidate.source, candidate.target,
                                   candidate.matched or [])
            if code is None:
                continue  # a sports result, an election race
            if code != candidate.code:
                candidate.sense = f"{senses.reason} ('{candidate.trigger.lemma_}' {candidate.code} → {code})"
                candidate.code = code
            if senses.fights_alongside(candidate.code, candidate.source, candidate.target, candidate.target_path):
                candidate.target, candidate.target_path = None, ""  # "arrested for fighting WITH the Taliban"
            if not keep_one_sided and _party_missing(candidate, index, sent):
                continue  # "Maroney supports her" with "her" unresolved: whom is the news
            if candidate.source is None and candidate.target is None:
                continue  # "They were later found killed", "they" unresolved: an event needs an actor
            key = (candidate.source, candidate.target, candidate.code)
            if key in seen:
                continue
            if when_where is None:  # one date and place per sentence, looked up only when needed
                when_where = (date_for_sentence(article, sent_index), place_for_sentence(article, doc, sent_index))
            event = build_event(article, sent, sent_index, candidate, index, table, len(article.events), *when_where,
                                affiliations=affiliations)
            if event is not None:
                seen.add(key)
                article.events.append(event)
    return article


def speaker_labels(text: str) -> list[tuple[int, int]]:
    """Spans of interview speaker labels: who speaks the sentence, never a party of its acts."""
    return [m.span() for m in _SPEAKER_LABEL.finditer(text)]


def _party_missing(candidate: Candidate, index: MentionIndex, sent: Span) -> bool:
    """Whether the act's other party is named but was not found — by a pronoun the resolver could
    not follow ("Maroney supports HER") — or the act needs one (``partner_acts.tsv``: "provided
    assistance to the HNP") that the coder did not find.  Cooperation among several actors named
    together ("the two countries cooperate") or within one body has its parties on one side."""
    if candidate.target is not None:
        return False
    if _private_party(index.actor(candidate.source)) and not violent_code(candidate.code) \
            and not candidate.code.startswith(tuple(private_parties()["own-act"])):
        return True  # "COMPANIES complain", "RESIDENTS supported": a private party's act on no one
    objects = _objects_of(candidate.trigger)
    if any(o.lower_ in PERSONAL_OBJECTS for o in objects) and not violent_code(candidate.code):
        return True  # "they shot him" still reports a shooting; "supports her" reports nothing without her
    prefixes = [p for p in partner_acts() if candidate.code.startswith(p)]
    kind = partner_acts()[max(prefixes, key=len)] if prefixes else "alone"
    if kind == "recipient":
        return bool(_recipients_named(candidate.trigger))
    return kind == "partner" or kind == "reciprocal" and not _several(candidate, index, sent)


def _objects_of(trigger: Token) -> list[Token]:
    """The trigger's object and the objects of its "to"/"for"/"with"/"against" phrases: where the
    party an act is done to or with is named ("banned HER", "cooperated WITH THE GARDAI")."""
    return _named_in(trigger, ("dobj", "dative"), OBJECT_PREPS)


def _recipients_named(trigger: Token) -> list[Token]:
    """Who a gift is given to, as named: a dative, or the object of a "to"/"for" phrase of the
    trigger or of its object ("provides ASSISTANCE TO Russian nationals")."""
    gifts = [c for c in trigger.children if c.dep_ in ("dobj", "obj")]
    return _named_in(trigger, ("dative",), RECIPIENT_PREPS) + [
        o for gift in gifts for o in _named_in(gift, (), RECIPIENT_PREPS)]


def _named_in(head: Token, deps: tuple[str, ...], preps) -> list[Token]:
    """The children of ``head`` with one of ``deps`` and the objects of its ``preps`` phrases."""
    return [c for c in head.children if c.dep_ in deps] + [
        o for p in head.children if p.dep_ == "prep" and p.lower_ in preps for o in p.children if o.dep_ == "pobj"]


def _several(candidate: Candidate, index: MentionIndex, sent: Span) -> bool:
    """Whether the source names several actors: a group of them, a dyad, a plural noun, or a state
    body (a government, a parliament)."""
    source = index.actor(candidate.source)
    if len(candidate.source_group) > 1 or getattr(source, "members", None):
        return True
    if source is not None and source.kind == "organisation" and _state_organ(source):
        return True
    mentions = [m for m in index.mentions_in(sent.start_char, sent.end_char) if m.actor_id == candidate.source]
    spans = (sent.doc.char_span(m.provenance.start, m.provenance.end, alignment_mode="expand") for m in mentions)
    return any(span is not None and span.root.tag_ in ("NNS", "NNPS") for span in spans)


def _run_in_heading(sent: Span) -> bool:
    """Whether the sentence is a section heading that a flattened page ran into the next one."""
    doc = sent.doc
    return sent.end < len(doc) and doc[sent.end].text in sentence_openers() and run_in_heading(doc[sent.end])


def _pronoun_only(index: MentionIndex, sent: Span, actor_id: str | None) -> bool:
    """Whether the actor is named in the sentence by pronouns only."""
    kinds = {m.kind for m in index.mentions_in(sent.start_char, sent.end_char) if m.actor_id == actor_id}
    return bool(kinds) and kinds <= {"pronoun"}


def _state_and_its_organ(source: Actor | None, target: Actor | None) -> bool:
    """Whether one party is a state and the other an organ of that same state (its government, army
    or police): "Government of Libya → Libya", "France → Government of France" are misreadings, the
    parser's or the resolver's, of an act with one side.  A person stays a party: a politician may
    call on his own country ("Trump called on the United States to attack ...")."""
    if source is None or target is None or source.country is None or source.country != target.country:
        return False
    state, other = (source, target) if source.kind == "country" else (target, source)
    return state.kind == "country" and other.kind not in ("country", "person") and _state_organ(other)


def _state_organ(actor: Actor | None) -> bool:
    """Whether an actor acts for its state: its government, army, police or an official."""
    return actor is not None and sector_of(actor) in STATE_ORGANS


def _named_as_country(index: MentionIndex, sent: Span, actor_id: str) -> bool:
    """Whether the sentence names the actor by its country name only ("Libya", "The PHILIPPINES
    protested"), not as its people ("Young ALGERIANS blocked roads", "thousands of SERBIANS protested":
    the people act, and their government is a party)."""
    kinds = {m.kind for m in index.mentions_in(sent.start_char, sent.end_char) if m.actor_id == actor_id}
    return bool(kinds) and kinds <= {"country"}


def _city(actor: Actor | None) -> bool:
    """A place that is no country (a city, a region): the actors stage gives places the kind "other"."""
    return actor is not None and actor.kind == "other"


def _town(actor: Actor | None) -> bool:
    """A place that names no government ("Sousse", not a capital coded as its government)."""
    return _city(actor) and not (actor.code or "").endswith(("GOV", "MIL"))


def _victim_not_doer(candidate: Candidate) -> None:
    """The party read as the doer of a harm was hit by it: it is the target when no other was found,
    and the act keeps no doer."""
    if candidate.target is None:
        candidate.target, candidate.target_path = candidate.source, candidate.source_path
    candidate.source, candidate.source_path = None, ""


def _private_party(actor: Actor | None) -> bool:
    """A party of no public office (``private_parties.tsv``): civilians, a company, the media."""
    return actor is not None and actor.kind != "other" and sector_of(actor) in private_parties()["sector"]


def _private_people(actor: Actor | None) -> bool:
    """People of no office (civilians; not a place, whose sector is its people's)."""
    return actor is not None and actor.kind != "other" and sector_of(actor) == "CVL"


def _country(actor: Actor | None) -> bool:
    return actor is not None and actor.kind == "country"


def _nobody(actor: Actor | None) -> bool:
    """An actor named as nobody: "NO passengers were killed", "NONE of the soldiers"."""
    return actor is not None and actor.name.lower().split()[:1] in (["no"], ["none"])


def build_event(article: Article, sent: Span, sent_index: int, cand: Candidate, index: MentionIndex,
                table: CameoTable, number: int, date: TimeRef | None, place: Place | None,
                affiliations: Affiliations | None = None) -> Event | None:
    code = cand.code
    plover = (cand.pattern.plover and cand.pattern.code == code and cand.pattern.plover) or None
    entry = table.plover_of(code)
    if plover is None and entry is not None:
        plover = (entry.type, entry.mode, entry.context)
    if plover is None or not table.description(code):
        return None  # CAMEO statement codes (010 ...) are not PLOVER events
    ptype, pmode, pcontext = plover
    grammar = grammar_of(cand.trigger, cand.matched or ())
    modality = Modality(negated=grammar.negated, future=grammar.future, hypothetical=grammar.hypothetical)
    if modality.hypothetical and cand.source is None:
        return None  # "children can still be kidnapped", "could be appealed": a possibility nobody is said to act on
    notes = [f"cue: {c}" for c in grammar.cues]
    if date is not None and modality.future:
        date = date_ahead(date, article)  # "will visit in September": the coming September
    if date is not None and is_historical(date, article) and not modality.future:
        modality.historical = True
        notes.append(f"historical: {date.text or date.start}")
    quote = _quote_around(article.quotes, cand.trigger.idx)
    if quote is not None:
        modality.reported = True
        notes.append(f"in quote {quote.id}")
    modality.plover_mode = next((name for name, on in (("negated", modality.negated), ("hypothetical", modality.hypothetical),
                                                        ("future", modality.future), ("historical", modality.historical))
                                 if on), "")
    if (modality.future or modality.hypothetical) and not modality.negated and ptype in FUTURE_TYPE:
        # a promise to cooperate is AGREE; "will no longer recognize X" promises nothing
        notes.append(f"PLOVER: future {ptype} coded as {FUTURE_TYPE[ptype]}")
        ptype, pmode = FUTURE_TYPE[ptype], ""
    if cand.sense:
        notes.append(cand.sense)
    if cand.paired_from:
        notes.append(f"paired with {cand.paired_from}")
    source, target = index.actor(cand.source), index.actor(cand.target)
    clause = _clause(cand.trigger, sent)
    words = " ".join(t.text for t in sorted(set(cand.matched), key=lambda t: t.i))
    if words != cand.trigger.text:
        notes.append(f"pattern words: {words}")
    confidence = _CONFIDENCE[(cand.pattern.source, cand.pattern.default or not cand.pattern.after)]
    confidence *= _SIDE_CLAUSE_FACTOR ** side_clause_depth(_governor(cand.matched or [cand.trigger]), sent)
    if source is None:
        confidence *= _NO_SOURCE_FACTOR
    if target is None:
        confidence *= _NO_TARGET_FACTOR ** (2 if ptype in REQUIRES_RECIPIENT else 1)
    return Event(
        id=f"{article.id or 'article'}-ev{number}",
        source=cand.source, target=cand.target,
        source_group=cand.source_group if len(cand.source_group) > 1 else [],
        target_group=cand.target_group if len(cand.target_group) > 1 else [],
        source_code=_actor_code(source, "source", affiliations, notes),
        target_code=_actor_code(target, "target", affiliations, notes),
        code=code, root=code[:2], base=table.base(code), description=table.description(code),
        goldstein=table.goldstein_of(code), quad_class=table.quad_class(code),
        plover_type=ptype, plover_mode=pmode, plover_context=list(pcontext),
        modality=modality, date=date, place=place,
        reported_by=quote.speaker if quote else None, quote_id=quote.id if quote else None,
        confidence=round(confidence, 3),
        why=Why(pattern=cand.pattern.id, trigger=cand.trigger.text,  # a path only where it found an actor
                source_path=cand.source_path if cand.source else "",
                target_path=cand.target_path if cand.target else "", notes=notes),
        provenance=Provenance(article_id=article.id, sentence=sent_index, start=clause[0], end=clause[1],
                              text=article.text[clause[0]:clause[1]], rule=cand.pattern.id,
                              confidence=round(confidence, 3)),
    )


def _actor_code(actor: Actor | None, role: str, affiliations: Affiliations | None, notes: list[str]) -> str | None:
    """The actor's CAMEO code; for an actor without a country, prefixed with the country the article
    gives it (see :mod:`dateline.events.affiliation`), noted in ``why``."""
    if actor is None:
        return None
    found = affiliations.of(actor) if affiliations is not None else None
    if found is None:
        return actor.code or actor.country
    notes.append(f"{role} country {found.country}: {found.reason}")
    return affiliations.code_of(actor)


def side_clause_depth(trigger: Token, sent: Span, cap: int = 2) -> int:
    """How many side clauses (or background phrases) lie between the trigger and the sentence's
    main clause; the main act of a sentence has depth 0."""
    depth, node = 0, trigger
    while node.head.i != node.i and node.head.i >= sent.start and depth < cap:
        if node.dep_ in SIDE_CLAUSE_DEPS or (node.dep_ == "pobj" and node.head.lower_ in BACKGROUND_PREPS):
            depth += 1
        node = node.head
    return depth


def _governor(tokens: list[Token]) -> Token:
    """The pattern word highest in the parse: "REFUSED to deploy" is as main as "refused"."""
    return next((t for t in tokens if not any(o.i != t.i and o.is_ancestor(t) for o in tokens)), tokens[0])


def _clause(trigger: Token, sent: Span) -> tuple[int, int]:
    """Character span of the clause headed by the trigger's nearest verb (within the sentence)."""
    node = trigger
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i and node.head.i >= sent.start:
        node = node.head
    left, right = max(node.left_edge.i, sent.start), min(node.right_edge.i, sent.end - 1)
    doc = trigger.doc
    return doc[left].idx, doc[right].idx + len(doc[right].text)


def _quote_around(quotes: list[Quote], offset: int) -> Quote | None:
    pieces = sorted(((s, e, q) for q in quotes for s, e in (q.parts or [(q.content_start, q.content_end)])),
                    key=lambda p: p[1] - p[0])
    return next((q for s, e, q in pieces if s <= offset < e), None)
