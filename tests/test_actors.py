"""The actors stage on its own: titled names, nominals, NER corrections, coreference, codes.

Runs ``find_actors`` directly on parsed text (no other stage), on the seed page and on excerpts of
five VOA stories (public domain, credit: Voice of America) in ``tests/fixtures/voa``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from dateline.actors import find_actors
from dateline.actors.index import MentionIndex
from dateline.model import Article
from dateline.nlp import load_nlp, parse_articles
from dateline.pipeline import Context

FIXTURES = Path(__file__).parent / "fixtures"


def run(text: str, published: dt.date | None = None, ctx: Context | None = None, article_id: str = "t") -> Article:
    nlp = load_nlp()
    ctx = ctx or Context(nlp=nlp, options={"learn": False})
    (article, doc), = parse_articles([Article(id=article_id, text=text, published=published)], nlp)
    find_actors(article, doc, ctx)
    return article


def who(article: Article, phrase: str, occurrence: int = 0):
    """The actor the n-th whole-word occurrence of ``phrase`` refers to."""
    match = list(re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", article.text))[occurrence]
    return MentionIndex(article).actor_for_span(match.start(), match.end())


@pytest.fixture(scope="module")
def seed():
    text = (FIXTURES / "unreserved-support.txt").read_text(encoding="utf-8")
    return run(text, dt.date(2024, 6, 19), article_id="seed")


def test_mentions_have_exact_offsets_and_provenance(seed):
    assert seed.mentions
    for mention in seed.mentions:
        prov = mention.provenance
        assert seed.text[prov.start:prov.end] == mention.text == prov.text
        assert prov.article_id == "seed" and prov.rule.startswith("actors.") and 0 < prov.confidence <= 1
        assert prov.sentence is not None and mention.actor_id
        assert mention.id in seed.actor(mention.actor_id).mentions


def test_titled_names_come_out_whole(seed):
    park = who(seed, "Park Chong Chon")
    mention = next(m for m in seed.mentions if m.actor_id == park.id and m.kind == "title-name")
    assert mention.text.startswith("Vice Chairman of the Central Military Committee")
    assert park.name == "Park Chong Chon" and park.country == "PRK"
    assert who(seed, "Im Chong-Il").name == "Im Chong-Il"


def test_pronouns_and_possessives_follow_the_subject(seed):
    assert who(seed, "his", 0).name == "Kim Jong Un"  # "He expressed his belief"
    assert who(seed, "he invited").name == "Kim Jong Un"


def test_the_two_countries_is_the_dyad_in_focus(seed):
    dyad = who(seed, "the two countries")
    members = {seed.actor(m).country for m in dyad.members}
    assert members == {"RUS", "PRK"}


def test_agency_misread_as_person_is_an_agency(seed):
    tass = who(seed, "Russian Tas")
    assert tass.kind == "organisation" and tass.sector == "MED" and tass.name == "TASS"


def test_government_nominal_and_seat_of_power():
    article = run("The Kremlin rejected the offer. The Russian government said talks would go on.")
    kremlin, government = who(article, "The Kremlin"), who(article, "The Russian government")
    assert kremlin is government and kremlin.code == "RUSGOV"


def test_nominal_actors_get_country_and_sector():
    article = run("Iraqi special forces raided the village while protesters gathered. A senior official said "
                  "the operation was over.")
    forces = who(article, "Iraqi special forces")
    assert (forces.country, forces.sector, forces.anonymous) == ("IRQ", "MIL", True)
    assert who(article, "protesters").sector == "OPP"
    assert who(article, "A senior official").sector == "GOV"


def test_title_after_the_name_and_before_a_comma():
    article = run("Harry Tseng, Taiwan's deputy foreign minister, met Japanese officials. "
                  "President Donald Trump's special envoy, Steve Witkoff, flew to Moscow.")
    tseng = who(article, "Harry Tseng")
    assert tseng.country == "TWN" and tseng.roles[0].title == "deputy foreign minister"
    witkoff = who(article, "Steve Witkoff")
    assert witkoff.roles[0].title == "special envoy" and witkoff.country == "USA"


def test_regions_and_cities_give_their_country():
    article = run("Balochistan Chief Minister Sarfraz Bugti visited Quetta. Rakhine rebels attacked a base.")
    assert who(article, "Sarfraz Bugti").country == "PAK"
    assert who(article, "Quetta").country == "PAK" and who(article, "Quetta").kind == "other"
    assert (who(article, "Rakhine rebels").country, who(article, "Rakhine rebels").sector) == ("MMR", "REB")


def test_names_with_apostrophes_and_diacritics():
    article = run("Iraqi Foreign Minister Ali al-Rufay'i met Lithuanian President Gitanas Nausėda in Vilnius.")
    assert who(article, "al-Rufay'i").name == "Ali al-Rufay'i" and who(article, "al-Rufay'i").country == "IRQ"
    assert who(article, "Nausėda").country == "LTU"


def test_dated_roles_follow_the_article_date():
    text = "Angela Merkel spoke in Berlin."
    assert run(text, dt.date(2010, 5, 1)).actors[0].sector == "GOV"
    assert run(text, dt.date(2023, 5, 1)).actors[0].sector == "ELI"


def test_role_nominal_without_the_name_uses_the_office_holder():
    article = run("The Russian leader warned Europe. The DPRK leader answered.", dt.date(2024, 1, 10))
    assert who(article, "The Russian leader").name == "Vladimir Putin"
    assert who(article, "The DPRK leader").name == "Kim Jong Un"


def test_all_caps_and_hundreds_of_actors_do_not_break():
    caps = run("TEHRAN ACCUSED WASHINGTON OF LYING. RUSSIAN PRESIDENT VLADIMIR PUTIN MET OFFICIALS.")
    assert who(caps, "TEHRAN").country == "IRN" and who(caps, "WASHINGTON").country == "USA"
    assert who(caps, "VLADIMIR PUTIN").name == "Vladimir Putin" and who(caps, "MET") is None
    names = [f"Minister Adam Zorak{i:03d}" for i in range(300)]
    article = run("The meeting brought together " + ", ".join(names) + ".")
    people = [a for a in article.actors if a.kind == "person"]
    assert len(people) >= 250 and len({a.id for a in article.actors}) == len(article.actors)


def test_a_country_guessed_from_the_story_is_not_learned(tmp_path):
    """A titled person with no country of their own takes the article's country in focus for that
    article, but the knowledge base does not learn it: the next article is not misled."""
    ctx = Context(nlp=load_nlp(), options={"kb_path": str(tmp_path / "kb.json"), "learn": True})
    first = run("Russia denied the report on Monday. Russia said the talks were over. Attorney General Jeff "
                "Sessions met the ambassador.", dt.date(2017, 3, 2), ctx, article_id="a1")
    assert who(first, "Jeff Sessions").country == "RUS"  # this article's guess
    later = run("Jeff Sessions said the border was calm.", dt.date(2017, 3, 9), ctx, article_id="a2")
    assert who(later, "Jeff Sessions").country != "RUS"


def test_a_country_a_later_title_states_replaces_the_guess():
    article = run("Russia denied the report. Russia said the talks were over. Attorney General Jeff Sessions met "
                  "the ambassador twice. US Attorney General Jeff Sessions said he did not discuss the campaign.")
    assert who(article, "Jeff Sessions").country == "USA"


def test_learned_role_resolves_a_bare_name_in_a_later_article(tmp_path):
    kb_file = tmp_path / "kb.json"
    ctx = Context(nlp=load_nlp(), options={"kb_path": str(kb_file), "learn": True})
    run("Moldovan Foreign Minister Ivan Drozdescu visited Kyiv.", dt.date(2025, 3, 1), ctx, article_id="a1")
    later = run("Drozdescu said the border was calm.", dt.date(2025, 4, 1), ctx, article_id="a2")
    assert who(later, "Drozdescu").country == "MDA"
    ctx.cache["kb"].save(kb_file)
    fresh = Context(nlp=load_nlp(), options={"kb_path": str(kb_file), "learn": False})
    assert who(run("Drozdescu left.", dt.date(2025, 5, 1), fresh), "Drozdescu").code == "MDAGOV"


VOA = {
    # story: [(name, title fragment, country)] — every person the excerpt gives a title
    "g7-ceasefire": [("Donald Trump", "President", "USA"), ("Steve Witkoff", "special envoy", "USA"),
                     ("Vladimir Putin", "President", "RUS"), ("Marco Rubio", "Secretary of State", "USA"),
                     ("Malie Joly", "Foreign Minister", "CAN"), ("David Lammy", "foreign minister", "GBR")],
    "rubio-jeddah": [("Marco Rubio", "Secretary of State", "USA"), ("Mohammed bin Salman", "Crown Prince", "SAU"),
                     ("Volodymyr Zelenskyy", "President", "UKR"), ("Mike Waltz", "national security adviser", "USA"),
                     ("Andriy Yermak", "chief of staff", "UKR"), ("Andrii Sybiha", "Foreign Minister", "UKR"),
                     ("Rustem Umerov", "Defense Minister", "UKR"), ("Pavlo Palisa", "military commander", "UKR")],
    "somalia-siege": [("Omar Osman Alasow", "Commissioner", "SOM"), ("Hassan Sheikh Mohamud", "President", "SOM"),
                      ("Mansoor Tima-Weeyne", "leader", "SOM")],
    "bosnia-crisis": [("Milorad Dodik", "president", "BIH"), ("Anto Nobilo", "lawyer", "BIH"),
                      ("Nenad Stevandic", "president", "BIH"), ("Marco Rubio", "Secretary of State", "USA")],
    "afghan-train": [("Abdul Qahar Balkhi", "spokesperson", "AFG"), ("Shehbaz Sharif", "Prime Minister", "PAK"),
                     ("Ahmed Sharif Chaudhry", "Lieutenant General", "PAK")],
}


@pytest.mark.parametrize("story", sorted(VOA))
def test_voa_people_with_titles_get_title_and_country(story):
    meta = json.loads((FIXTURES / "voa" / f"{story}.json").read_text(encoding="utf-8"))
    text = (FIXTURES / "voa" / f"{story}.txt").read_text(encoding="utf-8")
    article = run(text, dt.date.fromisoformat(meta["published"]), article_id=story)
    for name, title, country in VOA[story]:
        matches = [a for a in article.actors if a.name == name and a.kind == "person"]
        assert len(matches) == 1, (name, [a.name for a in article.actors if a.kind == "person"])
        actor = matches[0]
        assert actor.country == country, (name, actor.country)
        assert any(title.lower() in r.title.lower() for r in actor.roles), (name, [r.title for r in actor.roles])


def test_qualifiers_say_whose_a_generic_noun_is():
    article = run("A rebel leader met army officers and the opposition parties. Military support and "
                  "intelligence reports were discussed. Ordinary Kazakhs watched.")
    assert who(article, "A rebel leader").sector == "REB"
    assert who(article, "army officers").sector == "MIL"
    assert who(article, "the opposition parties").sector == "OPP"
    assert who(article, "Ordinary Kazakhs").code == "KAZCVL"
    assert who(article, "Military support") is None and who(article, "intelligence reports") is None
    assert who(run("The rebels abducted eight local staff of the charity."), "eight local staff").sector == "LAB"


def test_breakaway_states_and_non_government_seats():
    article = run("Abkhazia and the Pentagon both commented on the Kremlin's statement.")
    assert who(article, "Abkhazia").code == "GEOPRE"
    assert who(article, "the Pentagon").code == "USAMIL"
    assert who(article, "Kremlin").code == "RUSGOV"


def test_groups_in_a_place_take_the_place_s_country():
    article = run("Rebels in the Central African Republic attacked a convoy. Igbo traders closed their shops.")
    assert who(article, "Rebels").code == "CAFREB"
    assert who(article, "Igbo traders").country == "NGA"


def test_historical_office_holders_and_armed_groups_are_known():
    article = run("President Nelson Mandela met fighters of the Lord's Resistance Army.", dt.date(1996, 5, 1))
    assert who(article, "President Nelson Mandela").code == "ZAFGOV"
    assert who(article, "the Lord's Resistance Army").code == "UGAREB"
    assert run("Nelson Mandela spoke.", dt.date(2005, 5, 1)).actors[0].code == "ZAFELI"


def test_uninhabited_territories_give_no_country():
    article = run("Scientists in Antarctica measured the ice.")
    assert all(a.country is None for a in article.actors)


def test_coordinated_countries_make_a_group_of_each_country_s_actors():
    article = run("Polish and Czech diplomats met in Prague.")
    group = who(article, "Polish and Czech diplomats")
    members = [article.actor(m) for m in group.members]
    assert sorted(m.code for m in members) == ["CZEGOV", "POLGOV"]
    assert who(article, "Prague").code == "CZECVL"  # where they met, not the Czech government


def test_ethnic_groups_belong_to_the_country_they_act_in():
    article = run("Ethnic Hungarians rallied in Romania on Sunday. Ethnic Uzbeks celebrated.")
    assert who(article, "Ethnic Hungarians").country == "ROU"
    assert who(article, "Ethnic Uzbeks").country == "UZB"


def test_a_national_adjective_places_a_people_in_its_country():
    article = run("Thousands of Iraqi Kurds demonstrated in Kirkuk on Sunday. Syrian Kurds attacked the town. "
                  "Chinese Uyghurs protested. Ethnic Albanians of southern Serbia attacked police. "
                  "The Albanians of southern Serbia protested. The Iraqi government said Iraqi forces and "
                  "Kurdish fighters would meet Albanian officials.")
    assert article.text.count("Iraqi Kurds") == 1 and who(article, "Iraqi Kurds").code == "IRQCVL"
    assert not any(m.text == "Iraqi" for m in article.mentions)  # one group mention, never the state
    assert who(article, "Syrian Kurds").code == "SYRCVL"
    assert who(article, "Chinese Uyghurs").code == "CHNCVL"
    assert who(article, "Ethnic Albanians").code == "SRBCVL"
    assert who(article, "The Albanians").code == "SRBCVL"
    assert who(article, "The Iraqi government").code == "IRQGOV"
    assert who(article, "Iraqi forces").code == "IRQMIL"
    assert who(article, "Albanian officials").code == "ALBGOV"
    assert who(run("The Kurds protested."), "The Kurds").country == "TUR"  # alone: the ambiguous reading


def test_misspelt_countries_possessors_and_counted_leaders():
    article = run("Ukrainan officials criticised the Polish government's decision. Troops killed six rebel leaders.")
    assert who(article, "Ukrainan officials").country == "UKR"
    assert who(article, "the Polish government").code == "POLGOV"
    assert who(article, "six rebel leaders").sector == "REB" and not who(article, "six rebel leaders").members


def test_portfolio_titles_and_unidentified_people():
    article = run("Ghana's Trade and Industry Minister Kofi Mensah said three men were detained.")
    assert who(article, "Kofi Mensah").country == "GHA"
    assert any("Trade and Industry Minister" in r.title for r in who(article, "Kofi Mensah").roles)
    assert who(article, "three men").sector == "UNK"


def test_a_very_long_list_of_untitled_names_keeps_exact_offsets():
    names = [f"Ana Kovač{i:03d}" if i % 2 else f"JOSÉ O'NEILL{i:03d}" for i in range(400)]
    article = run("Signatories: " + ", ".join(names) + ".")
    assert article.mentions
    for mention in article.mentions:
        assert article.text[mention.provenance.start:mention.provenance.end] == mention.provenance.text


def test_eval_actors_scores_cases_and_conll_spans(tmp_path):
    from dateline.eval.actors import actors_suite, gold_spans

    cases = [
        {"id": "t1", "actor": "Kenyan police officers", "expected_country": "KEN", "expected_code_1": "COP"},
        {"id": "t2", "actor": "Chilean soldiers", "expected_country": "CHL", "expected_code_1": "MIL"},
        {"id": "t3", "actor": "Xinhua", "expected_country": "FRA", "expected_code_1": "MED"},  # wrong country on purpose
    ]
    (tmp_path / "cases.jsonl").write_text("\n".join(json.dumps(c) for c in cases) + "\n", encoding="utf-8")
    report = actors_suite(tmp_path, part="cases")
    assert (report.metrics["cases"], report.metrics["country_accuracy"]) == (3, round(2 / 3, 4))
    assert report.metrics["sector_accuracy"] == 1.0 and report.metrics["both_accuracy"] == round(2 / 3, 4)
    assert [row["ok"] for row in report.rows] == ["✓", "✓", "✗"]
    assert gold_spans(["B-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-MISC"]) == {(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC")}


def test_surname_the_tagger_missed_still_anchors_a_later_pronoun():
    """"Pedersen said ..." with Pedersen untagged: the next "He" is Pedersen, not an earlier subject."""
    article = run("U.N. envoy Geir Pedersen spoke on Friday. Assad was ousted in December. "
                  "Syria’s transitional authorities said their forces in the sect's coastal region near the port city "
                  "of Latakia came under a calculated attack from Assad loyalists in an attempted insurrection. "
                  "Pedersen said Friday that recent agreements between Syria’s transitional authorities and an armed "
                  "group, the Syrian Democratic Forces (SDF), “are a positive reminder of how important it is that "
                  "Syria comes together in a manner that truly restores its sovereignty.” "
                  "He called for the creation of a credible government.")
    pedersen = who(article, "Geir Pedersen")
    assert pedersen is not None and who(article, "He") == pedersen


def test_surname_read_as_a_common_noun_is_the_person_in_a_party_slot():
    """The tagger reads a sentence-initial "Trump" as the noun "trump"; as a subject or object, and with
    the full name earlier, it is the person, while "the trump card" stays a noun."""
    article = run("President Donald Trump arrived in Hanoi on Tuesday. Trump held a summit with Kim Jong Un on "
                  "Wednesday. Kim played the trump card.")
    trump = who(article, "President Donald Trump")
    surnames = [m for m in article.mentions if m.text.lower() == "trump"]
    assert trump is not None and [m.actor_id for m in surnames] == [trump.id]


def test_a_part_of_the_world_named_after_a_country_gives_no_country():
    """"Latin American leaders", "Central American migrants": several states, not the United States;
    "American troops" stay American."""
    article = run("Latin American leaders met in Lima. Central American migrants protested in Mexico. "
                  "American troops entered Syria.")
    assert who(article, "Latin American leaders").country is None
    assert who(article, "Central American migrants").country is None
    assert who(article, "American troops").country == "USA"


def test_lone_surname_tagged_as_organisation_is_the_person():
    article = run("One of the most popular foreign characters in China is a French national, Marcus Detrez. "
                  "Last year, Detrez posted a series of historic photographs on a Chinese platform. "
                  "He said he wanted to donate them to China.")
    detrez = who(article, "Marcus Detrez")
    assert who(article, "Detrez", 1) == detrez and who(article, "He") == detrez


# --- pronoun resolution: agreement, recency, blocking, binding (dateline/actors/pronouns.py) -------

def test_plural_pronoun_whose_nearest_antecedent_is_no_actor_stays_unresolved():
    article = run("The villagers met the ministers. Hunting is banned now because the wolves that roam "
                  "the hills, they attack livestock.")
    assert who(article, "they") is None


def test_object_pronoun_takes_the_recent_plural_not_an_older_actor():
    article = run("Brazilian President Lula met bank executives on Monday, urging them to lower interest rates.")
    assert who(article, "them").name == "bank executives"


def test_object_pronoun_is_the_person_earlier_in_its_sentence_not_the_previous_subject():
    article = run("Prime Minister Erik Dahl spoke on Monday. Five opposition lawmakers wrote to Foreign Minister "
                  "Jonas Berg, asking him to resign.")
    assert who(article, "him").name == "Jonas Berg"


def test_object_pronoun_is_never_its_own_clause_subject_but_may_sit_inside_its_object():
    article = run("A court in Sarajevo convicted Milorad Dodik and banned him from office.")
    assert who(article, "him").name == "Milorad Dodik"
    assert who(run("Mark Lund denied the charges against him."), "him").name == "Mark Lund"


def test_object_pronoun_in_an_infinitive_the_object_controls_may_be_the_main_subject():
    """"She invited him to visit her": "him" is the one who visits, so "her" can only be someone else,
    and the inviter is the nearest one; with no object the inviter visits and cannot be "her"."""
    article = run("Senator Anna Holm met officials on Monday. Prime Minister Maria Berg, a former judge, "
                  "invited him to visit her in January.")
    assert who(article, "her").name == "Maria Berg"
    article = run("Senator Anna Holm met officials on Monday. Prime Minister Maria Berg, a former judge, "
                  "promised to visit her in January.")
    assert who(article, "her").name == "Anna Holm"


def test_a_noun_set_beside_a_person_s_name_is_that_person():
    """"The target of Dahl's anger, Jonas Berg, has defended his policy": the subject is Berg, so
    the possessive names him, not the person named inside the subject phrase."""
    article = run("Prime Minister Erik Dahl spoke on Monday. The target of Dahl's anger, Foreign Minister Jonas Berg, "
                  "has defended his policy on Russia.")
    assert who(article, "his").name == "Jonas Berg"


def test_the_subject_of_an_if_clause_is_the_person_asked():
    article = run("Judge Peter Holm questioned the defendant Mark Lund and asked Lund if he regretted the attack.")
    assert who(article, "he").name == "Mark Lund"


def test_partitive_pronoun_takes_the_nearest_plural():
    article = run("Army troops killed three gunmen, and two of them were foreigners.")
    assert "gunmen" in who(article, "them").name


def test_it_names_the_country_just_mentioned_and_expletive_it_names_nothing():
    article = run("Pakistani officials blamed India, accusing it of backing the militants.")
    assert who(article, "it").country == "IND"
    assert who(run("It is clear that Russia will not agree."), "It") is None


def test_pronoun_in_a_fronted_phrase_names_the_main_subject_after_it():
    article = run("Senator Paul Reed spoke first. In his testimony on Tuesday, Judge Alan Frost said the law was clear.")
    assert who(article, "his").name == "Alan Frost"


def test_a_stated_gender_keeps_she_off_a_man():
    article = run("Ms. Ana Costa met Mr. Pedro Silva on Monday. Silva said the talks went well. "
                  "She called the meeting useful.")
    assert who(article, "She").name == "Ana Costa"


def test_a_gendered_role_keeps_him_off_a_spokeswoman():
    """pronouns.json gendered_nouns: a role whose head word states a gender is no he of the other."""
    article = run("A White House spokeswoman declined to comment on Monday. Senators praised his nomination.")
    his = who(article, "his")
    assert his is None or "spokeswoman" not in his.name


def test_an_administration_named_after_a_leader_is_the_leaders_country():
    """"the Trump administration" and "Trump's people" are the United States', not the country
    their acts concern."""
    article = run("In one week earlier this month, the Trump administration conducted about 40 strikes in Yemen.")
    assert who(article, "Trump administration").country == "USA"
    article = run("Trump's people have been actively meeting with Russians.")  # a group he owns, too
    assert who(article, "Trump's people").country == "USA"


def test_what_a_party_is_accused_of_is_not_part_of_its_name():
    article = run("US President Donald Trump has accused the media of under-reporting terror attacks.")
    assert who(article, "media").name == "media"


def test_she_in_what_a_relative_who_says_is_the_person_described():
    """"Heidi Heitkamp, WHO said SHE would support him": not the subject of an earlier sentence."""
    article = run("Ms. Ana Costa spoke first on Monday. Senators praised the nominee, including Senator Maria "
                  "Lopez of Texas, who said she would support him.")
    assert who(article, "she").name == "Maria Lopez"


def test_their_after_a_coordination_is_the_group_of_both():
    article = run("Pakistan and China said their joint projects help local people.")
    group = who(article, "their")
    assert {article.actor(m).country for m in group.members} == {"PAK", "CHN"}


def test_subject_pronoun_of_a_report_is_the_body_the_spokesperson_speaks_for():
    article = run("A spokesperson for the Norwegian foreign ministry told reporters it would send aid.")
    assert who(article, "it").country == "NOR"
    assert who(run("China wants them returned."), "them") is None


def test_his_after_she_in_one_sentence_is_not_the_woman_she_named():
    article = run("Tom Berg spoke first. Mary Holt replied. She said his plan would fail.")
    assert who(article, "She").name == "Mary Holt"
    assert who(article, "his").name == "Tom Berg"


def test_subject_of_a_directive_complement_is_not_the_one_who_demands_it():
    article = run("Chinese local governments have been known to fib when Beijing has demanded they stop producing coal.")
    assert who(article, "they").name == "Chinese local governments"
    assert who(run("Russia said it would respond."), "it").country == "RUS"  # a report keeps its reporter
    assert who(run("Israel asked that it be allowed to attend."), "it").country == "ISR"  # a passive too


def test_object_pronoun_after_a_name_coordinated_with_unnamed_allies_is_the_named_one():
    article = run("Chairman Bruce Ash criticized Chairman Reince Priebus and his allies in an email, accusing them "
                  "of working to scuttle the proposal.")
    assert who(article, "them").name == "Reince Priebus"


def test_a_titled_surname_of_another_career_is_not_the_known_person_of_that_surname():
    admiral = who(run("Admiral Harris said the navy would patrol the strait."), "Admiral Harris")
    assert admiral.name != "Kamala Harris" and admiral.sector == "MIL"
    assert who(run("Senator Harris said the bill would pass."), "Senator Harris").name == "Kamala Harris"


def test_they_and_them_may_name_a_crowd():
    article = run("Police fired on the crowd, and then they chased them.")
    assert who(article, "them").name == "crowd"
    assert who(article, "they").sector == "COP"
    # a family is such a body too: "they" who beat her are her family, no actor, not the police
    article = run("She says that when her family discovered she had reported the incident to the police, they beat her.")
    assert who(article, "they") is None


def test_a_group_of_the_sentence_is_they_before_an_older_plural():
    article = run("Afghan women protested on Monday. No country has recognized the Taliban as the government "
                  "since they seized control of Afghanistan in 2021.")
    assert who(article, "they").name == "Taliban"


def test_a_civil_office_ending_in_general_is_no_army_rank():
    article = run("The New York state attorney general is investigating the firm.")
    assert who(article, "The New York state attorney general").sector == "GOV"
    assert who(article, "the firm").sector == "BUS"


def test_business_nouns_the_public_of_a_state_and_those_in_power_are_parties():
    public = who(run("Grisham urged the American public not to tolerate the pretense."), "the American public")
    assert (public.country, public.sector) == ("USA", "CVL")
    assert who(run("Regulators are demanding answers from wireless providers."), "wireless providers").sector == "BUS"
    assert who(run("The singer publicly scolded her former label."), "her former label").sector == "BUS"
    assert who(run("Many still blame those in power for this crisis."), "those in power").sector == "GOV"
    article = run("The show opens to the public on Friday. He used a utility that turns off the boost.")
    assert who(article, "the public") is None and who(article, "a utility") is None  # no country; no "the"


def test_the_country_names_the_country_named_before_it():
    article = run("Roughly 13,000 US troops remain in Afghanistan, 18 years after Washington invaded the country.")
    assert who(article, "the country").name == "Afghanistan"
    assert who(run("The United States invaded the country."), "the country") is None  # not its own subject


def test_an_object_pronoun_names_the_other_person_of_the_sentence_before():
    article = run("Taylor Swift's first six albums were released through Big Machine, which was bought by a company "
                  "owned by talent manager Scooter Braun.\n\nIn a post she accused him of years of bullying.")
    assert who(article, "she").name == "Taylor Swift"
    assert who(article, "him").name == "Scooter Braun"


def test_a_camel_case_brand_in_a_party_slot_is_an_organisation():
    article = run("The New York state attorney general is investigating WeWork amid layoffs.")
    assert who(article, "WeWork").kind == "organisation"
    surname = who(run("Voters in Florida praised McCain."), "McCain")  # a surname prefix, no brand
    assert surname is None or surname.kind != "organisation"


def test_the_president_is_whoever_holds_the_office_at_the_article_date():
    text = "In the wake of President Obama's remarks, Trump called for the president to resign."
    assert who(run(text, published=dt.date(2016, 6, 15)), "the president").name == "Barack Obama"


def test_the_president_is_a_president_before_another_leader_named_later():
    text = "Donald Trump spoke on Monday. Kim Jong Un fired missiles. An adviser said the president would meet Kim."
    assert who(run(text, published=dt.date(2019, 12, 3)), "the president").name == "Donald Trump"
    text = "Joe Biden spoke on Monday. Kim Jong Un fired missiles. The leader said he was ready."
    assert who(run(text, published=dt.date(2022, 12, 3)), "The leader").name == "Kim Jong Un"


def test_a_definite_short_name_names_the_body_named_before_it():
    article = run("The U.N. Security Council met on Sudan. She urged the council to press the warring parties.")
    assert who(article, "the council").name == "United Nations Security Council"
    article = run("Mali and Niger withdrew from ECOWAS in January. The three nations accused the regional body "
                  "of failing to protect its members.")
    assert who(article, "the regional body").name == "Economic Community of West African States"
    assert who(run("NATO met in Brussels. Russia warned the alliance."), "the alliance").name == (
        "North Atlantic Treaty Organization")
    article = run("The International Court of Justice ruled on Friday. A court in Texas later ruled too. "
                  "Courts are busy.")
    assert who(article, "A court").name != "International Court of Justice"  # indefinite: another court
    assert who(article, "Courts") is None or who(article, "Courts").name != "International Court of Justice"
    assert who(run("Voters met on Monday. She praised the council."), "the council") is None  # no council named
    assert who(run("CNN reported the vote. Cruz blamed the network for the report."), "the network").name == "CNN"


def test_a_national_adjective_on_a_crime_group_is_the_group_not_the_state():
    article = run("A self-described member of a Russian organized crime group tried to kill the journalist.")
    group = who(article, "a Russian organized crime group")
    assert group.kind == "group" and group.country == "RUS" and group.code == "RUSCRM"
    assert all(a.kind != "country" for a in article.actors)
    clan = who(run("An Italian mafia clan killed the judge."), "An Italian mafia clan")
    assert clan.kind == "group" and clan.code == "ITACRM"
    article = run("A Chinese hacking group attacked the ministry. Russian officials met Chinese diplomats.")
    assert who(article, "A Chinese hacking group").kind == "group"  # no sector: a group of China, not the state
    assert who(article, "Russian officials").code == "RUSGOV"


def test_a_brand_of_one_capital_before_a_word_is_an_organisation_whatever_its_ner_label():
    article = run("Chinese democracy activists in exile have accused YChina of supporting government propaganda.")
    assert who(article, "YChina").kind == "organisation"
    article = run("Lawmakers and NGOs criticized the plan.")
    assert all(m.provenance.rule != "actors.untagged-name" for m in article.mentions)  # a plural acronym


def test_a_place_word_inside_a_longer_name_is_part_of_the_name():
    article = run("The American Legion criticized the president. America Rising PAC attacked the senator.")
    legion = who(article, "The American Legion")
    assert legion.kind == "organisation" and legion.name == "American Legion" and legion.country == "USA"
    assert who(article, "America Rising PAC").kind == "organisation"
    assert all(a.kind != "country" for a in article.actors)
    assert who(run("British Columbians protested the pipeline."), "British") is None
    friends = who(run("He joined Friends of Israel last year."), "Friends of Israel")
    assert friends.kind == "organisation" and friends.country == "ISR"
    article = run("Mexico's Televisa network accused the governor.")
    network = who(article, "Televisa network")
    assert network.kind == "organisation" and network.name == "Televisa" and network.country == "MEX"
    assert who(run("The Government of Iraq condemned the attack."), "The Government of Iraq").code == "IRQGOV"
    article = run("China's Foreign Ministry website praised Mauritius.")
    assert all(m.provenance.rule != "actors.owned-company" for m in article.mentions)  # no company noun
    # a state body's noun keeps the country's government
    assert who(run("The Russian Foreign Ministry condemned the attack."), "The Russian Foreign Ministry").code == "RUSGOV"
    assert who(run("The Russian government condemned the attack."), "The Russian government").code == "RUSGOV"


def test_a_place_ending_an_organisation_name_after_a_word_of_its_own_is_part_of_the_name():
    """"Air France" is the airline, not France; "the EU Turkey deal" names two parties."""
    article = run("About 100 workers marched outside Air France headquarters on Friday.")
    airline = who(article, "Air France")
    assert airline is not None and airline.kind == "organisation" and airline.country == "FRA"
    assert all(a.kind != "country" for a in article.actors)
    assert {a.name for a in run("The EU Turkey deal collapsed on Friday.").actors} >= {"European Union", "Turkey"}


def test_force_as_violence_or_strength_is_no_armed_body():
    """"used excessive force", "the explosive force of air bags" (two-word not-party rows in
    noun_roles.tsv); "a U.S. task force" stays the U.S. military."""
    article = run("Police used excessive force against the protesters in Cairo.")
    assert who(article, "excessive force") is None
    assert who(run("Since 1993, 24 children have been killed by the explosive force of air bags."),
               "the explosive force of air bags") is None
    assert who(run("A U.S. task force arrived in Haiti."), "A U.S. task force").code == "USAMIL"


def test_a_hyphenated_given_name_ner_left_out_belongs_to_the_name():
    """"Li In-mo": NER tags only "Li", which would then be the other Li of the story."""
    article = run("Defector Li Song-ho arrived in Seoul on Friday. Li said he wanted to stay. South Korea "
                  "repatriated Li In-mo, a northern partisan, in 1993.")
    assert who(article, "Li In-mo").name == "Li In-mo"
    assert who(article, "Li In-mo") != who(article, "Li Song-ho")


def test_a_city_before_an_agreement_names_where_it_was_signed_not_a_party():
    article = run("Trump withdrew from the Paris agreement. Obama praised the Paris climate accord.")
    assert not article.actors or all(a.country != "FRA" for a in article.actors)
    article = run("Putin's Beijing visit angered Washington.")
    assert who(article, "Beijing").code == "CHNGOV"  # the host of a visit stays the government


def test_a_person_name_never_becomes_a_country_by_spelling_likeness():
    article = run("Cameron criticized Russia on Monday.", published=dt.date(2015, 3, 1))
    assert who(article, "Cameron").kind == "person"
    assert all(a.country != "CMR" for a in article.actors)
    article = run("British Prime Minister David Cameron spoke on Monday. Cameron criticized Russia.")
    assert who(article, "Cameron", 1) is who(article, "British Prime Minister David Cameron")


def test_a_local_ruler_is_not_the_leader_named_in_the_article():
    article = run("President Obama spoke on Sunday. In the story, the local king ordered Daniel thrown to the lions.")
    king = who(article, "the local king")
    assert king is not None and king.name != "Barack Obama" and king.country is None


def test_a_demonym_for_one_person_or_a_relative_is_a_person_not_the_state():
    wife = who(run("His Pakistani wife accused the police."), "His Pakistani wife")
    assert wife.kind != "country" and wife.code == "PAKCVL"
    first = who(run("The first American to die in the war was honored by the president."), "American")
    assert first.kind == "person" and first.country == "USA" and first.code == "USACVL"
    article = run("Iran arrested the wife of an Iranian-American pastor.")
    assert who(article, "the wife") is None  # only a relative is meant: no actor of her own
    assert who(article, "American") is None or who(article, "American").kind != "country"
    assert who(run("The Americans bombed the village."), "Americans").kind == "country"
    assert who(run("The Chinese have been active around the islands."), "Chinese").kind == "country"


def test_a_performer_role_in_apposition_makes_a_capital_like_name_a_person():
    article = run("Washington, star of Scandal, criticized the senator.")
    assert who(article, "Washington").kind == "person"
    assert all(a.code != "USAGOV" for a in article.actors)


def test_a_possessed_body_part_is_no_antecedent_of_them():
    article = run("Armed men seized four guards, bound their wrists and shot them.")
    assert "guards" in who(article, "them").name
    article = run("The militants tied the hands of the hostages and shot them.")
    assert "hostages" in who(article, "them").name


def test_a_second_clause_after_a_report_verb_is_no_report_of_its_subject():
    article = run("Kenya said it had compensated 50 retired Indian traders for property they lost when the late "
                  "dictator Moi expelled them decades ago.")
    assert "traders" in who(article, "they").name
    assert "traders" in who(article, "them").name


def test_the_pronoun_taking_up_a_fronted_whoever_clause_names_no_older_mention():
    article = run("Rebels captured 12 villagers on Sunday. Whoever stayed on the bus, they beat them.")
    assert who(article, "them") is None
    article = run("Police detained the student leader Omar Said. Anyone who protests, they arrest him.")
    assert who(article, "him") is None


def test_a_he_or_his_for_the_only_person_at_hand_keeps_a_later_she_off_him():
    article = run("Senator Dana Wright met Governor Lee Park. Park said the plan was sound. "
                  "He added that she had doubts.")
    assert who(article, "she").name == "Dana Wright"
    article = run("Adviser Tom Grey said the deal was dead. He said Iran had cheated. "
                  "Later she told reporters the sanctions would stay.")
    assert who(article, "she") is None
    article = run("Adviser Tom Grey praised his team on Monday. Later she told reporters the sanctions would stay.")
    assert who(article, "she") is None  # a his teaches as a he does


def test_bare_intelligence_or_force_is_no_actor():
    article = run("The two countries agreed to share intelligence. Russia threatened to use force against Ukraine.")
    assert who(article, "intelligence") is None and who(article, "force") is None
    assert who(run("Pakistani intelligence arrested the suspects."), "Pakistani intelligence") is not None


def test_a_us_state_is_no_misspelt_country():
    article = run("Voters in Indiana backed the senator on Tuesday.")
    assert all(a.country != "IND" for a in article.actors)


def test_a_son_named_after_his_father_is_not_the_father():
    article = run("Donald Trump Jr. spoke at the convention on Monday.")
    son = who(article, "Donald Trump Jr.")
    assert son.name == "Donald Trump Jr." and son.kb_id != "person:donald trump"


def test_a_given_name_of_one_gender_keeps_the_other_pronoun_away():
    article = run("Angela Merkel welcomed Barack Obama in Berlin. Later she said the talks went well.")
    she = next(m for m in article.mentions if m.text == "she")
    assert article.actor(she.actor_id).name == "Angela Merkel"
    article = run("Barack Obama arrived in Berlin on Monday. She said the talks went well.")
    she = next((m for m in article.mentions if m.text == "She"), None)
    assert she is None or she.actor_id is None or article.actor(she.actor_id).name != "Barack Obama"


def test_he_in_a_direct_quote_is_not_its_speaker():
    article = run('Donald Trump praised Vladimir Putin on Monday. "He is a strong leader," Trump said.')
    he = next((m for m in article.mentions if m.text == "He"), None)
    assert he is None or article.actor(he.actor_id).name != "Donald Trump"
    article = run("Donald Trump said on Monday that he is a strong leader.")
    he = next(m for m in article.mentions if m.text == "he")
    assert article.actor(he.actor_id).name == "Donald Trump"  # reported speech: the speaker himself


def test_critics_rivals_and_hackers_are_parties():
    article = run("The senator criticized his rivals and his critics. Russian hackers stole the emails.")
    assert who(article, "his rivals").sector == "OPP"
    assert who(article, "his critics").sector == "CVL"
    assert who(article, "Russian hackers").code == "RUSCRM"


def test_he_in_a_quote_running_over_sentences_is_not_its_speaker():
    article = run("Donald Trump was asked about Vladimir Putin. ''He is tough. If he has killed reporters, "
                  "that is terrible,'' Mr. Trump said.")
    for mention in article.mentions:
        if mention.text.lower() == "he":
            assert article.actor(mention.actor_id).name != "Donald Trump"


def test_the_people_a_deportation_acts_on_are_no_state():
    for text in ("China says they were deported.", "Thailand has not explained why they were arrested."):
        article = run(text)
        they = next((m for m in article.mentions if m.text == "they"), None)
        assert they is None or article.actor(they.actor_id).kind not in ("country", "organisation")
    article = run("China and Russia said they would cooperate.")
    assert next(m for m in article.mentions if m.text == "they").actor_id is not None


def test_its_offer_rejected_is_someone_elses_offer():
    article = run("The United States offered new talks, but Tehran rejected its offer.")
    assert article.actor(next(m for m in article.mentions if m.text == "its").actor_id).country == "USA"
    article = run("Russia renewed its offer of talks.")
    assert article.actor(next(m for m in article.mentions if m.text == "its").actor_id).country == "RUS"
    # nor the answering state's under another name ("Iran", nearer than the United States)
    article = run("The United States warned that it will keep up pressure on Iran, as Tehran rejected its offer of talks.")
    assert article.actor(next(m for m in article.mentions if m.text == "its").actor_id).country == "USA"


def test_an_agreement_and_its_acronym_name_no_party():
    article = run("Iran stopped implementing the Joint Comprehensive Plan of Action, or JCPOA, which provided "
                  "Tehran with relief. Iran later said the JCPOA was dead.")
    assert who(article, "JCPOA") is None and who(article, "JCPOA", 1) is None
    assert who(article, "Comprehensive Plan") is None and who(article, "Tehran") is not None
    article = run("Mexico signed the North American Free Trade Agreement. The North Atlantic Treaty Organization met.")
    assert who(article, "Free Trade Agreement") is None
    assert who(article, "North Atlantic Treaty Organization") is not None


def test_a_place_name_inside_a_persons_name_is_the_person():
    """"CHAD Sweet", "Trevor HOLLAND": a country's name that begins or ends a two-word person's name
    is part of the name, not the country; "King Abdullah of JORDAN" and a demonym before a name
    ("Rwandan Hutu refugees") keep their place reading."""
    article = run("Chad Sweet criticized Donald Trump. Police captured Trevor Holland in Worthing.")
    sweet, holland = who(article, "Chad Sweet"), who(article, "Trevor Holland")
    assert sweet and sweet.kind == "person" and sweet.name == "Chad Sweet" and sweet.country != "TCD"
    assert holland and holland.kind == "person" and holland.country != "NLD"
    assert not any(a.kind == "country" for a in article.actors)
    king = run("King Abdullah of Jordan met Joe Biden in Washington.")
    assert who(king, "Jordan").kind == "country"
    refugees = run("Many Rwandan Hutu refugees refuse to go home.")
    assert who(refugees, "Rwandan").country == "RWA"


def test_an_address_form_is_no_part_of_a_name():
    """"Mr Arafat" (no full stop, so NER takes "Mr" in) is the Yasser Arafat named before; "Dr
    Hollingworth", which NER may tag as an organisation, is a person."""
    article = run("Palestinian leader Yasser Arafat called for calm. Israel later cut ties with Mr Arafat.")
    assert who(article, "Arafat", 1) is who(article, "Yasser Arafat")
    doctor = who(run("Mr Crean says he is not calling on Dr Hollingworth to resign."), "Hollingworth")
    assert doctor is not None and doctor.kind == "person" and doctor.name == "Hollingworth"


def test_a_negated_country_names_no_party():
    """"two non-US organisations", "anti-Israeli attacks": neither names the United States or Israel."""
    article = run("Bush called on his allies to freeze the assets of two non-US organisations after anti-Israeli attacks.")
    assert {a.country for a in article.actors} & {"USA", "ISR"} <= {"USA"}
    assert who(article, "US") is None and who(article, "Israeli") is None


def test_a_suspect_is_an_actor():
    assert who(run("Police arrested three suspects on Monday."), "three suspects").code.endswith("CRM")


def test_a_name_nobody_tagged_described_as_a_person_takes_the_next_he():
    """"Nop Vy, the association's executive director, told VOA ... He called": he is the director,
    not the person named before the untagged name."""
    article = run("Mech Dara was released after apologizing. Nop Vy, the association's executive director, told VOA "
                  "the release on bail was a good sign. He called for the charge to be dropped.")
    assert who(article, "He") is who(article, "executive director")


def test_a_body_named_by_its_kind_is_an_actor():
    """"banning the radical group", "investigate the taskforce": parties, though unnamed."""
    assert who(run("Parliament voted to ban the radical group on Monday."), "radical group").code.endswith("RAD")
    assert who(run("Detectives asked the ombudsman to investigate the taskforce."), "taskforce").code.endswith("GOV")


def test_parliament_buildings_stand_for_their_legislatures():
    article = run("Scotland's parliament opposed Westminster's plan, and Republicans on Capitol Hill agreed.")
    assert who(article, "Westminster").code == "GBRLEG"
    assert who(article, "Capitol Hill").code == "USALEG"


def test_peacekeepers_of_two_states_are_troops_of_both():
    article = run("Four American and two Fijian peacekeepers were wounded by a roadside bomb in the Sinai.")
    group = who(article, "Four American and two Fijian peacekeepers")
    assert group is not None and {article.actor(m).code for m in group.members} == {"USAMIL", "FJIMIL"}


def test_a_us_state_is_no_town_abroad_of_the_same_name():
    article = run("The two leaders will hold a summit in Florida in April.")
    assert who(article, "Florida").country == "USA"


def test_a_plural_title_before_two_names_titles_the_first():
    article = run("Officials prepared a summit between Presidents Trump and Xi in April.")
    assert who(article, "Trump").name == "Donald Trump"


def test_a_possessive_in_a_for_phrase_names_the_one_judged():
    article = run("President Obama went after Senator John McCain for his criticism of the mission.")
    assert who(article, "his").name == "John McCain"
    article = run("Chancellor Angela Merkel thanked President Barack Obama for his support.")
    assert who(article, "his").name == "Barack Obama"


def test_a_place_after_a_surname_particle_ends_a_persons_name():
    """"Leila de LIMA" is a senator, not Peru's capital; "de Lima" alone is still her name."""
    article = run("Senator Leila de Lima was arrested on Friday.")
    assert who(article, "Leila de Lima").kind == "person" and not any(a.country == "PER" for a in article.actors)
    article = run("As justice secretary, de Lima conducted a raid at the prison.")
    assert not any(a.country == "PER" or (a.code or "").startswith("PER") for a in article.actors)


def test_a_day_after_a_name_and_a_link_before_a_phrase_are_no_part_of_the_party():
    """"a meeting with Trump THURSDAY": the day is when, not part of the name; "... Permalink
    http://dw.com/p/2Xs0l Russian hackers": a share bar the parser glued to the phrase."""
    article = run("The prime minister is set to have a one-on-one meeting with Trump Thursday.")
    assert who(article, "Trump").name == "Donald Trump"
    assert not any("Thursday" in a.name for a in article.actors)
    article = run("Digg reddit Newsvine Permalink http://dw.com/p/2Xs0l Russian hackers allegedly targeted the Netherlands.")
    assert not any("http" in a.name or "Digg" in a.name for a in article.actors)
    assert any(a.name == "Russian hackers" for a in article.actors)


def test_a_day_the_parser_put_before_a_phrase_is_no_part_of_the_party():
    """"On TUESDAY Belfast's Court of Appeal rejected ...", "TOMORROW Yogi Adityanath will be sworn
    in": the day is when the party acts."""
    article = run("On Tuesday Belfast's Court of Appeal rejected the latest attempt by the family.")
    assert any(a.name == "Belfast's Court of Appeal" for a in article.actors)
    assert not any("Tuesday" in a.name for a in article.actors)
    article = run("Tomorrow Yogi Adityanath will be sworn in as chief minister of Uttar Pradesh.")
    assert any(a.name == "Yogi Adityanath" for a in article.actors)


def test_the_name_of_a_day_is_no_party():
    """"International Women's Day", "St Patrick's Day" name a day: neither women nor a saint acts."""
    article = run("Thousands marched on International Women's Day. President Higgins marked St Patrick's Day in Dublin.")
    assert not any("Women" in a.name or "Patrick" in a.name for a in article.actors)
    assert any(a.name == "Dublin" for a in article.actors)
