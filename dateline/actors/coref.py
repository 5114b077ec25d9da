"""Turn mention candidates into actors: identity, coreference, roles and CAMEO codes.

Full names are registered first so that a surname ("Kim") finds its person wherever the full name
("Kim Jong Un") appears; role nominals ("the Russian leader") go to the person of that country whose
role is a head-of-state title, or to the knowledge base's office holder at the article date;
pronouns go to the latest agreeing antecedent (:mod:`dateline.actors.pronouns`); "the two countries" becomes a dyad of
the two countries in focus.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Token

from dateline.actors.codes import make_code, split_code
from dateline.actors.kb import KBHit, KBRole, KnowledgeBase
from dateline.actors.lexicon import Lexicon, normalise
from dateline.actors.matchers import Agency
from dateline.actors.mentions import PAIRED_WORDS, Candidate, sentence_bounds
from dateline.actors.pronouns import PronounResolver, load_rules
from dateline.model import Actor, Article, Mention, Provenance, Role

#: Words of a dyad that may pair parties of any kind (a state and an armed group, two politicians), not
#: only two states or two leaders: "Israel and Hamas ... the two SIDES".
PARTY_DYAD_WORDS = {"sides", *PAIRED_WORDS}
#: Slots in which a capitalised common noun that is a named person's surname is that person.
SURNAME_PARTY_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "poss", "conj", "appos"}
#: sectors one political career moves between: a senator may become a minister, an admiral does not
POLITICAL_SECTORS = {"GOV", "LEG", "PTY", "OPP", "ELI"}
HEAD_TITLES = {"president", "leader", "supreme leader", "king", "emir", "sultan", "chancellor", "premier",
               "prime minister", "crown prince"}


#: Sectors of the offices whose holders speak for their state as "we" ('"Russia attacked us," the
#: president said').
STATE_SECTORS = {"GOV", "MIL"}

class ActorBuilder:
    def __init__(self, article: Article, doc: Doc, lex: Lexicon, kb: KnowledgeBase, agencies: dict[str, Agency]):
        self.article = article
        self.doc = doc
        self.lex = lex
        self.kb = kb
        self.agencies = {a.id: a for a in agencies.values()}
        self.date: dt.date | None = article.published
        self.actors: list[Actor] = []
        self.by_key: dict[str, Actor] = {}
        self.last_seen: dict[str, int] = {}  # actor id → token index of its latest mention
        self.by_surname: dict[str, Actor] = {}  # a bare surname → the person its first bare use named
        self.stated_country: set[str] = set()  # persons whose country a title or the knowledge base states, not a guess
        self.focus_guesses: set[int] = set()  # titled persons whose country is only the article's country in focus
        self.guessed_roles: set[tuple[str, str]] = set()  # (actor id, country) of roles given such a guess
        self.mentions: list[Mention] = []
        self.resolved: list[tuple[Candidate, Actor | None]] = []
        self.sentences = sentence_bounds(doc)

    # -- driver --------------------------------------------------------------------------------
    def build(self, cands: list[Candidate]) -> None:
        full = {normalise(c.name) for c in cands if c.entity == "person" and len(c.name.split()) > 1}
        for cand in cands:
            if cand.entity == "person" and (len(cand.name.split()) > 1 or cand.title and not _titled_by_namesake(cand, full)):
                self._person_actor(cand, register_only=True)
        cands = sorted(cands + self._missed_surnames(cands), key=lambda c: c.start)
        sides = self._sentence_countries(cands)
        for cand in cands:
            actor = self._resolve(cand, sides)
            self.resolved.append((cand, actor))
            if actor:
                self.last_seen[actor.id] = cand.start
        self._pronouns()
        for cand, actor in self.resolved:
            if actor:
                self._mention(cand, actor)

    def _missed_surnames(self, cands: list[Candidate]) -> list[Candidate]:
        """A surname of a person named in full that the tagger left untagged ("PEDERSEN said ..."), or
        took for a common noun where it fills a party's slot ("TRUMP has voiced interest", "met TRUMP"):
        without it the act has no party and a later "he" would go to an earlier subject."""
        surnames = {normalise(a.name).split()[-1] for a in self.actors if a.kind == "person" and len(a.name.split()) > 1}
        if not surnames:
            return []
        taken = {i for c in cands for i in range(c.start, c.end)}
        pos, title = self.doc.to_array(["POS", "IS_TITLE"]).T  # a Token only for names and capitalised nouns
        words = [self.doc[i] for i in range(len(pos)) if (pos[i] == PROPN or pos[i] == NOUN and title[i]) and i not in taken]
        return [Candidate(t.i, t.i + 1, "surname", "person", "actors.surname", 0.7, name=t.text, name_start=t.i,
                          name_end=t.i + 1, subject=t.dep_ in ("nsubj", "nsubjpass"),
                          main_subject=t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT")
                for t in words if normalise(t.text) in surnames and (t.pos == PROPN or _common_noun_surname(t))]

    def _resolve(self, cand: Candidate, sides: dict[int, str]) -> Actor | None:
        if cand.entity == "organisation" and cand.kind != "agency" and not cand.key and len(cand.name.split()) == 1:
            person = self._surname(cand.name)  # NER tags a lone surname ORG ("Last year, DETREZ posted")
            if person is not None and not self.kb.lookup(cand.name, self.date):
                return person
        if cand.entity == "person" and self._acronym(cand):
            return self._organisation(cand)  # "PNH tweeted": the police force, though tagged PERSON
        if cand.entity == "person":
            return self._person(cand, sides)
        if cand.entity == "country":
            return self._country(cand.key)
        if cand.entity == "government":
            return self._government(cand.country, cand.sector or "GOV", cand.name)
        if cand.entity == "organisation":
            return self._organisation(cand)
        if cand.entity == "person-nominal":
            return self._person_nominal(cand)
        if cand.entity == "group" and cand.extra.get("countries"):
            return self._coalition(cand)
        if cand.entity == "group":
            return self._group(cand)
        if cand.entity == "place":
            return self._place(cand)
        if cand.entity == "dyad":
            return self._dyad(cand)
        if cand.entity == "country-anaphor":
            return self._named_country(cand)
        if cand.entity == "body-anaphor":
            return self._named_body(cand)
        return None  # pronouns: second pass

    # -- actors by kind ------------------------------------------------------------------------
    def _new(self, key: str, **fields) -> Actor:
        actor = Actor(id=f"A{len(self.actors) + 1}", **fields)
        self.actors.append(actor)
        self.by_key[key] = actor
        return actor

    def _country(self, iso3: str) -> Actor:
        key = f"country:{iso3}"
        if key in self.by_key:
            return self.by_key[key]
        name = self.lex.country_names.get(iso3, iso3)
        return self._new(key, name=name, kind="country", country=iso3, code=make_code(iso3, None))

    def _government(self, iso3: str | None, sector: str = "GOV", name: str = "") -> Actor | None:
        """The government of ``iso3``; a seat standing for another state body (the Pentagon: MIL) is
        that body, under its own name."""
        if not iso3:
            return None
        key = f"government:{iso3}" + ("" if sector == "GOV" else f":{sector}")
        if key in self.by_key:
            return self.by_key[key]
        if sector == "GOV" or not name:
            name = f"Government of {self.lex.country_names.get(iso3, iso3)}"
        return self._new(key, name=name.removeprefix("the "), kind="organisation", country=iso3, sector=sector,
                         code=make_code(iso3, sector))

    def _person_actor(self, cand: Candidate, register_only: bool = False) -> Actor:
        hit = self.kb.lookup(cand.name, self.date, exclude_origin=self.article.id)
        if hit and (hit.entry.kind != "person" or self._title_conflicts(cand, hit)):
            hit = None
        key = f"kb:{hit.entry.id}" if hit else f"person:{normalise(cand.name)}"
        actor = self.by_key.get(key)
        if actor is None:
            # a bare surname the knowledge base knows takes the full name ("Putin" → "Vladimir Putin")
            name = hit.entry.name if hit and (len(cand.name.split()) == 1 or cand.name.isupper()) else cand.name
            actor = self._new(key, name=name, kind="person", kb_id=hit.entry.id if hit else None)
            if hit:
                actor.aliases.extend(a for a in [hit.entry.name, *hit.entry.aliases] if a != cand.name)
            self._apply_kb(actor, hit)
        elif len(cand.name) > len(actor.name) and not register_only:
            actor.aliases.append(actor.name)
            actor.name = cand.name
        return actor

    def _person(self, cand: Candidate, sides: dict[int, str]) -> Actor:
        bare = len(cand.name.split()) == 1
        if bare and not cand.title:
            actor = self._surname(cand.name)
            if actor is None:
                actor = self._person_actor(cand)
            else:
                cand.kind = "surname"
        elif bare and (kin := self._namesake(cand)) is not None:
            actor, cand.kind = kin, "surname"
        else:
            actor = self._person_actor(cand)
        if cand.title:
            stated = cand.country or (self._kb_country(actor) if actor.kb_id else None)
            if stated:
                self.stated_country.add(actor.id)
            self._add_role(actor, cand, stated or sides.get(cand.start),
                           guessed=not stated and cand.start in self.focus_guesses)
        elif actor.kb_id and actor.country:
            self.stated_country.add(actor.id)
        return actor

    @staticmethod
    def _title_conflicts(cand: Candidate, hit: KBHit) -> bool:
        """"Admiral Harris" is not Kamala Harris: a bare surname whose stated title is of a sector none of
        the known person's roles has names someone else of that surname."""
        if len(cand.name.split()) > 1 or not cand.title or not cand.sector or cand.sector == "ELI":
            return False
        career = _career(cand.sector)
        return bool(hit.entry.roles) and all(_career(r.sector) != career for r in hit.entry.roles)

    def _acronym(self, cand: Candidate) -> bool:
        """A lone all-caps word tagged PERSON that is no named person's surname and no person the knowledge
        base knows ("PNH" for Haiti's police) is an organisation's acronym, so he/she can never name it."""
        name = cand.name
        if cand.title or " " in name or not (name.isalpha() and name.isupper() and len(name) >= 2):
            return False
        hit = self.kb.lookup(name, self.date)
        return self._surname(name) is None and not (hit and hit.entry.kind == "person")

    def _namesake(self, cand: Candidate) -> Actor | None:
        """"Kim, the half brother of North Korean leader Kim Jong Un": a bare surname whose title names a
        person of that surname is another person of that surname — the one named last before it, else
        the only other one — and keeps naming them."""
        key, title = normalise(cand.name), normalise(cand.title)
        namesakes = [a for a in self.actors if a.kind == "person" and key in _name_ends(a.name)]
        others = [a for a in namesakes if normalise(a.name) not in title]
        if not others or len(others) == len(namesakes):
            return None
        seen = [a for a in others if a.id in self.last_seen]
        if not seen and len(others) > 1:
            return None
        actor = max(seen, key=lambda a: self.last_seen[a.id]) if seen else others[0]
        self.by_surname[key] = actor
        return actor

    def _surname(self, word: str) -> Actor | None:
        """The person a bare surname names.  Shared by several people ("Berisha, his wife, Liri Berisha,
        his son, Shkëlzen Berisha"), it keeps naming the person its first bare use named; that first use
        takes the earliest person with a stated title (the article's main person), else the latest seen."""
        key = normalise(word)
        if key in self.by_surname:
            return self.by_surname[key]
        found = []
        for actor in self.actors:
            if actor.kind != "person":
                continue
            if key in _name_ends(actor.name):
                found.append(actor)
        if not found:
            return None
        titled = [a for a in found if a.roles]
        actor = titled[0] if len(found) > 1 and titled else max(found, key=lambda a: self.last_seen.get(a.id, -1))
        self.by_surname[key] = actor
        return actor

    def _kb_country(self, actor: Actor) -> str | None:
        entry = self.kb.entries.get(actor.kb_id or "")
        role = entry.role_at(self.date) if entry else None
        return role.country if role else None

    def _apply_kb(self, actor: Actor, hit: KBHit | None) -> None:
        if not hit or not hit.role:
            return
        role = hit.role
        actor.country = actor.country or role.country
        actor.sector = actor.sector or role.sector
        actor.code = make_code(actor.country, actor.sector)
        if role.title:
            actor.roles.append(Role(title=role.title, country=role.country, sector=role.sector, start=role.start,
                                    end=role.end, provenance=Provenance(article_id=self.article.id, rule=f"kb:{hit.entry.id}",
                                                                        confidence=hit.score / 100)))

    def _add_role(self, actor: Actor, cand: Candidate, country: str | None, guessed: bool = False) -> None:
        """``guessed``: the country is only the article's country in focus; a country a later title
        states replaces it ("Attorney General Jeff Sessions" in a story on Russia, then "US Attorney
        General Jeff Sessions")."""
        start, end = cand.title_span or (self.doc[cand.start].idx, self.doc[cand.name_start].idx)
        prov = Provenance(article_id=self.article.id, sentence=self.article.sentence_at(start), start=start, end=end,
                          text=self.article.text[start:end], rule=cand.rule, confidence=cand.confidence)
        title = cand.title
        overrides_guess = bool(country) and not guessed and (actor.id, actor.country) in self.guessed_roles
        if overrides_guess:
            for role in actor.roles:
                if role.country == actor.country and (actor.id, role.country) in self.guessed_roles:
                    role.country = country
            self.guessed_roles.discard((actor.id, actor.country))
            actor.country = country
            actor.code = make_code(actor.country, actor.sector)
        if guessed and country:
            self.guessed_roles.add((actor.id, country))
        if any(r.title == title and not _from_kb(r) for r in actor.roles):
            return
        # roles stated in the text come first and outrank the knowledge base's
        stated = [r for r in actor.roles if not _from_kb(r)]
        known = [r for r in actor.roles if _from_kb(r) and r.title.lower() not in title.lower()]
        actor.roles = [*stated, Role(title=title, country=country, sector=cand.sector, provenance=prov), *known]
        if country and (actor.country is None or not _has_text_role(actor, exclude=title)):
            actor.country = country
        if cand.sector and (actor.sector is None or not _has_text_role(actor, exclude=title)):
            actor.sector = cand.sector
        actor.code = make_code(actor.country, actor.sector)

    def _organisation(self, cand: Candidate) -> Actor:
        if cand.kind == "agency":
            agency = self.agencies.get(cand.key)
            key = f"agency:{cand.key}"
            if key not in self.by_key:
                country = agency.country if agency else None
                self._new(key, name=agency.name if agency else cand.name, kind="organisation", country=country,
                          sector="MED", code=make_code(country, "MED"))
            return self.by_key[key]
        entry = self.kb.entries.get(cand.key) if cand.key else None
        hit = KBHit(entry, entry.role_at(self.date), 100.0, cand.name) if entry else self.kb.lookup(cand.name, self.date)
        key = f"kb:{hit.entry.id}" if hit else f"org:{normalise(cand.name)}"
        if key in self.by_key:
            return self.by_key[key]
        if hit and hit.entry.kind == "person" and not cand.key and self.kb.lookup(cand.name, self.date, fuzzy=False):
            return self._person_actor(cand)  # NER tags a known person's name ORG ("Cameron criticized")
        if hit:
            kind = "group" if hit.entry.kind == "group" else ("country" if hit.entry.kind == "country" else "organisation")
            actor = self._new(key, name=hit.entry.name, kind=kind, kb_id=hit.entry.id)
            if cand.name != hit.entry.name:
                actor.aliases.append(cand.name)
            self._apply_kb(actor, hit)
            if actor.country is None and hit.role:
                actor.code = make_code(None, hit.role.sector)
            return actor
        words = [w.lower() for w in cand.name.split()]
        country = cand.country or (self.lex.country(cand.name.split()[0]) if words else None)
        sector = cand.sector or self.lex.agent_sector(words[-1:]) or self._organisation_sector(words)
        return self._new(key, name=cand.name, kind="organisation", country=country, sector=sector,
                         code=make_code(country, sector))

    def _organisation_sector(self, words: list[str]) -> str | None:
        """"Kabul University", "Minsk Police Department": a word of the name that says what it is."""
        return next((sector for word, (sector, role) in self.lex.sector_words.items()
                     if role == "organisation" and word in words), None)

    def _person_nominal(self, cand: Candidate) -> Actor:
        # "the leader of al-Qaida" leads that body, not the state named around it
        if cand.head_class == "head" and cand.extra.get("determiner") in ("the", "this") and "body" not in cand.extra:
            actor = self._head_of(cand.country, cand.extra.get("head", ""))
            if actor:
                return actor
        if cand.extra.get("determiner") in ("the", "this", "that") and cand.country:
            same = [a for a in self.actors if a.kind == "person" and a.country == cand.country
                    and any(r.title.lower().endswith(cand.extra.get("head", "")) for r in a.roles)]
            if len(same) == 1:
                return same[0]
        return self._group(cand, kind="person")

    def _head_of(self, country: str | None, title: str = "") -> Actor | None:
        """The person leading ``country`` in this article, else the knowledge base's holder at the date.
        One who holds the very title named comes first: "the PRESIDENT" is Trump, not the Leader Kim."""
        persons = [a for a in self.actors if a.kind == "person" and (country is None or a.country == country)
                   and any(_is_head(r.title) and _holds_at(r, self.date) for r in a.roles)]
        titled = [a for a in persons if any(r.title.lower().split()[-1:] == [title] for r in a.roles)]
        persons = titled or persons
        if persons:
            return max(persons, key=lambda a: self.last_seen.get(a.id, -1))
        if country:
            entry = self.kb.holder(country, {self.lex.leaders.get(country, "president")}, self.date)
            if entry:
                key = f"kb:{entry.id}"
                if key in self.by_key:
                    return self.by_key[key]
                actor = self._new(key, name=entry.name, kind="person", kb_id=entry.id)
                self._apply_kb(actor, KBHit(entry, entry.role_at(self.date), 100.0, entry.name))
                return actor
        return None

    def _group(self, cand: Candidate, kind: str = "group") -> Actor:
        text = " ".join(w for w in cand.name.split() if w.lower() not in ("the", "a", "an"))
        indefinite = cand.extra.get("determiner") in ("a", "an")
        key = f"nominal:{normalise(text)}" + (f"@{cand.start}" if indefinite else "")
        if key in self.by_key:
            return self.by_key[key]
        return self._new(key, name=text, kind=kind, country=cand.country, sector=cand.sector,
                         code=make_code(cand.country, cand.sector), anonymous=True)

    def _coalition(self, cand: Candidate) -> Actor:
        """"Hungarian and Romanian officials": a group whose members are each country's officials, so
        an event by the group is an event by each of them."""
        text = " ".join(w for w in cand.name.split() if w.lower() not in ("the", "a", "an"))
        key = f"nominal:{normalise(text)}"
        if key in self.by_key:
            return self.by_key[key]
        members = []
        for iso3 in cand.extra["countries"]:
            name = f"{self.lex.country_names.get(iso3, iso3)} {cand.extra.get('head', '')}".strip()
            member = self.by_key.get(f"{key}:{iso3}") or self._new(
                f"{key}:{iso3}", name=name, kind="group", country=iso3, sector=cand.sector,
                code=make_code(iso3, cand.sector), anonymous=True)
            members.append(member.id)
        return self._new(key, name=text, kind="group", sector=cand.sector, members=members, anonymous=True)

    def _place(self, cand: Candidate) -> Actor:
        """A city as an actor stands for its people (CAMEO codes it as the country's civilians)."""
        key = f"place:{normalise(cand.name)}"
        if key in self.by_key:
            return self.by_key[key]
        return self._new(key, name=cand.name, kind="other", country=cand.country, sector=cand.sector,
                         code=make_code(cand.country, cand.sector))

    def _named_country(self, cand: Candidate) -> Actor | None:
        """"the country": the country named last before it in its sentence or the one before — by
        name, or as the country of a government or of a group ("Mexican immigration authorities") —
        outside its own verb's subject; none further back, where the story may have moved on."""
        start = self.sentences[cand.start][0]
        window = self.sentences[start - 1][0] if start > 0 else start
        for named, actor in reversed(self.resolved):
            if named.start < window:
                break
            if actor is None or named.start in cand.extra["not"]:
                continue
            if actor.kind == "country":
                return actor
            if actor.country and named.entity in ("government", "group"):
                return self._country(actor.country)
        return None

    def _named_body(self, cand: Candidate) -> Actor | None:
        """"the council", "the bloc": the latest named body before it whose name has that head word
        ("U.N. Security Council") or whose sector or code is of a listed kind (ECOWAS for "the bloc");
        with none named, the phrase's own generic reading ("the company": a business)."""
        head, kinds = cand.extra["head"], cand.extra["kinds"]
        for _named, actor in reversed(self.resolved):
            if actor is None or actor.anonymous or actor.kind not in ("organisation", "group"):
                continue
            if any(head in normalise(name).split() for name in (actor.name, *actor.aliases)):
                return actor
            if any(kind == actor.sector or (actor.code or "").startswith(kind) for kind in kinds):
                return actor
        return self._group(cand) if cand.sector else None

    def _dyad(self, cand: Candidate) -> Actor | None:
        if cand.extra.get("what") in PARTY_DYAD_WORDS and (pair := self._last_pair(cand.start)):
            members = sorted(pair, key=lambda a: a.id)  # "Israel and Hamas ... the two sides"
        else:
            members = self._dyad_in_focus(cand)
        if len(members) < 2:
            return None
        key = "dyad:" + "+".join(m.id for m in members)
        if key in self.by_key:
            return self.by_key[key]
        return self._new(key, name=f"{members[0].name} and {members[1].name}", kind="group", members=[m.id for m in members])

    def _last_pair(self, before: int) -> list[Actor]:
        """"Israel AND Hamas fought ... the two sides": the latest two parties named together before a
        mention (coordinated, or "between X and Y"), whatever their kind, the two countries' people
        of one phrase ("representatives from Armenia AND Azerbaijan ... the two sides"), or the two
        latest sides named apart ("the Chinese SIDE proposed ..., the European SIDE refused")."""
        named = [(c, a) for c, a in self.resolved if a is not None and c.end <= before]
        sides: list[Actor] = []
        for i in range(len(named) - 1, -1, -1):
            cand, actor = named[i]
            if cand.rule == "actors.side" and actor not in sides:
                sides.append(actor)
                if len(sides) == 2:
                    return sides
            if len(cand.extra.get("countries", ())) == 2 and len(actor.members) == 2:
                by_id = {a.id: a for a in self.actors}
                return [by_id[m] for m in actor.members]
            if i == 0 or actor.members or named[i - 1][1].members:
                continue
            (first, one), (second, other) = named[i - 1], named[i]
            if one.id != other.id and self.doc[second.end - 1] in self.doc[first.end - 1].conjuncts:
                return [one, other]
        return []

    def _dyad_in_focus(self, cand: Candidate) -> list[Actor]:
        """"the two countries", "both leaders": the two latest countries (or persons) in focus."""
        want = "person" if cand.extra.get("what") in ("leaders", "presidents") else "country"
        pool = [a for a in self.actors if a.kind == want and a.id in self.last_seen]
        if want == "country":
            pool += [a for a in self.actors if a.kind == "person" and a.country and a.id in self.last_seen]
        members: list[Actor] = []
        for actor in sorted(pool, key=lambda a: -self.last_seen[a.id]):
            target = self._country(actor.country) if want == "country" and actor.kind == "person" else actor
            if target not in members and (want != "country" or target.country not in {m.country for m in members}):
                members.append(target)
            if len(members) == 2:
                break
        return sorted(members, key=lambda a: a.id) if len(members) == 2 else []

    # -- pronouns ------------------------------------------------------------------------------
    def _pronouns(self) -> None:
        """Fill in the pronouns' actors (rules in :mod:`dateline.actors.pronouns`)."""
        resolver = PronounResolver(self.doc, self.sentences, load_rules(), self._joint, self._state_of)
        self.resolved = resolver.resolve(self.resolved)

    def _state_of(self, person: Actor) -> Actor | None:
        """The country a person speaks for as "we": one holding a government or military office of a
        country the text or the knowledge base states (not one guessed from the sentence)."""
        sector = person.sector or (split_code(person.code)[1] if person.code else None)
        stated = person.country and person.id in self.stated_country
        return self._country(person.country) if stated and sector in STATE_SECTORS else None

    def _joint(self, members: list[Actor]) -> Actor:
        """The group a plural pronoun names when it points at a coordination ("Pakistan and China
        ... their"): an event by the group is an event by each member."""
        key = "joint:" + "+".join(m.id for m in members)
        if key in self.by_key:
            return self.by_key[key]
        name = ", ".join(m.name for m in members[:-1]) + f" and {members[-1].name}"
        return self._new(key, name=name, kind="group", members=[m.id for m in members])

    # -- records -------------------------------------------------------------------------------
    def _mention(self, cand: Candidate, actor: Actor) -> None:
        span = self.doc[cand.start:cand.end]
        start, end = span.start_char, span.end_char
        mention = Mention(
            id=f"M{len(self.mentions) + 1}", actor_id=actor.id, text=span.text, kind=cand.kind, ner_label=cand.ner,
            provenance=Provenance(article_id=self.article.id, sentence=self.article.sentence_at(start), start=start,
                                  end=end, text=span.text, rule=cand.rule, confidence=cand.confidence),
        )
        self.mentions.append(mention)
        actor.mentions.append(mention.id)
        if actor.provenance is None:
            actor.provenance = mention.provenance
        if cand.kind in ("name", "title-name", "country") and cand.name and cand.name != actor.name \
                and cand.name not in actor.aliases and cand.entity != "person":
            actor.aliases.append(cand.name)

    def _sentence_countries(self, cands: list[Candidate]) -> dict[int, str]:
        """For each titled person without a stated country: the "X side" of its sentence, else the
        nearest country named before it in the sentence, else the article's dominant country."""
        result: dict[int, str] = {}
        counts = Counter(c.country for c in cands if c.entity == "country" and c.country)
        ranked = counts.most_common(2)
        # the article's country in focus, when one clearly dominates the country mentions
        focus = ranked[0][0] if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
        by_sentence: dict[int, list[Candidate]] = {}
        for cand in cands:
            by_sentence.setdefault(self.sentences[cand.start][0], []).append(cand)
        for group in by_sentence.values():
            sides = [c.country for c in group if c.rule == "actors.side"]
            for cand in group:
                if cand.entity != "person" or not cand.title:
                    continue
                if sides:
                    result[cand.start] = sides[0]
                    continue
                before = [c.country for c in group if c.entity in ("country", "government", "group", "organisation",
                                                                   "person-nominal")
                          and c.end <= cand.start and c.country]  # "the spokesperson for PAKISTAN'S MINISTRY, Ambassador X"
                if before:
                    result[cand.start] = before[-1]
                elif focus:
                    result[cand.start] = focus
                    self.focus_guesses.add(cand.start)
        return result

    def learn(self) -> None:
        """Tell the knowledge base the roles this article states, for later articles; not a country
        guessed from the one the article is about ("Attorney General Jeff Sessions" in a story on
        Russia is no Russian)."""
        for actor in self.actors:
            if actor.kind != "person" or actor.kb_id:
                continue
            for role in actor.roles:
                if role.country and role.provenance and role.provenance.sentence is not None \
                        and (actor.id, role.country) not in self.guessed_roles:
                    parts = actor.name.split()
                    aliases = [parts[-1]] if len(parts) > 1 else []
                    self.kb.learn(actor.name, aliases, KBRole(role.country, role.sector, role.title, self.date, self.date),
                                  origin=self.article.id)


def _is_head(title: str) -> bool:
    low = title.lower()
    return any(low == t or low.endswith(" " + t) for t in HEAD_TITLES) and "deputy" not in low and "vice" not in low


def _holds_at(role: Role, date) -> bool:
    """Whether a dated role is held at the article's date ("the president" in 2016 is not Trump)."""
    return date is None or (role.start is None or role.start <= date) and (role.end is None or date <= role.end)


def _from_kb(role: Role) -> bool:
    return bool(role.provenance and role.provenance.rule.startswith("kb:"))


def _has_text_role(actor: Actor, exclude: str) -> bool:
    return any(r.title != exclude and not _from_kb(r) for r in actor.roles)


def _career(sector: str | None) -> str | None:
    """The career a sector belongs to: the political sectors are one, each other sector its own."""
    return "political" if sector in POLITICAL_SECTORS else sector


def _common_noun_surname(token: Token) -> bool:
    """"TRUMP has voiced ...": the tagger reads a capitalised surname that is also an English word as a
    common noun; in a party's slot, with no determiner ("the trump card"), it is the person."""
    return token.is_title and token.dep_ in SURNAME_PARTY_DEPS and not any(c.dep_ == "det" for c in token.children)


def _titled_by_namesake(cand: Candidate, full_names: set[str]) -> bool:
    """"Kim, the half brother of Kim Jong Un": a bare name whose title names a person of that surname
    (one of ``full_names``, normalised) is no new person; :meth:`ActorBuilder._namesake` finds them."""
    key, title = normalise(cand.name), normalise(cand.title)
    return any(key in _name_ends(name) and name in title for name in full_names)


def _name_ends(name: str) -> set[str]:
    """The first and last word of a full name: where its surname stands ("Kim Jong Un", "Angela Merkel")."""
    parts = normalise(name).split()
    return {parts[0], parts[-1]} if len(parts) > 1 else set()
