"""Events stage: code tables, the coder over spaCy parses, modality, compounds and provenance.

Actors are given by hand (a phrase → actor table) so these tests exercise the events coder alone.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from dateline.events import code_events
from dateline.events.codes import cameo_table
from dateline.model import Actor, Article, Mention, Provenance, Quote, Sentence
from dateline.nlp import load_nlp
from dateline.pipeline import Context
from dateline.when import find_dates

ACTORS = {
    "Russia": ("RUS", "RUS"), "Moscow": ("RUS", "RUS"), "Putin": ("PUTIN", "RUSGOV"),
    "North Korea": ("PRK", "PRK"), "Pyongyang": ("PRK", "PRK"), "Kim": ("KIM", "PRKGOV"),
    "China": ("CHN", "CHN"), "Ukraine": ("UKR", "UKR"), "Hungary": ("HUN", "HUN"), "Romania": ("ROU", "ROU"),
    "Israel": ("ISR", "ISR"), "Hamas": ("HMS", "PSEREB"),
}


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _kind(phrase: str, code: str) -> str:
    """The kind the actors stage gives: a state, a leader, else a body ("other" is for places only)."""
    return "country" if len(code) == 3 else "person" if phrase in ("Putin", "Kim") else "organisation"


def coded(nlp, text: str, date: dt.date | None = dt.date(2024, 6, 19), quotes: list[tuple[str, str]] = ()):
    """Parse ``text``, run the dates stage, add hand-made actors and quotes, run the events stage."""
    doc = nlp(text)
    article = Article(id="t", text=text, published=date)
    article.sentences = [Sentence(index=i, start=s.start_char, end=s.end_char, text=s.text)
                         for i, s in enumerate(doc.sents)]
    find_dates(article, doc, None)
    for phrase, (actor_id, code) in ACTORS.items():
        for n, m in enumerate(re.finditer(rf"\b{re.escape(phrase)}\b", text)):
            if article.actor(actor_id) is None:
                article.actors.append(Actor(id=actor_id, name=phrase, code=code, country=code[:3], kind=_kind(phrase, code)))
            article.mentions.append(Mention(id=f"{actor_id}-{m.start()}", actor_id=actor_id, text=phrase,
                                            provenance=Provenance(start=m.start(), end=m.end(), text=phrase)))
    for n, (content, speaker) in enumerate(quotes):
        start = text.index(content)
        article.quotes.append(Quote(id=f"q{n}", content=content, content_start=start, content_end=start + len(content),
                                    speaker=speaker, provenance=Provenance(start=start, end=start + len(content))))
    return code_events(article, doc, Context(nlp=nlp))


def triples(article: Article) -> set[tuple[str | None, str | None, str]]:
    return {(e.source, e.target, e.code) for e in article.events}


# -- code tables ----------------------------------------------------------------------------------

def test_cameo_table_scores_and_plover():
    table = cameo_table()
    assert table.description("042") == "Make a visit"
    assert table.goldstein_of("057") == 8.0
    assert table.quad_class("042") == 1 and table.quad_class("073") == 2
    assert table.quad_class("112") == 3 and table.quad_class("190") == 4
    assert table.plover_of("043").type == "CONSULT" and table.plover_of("043").mode == "visit"
    assert table.plover_of("0231").type == "REQUEST"  # our own entry: the PLOVER table has no 02x
    assert table.plover_of("010") is None  # a plain statement is not a PLOVER event


# -- coding ---------------------------------------------------------------------------------------

def test_visit_gives_visit_and_host(nlp):
    article = coded(nlp, "Putin visited North Korea on Tuesday.")
    assert {("PUTIN", "PRK", "042"), ("PRK", "PUTIN", "043")} <= triples(article)
    visit = next(e for e in article.events if e.code == "042")
    assert visit.plover_type == "CONSULT" and visit.plover_mode == "visit"
    assert visit.root == "04" and visit.base == "042" and visit.quad_class == 1 and visit.goldstein == 1.9
    assert visit.source_code == "RUSGOV" and visit.target_code == "PRK"
    assert visit.why.pattern.startswith("own:") and visit.why.trigger == "visited"
    assert visit.why.source_path == "nsubj" and visit.why.target_path == "dobj"
    assert article.text[visit.provenance.start:visit.provenance.end] == visit.provenance.text
    assert visit.provenance.sentence == 0 and visit.provenance.rule == visit.why.pattern


def test_compound_subject_expands_and_keeps_group(nlp):
    article = coded(nlp, "Hungary and Romania condemned Russia.")
    assert triples(article) == {("HUN", "RUS", "111"), ("ROU", "RUS", "111")}
    assert all(e.source_group == ["HUN", "ROU"] for e in article.events)


def test_talks_between_two_parties_are_mutual(nlp):
    article = coded(nlp, "Talks between Russia and China ended in Moscow.")
    assert {("RUS", "CHN", "040"), ("CHN", "RUS", "040")} <= triples(article)


def test_passive_agreement_signing_is_future_agree(nlp):
    article = coded(nlp, "Agreements between Russia and China will be signed after the talks.")
    signed = [e for e in article.events if e.code == "057"]
    assert {(e.source, e.target) for e in signed} == {("RUS", "CHN"), ("CHN", "RUS")}
    assert all(e.modality.future and e.plover_type == "AGREE" for e in signed)


def test_negation(nlp):
    article = coded(nlp, "Russia did not condemn Israel.")
    (event,) = article.events
    assert event.modality.negated and event.modality.plover_mode == "negated"


def test_negated_argument_and_refusal(nlp):
    (no_deal,) = [e for e in coded(nlp, "No agreement between Russia and China was signed.").events if e.code == "057"][:1]
    assert no_deal.modality.negated
    invasion = coded(nlp, "China never condemned Russia's invasion of Ukraine.").events
    assert any(e.code == "111" and e.modality.negated for e in invasion)
    assert not any(e.code.startswith("19") and e.modality.negated for e in invasion)


def test_act_a_negated_noun_of_evidence_states_is_negated(nlp):
    """"There is NO EVIDENCE that Russia attacked Ukraine": the attack is denied; "no doubt" denies
    the doubt, not the attack."""
    denied = coded(nlp, "There is no evidence that Russia attacked Ukraine.").events
    assert denied and all(e.modality.negated for e in denied)
    planned = [e for e in coded(nlp, "Hungary saw no sign that Russia was planning to condemn Israel.").events
               if e.code.startswith("11")]
    assert planned and all(e.modality.negated for e in planned)
    doubted = coded(nlp, "There is no doubt that Russia attacked Ukraine.").events
    assert doubted and not any(e.modality.negated for e in doubted)


def test_alternative_set_aside_is_negated_and_a_deadline_hypothetical(nlp):
    """"INSTEAD OF condemning", "negotiate RATHER THAN attack": the act set aside did not happen;
    "has UNTIL March 3 to appeal" leaves the appeal a possibility."""
    instead = [e for e in coded(nlp, "Instead of condemning Russia, Hungary called for talks with Moscow.").events
               if e.code.startswith("11")]
    assert instead and all(e.modality.negated for e in instead)
    rather = [e for e in coded(nlp, "Hungary chose to negotiate with Russia rather than attack Ukraine.").events
              if e.code.startswith("19")]
    assert rather and all(e.modality.negated for e in rather)
    negotiated = [e for e in coded(nlp, "Hungary chose to negotiate with Russia rather than attack Ukraine.").events
                  if e.code.startswith("04")]
    assert negotiated and not any(e.modality.negated for e in negotiated)
    appeal = [e for e in coded(nlp, "Ukraine has until March 3 to appeal to Russia.").events if e.code.startswith("02")]
    assert appeal and all(e.modality.hypothetical for e in appeal)


def test_act_kept_from_happening_is_negated(nlp):
    """"sanctions PREVENT Hungary FROM negotiating with Russia": the talks are kept from happening."""
    kept = [e for e in coded(nlp, "Sanctions prevent Hungary from negotiating with Russia.").events if e.code.startswith("04")]
    assert kept and all(e.modality.negated for e in kept)
    held = [e for e in coded(nlp, "Hungary negotiated with Russia.").events if e.code.startswith("04")]
    assert held and not any(e.modality.negated for e in held)


def test_passive_agent_is_source(nlp):
    article = coded(nlp, "Ukraine was attacked by Russia.")
    assert ("RUS", "UKR", "190") in triples(article)
    assert next(e for e in article.events if e.code == "190").plover_type == "ASSAULT"


def test_intent_to_meet_under_hope(nlp):
    article = coded(nlp, "Putin hopes that the next meeting with Kim will take place in Moscow.")
    intent = [e for e in article.events if e.code == "036"]
    assert intent and intent[0].source == "PUTIN"
    assert intent[0].modality.hypothetical or intent[0].modality.future


def test_historical_visit_has_its_date(nlp):
    article = coded(nlp, "Putin last visited North Korea in 2000.")
    visit = next(e for e in article.events if e.code == "042")
    assert visit.modality.historical and visit.date.start.year == 2000


def test_a_future_act_takes_the_next_year_less_date(nlp):
    """"will visit North Korea in September", written on 30 August 1996, means September 1996, and "on
    Tuesday" the coming Tuesday; the same words in a report of the past keep the date before it."""
    date = dt.date(1996, 8, 30)  # a Friday
    visit = next(e for e in coded(nlp, "Putin will visit North Korea in September.", date).events if e.code == "042")
    assert (visit.date.start, visit.date.end) == (dt.date(1996, 9, 1), dt.date(1996, 9, 30)) and not visit.modality.historical
    meeting = next(e for e in coded(nlp, "Putin will meet Kim on Tuesday.", date).events if e.root == "04")
    assert meeting.date.start == dt.date(1996, 9, 3)
    past = next(e for e in coded(nlp, "Putin visited North Korea in September.", date).events if e.code == "042")
    assert past.date.start == dt.date(1995, 9, 1) and past.modality.historical


def test_a_section_heading_run_into_the_text_codes_no_event(nlp):
    """A flattened page runs the heading "Putin visit" into the next sentence: the heading names the
    topic of a section, not a visit; the sentences around it are still coded."""
    text = "Kim met Putin on Monday. Putin visit The changes in Russia have come with consequences."
    article = coded(nlp, text)
    assert [s.text.strip() for s in article.sentences][1] == "Putin visit"
    assert {e.provenance.sentence for e in article.events} == {0}


def test_event_inside_quote_is_reported_by_speaker(nlp):
    text = 'Kim said: "Russia will support Pyongyang in every way."'
    article = coded(nlp, text, quotes=[("Russia will support Pyongyang in every way.", "KIM")])
    support = next(e for e in article.events if e.code.startswith("05"))
    assert support.modality.reported and support.reported_by == "KIM" and support.quote_id == "q0"


def test_no_event_without_actor(nlp):
    article = coded(nlp, "The officials met and condemned the attack. Talks ended without a deal.")
    assert article.events == []


def test_deployed_troops_are_the_theme_not_the_target(nlp):
    assert ("RUS", "UKR", "154") in triples(coded(nlp, "Russia deployed troops to Ukraine."))
    assert not coded(nlp, "Russia released the report.").events  # a release needs someone released


def test_statement_verbs_are_not_events(nlp):
    assert coded(nlp, "Russia said China is important.").events == []


def test_long_list_sentence_is_coded_quickly(nlp):
    text = "Russia condemned " + ", ".join(["the plan"] * 120) + " and Israel."
    article = coded(nlp, text)
    assert all(e.source == "RUS" for e in article.events)


def _with_kinds(nlp, text: str, actors: dict[str, tuple[str, str, str, str]]) -> Article:
    """Code ``text`` with actors given as phrase → (id, code, actor kind, mention kind)."""
    doc = nlp(text)
    article = Article(id="t", text=text, published=dt.date(2024, 6, 19))
    article.sentences = [Sentence(index=i, start=s.start_char, end=s.end_char, text=s.text) for i, s in enumerate(doc.sents)]
    for phrase, (actor_id, code, kind, mention_kind) in actors.items():
        m = re.search(rf"\b{re.escape(phrase)}\b", text)
        article.actors.append(Actor(id=actor_id, name=phrase, code=code, country=code[:3], kind=kind))
        article.mentions.append(Mention(id=actor_id, actor_id=actor_id, text=phrase, kind=mention_kind,
                                        provenance=Provenance(start=m.start(), end=m.end(), text=phrase)))
    return code_events(article, doc, Context(nlp=nlp))


def test_a_state_and_its_own_government_are_one_side(nlp):
    """"Tripoli refused to hand over the suspects to Libya": a misread party, no target."""
    state = {"Tripoli": ("LBYGOV", "LBYGOV", "organisation", "metonym"), "Libya": ("LBY", "LBY", "country", "country")}
    assert triples(_with_kinds(nlp, "Tripoli has refused to hand over the suspects to Libya.", state)) == {("LBYGOV", None, "120")}
    people = {"Tripoli": ("LBYGOV", "LBYGOV", "organisation", "metonym"), "Libyans": ("LBY", "LBY", "country", "demonym")}
    assert ("LBY", "LBYGOV", "141") in triples(_with_kinds(nlp, "Libyans protested against Tripoli.", people))


def test_a_negated_word_of_the_pattern_negates_the_act(nlp):
    """"declaring Russia could NOT SUPPORT Israel": the support the pattern reads is denied."""
    (event,) = [e for e in coded(nlp, "Putin surprised Hungary by declaring Russia could not support Israel.").events
                if e.why.trigger == "declaring"]
    assert event.modality.negated
    (kept,) = [e for e in coded(nlp, "Putin declared his support for Israel.").events if e.code == "051"]
    assert not kept.modality.negated


def test_an_act_set_aside_is_the_subject_s_own(nlp):
    """"INSTEAD OF condemning Israel, Hungary praised Romania": Hungary did not condemn Israel."""
    (event,) = [e for e in coded(nlp, "Instead of condemning Israel, Hungary praised Romania.").events
                if e.code.startswith("11")]
    assert (event.source, event.target, event.modality.negated) == ("HUN", "ISR", True)


def test_a_negative_pronoun_as_subject_negates_the_act(nlp):
    """"NONE of the rebels attacked Israel": nobody did."""
    (event,) = [e for e in coded(nlp, "None of Hamas attacked Israel on Monday.").events if e.code.startswith("19")]
    assert event.modality.negated and any("none" in note for note in event.why.notes)
    assert not any(e.modality.negated for e in coded(nlp, "Hamas attacked Israel on Monday.").events)


def test_an_act_one_is_not_able_to_do_is_negated_and_one_will_be_able_to_do_future(nlp):
    """The adjective governing the act carries its negation ("was NOT ABLE to", "UNABLE to") and its
    tense ("WILL be able to")."""
    for text in ("Russia said it was not able to provide weapons to China.", "Russia was unable to provide weapons to China."):
        (event,) = [e for e in coded(nlp, text).events if e.code.startswith("07")]
        assert event.modality.negated, text
    (able,) = [e for e in coded(nlp, "Russia was able to provide weapons to China.").events if e.code.startswith("07")]
    assert not able.modality.negated and not able.modality.future
    (later,) = [e for e in coded(nlp, "Russia will be able to provide weapons to China.").events if e.code.startswith("07")]
    assert later.modality.future and not later.modality.negated


def test_a_light_verb_negated_or_an_act_called_off_is_negated(nlp):
    """"NEVER HAD meetings with": the light verb carries the noun's act and its negation ("never
    condemned the invasion" still denies only the condemnation); "the CANCELLATION of a planned
    visit": the visit called off did not happen (modality.json calling_off_nouns)."""
    (met,) = [e for e in coded(nlp, "Russia never had meetings with Ukraine.").events if e.code.startswith("04")]
    assert met.modality.negated
    (held,) = [e for e in coded(nlp, "Russia held meetings with Ukraine.").events if e.code.startswith("04")]
    assert not held.modality.negated
    visits = [e for e in coded(nlp, "The talks followed the cancellation of a planned visit by Putin to China.").events
              if e.why.trigger == "visit"]
    assert visits and all(e.modality.negated for e in visits)
    (made,) = [e for e in coded(nlp, "The talks followed a visit by Putin to China.").events if e.code == "042"]
    assert not made.modality.negated


def test_an_act_one_has_yet_to_do_is_negated(nlp):
    """"has YET TO provide", "is YET TO sign": not done so far (modality.json pending_adverbs)."""
    (event,) = [e for e in coded(nlp, "Russia has yet to sign the deal with China.").events if e.code == "057"]
    assert event.modality.negated
    (signed,) = [e for e in coded(nlp, "Russia has signed the deal with China.").events if e.code == "057"]
    assert not signed.modality.negated
