"""Groups of people as actors, and name-like phrases that are no actors (self-made sentences).

Counted people ("40 others", "abducting 12"), plain people nouns ("one person", "hostages",
"inhabitants", "boys ages 14 and older"), the leader of an organisation named with a place, and
junk: a capitalised participle NER took for an organisation, a quoted book title, an insurgency or
a base.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from dateline.actors import find_actors
from dateline.actors.index import MentionIndex
from dateline.model import Article
from dateline.nlp import load_nlp, parse_articles
from dateline.pipeline import Context


def run(text: str, published: dt.date | None = None) -> Article:
    nlp = load_nlp()
    (article, doc), = parse_articles([Article(id="g", text=text, published=published)], nlp)
    find_actors(article, doc, Context(nlp=nlp, options={"learn": False}))
    return article


def who(article: Article, phrase: str):
    match = re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", article.text)
    return MentionIndex(article).actor_for_span(match.start(), match.end())


def test_counted_others_take_the_kind_of_people_named_before():
    article = run("Police in Kenya arrested 30 migrants and deported 25 others to Ethiopia.")
    others = who(article, "25 others")
    assert others is not None and others.sector == who(article, "30 migrants").sector


def test_others_are_not_the_kind_of_their_own_verbs_subject():
    article = run("Some of the nine refugees who stayed in custody fear the same fate since officials deported 30 others.")
    others = who(article, "30 others")
    assert others is not None and others.sector == "REF"


def test_bare_number_object_names_more_of_the_people_before_it():
    article = run("The rebels stormed the town on Sunday, killing one person and abducting 12.")
    assert who(article, "one person") is not None
    twelve = who(article, "12")
    assert twelve is not None and twelve.kind == "group"


def test_age_of_people_is_no_number_of_people():
    article = run("The Taliban have banned girls aged 10 and older from attending classes.")
    assert who(article, "10") is None


def test_people_with_an_age_tail_are_actors():
    article = run("Officials in Laos have barred boys ages 14 and older from joining the clubs.")
    boys = who(article, "boys")
    assert boys is not None and boys.sector == "CVL"


@pytest.mark.parametrize("text, phrase", [
    ("The militia released 30 hostages on Friday.", "30 hostages"),
    ("Many of the first inhabitants of the valley were forcibly removed.", "the first inhabitants"),
    ("The court freed five prisoners.", "five prisoners"),
    ("The embassy provides assistance to Russian nationals.", "Russian nationals"),
    ("Jalloh met with the informant twice.", "the informant"),
])
def test_plain_people_nouns_are_group_actors(text, phrase):
    actor = who(run(text), phrase)
    assert actor is not None and actor.kind in ("group", "person") and actor.sector == "CVL"


def test_developers_are_a_business_group():
    developers = who(run("Tim Cook held meetings with local app developers."), "local app developers")
    assert developers is not None and developers.sector == "BUS"


def test_leader_of_an_organisation_leads_it_not_the_country_named_after_it():
    article = run("Iraqi forces captured the fugitive leader of al-Qaida in Yemen.")
    leader = who(article, "the fugitive leader")
    assert leader is not None and leader.kb_id is None  # no office holder of Yemen
    assert leader.country != "YEM" and leader.sector == "REB"
    article = run("The leader of Afghanistan's Taliban insurgency praised the withdrawal of U.S. troops.",
                  published=dt.date(2021, 5, 3))
    leader = who(article, "The leader")  # the organisation inside the "of" phrase, after its country
    assert leader is not None and leader.kb_id is None and leader.kind == "person"


def test_capitalised_participle_opening_a_quote_is_no_actor():
    article = run("“Coordinated airstrikes by the Kenyan army have killed 30 militants,” the ministry said.")
    assert who(article, "Coordinated") is None
    assert who(article, "the Kenyan army") is not None


def test_quoted_title_of_a_book_is_no_actor():
    article = run('She asked why the book, "Sardar Khan" or "The Governor," was banned by the ministry.')
    assert who(article, "Sardar Khan") is None
    assert who(article, "The Governor") is None


@pytest.mark.parametrize("text, phrase", [
    ("The separatist group has waged a deadly insurgency against the state.", "a deadly insurgency"),
    ("India backs the continuation of the military base on the island.", "the military base"),
])
def test_activities_and_bases_are_no_parties(text, phrase):
    assert who(run(text), phrase) is None


def test_people_of_an_organisation_take_its_code():
    experts = who(run("Experts of the U.N. sanctions committee said the shipments continued."), "Experts")
    assert experts is not None and experts.code == "IGOUNOEDU"


def test_leaders_of_a_religiously_named_group_lead_the_group():
    leaders = who(run("One of the Islamic State terror group's most senior leaders is dead."),
                  "the Islamic State terror group's most senior leaders")
    assert leaders is not None and leaders.sector == "REB"


def test_heads_of_companies_are_business():
    heads = who(run("The president met heads of private companies, including tech firms."), "heads")
    assert heads is not None and heads.sector == "BUS"


def test_personnel_after_an_organisation_name_are_that_organisation():
    article = run("Three Hamas members were arrested in Hebron.")
    members = who(article, "members")
    assert members is not None and members is who(article, "Hamas") and members.sector == "REB"


def test_counterparts_and_elders_are_actors():
    article = run("The minister spoke to reporters after her talks with counterparts. Local elders met the governor.")
    counterparts, elders = who(article, "counterparts"), who(article, "Local elders")
    assert counterparts is not None and counterparts.sector == "GOV"
    assert elders is not None and elders.sector == "CVL"


def test_a_militant_outfit_is_an_armed_group_and_the_antecedent_of_it():
    article = run("In a message, the outlawed separatist militant outfit said it had seized a bus. "
                  "It later claimed they were holding 30 hostages.")
    outfit = who(article, "the outlawed separatist militant outfit")
    assert outfit is not None and outfit.sector == "REB"
    assert who(article, "It") is outfit


@pytest.mark.parametrize("text, phrase, code", [
    ("The rebels have long fought against the Afghan state.", "the Afghan state", "AFGGOV"),
    ("The Pakistani state denies the claims.", "The Pakistani state", "PAKGOV"),
])
def test_a_demonym_state_is_that_countrys_government(text, phrase, code):
    state = who(run(text), phrase)
    assert state is not None and state.code == code


@pytest.mark.parametrize("text", [
    "The Ecuadorian president declared a state of emergency on Monday.",
    "Russian state media said the talks had ended.",
    "The governor of the U.S. state of Ohio resigned.",
    "The Iraqi head of state met fighters of the Islamic State.",
])
def test_other_states_are_no_government(text):
    assert all(actor.kind != "government" for actor in run(text).actors)


def test_a_countrys_mission_to_the_un_is_that_country():
    article = run("Iraq's U.N. envoy spoke, but his U.N. mission condemned the vote. "
                  "Peru's U.N. mission did not reply.")
    assert all(actor.kind != "organisation" for actor in article.actors if "United Nations" in actor.name)
    assert who(article, "his") is who(article, "Iraq's U.N. envoy")


def test_them_after_a_bare_quantifier_stays_unresolved():
    article = run("Thai officials admitted that some had, and that Thailand turned them down.")
    assert who(article, "them") is None


def test_more_people_and_bodies_named_by_plain_nouns():
    """Supporters, schoolgirls, nations, governments and a leadership are parties an act can target."""
    import dateline
    article = dateline.extract("Journalist Mech Dara thanked his supporters on Thursday.", date="2025-03-14")
    assert any(a.name.endswith("supporters") and a.code == "CVL" for a in article.actors)
    article = dateline.extract("More than 270 schoolgirls were kidnapped in northwestern Nigeria.", date="2025-03-14")
    assert any("schoolgirls" in a.name for a in article.actors)
    article = dateline.extract("China's leadership insists it is committed to peace.", date="2025-03-14")
    assert any(a.name == "China’s leadership" or a.name == "China's leadership" for a in article.actors)


def test_he_never_names_an_organisation_acronym_tagged_person():
    article = run("Haitian police said the gang attacked the town. The PNH said it arrested five men. "
                  "PNH tweeted that he had been shot.")
    tweeted = article.text.index("PNH tweeted")
    pnh = MentionIndex(article).actor_for_span(tweeted, tweeted + 3)
    assert pnh is not None and pnh.kind == "organisation"
    assert who(article, "he") is None  # no person is named before it


def test_a_nearer_person_noun_blocks_he_from_an_older_person():
    article = run("A federal judge extended efforts to halt Khalil's deportation, and the New York resident "
                  "remains in detention although he has not been charged.")
    he = who(article, "he")
    assert he is None or "judge" not in he.name
    article = run("Amirov's lawyer, Michael Martin, said the evidence was weak, while Omarov's lawyer, "
                  "Michael Perkins, said the evidence would not show that his client planned it.")
    assert who(article, "his").name == "Michael Perkins"  # the person noun's appositive names it


def test_a_shared_bare_surname_keeps_naming_the_main_person():
    article = run("Former Prime Minister Sali Berisha was sanctioned by the United States. Under the sanctions, "
                  "Berisha, his wife, Liri Berisha, his son, Shkëlzen Berisha, and his daughter are barred from "
                  "entering. Berisha later rejected the allegations.")
    last = [m for m in article.mentions if m.text == "Berisha"][-1]
    assert next(a for a in article.actors if a.id == last.actor_id).name == "Sali Berisha"


def test_a_bare_surname_described_as_a_namesakes_relative_is_the_other_namesake():
    """"Kim, the half brother of North Korean leader Kim Jong Un" is Kim Jong Nam, and so is the next "Kim"."""
    article = run("Kim Jong Nam died in Kuala Lumpur. Kim, the half brother of North Korean leader Kim Jong Un, "
                  "was poisoned. North Korea denied any role in Kim's death. Police want to question Kim Uk Il.",
                  dt.date(2017, 2, 20))
    names = {a.id: a.name for a in article.actors}
    assert [names[m.actor_id] for m in article.mentions if m.text == "Kim"] == ["Kim Jong Nam", "Kim Jong Nam"]
    assert "Kim" not in names.values()


def test_a_process_tagged_as_a_person_is_no_actor():
    """NER tags "Brexit" a person or an organisation: a process, no party (noun_roles.tsv: not-party)."""
    for text in ("Theresa May will trigger Brexit in March.", "Sturgeon demanded a Brexit deal for Scotland."):
        assert not [a for a in run(text).actors if a.name == "Brexit"]


def test_coordinated_country_abbreviation_before_people_noun_is_a_group_of_both():
    article = run("Cameroon and C.A.R. officials met in Bangui on Tuesday.")
    group = who(article, "Cameroon and C.A.R. officials")
    members = [a for a in article.actors if a.id in group.members]
    assert sorted(a.country for a in members) == ["CAF", "CMR"]


def test_first_person_pronouns_in_a_quote_name_its_speaker_or_the_state_an_official_speaks_for():
    article = run('"Russia attacked us," Ukrainian President Volodymyr Zelensky said.')
    assert who(article, "us").name == "Ukraine"
    article = run('"They are supporting me," Senator Bernie Sanders said.')
    assert who(article, "me").name == "Bernie Sanders"
    assert who(run('"We will fight," the militants said.'), "We") is not None
    assert who(run('"We will fight," the woman said.'), "We") is None  # one person speaking: no body named
    assert who(run("I think we should leave."), "we") is None  # no quote, no speaker


def test_a_titled_name_takes_the_country_of_the_office_named_before_it():
    """Not the article's dominant country: "the spokesperson for PAKISTAN'S Ministry ..., Ambassador X"."""
    article = run("Afghanistan denied it. Afghanistan said so. On Thursday, the spokesperson for Pakistan's "
                  "Ministry of Foreign Affairs, Ambassador Shafqat Ali Khan, repeated the stance.")
    assert who(article, "Ambassador Shafqat Ali Khan").country == "PAK"


def test_people_of_an_origin_in_a_country_of_immigrants_are_that_countrys_people():
    assert who(run("Cuban Americans protested against the deal."), "Cuban Americans").country == "USA"
    assert who(run("Iranian-Americans urged Congress to act."), "Iranian-Americans").country == "USA"
    assert who(run("Cubans protested against the deal."), "Cubans").country == "CUB"


def test_followers_and_hecklers_are_parties():
    assert who(run("The Islamic State called on its followers to attack civilians."), "its followers") is not None
    assert who(run("Hillary Clinton rebuffed a Republican heckler."), "a Republican heckler") is not None


def test_a_title_with_a_name_in_apposition_is_that_person():
    """"the North's leader, Kim Jong Un,": not the last leader named before."""
    article = run("Australian Prime Minister Malcolm Turnbull spoke on Monday. "
                  "South Korea accused the North's leader, Kim Jong Un, of fanatic recklessness.")
    turnbull = who(article, "Australian Prime Minister Malcolm Turnbull")
    second = article.text.index("South Korea")
    assert not [m for m in article.mentions if m.actor_id == turnbull.id and m.provenance.start >= second]


def test_a_settlement_is_a_party_only_with_a_country_word():
    assert who(run("The company reached a settlement with the attorney general."), "a settlement") is None
    assert who(run("Gunmen attacked an Israeli settlement in the West Bank."), "an Israeli settlement").country == "ISR"


def test_people_of_coordinated_countries_are_a_group_of_each_country():
    """"the foreign ministers of India and Pakistan met": two parties, one of each country."""
    article = run("The foreign ministers of India and Pakistan met in Geneva on Monday.")
    group = who(article, "The foreign ministers of India and Pakistan")
    assert sorted(a.country for a in article.actors if a.id in group.members) == ["IND", "PAK"]
    assert not who(run("Officials of the United States and its allies met in Geneva."), "Officials of the United States").members
    article = run("Representatives from Armenia and Azerbaijan held talks in Germany.")
    group = who(article, "Representatives from Armenia and Azerbaijan")
    assert sorted(a.country for a in article.actors if a.id in group.members) == ["ARM", "AZE"]
    assert who(run("Officials from Russia met Chinese diplomats."), "Russia").kind == "country"  # one country: no group
    article = run("Representatives from Armenia and Azerbaijan held talks in Germany. "
                  "Talks between the two sides first took place in Amsterdam.")
    assert sorted(article_actor.country for m in who(article, "the two sides").members
                  for article_actor in article.actors if article_actor.id == m) == ["ARM", "AZE"]



def test_two_sides_named_apart_are_the_two_sides():
    """"the Chinese side proposed ..., but the European side refused ... between the two sides":
    China and the European Union (side_bodies.tsv), not the countries named together earlier."""
    article = run("The minister met officials in Germany and Italy. The Chinese side proposed a minimum price, "
                  "but the European side refused. The vote was delayed for more talks between the two sides.")
    assert who(article, "the European side").name == "European Union"
    members = who(article, "the two sides").members
    assert sorted(a.name for a in article.actors if a.id in members) == ["China", "European Union"]


def test_untagged_acronym_or_plural_name_in_a_party_slot_is_an_organisation():
    assert who(run("The PUK accuses the KDP of collaborating with Baghdad."), "KDP").kind == "organisation"
    assert who(run("Swanson slammed the Girl Scouts for promoting abortion."), "Girl Scouts") is not None
    assert who(run("The revisions to GDP may not have attracted attention."), "GDP") is None  # a measure
    assert who(run("Fans cheered the Amateur Championship winners."), "Amateur Championship") is None  # an event


def test_untagged_full_name_is_a_person_its_surname_then_names():
    article = run("The Texan beat Shane Bortsch on Sunday. Bortsch said he would be back.")
    assert who(article, "Shane Bortsch").kind == "person"
    assert who(article, "Bortsch").name == "Shane Bortsch"


def test_political_camps_people_of_a_state_convoys_and_members_are_parties():
    article = run("Bernie Sanders won. Sanders is thanking Nevadans for their support.")
    assert who(article, "Nevadans").country == "USA"
    assert who(run("Senator Ted Cruz urges conservatives to unite behind him."), "conservatives") is not None
    assert who(run("Gunmen attacked a military convoy near the border."), "military convoy").sector == "MIL"
    assert who(run("Clinton called on members to be closely coordinated."), "members") is not None
    council = who(run("Security Council members expressed concern."), "members")
    assert council is not None and council.name == "United Nations Security Council"  # a named body's members


def test_a_dinner_party_is_a_gathering_not_a_party():
    article = run("Clinton spoke during a dinner party hosted by Madeleine Albright. The party backed the bill.")
    assert who(article, "dinner party") is None
    assert who(article, "The party") is not None
    assert who(run("Republicans vowed to do a better job courting Latinos."), "Latinos").kind != "person"


def test_two_capitalised_words_are_no_person_unless_the_surname_recurs():
    from dateline.actors.lexicon import load_lexicon
    from dateline.actors.mentions import sentence_bounds
    from dateline.actors.untagged import untagged_names

    def names(text: str) -> list[str]:
        doc = load_nlp()(text)
        doc.ents = []  # as if the tagger had missed every name
        return [s.text for s in untagged_names(doc, [False] * len(doc), load_lexicon(), sentence_bounds(doc))]

    assert names("Critics praised Zorvex Lumen on Friday.") == []
    assert names("Critics praised Shane Bortsch on Friday. Bortsch thanked them.") == ["Shane Bortsch"]


def test_two_sides_or_rivals_are_the_pair_just_named_together():
    """"Israel and Hamas ... the two sides": a state and an armed group, not two states in focus;
    "both parties" with no pair named before stays a nominal of parties."""
    article = run("Israel and Hamas fought for months. The two sides signed a ceasefire on Friday.")
    sides = who(article, "The two sides")
    assert sides is not None and set(sides.members) == {who(article, "Israel").id, who(article, "Hamas").id}
    article = run("The Taliban and the Afghan government began talks in Doha. Both Afghan rivals agreed to reduce violence.")
    rivals = who(article, "Both Afghan rivals")
    assert rivals is not None and set(rivals.members) == {who(article, "The Taliban").id, who(article, "the Afghan government").id}
    parties = who(run("Both parties in Congress criticized the plan."), "Both parties")
    assert parties is not None and not parties.members and parties.sector == "PTY"


def test_a_name_of_an_exercise_or_a_base_is_no_party():
    article = run("Last November, Japan held the Malabar Joint Maritime Exercise with India.")
    assert who(article, "the Malabar Joint Maritime Exercise") is None
    assert who(article, "Japan") is not None


def test_a_continent_or_a_feature_named_after_a_country_is_no_party():
    """"a trip to Asia": a part of the world (Asia is also a town of the Philippines in the
    gazetteer); "the Jordan Valley" is a valley, not the state of Jordan."""
    assert who(run("Tillerson will make a trip to Asia this week."), "Asia") is None
    article = run("The Israelis have seized land in the Jordan Valley.")
    assert who(article, "Jordan") is None and who(article, "The Israelis") is not None
    assert who(run("Jordan criticized the plan on Monday."), "Jordan").kind == "country"


def test_a_building_named_as_an_organisation_is_a_place():
    assert who(run("Around 3,900,000 tourists visited the Cathedral last year."), "Cathedral") is None
    senator = who(run("Senator Bridge criticized the president on Monday."), "Senator Bridge")
    assert senator is not None and senator.kind == "person"


def test_a_company_named_with_its_legal_form_is_not_the_country_inside_its_name():
    company = who(run("The service ruled that Google Ireland Ltd. had breached the law."), "Google Ireland Ltd.")
    assert company is not None and company.kind == "organisation" and company.country == "IRL"


def test_allies_and_partners_of_a_state_are_not_that_state():
    for text, phrase in (("His stance was condemned by Washington's trading partners.", "Washington's trading partners"),
                         ("US allies criticized the order on Friday.", "US allies")):
        group = who(run(text), phrase)
        assert group is not None and group.kind == "group" and group.country is None
    named = run("Tillerson visited US allies Japan and South Korea. The U.S. allies, Japan and South Korea, agreed.")
    assert not any(a.name.endswith("allies") for a in named.actors)  # the names say who the allies are


def test_an_adviser_of_a_person_named_with_an_honorific_is_the_adviser():
    article = run("Mr Trump's national security adviser was forced to resign.")
    adviser = who(article, "national security adviser")
    assert adviser is not None and adviser.kind == "person" and adviser is not who(article, "Trump")


def test_counted_nationals_are_people_of_that_country_not_the_state():
    article = run("Gunmen killed three Americans in Kabul. The Americans criticized Iran.")
    people = who(article, "three Americans")
    assert people is not None and people.kind == "group" and people.country == "USA"
    assert who(article, "The Americans").kind == "country"


def test_the_name_of_a_law_is_no_party():
    article = run("Congress passed the Foreign Intelligence Surveillance Act in 1978.")
    assert who(article, "Foreign Intelligence Surveillance Act") is None and who(article, "Congress") is not None


def test_a_lone_proper_noun_as_a_passive_agent_is_a_party():
    assert who(run("The proposal was welcomed by Stratavex on Monday."), "Stratavex") is not None
    assert who(run("The proposal was praised by critics at Stratavex on Monday."), "Stratavex") is None


def test_a_surname_the_tagger_took_for_a_plural_is_still_one_person():
    article = run("Trump's Attorney General, Jeff Sessions, met Kislyak. Sessions said he never had meetings with Russian operatives.")
    assert who(article, "he") is who(article, "Jeff Sessions")
    family = run("Donald Trump mocked Bill Clinton. The Clintons have mostly chosen not to respond to his attacks.")
    assert who(family, "his") is who(family, "Donald Trump")  # a family named with "the" is a plural


def test_a_lake_a_gulf_or_a_name_that_begins_like_a_capital_is_no_state():
    assert who(run("Diplomats are visiting the troubled Lake Chad region."), "Chad") is None
    assert who(run("Tankers crossed the Gulf of Mexico on Monday."), "Mexico") is None
    assert who(run("St John of God was given 28 days to appeal the notices."), "St John") is None
    assert who(run("Chad criticized Mexico on Monday."), "Chad").kind == "country"
    assert who(run("Trump threatened to withdraw from the Trans-Pacific Partnership."), "Trans-Pacific Partnership") is None
