"""The one typed data model every stage of dateline reads and writes.

An :class:`Article` is the unit that flows through the pipeline.  Intake fills its metadata and
raw text, cleaning fills ``text`` (the *clean text*), ``removed`` and ``credits``; the NLP stage fills
``sentences``; later stages append actors, mentions, dates, events and quotes.  Every record that
states something about the text carries a :class:`Provenance`: where in the clean text the evidence
is (character offsets and sentence index), what the evidence says, which rule / lexicon entry /
model decided it, and how sure it is.  Offsets always index ``Article.text``.

The containers are pydantic models so that JSON (de)serialisation and the JSON Schema in
``docs/schema/article.schema.json`` come from one definition.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"


class Record(BaseModel):
    """Base for every container: unknown fields are errors, so typos in producers fail loudly."""

    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Provenance(Record):
    """Where a record comes from and who decided it."""

    article_id: str = ""
    sentence: int | None = Field(None, description="Index into Article.sentences, None for article-level facts")
    start: int = Field(0, description="Start character offset into Article.text")
    end: int = Field(0, description="End character offset (exclusive) into Article.text")
    text: str = Field("", description="The evidence: Article.text[start:end]")
    rule: str = Field("", description="Id of the rule, lexicon entry or model that produced the record")
    confidence: float = 1.0


class Sentence(Record):
    index: int
    start: int
    end: int
    text: str


class RemovedBlock(Record):
    """A block of the raw input that cleaning dropped, kept so nothing is lost silently."""

    text: str
    reason: str = Field(description="Why it was removed, e.g. 'navigation', 'counter', 'repeated-headline'")
    line: int | None = Field(None, description="Line number in the raw input (plain-text path)")
    rule: str = ""


class Credit(Record):
    """A news agency or outlet credited for the page (wire credit) or relayed in the text."""

    agency: str = Field(description="Canonical agency id from the agencies data file, e.g. 'TASS'")
    name: str = Field(description="Display name, e.g. 'TASS'")
    alias: str = Field("", description="The form seen in the text, e.g. 'Russian Tas'")
    kind: Literal["wire", "relay", "byline", "outlet"] = "relay"
    sentences: list[int] = Field(default_factory=list, description="Sentence indexes the credit covers")
    provenance: Provenance | None = None


class Role(Record):
    title: str = Field(description="e.g. 'Foreign Minister', 'President', 'Kremlin spokesman'")
    country: str | None = Field(None, description="ISO 3166-1 alpha-3 / CAMEO country code of the affiliation")
    sector: str | None = Field(None, description="CAMEO sector code, e.g. GOV, MIL, MED")
    organisation: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    provenance: Provenance | None = None


class Actor(Record):
    """One real-world entity as resolved within an article (and, via ``kb_id``, across articles)."""

    id: str
    name: str = Field(description="Canonical name, the fullest form seen or the knowledge-base name")
    kind: Literal["person", "organisation", "country", "group", "other"] = "other"
    country: str | None = Field(None, description="ISO alpha-3 / CAMEO country code")
    sector: str | None = None
    code: str | None = Field(None, description="CAMEO actor code, e.g. RUSGOV, PRKMIL, IGO, USAMED")
    roles: list[Role] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list)
    mentions: list[str] = Field(default_factory=list, description="Ids of the Mention records of this actor")
    kb_id: str | None = None
    anonymous: bool = False
    members: list[str] = Field(default_factory=list, description="Actor ids of a dyad or group ('the two countries')")
    provenance: Provenance | None = None


MentionKind = Literal["name", "title-name", "surname", "pronoun", "nominal", "metonym", "country", "demonym", "agency"]


class Mention(Record):
    id: str
    actor_id: str | None = None
    text: str
    kind: MentionKind = "name"
    ner_label: str | None = None
    provenance: Provenance


class TimeRef(Record):
    """A time expression and what it resolves to."""

    text: str = ""
    start: dt.date | None = None
    end: dt.date | None = None
    precision: Literal["day", "month", "year", "range", "unknown"] = "unknown"
    relative: bool = False
    resolved: bool = False
    source: Literal["sentence", "article-date", "none"] = "sentence"
    provenance: Provenance | None = None


class Place(Record):
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    source: Literal["sentence", "dateline", "article"] = "sentence"
    reason: str = ""
    provenance: Provenance | None = None


class Modality(Record):
    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    historical: bool = False
    reported: bool = False
    plover_mode: str = Field("", description="PLOVER auxiliary mode: '', negated, future, hypothetical, ...")


class Why(Record):
    """Why an event was coded: the pattern, the trigger tokens and the argument paths used."""

    pattern: str
    trigger: str
    source_path: str = ""
    target_path: str = ""
    notes: list[str] = Field(default_factory=list)


class Event(Record):
    id: str
    source: str | None = Field(None, description="Actor id of the acting actor")
    target: str | None = Field(None, description="Actor id of the acted-on actor")
    source_group: list[str] = Field(default_factory=list, description="All actor ids of a compound source")
    target_group: list[str] = Field(default_factory=list)
    source_code: str | None = None
    target_code: str | None = None
    code: str = Field(description="Full CAMEO event code, e.g. '042'")
    root: str = ""
    base: str = ""
    description: str = ""
    goldstein: float | None = None
    quad_class: int | None = Field(None, description="1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict")
    plover_type: str | None = None
    plover_mode: str = ""
    plover_context: list[str] = Field(default_factory=list)
    modality: Modality = Field(default_factory=Modality)
    date: TimeRef | None = None
    place: Place | None = None
    reported_by: str | None = Field(None, description="Actor id of the speaker when the event is stated in a quote")
    quote_id: str | None = None
    confidence: float = 1.0
    why: Why
    provenance: Provenance


class Quote(Record):
    id: str
    kind: Literal["direct", "indirect", "mixed"] = "direct"
    content: str
    content_start: int
    content_end: int
    parts: list[tuple[int, int]] = Field(
        default_factory=list,
        description="(start, end) offsets of each piece when the content is split around its cue; empty when contiguous")
    speaker: str | None = Field(None, description="Actor id of the speaker")
    speaker_text: str = ""
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str = ""
    cue_start: int | None = None
    cue_end: int | None = None
    anonymous: bool = False
    relay: list[str] = Field(default_factory=list, description="Agency ids that relayed the statement, innermost first; the wire credit last")
    events: list[str] = Field(default_factory=list, description="Ids of events the quote states")
    provenance: Provenance


Status = Literal["coded", "not-coded", "empty", "error"]


class Article(Record):
    id: str = ""
    url: str | None = None
    title: str | None = None
    byline: str | None = None
    published: dt.date | None = None
    site: str | None = None
    section: str | None = None
    source: str | None = Field(None, description="Outlet that published the page (e.g. 'VOA')")
    input_format: str = ""
    encoding: str | None = None
    language: str | None = None
    status: Status = "coded"
    status_reason: str = ""
    content_hash: str = ""
    duplicate_group: str | None = None
    text: str = Field("", description="Clean text; every offset in the article indexes this string")
    removed: list[RemovedBlock] = Field(default_factory=list)
    credits: list[Credit] = Field(default_factory=list)
    sentences: list[Sentence] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    dates: list[TimeRef] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    pipeline_version: str = ""
    schema_version: str = SCHEMA_VERSION

    # -- convenience lookups used by the doors and tests ---------------------------------------
    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None) if actor_id else None

    def sentence_at(self, offset: int) -> int | None:
        """Index of the sentence containing character ``offset`` (binary search)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s.index
        return None

    def to_json(self, indent: int | None = None) -> str:
        return self.model_dump_json(indent=indent, exclude_none=False)

    @classmethod
    def from_json(cls, data: str | bytes) -> Article:
        return cls.model_validate_json(data)


def json_schema() -> dict:
    """The JSON Schema of an Article, as committed under docs/schema/."""
    schema = Article.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://dateline.invalid/schema/article-{SCHEMA_VERSION}.json"
    return schema
