"""Senses of event words that state no act or no violence: sports results, election races, verbal
attacks between politicians, questions, released figures (``dateline/events/senses.py``).

Actors are given by hand (phrase → actor) so the tests exercise the sense rules alone.
"""

from __future__ import annotations

import pytest
from eventkit import code_with_actors

from dateline.events.senses import sports_report
from dateline.model import Article
from dateline.nlp import load_nlp
from dateline.pipeline import extract

#: phrase → (actor id, CAMEO code, kind)
ACTORS = {
    "Romania": ("ROU", "ROU", "country"), "Lithuania": ("LTU", "LTU", "country"),
    "Senator Vance": ("VANCE", "USALEG", "person"), "Governor Ortiz": ("ORTIZ", "USAGOV", "person"),
    "Russia": ("RUS", "RUS", "country"), "Ukraine": ("UKR", "UKR", "country"),
    "Police": ("POL", "COP", "group"), "protesters": ("PRO", "OPP", "group"),
    "the gunmen": ("GUN", "UAF", "group"), "the mayor": ("MAYOR", "GOV", "person"),
    "Reporters": ("MEDIA", "MED", "group"), "Putin": ("PUTIN", "RUSGOV", "person"),
    "Acme Corp": ("ACME", "BUS", "organisation"), "Israel": ("ISR", "ISR", "country"),
    "prisoners": ("PRIS", "PSECVL", "group"), "Hamas": ("HAMAS", "PSEREB", "group"),
    "children": ("KIDS", "CVL", "group"), "American troops": ("USTROOPS", "USAMIL", "group"),
}


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def coded(nlp, text: str) -> Article:
    return code_with_actors(nlp, text, {phrase: (actor_id, code, None, kind) for phrase, (actor_id, code, kind) in ACTORS.items()})


def codes(article: Article) -> set[tuple[str | None, str | None, str]]:
    return {(e.source, e.target, e.code) for e in article.events}


def test_sports_result_is_no_assault(nlp):
    assert not coded(nlp, "Romania beat Lithuania 2-1 in their under-21 match on Friday.").events


def test_violence_keeps_the_material_code(nlp):
    assert ("POL", "PRO", "182") in codes(coded(nlp, "Police beat protesters in the capital."))
    assert ("RUS", "UKR", "190") in codes(coded(nlp, "Russia attacked Ukraine on Monday."))


def test_election_race_is_no_assault(nlp):
    assert not coded(nlp, "Governor Ortiz beat Senator Vance in the primary.").events
    assert not coded(nlp, "Governor Ortiz and Senator Vance were battling for second place.").events


def test_attack_between_politicians_is_criticism(nlp):
    article = coded(nlp, "Senator Vance attacked Governor Ortiz over the budget.")
    assert codes(article) == {("VANCE", "ORTIZ", "111")}
    assert any("verbal sense" in note for note in article.events[0].why.notes)


def test_an_attack_launched_between_politicians_is_criticism(nlp):
    """A light verb takes the sense of its noun: "launched an attack against" a politician, with no force."""
    article = coded(nlp, "Senator Vance launched a blistering attack against Governor Ortiz, calling him a liar.")
    assert codes(article) == {("VANCE", "ORTIZ", "111")}
    assert ("HAMAS", "ISR", "190") in codes(coded(nlp, "Hamas launched an attack against Israel."))


def test_armed_party_or_violence_word_keeps_the_attack(nlp):
    assert ("GUN", "MAYOR", "190") in codes(coded(nlp, "the gunmen attacked the mayor."))
    assert ("PUTIN", "UKR", "190") in codes(coded(nlp, "Putin attacked Ukraine."))


def test_questions_and_released_figures_state_no_act(nlp):
    assert not coded(nlp, "Reporters asked Putin whether he would attack Ukraine.").events
    assert not coded(nlp, "Acme Corp released its first half figures on Friday.").events
    assert ("ISR", "PRIS", "0841") in codes(coded(nlp, "Israel released 20 prisoners on Friday."))


def test_declining_to_give_a_name_rejects_nobody(nlp):
    assert not coded(nlp, "the mayor declined to give a forecast for the full year.").events
    assert not coded(nlp, "the mayor declined to give a specific price tag.").events


def test_results_page_is_a_sports_report(nlp):
    page = nlp("Tim Smith beat Jan Novak 6-3 6-4.\n\nAna Ruiz beat Eva Berg 7-5 6-2.\n\nLi Wei beat Tom Hart 6-1 6-0.")
    assert sports_report(page)
    assert not sports_report(nlp("Talks resumed in 2010-2011. The vote was held on 12 May."))


def test_sports_page_codes_nothing_without_force(nlp):
    text = ("Romania beat Lithuania 2-1 on Friday.\n\nThe match was played in Bucharest.\n\n"
            "Governor Ortiz thanked the team after the game.")
    assert not coded(nlp, text).events


def test_violence_words_in_a_sports_page_are_the_game_s_own(nlp):
    """"Senator Vance fired a 62 as Governor Ortiz shot 67" on a golf page shoots nobody; a request
    there near a violence word ("the war") stays one, and an armed party still shows force."""
    text = ("Romania beat Lithuania 2-1 on Friday.\n\nThe match was played in Bucharest.\n\n"
            "Senator Vance fired a 62 as Governor Ortiz shot 67 in his debut at the golf tournament.\n\n"
            "Senator Vance called on Governor Ortiz to play in Bosnia after the war.\n\n"
            "the gunmen shot Governor Ortiz at the stadium.")
    found = codes(coded(nlp, text))
    assert not [c for c in found if c[2].startswith("19") and c[0] != "GUN"]
    assert ("VANCE", "ORTIZ", "020") in found and any(c[0] == "GUN" for c in found)


def test_accident_deaths_are_no_assault(nlp):
    assert not coded(nlp, "Since 1993, 24 children have been killed by air bags in car crashes.").events
    assert ("GUN", "KIDS", "1823") in codes(coded(nlp, "the gunmen killed 24 children in a car crash."))


def test_armed_victims_of_an_accident_suffer_no_assault(nlp):
    """Soldiers are an armed party, yet "killed in a helicopter crash" states no attack; "in an
    ambush" after a crash still does."""
    assert not coded(nlp, "Two Israel soldiers have been killed in a helicopter crash, the army said.").events
    assert not coded(nlp, "Two Russia soldiers were killed when their helicopter crashed.").events
    assert codes(coded(nlp, "Two Russia soldiers were killed in a rocket attack after their helicopter crashed."))


def test_agreeing_with_someone_is_an_opinion(nlp):
    assert not coded(nlp, "Senator Vance agrees with Governor Ortiz.").events
    assert ("ISR", "HAMAS", "030") in codes(coded(nlp, "Israel agreed with Hamas on a prisoner exchange."))
    assert ("ISR", "HAMAS") in {(e.source, e.target) for e in coded(nlp, "Israel agreed with the Hamas proposal.").events}


def test_asking_for_comment_is_no_appeal(nlp):
    assert not coded(nlp, "Acme Corp did not respond to requests from Reporters for comment.").events
    assert not coded(nlp, "When Reporters asked Putin for comment, he declined.").events
    assert not coded(nlp, "Putin was asked by Reporters for details.").events


def test_campaign_rally_bare_when_asked_and_met_expectations_state_no_act(nlp):
    assert not coded(nlp, "the mayor spoke at a rally of Senator Vance before the primary vote.").events
    assert coded(nlp, "protesters held a rally against Senator Vance before the primary vote.").events
    assert not coded(nlp, "When asked, Senator Vance said the vote was fair.").events
    assert not coded(nlp, "Acme Corp met expectations in the first quarter.").events


def test_recipient_makes_a_denial_a_refusal_and_a_that_clause_makes_a_charge_an_accusation(nlp):
    assert ("ISR", "PRIS", "120") in codes(coded(nlp, "Israel is denying flu vaccines to prisoners."))
    assert ("ISR", "HAMAS", "112") in codes(coded(nlp, "Israel charged that Hamas ignored the truce."))


def test_party_attacking_in_words_dropped_probes_and_giving_up_weapons(nlp):
    assert ("MEDIA", "VANCE", "111") in codes(coded(nlp, "Reporters attacked Senator Vance for his remarks."))
    assert not coded(nlp, "Israel has dropped its investigation into Hamas.").events
    assert not coded(nlp, "Israel gave up its weapons program.").events


def test_a_facility_hosts_no_visit(nlp):
    ACTORS["the hospital"] = ("HOSP", "HLH", "organisation")
    try:
        article = coded(nlp, "Putin paid a visit to the hospital on Monday.")
    finally:
        del ACTORS["the hospital"]
    assert codes(article) == {("PUTIN", None, "042")}


def test_dateline_opening_names_no_actor(nlp):
    article = coded(nlp, "BUCHAREST, Romania — U.S. Defense Secretary Putin on Wednesday accused Ukraine of coercion.")
    assert ("PUTIN", "UKR", "112") in codes(article) and not any(e.source == "ROU" for e in article.events)


def test_market_talk_conference_calls_band_tours_and_adjectives_state_no_act(nlp):
    assert not coded(nlp, "The dollar was supported by Reporters on Friday.").events
    assert not coded(nlp, "Acme Corp hosts a conference call at 9 a.m.").events
    assert not coded(nlp, "Senator Vance and Governor Ortiz will tour together for the first time.").events
    assert not coded(nlp, "Putin's anger, as demonstrated by his departure, worried Ukraine.").events
    assert not coded(nlp, "Why Acme Corp is promising.").events
    assert ("PUTIN", "UKR", "042") in codes(coded(nlp, "Putin toured Ukraine on Monday."))


def test_campaigning_for_a_candidate_supports_and_phone_banks_call_nobody(nlp):
    assert ("PUTIN", "VANCE", "051") in codes(coded(nlp, "Putin campaigned for Senator Vance in Ohio."))
    assert not coded(nlp, "Senator Vance held phone banks in Ohio.").events


def test_nobody_killed_meetings_with_brutality_and_questions_by_the_press(nlp):
    ACTORS["no prisoners"] = ("NOPRIS", "CVL", "group")
    try:
        assert not coded(nlp, "Luckily no prisoners were killed in the attack.").events
    finally:
        del ACTORS["no prisoners"]
    assert not any(e.code.startswith("04") for e in coded(nlp, "A plea by Reporters was met with brutality by Putin.").events)
    assert not any(e.code.startswith("02") for e in coded(nlp, "Asked by Reporters about the attack, Putin said nothing.").events)


def test_civilians_named_only_by_a_pronoun_are_no_attackers():
    """"The refugees reached the border. They attacked two guards": a violent act keeps no civilian
    source that only a pronoun names (full pipeline: the actors stage resolves "they")."""
    import dateline

    article = dateline.extract("The refugees reached the border on Monday. They attacked two guards.")
    assert [e.source for e in article.events if e.root == "19"] == [None]
    militants = dateline.extract("Militants reached the border on Monday. They attacked two guards.")
    assert all(e.source for e in militants.events if e.root == "19")


def test_a_visit_to_a_border_or_prison_has_no_host(nlp):
    assert codes(coded(nlp, "Putin visited the Ukraine border on Monday.")) == {("PUTIN", None, "042")}


def test_a_present_relative_clause_on_a_bare_plural_is_a_kind_not_an_act(nlp):
    ACTORS["Bloggers"] = ("BLOG", "MED", "group")
    try:
        assert not coded(nlp, "Bloggers who praise Putin gain many followers.").events
        assert ("BLOG", "PUTIN", "051") in codes(coded(nlp, "Bloggers who praised Putin gained many followers."))
    finally:
        del ACTORS["Bloggers"]


def test_a_poll_share_states_no_act(nlp):
    assert not any(e.plover_type == "SUPPORT" for e in coded(nlp, "About 52 percent of protesters support Putin.").events)
    assert not any(e.plover_type == "SUPPORT" for e in coded(nlp, "Putin is supported by 13 percent of protesters.").events)
    assert any(e.plover_type == "SUPPORT" for e in coded(nlp, "Thousands of protesters support Putin.").events)


def test_receiving_votes_or_a_letter_hosts_no_guest(nlp):
    assert not any(e.plover_type == "CONSULT" for e in coded(nlp, "Putin received 300 votes from protesters.").events)
    assert not any(e.plover_type == "CONSULT" for e in coded(nlp, "Putin received Lithuania's approval on Monday.").events)
    assert not any(e.plover_type == "CONSULT" for e in coded(nlp, "Putin received the mayor's photos on Monday.").events)
    # the guest must be a party (triggers.json receive-guest "patient": "actor"): the whole pipeline reads
    # "Lithuania's president" as one; the hand table here knows only Lithuania, its owner
    received = extract("Putin received Lithuania's president on Monday.", date="2017-03-01")
    assert any(e.plover_type == "CONSULT" for e in received.events)


def test_striking_a_balance_and_conceding_a_point_state_no_act(nlp):
    assert coded(nlp, "Putin sought to strike a balance between Russia and Ukraine.").events == []
    assert not any(e.plover_type == "CONCEDE" for e in coded(nlp, "Putin conceded the situation in Ukraine is bad.").events)


def test_visiting_a_relative_is_private_life(nlp):
    assert coded(nlp, "Putin visited his daughter in Moscow on Monday.").events == []


def test_asked_to_name_is_a_question_pledged_that_is_an_assertion(nlp):
    assert coded(nlp, "Putin was asked to name a decision Romania made.").events == []
    assert not any(e.plover_type == "AGREE" for e in coded(nlp, "Putin pledged that Russia really is in favor of free trade.").events)
    assert any(e.plover_type == "AGREE" for e in coded(nlp, "Putin promised that Russia would help Ukraine.").events)


def test_capturing_an_image_shooting_a_video_executing_a_plan_are_no_violence(nlp):
    assert coded(nlp, "Police captured images of the protesters on Monday.").events == []
    assert coded(nlp, "The video, shot by Reporters in Lithuania, went viral.").events == []
    assert coded(nlp, "Putin said the plan will be hard for Russia to execute.").events == []
    assert any(e.code.startswith("18") for e in coded(nlp, "Hamas executed five prisoners.").events)


def test_a_candidate_s_own_rally_is_no_protest(nlp):
    assert not any(e.plover_type == "PROTEST" for e in coded(nlp, "Violence broke out at his campaign rallies in Lithuania.").events)


def test_a_rally_one_person_holds_is_no_protest_unless_its_own_clause_says_so(nlp):
    # no election word in these sentences: the holder being one person is what tells
    assert coded(nlp, "Senator Vance visited Lithuania on Saturday, holding a rally that drew 5,000 people.").events \
        and not any(e.plover_type == "PROTEST" for e in coded(
            nlp, "Senator Vance visited Lithuania on Saturday, holding a rally that drew 5,000 people.").events)
    assert not coded(nlp, "protesters gathered outside, where Senator Vance was holding his first rally in Lithuania.").events
    assert ("VANCE", "ORTIZ", "141") in codes(coded(nlp, "Senator Vance led a rally against Governor Ortiz in Lithuania."))
    assert any(e.code == "141" for e in coded(nlp, "Senator Vance held a rally to protest the law of Governor Ortiz.").events)
    assert any(e.code == "141" for e in coded(nlp, "protesters held a rally in Lithuania on Sunday.").events)


def test_people_hurt_in_confrontations_with_police_were_hurt_by_the_police(nlp):
    article = coded(nlp, "Ten protesters were injured in violent confrontations with Police in Lithuania.")
    assert ("POL", "PRO", "182") in codes(article)


def test_the_city_a_protest_happens_in_is_no_target_a_country_is(nlp):
    city = code_with_actors(nlp, "Protesters marched in Vilnius on Thursday.",
                            {"Protesters": ("PRO", "OPP", None, "group"), "Vilnius": ("VNO", "LTUCVL", "LTU", "other")})
    assert {(e.source, e.target) for e in city.events if e.code.startswith("14")} == {("PRO", None)}
    country = coded(nlp, "Thousands of protesters marched in Lithuania on Thursday.")
    assert ("PRO", "LTU") in {(e.source, e.target) for e in country.events if e.code.startswith("14")}


def test_striking_out_batters_hits_nobody(nlp):
    assert coded(nlp, "Putin struck out eight batters in Lithuania.").events == []


def test_a_war_given_as_the_reason_of_an_attack_shows_no_force(nlp):
    """"attacked X FOR her support of the war": the war is what X is criticised for."""
    assert codes(coded(nlp, "Senator Vance attacked Governor Ortiz for her support of the war.")) == {
        ("VANCE", "ORTIZ", "111")}


def test_appeal_as_attraction_is_no_request(nlp):
    """"Putin's appeal among voters" is popularity; "an appeal to Russia" asks something."""
    assert not coded(nlp, "Putin's appeal among Russian voters has grown.").events
    assert not coded(nlp, "Governor Ortiz may hold particular appeal for Reporters.").events
    assert ("ORTIZ", "RUS", "020") in codes(coded(nlp, "Governor Ortiz made an appeal to Russia to stop the war."))


def test_meeting_with_resistance_and_shelling_out_money_are_no_acts(nlp):
    assert not coded(nlp, "Putin's plan has met with resistance in Russia.").events
    assert not coded(nlp, "Acme Corp shelled out millions to broadcast a film in Russia.").events
    assert codes(coded(nlp, "Hamas shelled Israel on Monday.")) == {("HAMAS", "ISR", "190")}


def test_agreeing_on_an_opinion_is_no_agreement_to_act(nlp):
    assert not coded(nlp, "Putin agreed that Ukraine should change its rules.").events
    assert not coded(nlp, "Reporters all agreed Putin won the debate.").events
    assert any(e.code == "030" for e in coded(nlp, "Russia agreed that talks with Ukraine would resume in May.").events)


def test_greeted_with_chants_is_no_hosting(nlp):
    assert not coded(nlp, "Putin was greeted with chants of support in Russia.").events


def test_charging_into_the_fray_and_quitting_a_race_are_no_acts(nlp):
    assert not coded(nlp, "Governor Ortiz charged into the fray against Senator Vance.").events
    assert not coded(nlp, "Senator Vance quit the race on Tuesday.").events
    assert codes(coded(nlp, "Senator Vance quit on Tuesday.")) == {("VANCE", None, "0831")}


def test_threatening_an_abstraction_and_signing_a_constitutional_document_are_no_acts(nlp):
    assert not coded(nlp, "Putin is threatening the territorial integrity of Ukraine.").events
    assert not coded(nlp, "Putin signed a constitutional declaration on Thursday.").events
    assert codes(coded(nlp, "Russia threatened Ukraine with sanctions.")) == {("RUS", "UKR", "130")}


def test_destroying_an_abstraction_or_a_record_attacks_no_property(nlp):
    assert not coded(nlp, "Putin is destroying the credibility of Ukraine.").events
    assert not coded(nlp, "Hamas destroyed the computer hard drives before leaving.").events
    assert {code for _, _, code in codes(coded(nlp, "Hamas destroyed the bridge to Israel."))} == {"1712"}


def test_quitting_a_habit_is_no_resignation(nlp):
    assert "0831" not in {c for _, _, c in codes(coded(nlp, "Putin told Reporters to quit making trouble."))}
    assert {c for _, _, c in codes(coded(nlp, "Putin quit on Friday."))} == {"0831"}


def test_bare_assent_is_no_agreement(nlp):
    assert not coded(nlp, "Senator Vance agreed.").events
    assert not coded(nlp, "Putin seemed to agree.").events
    assert codes(coded(nlp, "Russia and Ukraine agreed.")) == {("RUS", "UKR", "030"), ("UKR", "RUS", "030")}
    assert codes(coded(nlp, "A truce could hold if Russia agrees.")) == {("RUS", None, "030")}
    assert codes(coded(nlp, "Putin agreed to meet Senator Vance.")) >= {("PUTIN", None, "030")}


def test_questions_put_to_someone_are_no_requests(nlp):
    assert not coded(nlp, "Senator Vance was asked.").events
    assert not coded(nlp, "Governor Ortiz avoided the questions he was asked by Senator Vance.").events
    assert not coded(nlp, '"But why?" Senator Vance asked Governor Ortiz.').events
    assert codes(coded(nlp, "Senator Vance asked Governor Ortiz to leave Ukraine.")) == {("VANCE", "ORTIZ", "020")}


def test_an_open_question_of_whom_to_back_is_no_act(nlp):
    assert not coded(nlp, "Reporters have not decided whom to support.").events
    assert codes(coded(nlp, "Reporters have decided to support Putin.")) == {("MEDIA", "PUTIN", "051")}


def test_supporting_an_abstraction_nobody_owns_praises_no_party(nlp):
    """"support renewable energies", "doesn't support the measure" praise nobody; a named owner of the
    thing supported is the party praised, and a party supported directly stays an event."""
    assert not [e for e in coded(nlp, "Russia does not support the measure.").events if e.code.startswith("05")]
    assert not [e for e in coded(nlp, "Israel will back its claims with records.").events if e.code.startswith("05")]
    assert ("RUS", "PUTIN", "051") in codes(coded(nlp, "Russia supported Putin's policy."))
    assert ("RUS", "UKR", "051") in codes(coded(nlp, "Russia supported Ukraine."))
    assert ("RUS", "HAMAS", "051") in codes(coded(nlp, "Russia backed the Hamas peace effort."))  # a named modifier owns it
    assert not coded(nlp, "Russia backed the peace effort.").events


def test_support_expressed_for_an_abstraction_nobody_owns_praises_no_party(nlp):
    assert not coded(nlp, "Russia expressed support for the measure.").events
    assert not any(e.code.startswith("05") for e in coded(nlp, "Russia's support for the measure angered Israel.").events)
    assert ("RUS", "UKR", "051") in codes(coded(nlp, "Russia expressed support for Ukraine."))
    assert ("ISR", "RUS", "111") in codes(coded(nlp, "Israel criticized Russia's support for the measure."))
    assert ("RUS", "PUTIN", "051") in codes(coded(nlp, "Israel and Russia expressed support for the policy of Putin."))


def test_opposing_an_issue_nobody_owns_rejects_no_party(nlp):
    """"opposes abortion", "opposed an increase to the minimum wage" are stances on an issue; opposing
    a party or a named party's policy stays a rejection, also inside a claim about it."""
    assert not coded(nlp, "Governor Ortiz, who opposes abortion, spoke in Lithuania.").events
    assert not coded(nlp, "Senator Vance opposed an increase to the federal minimum wage.").events
    assert ("ORTIZ", "VANCE", "120") in codes(coded(nlp, "Governor Ortiz opposed the policy of Senator Vance."))
    assert ("ORTIZ", "RUS", "120") in codes(coded(nlp, "Reporters repeated the claim that Governor Ortiz opposed Russia."))


def test_an_attack_aimed_at_a_law_or_a_plan_is_criticism(nlp):
    """What a figurative word is aimed at can take no force: a law, a plan, provisions of a code —
    whatever violence the sentence names elsewhere ("ads about guns")."""
    article = coded(nlp, "Putin's attack on the budget angered Senator Vance, who ran ads about guns.")
    assert {c[2] for c in codes(article)} == {"111"}
    assert any("aimed at a law" in note for note in article.events[0].why.notes)
    assert {c[2] for c in codes(coded(nlp, "Senator Vance attacked four provisions in the tax code on guns."))} == {"111"}
    assert ("GUN", "MAYOR", "190") in codes(coded(nlp, "the gunmen attacked the mayor with guns."))


def test_the_topic_of_an_attack_in_words_is_no_violence(nlp):
    """"attacked Ortiz ON GUNS": the guns are what he is criticised about."""
    assert codes(coded(nlp, "Senator Vance attacked Governor Ortiz on guns.")) == {("VANCE", "ORTIZ", "111")}
    assert codes(coded(nlp, "Senator Vance attacked Governor Ortiz with guns.")) == {("VANCE", "ORTIZ", "190")}


def test_a_struggle_to_keep_a_law_is_no_fight(nlp):
    """"fought hard to defend the budget": the defence is the act; a fight to take a country stays one."""
    assert codes(coded(nlp, "Putin fought hard to defend the budget against Senator Vance.")) == {("PUTIN", "VANCE", "052")}
    assert ("RUS", "UKR", "190") in codes(coded(nlp, "Russia fought to retake Ukraine."))


def test_violence_done_to_oneself_attacks_nobody(nlp):
    """"urged protesters to KILL THEMSELVES": no party attacks another; others beside the reflexive
    are still attacked."""
    assert not [c for c in codes(coded(nlp, "Police urged protesters to kill themselves.")) if c[2].startswith("18")]
    assert ("GUN", "MAYOR", "1823") in codes(coded(nlp, "the gunmen killed themselves and the mayor."))


def test_a_question_put_at_a_scene_asks_nothing_of_anyone(nlp):
    """"When asked AT a news conference about the war, Putin said ...": a question, no appeal."""
    assert not [c for c in codes(coded(nlp, "When asked at a news conference about the war, Putin praised the mayor."))
                if c[2].startswith("02")]


def test_recognition_is_between_states_and_bodies(nlp):
    """Diplomatic recognition is a state's or a body's act; a person recognised by children is
    identified, unless recognised AS something."""
    assert ("RUS", "UKR", "054") in codes(coded(nlp, "Russia recognized Ukraine in 1991."))
    assert not [c for c in codes(coded(nlp, "the mayor was recognized by children at the station."))
                if c[2] == "054"]
    assert ("RUS", "MAYOR", "054") in codes(coded(nlp, "Russia recognized the mayor as president."))


def test_an_attack_made_in_words_or_by_a_text_is_criticism(nlp):
    """"Hamas attacked Israel IN A STATEMENT", "the mayor is attacked IN THE MEDIA", "Putin's ARTICLE
    attacked the mayor": words, whoever says them; the same attack with force stays one."""
    assert codes(coded(nlp, "Hamas attacked Israel in a statement on Sunday.")) == {("HAMAS", "ISR", "111")}
    assert {c[2] for c in codes(coded(nlp, "As the mayor is attacked in the media, Senator Vance is celebrated."))} == {"111"}
    assert codes(coded(nlp, "Putin's article attacked the mayor.")) == {("PUTIN", "MAYOR", "111")}
    assert {c[2] for c in codes(coded(nlp, "Police say the mayor is being attacked in fake news."))} == {"111"}
    assert ("HAMAS", "ISR", "190") in codes(coded(nlp, "Hamas attacked Israel on Sunday."))


def test_greeting_voters_or_a_crowd_hosts_no_guest(nlp):
    """"the mayor greeted voters at a polling place" is campaigning; "Putin greeted the mayor" hosts him."""
    assert not coded(nlp, "the mayor greeted voters at a polling place in Kyiv.").events
    assert ("PUTIN", "MAYOR", "043") in codes(coded(nlp, "Putin greeted the mayor at the airport."))


def test_a_heart_attack_is_an_illness(nlp):
    """"the mayor has had a HEART attack" names an illness; "the mayor's attack on Hamas" stays an act."""
    assert not coded(nlp, "Putin said the mayor has had a heart attack.").events
    assert ("MAYOR", "HAMAS", "190") in codes(coded(nlp, "the mayor's attack on Hamas killed prisoners."))


def test_blasting_a_building_or_with_war_machines_is_force(nlp):
    """"blasted" is criticism between people, force when aimed at a building or done by jets."""
    assert codes(coded(nlp, "Israel's jets blasted a building of Hamas in Gaza.")) == {("ISR", "HAMAS", "190")}
    assert {(c[0], c[2]) for c in codes(coded(nlp, "Russia blasted buildings in Ukraine."))} == {("RUS", "190")}
    assert codes(coded(nlp, "Senator Vance blasted Governor Ortiz.")) == {("VANCE", "ORTIZ", "111")}
    assert {c[2] for c in codes(coded(nlp, "Senator Vance blasted the raids and the White House."))} == {"111"}


def test_people_killed_in_a_fire_or_a_collapse_suffer_no_attack(nlp):
    """A bare fire or a collapse in the cause phrase of a harm (also of a verb joined to it) is a
    calamity; fire someone made stays violence."""
    assert not coded(nlp, "Four prisoners were killed and eight others injured when a fire broke out in Kyiv.").events
    assert not coded(nlp, "children were injured after a roof collapsed in Kyiv.").events
    assert not coded(nlp, "Ukraine mourns the children killed in a fire in Kyiv.").events
    assert ("KIDS", "1823") in {(c[1], c[2]) for c in codes(coded(nlp, "children were killed in Russia's fire on Kyiv."))}
    assert ("KIDS", "1823") in {(c[1], c[2]) for c in codes(coded(nlp, "children were killed after the gunmen fired at a bus."))}


def test_a_strike_in_a_sentence_about_work_is_industrial_action(nlp):
    """"Acme Corp is prepared to escalate the STRIKE" over wages is a labour dispute (143), not an
    air strike; a strike with violence stays force."""
    assert codes(coded(nlp, "Acme Corp is prepared to escalate the strike by workers over wages.")) == {("ACME", None, "143")}
    assert ("RUS", "UKR", "195") in codes(coded(nlp, "Russia launched a missile strike on Ukraine as workers fled."))


def test_striking_nobody_over_pay_is_industrial_action(nlp):
    """"the protesters struck on Monday over pay", "will strike for higher wages": a strike verb with
    nobody struck, in a sentence about work, is a labour strike; striking someone stays force."""
    assert codes(coded(nlp, "The protesters struck on Monday over pay.")) == {("PRO", None, "143")}
    assert codes(coded(nlp, "The protesters will strike for higher wages.")) == {("PRO", None, "143")}
    assert ("PRO", "RUS", "190") in codes(coded(nlp, "The protesters struck Russia over pay."))


def test_a_town_is_visited_but_hosts_nobody(nlp):
    """"his annual visit to Bethlehem": the town is where Putin goes (042), no host (043); a state
    visited hosts its guest."""
    ACTORS["Bethlehem"] = ("BETH", "PSE", "other")
    try:
        article = coded(nlp, "Putin made his annual visit to Bethlehem.")
    finally:
        del ACTORS["Bethlehem"]
    assert codes(article) == {("PUTIN", "BETH", "042")}
    assert ("UKR", "PUTIN", "043") in codes(coded(nlp, "Putin made a visit to Ukraine."))


def test_a_cricket_report_codes_no_attack(nlp):
    """Bowlers are a side's "attack": in a report of the toss and the batsmen it attacks nobody."""
    assert not coded(nlp, "Putin won the toss and chose bowling. The batsmen struggled early against the spinner. "
                          "Putin attacked the mayor.").events


def test_a_suicide_attack_is_a_suicide_bombing(nlp):
    """"a SUICIDE attack", "attacks by the SUICIDE bombers", "CAR bombings": CAMEO 1831 and 1832, not
    force in general (190)."""
    ACTORS["suicide bombers"] = ("BOMB", "PSEUAF", "group")
    try:
        assert ("BOMB", None, "1831") in codes(coded(nlp, "Israel condemned deliberate attacks by the suicide bombers."))
    finally:
        del ACTORS["suicide bombers"]
    assert ("HAMAS", "ISR", "1831") in codes(coded(nlp, "Hamas carried out a suicide attack on Israel."))
    assert ("HAMAS", "ISR", "1832") in codes(coded(nlp, "Hamas's car bombings against Israel continued."))
    assert ("HAMAS", "ISR", "190") in codes(coded(nlp, "Hamas carried out an attack on Israel."))


def test_a_person_fighting_with_insurgents_is_on_their_side(nlp):
    """"arrested for fighting WITH Hamas": the person fights on their side, Hamas is no target; two
    bodies fighting with each other clash."""
    assert ("MAYOR", None, "190") in codes(coded(nlp, "Police say the mayor has been fighting with Hamas in Gaza."))
    assert not [c for c in codes(coded(nlp, "Police say the mayor has been fighting with Hamas in Gaza.")) if c[1] == "HAMAS"]
    assert ("POL", "HAMAS", "190") in codes(coded(nlp, "Police fought with Hamas in the north."))
    ACTORS["an Australian man"] = ("MAN", "AUSUNK", "group")
    try:
        fought = codes(coded(nlp, "Police met the family of an Australian man who has been fighting with Hamas."))
    finally:
        del ACTORS["an Australian man"]
    assert ("MAN", None, "190") in fought and ("MAN", "HAMAS", "190") not in fought


def test_something_captured_on_camera_is_recorded_not_seized(nlp):
    """"the shooting was captured ON camera, IN photos": a recording; nothing is seized."""
    assert not [e for e in coded(nlp, "Police were captured in photos and on video.").events if e.code.startswith("17")]
    assert ("HAMAS", "POL", "171") in codes(coded(nlp, "Hamas captured Police in the north."))


def test_fire_at_needs_its_own_at(nlp):
    """"fired for wearing a headscarf to work AT a company" dismisses someone; "fired AT police" shoots."""
    assert not coded(nlp, "The case of a receptionist fired for wearing a headscarf to work at Acme Corp was heard.").events
    assert ("GUN", "POL", "190") in codes(coded(nlp, "the gunmen fired at Police near the port."))
    assert ("POL", "PRO", "190") in codes(coded(nlp, "Police fired tear gas, rubber bullets, and stun grenades at protesters."))


def test_a_denied_opinion_that_someone_should_act_is_no_demand(nlp):
    """"said he DIDN'T THINK Sessions should recuse": no demand; "said Ukraine should not join" is one."""
    assert not [e for e in coded(nlp, "Putin said he did not think Ukraine should join the alliance.").events
                if e.code == "100"]
    assert ("PUTIN", "UKR", "100") in codes(coded(nlp, "Putin said Ukraine should not join the alliance."))


def test_rejected_asylum_seekers_are_a_kind_of_migrant(nlp):
    """"deport REJECTED asylum-seekers": no rejection by the deporting state."""
    assert not [e for e in coded(nlp, "Israel will deport rejected asylum-seekers to Russia.").events if e.code.startswith("12")]
    assert ("ISR", "RUS", "120") in codes(coded(nlp, "Israel rejected the offer from Russia."))



def test_a_greeting_by_applause_hosts_nobody(nlp):
    """"was greeted BY thunderous applause": a reception, no host; "greeted by the mayor" is a visit hosted."""
    assert not coded(nlp, "Putin was greeted by thunderous applause.").events
    assert coded(nlp, "Putin was greeted by the mayor.").events


def test_sanctioning_a_merger_approves_it(nlp):
    """"pressured the fund to SANCTION the merger": approval, no sanction; "sanctioned Russia" punishes."""
    assert not [e for e in coded(nlp, "Police pressured Acme Corp to sanction the merger.").events if e.code.startswith("16")]
    assert ("UKR", "RUS", "163") in codes(coded(nlp, "Ukraine sanctioned Russia over the war."))


def test_an_idea_attacked_in_the_passive_is_criticised(nlp):
    """"French VALUES are being attacked": an idea as the passive subject — words, no force."""
    assert {e.code for e in coded(nlp, "Putin said the values of Russia are being attacked.").events} == {"111"}


def test_hosting_troops_stations_them_and_hosts_no_visit(nlp):
    assert not any(e.code.startswith("04") for e in coded(nlp, "Romania, which hosts American troops, supports the plan.").events)
    assert any(e.code.startswith("04") for e in coded(nlp, "Romania hosted Putin in Bucharest on Monday.").events)


def test_complaining_of_pains_is_a_symptom_not_a_complaint(nlp):
    assert not coded(nlp, "Putin was taken to hospital after complaining of stomach pains.").events
    assert any(e.code.startswith("11") for e in coded(nlp, "Putin complained about the sanctions to Romania.").events)


def test_people_who_evacuated_were_aided_by_nobody(nlp):
    assert not coded(nlp, "15 children evacuated.").events
    assert ("POL", "KIDS", "073") in codes(coded(nlp, "Police evacuated children from the town."))


def test_a_work_or_an_idea_that_appeals_asks_nothing(nlp):
    assert not coded(nlp, "Putin's policy appealed to voters in Romania.").events
    assert ("PUTIN", "ROU", "020") in codes(coded(nlp, "Putin appealed to Romania for help."))


def test_a_danger_that_threatens_is_no_threat_anyone_makes(nlp):
    assert not coded(nlp, "Romania and Lithuania were threatened by domestic terrorism.").events
    assert ("RUS", "ROU", "130") in codes(coded(nlp, "Romania was threatened by Russia."))


def test_defending_people_from_attacks_guards_them_and_defends_nothing_verbally(nlp):
    assert not any(e.code == "052" for e in coded(nlp, "Hamas vowed to defend the prisoners from Israeli aggression.").events)
    assert ("RUS", "ISR", "052") in codes(coded(nlp, "Russia defended Israel against criticism at the UN."))


def test_seizing_an_airbase_occupies_ground(nlp):
    assert ("HAMAS", None, "192") in codes(coded(nlp, "Hamas seized the airbase on Monday."))


def test_people_evacuated_from_a_town_were_aided(nlp):
    assert ("POL", "KIDS", "073") in codes(coded(nlp, "The children evacuated from the town by Police arrived in Kabul."))


def test_a_plan_sanctioned_by_a_leader_is_approved_not_sanctioned(nlp):
    assert not any(e.code.startswith("16") for e in coded(
        nlp, "Sanctioned by Putin and led by his ministers, the plan had at its heart the aim of a united Europe.").events)
    assert ("RUS", "ROU", "163") in codes(coded(nlp, "Romania was sanctioned by Russia."))


def test_a_hospital_receiving_the_injured_hosts_no_visit(nlp):
    hurt = {"Police": ("POL", "COP", None, "group"), "41 injured children": ("HURT", "CVL", None, "group")}
    assert not code_with_actors(nlp, "Police said they received 41 injured children on Monday.", hurt).events
    assert any(e.code.startswith("04") for e in coded(nlp, "Putin received Governor Ortiz in Moscow.").events)


def test_a_country_receiving_refugees_hosts_no_visit(nlp):
    refugees = {"Romania": ("ROU", "ROU", None, "country"), "more refugees": ("REFS", "REF", None, "group")}
    assert not code_with_actors(nlp, "Romania has received more refugees than any other nation.", refugees).events


def test_a_vow_to_eliminate_a_group_threatens_it(nlp):
    assert ("PUTIN", "HAMAS", "138") in codes(coded(nlp, "Putin vowed to eliminate Hamas."))


def test_a_law_struck_down_or_shots_into_the_air_or_a_fire_attack_nobody(nlp):
    assert not coded(nlp, "The restrictions on Romania were struck down by Police.").events
    assert not any(e.code.startswith("19") for e in coded(nlp, "In Romania the gunmen fired into the air near Police.").events)
    assert ("GUN", "POL", "190") in codes(coded(nlp, "In Romania the gunmen fired at Police."))
    club = {"Colectiv": ("CLUB", None, None, "organisation"), "64 people": ("PPL", "CVL", None, "group")}
    assert not code_with_actors(nlp, "Protests followed the Colectiv nightclub fire that killed 64 people.", club).events


def test_withdrawing_a_guidance_or_a_nomination_is_no_retreat(nlp):
    assert not coded(nlp, "Putin's withdrawal of the guidance is significant.").events
    assert not coded(nlp, "Putin withdrew his nomination on Friday.").events
    assert ("RUS", "UKR", "0874") in codes(coded(nlp, "Russia withdrew its troops from Ukraine."))


def test_visiting_ones_mother_to_tell_her_news_is_private(nlp):
    kin = {"Robert": ("ROB", None, None, "person"), "his elderly and very disagreeable mother": ("MUM", "CVL", None, "person")}
    text = "The character, Robert, visits his elderly and very disagreeable mother to tell her that he has married Sol."
    assert not code_with_actors(nlp, text, kin).events  # the parser makes the mother the subject of "to tell"


def test_victims_of_sexual_assault_are_no_attackers():
    article = extract("He says people are subject to abuse; women and girls are victims of rape and other forms of "
                      "sexual assault.", date="2024-05-01")
    assert not any(e.code.startswith("19") for e in article.events)


def test_races_or_identities_released_free_nobody():
    text = ("Two sheriff's deputies were shot by Jason Lewellyn in Kansas, police said. "
            "The races of Lewellyn and the deputies were not released.")
    assert not any(e.code.startswith("084") for e in extract(text, date="2017-03-01").events)


def test_streets_closed_after_an_incident_are_no_blockade():
    text = "Several streets around the White House were closed down after the incident, Reuters reported."
    assert not any(e.code.startswith("14") for e in extract(text, date="2017-03-01").events)


def test_an_attack_done_verbally_is_criticism():
    article = extract("Juan Jasso was verbally attacked by three men on a tram.", date="2017-03-01")
    assert [e.code for e in article.events] == ["111"]


def test_battling_a_social_ill_fights_no_party():
    text = "Israeli officials said the army is committed to battling discrimination against Palestinian citizens."
    assert not any(e.code.startswith(("19", "11")) for e in extract(text, date="2017-03-01").events)


def test_welcoming_arriving_travellers_praises_nobody():
    text = "The region's authorities welcomed the travelers at the Sochi airport."
    assert not any(e.code.startswith("05") for e in extract(text, date="2017-03-01").events)
    assert any(e.code.startswith("05") for e in extract("President Putin welcomed the decision by President Trump.",
                                                         date="2017-03-01").events)


def test_welcomed_to_a_city_is_hosted_not_praised():
    text = "The royal couple were welcomed to Paris by French President Francois Hollande."
    assert not any(e.code.startswith("05") for e in extract(text, date="2017-03-01").events)


def test_appealing_to_peoples_concerns_asks_nothing():
    text = "Devin Nunes won the seat by appealing to the concerns of ranchers and dairymen."
    assert not any(e.code.startswith("02") for e in extract(text, date="2017-03-01").events)
    assert any(e.code == "020" for e in extract("Merkel appealed to Turkey to release the journalist.",
                                                date="2017-03-01").events)


def test_agreeing_that_someone_may_be_right_agrees_to_no_act():
    assert not extract("Many legal experts agree that you may be right on the issue.", date="2017-03-01").events
    agreed = extract("Russia and Ukraine agreed that there would be a ceasefire.", date="2017-03-01").events
    assert agreed


def test_backing_words_or_a_prize_supports_no_party():
    text = "The president is willing to back those words up with action."
    assert not any(e.code.startswith("05") for e in extract(text, date="2017-03-01").events)
    assert not any(e.code.startswith("05") for e in extract("That prize was supported by the NEA.",
                                                            date="2017-03-01").events)
    assert any(e.code.startswith("05") for e in extract("Obama backed Clinton's words.", date="2017-03-01").events)


def test_holding_an_office_visiting_a_show_or_meeting_a_test_is_no_act():
    for text in ("Irish-Americans have occupied the highest political offices in the United States.",
                 "The Iranian defence minister visited an exhibition of Russian fighter jets.",
                 "The nominee prepared to meet whatever curveballs the committee may throw his way."):
        assert not extract(text, date="2017-03-01").events, text
    assert any(e.code == "192" for e in extract("Russian troops occupied Crimea.", date="2017-03-01").events)


def test_taking_a_citys_outskirts_takes_ground():
    text = "Syrian rebels have captured the outskirts of the ISIL-held city of al-Bab."
    assert {e.code for e in extract(text, date="2017-02-09").events if e.code.startswith("1")} == {"192"}


def test_a_cyber_attack_is_no_criticism():
    """"attack" between unarmed parties is verbal, unless the sentence shows a material act: a cyber
    attack is one (PLOVER COERCE, mode cyber)."""
    article = extract("The travel trade organisation, Abta, says a cyber attack on its website may have "
                      "affected about 43,000 people.", date="2017-03-02")
    codes = {e.code[:2] for e in article.events if e.why.trigger == "attack"}
    assert codes == {"17"}


def test_visiting_family_members_and_buses_hitting_the_road_are_no_acts(nlp):
    """A visit to one's FAMILY members is private life (senses.json kin_words), a visit to the
    families OF victims is not; buses that "hit the road" set out and strike nothing
    (fixed_expressions.txt)."""
    assert not coded(nlp, "Putin visited family members in Moscow on Monday.").events
    assert not coded(nlp, "Putin visited his family in Moscow on Monday.").events
    assert coded(nlp, "Putin visited the families of Russia's victims on Monday.").events
    assert not [e for e in coded(nlp, "Russia's new buses hit the road in Moscow on Monday.").events if e.root == "19"]
    assert ("PUTIN", "UKR", "042") in codes(coded(nlp, "Putin visited Ukraine on Monday."))


def test_not_ruling_out_that_something_may_happen_rejects_nothing(nlp):
    """"did not rule out THAT the meeting might take place" weighs a chance; ruling out talks with
    a party still rejects them."""
    assert not coded(nlp, "Russia did not rule out that the meeting might take place later on Wednesday.").events
    assert ("RUS", "UKR", "120") in codes(coded(nlp, "Russia ruled out talks with Ukraine."))


def test_hackers_coerce_and_a_court_striking_down_a_law_hits_nobody(nlp):
    """An attack whose doers are hackers (senses.json cyber_agents) is cyber coercion (CAMEO 170,
    PLOVER COERCE), not armed force; "struck DOWN" is a phrasal verb of its own, whose particle
    outranks the "will" of a threatened strike."""
    table = {"Russian hackers": ("HACK", "RUSCRM", "RUS", "group"), "Ukraine": ("UKR", "UKR", "UKR", "country")}
    hacked = code_with_actors(nlp, "Russian hackers targeted Ukraine in January.", table).events
    assert {(e.source, e.target, e.code) for e in hacked} == {("HACK", "UKR", "170")}
    assert {e.code for e in coded(nlp, "American troops attacked Ukraine in January.").events} == {"190"}
    assert not coded(nlp, "Senator Vance said the law will be struck down by Ukraine.").events
    assert {e.code for e in coded(nlp, "Russia will strike Ukraine.").events} == {"138"}


def test_tourists_make_no_visit_and_seized_assets_are_confiscated(nlp):
    """Civilians visiting a sight or a town are sightseeing, no party's visit (visiting a country
    still is: the host and the guest are named); seizing assets confiscates them
    (CAMEO 1711), freezing them is the sanction (163); approving a deal signs it only when the deal
    is what is approved."""
    assert not coded(nlp, "Millions of children visited the cathedral last year.").events
    assert ("KIDS", "UKR", "042") in codes(coded(nlp, "Millions of children visited Ukraine last year."))
    assert ("PUTIN", "UKR", "042") in codes(coded(nlp, "Putin visited Ukraine last year."))
    assert ("RUS", None, "1711") in codes(coded(nlp, "Russia seized industrial assets in January."))
    assert ("RUS", None, "163") in codes(coded(nlp, "Russia froze industrial assets in January."))
    assert not coded(nlp, "Russia approved 24 bonds, more than doubling the number of deals.").events
    assert ("RUS", None, "057") in codes(coded(nlp, "Russia approved the deal in January."))


def test_fighting_an_order_in_court_and_receiving_a_designation_are_no_acts(nlp):
    """A clash needs a party as what is fought ("fight the order in court" is a legal challenge),
    unless its "with"/"against" phrase names the foe; receiving a thing ("World Heritage
    designation") hosts no visit; breaking the ice breaks off nothing."""
    assert not [e for e in coded(nlp, "Russia and Ukraine vowed to fight the order in court.").events if e.root == "19"]
    assert ("RUS", "UKR", "190") in codes(coded(nlp, "Russia fought a war against Ukraine in January."))
    assert ("RUS", "UKR", "190") in codes(coded(nlp, "Russia fought Ukraine in January."))
    assert {("RUS", "UKR", "190"), ("UKR", "RUS", "190")} <= codes(
        coded(nlp, "Russia and Ukraine fought each other in January."))
    assert not coded(nlp, "Putin received World Heritage designation last summer.").events
    assert ("PUTIN", "ORTIZ", "043") in codes(coded(nlp, "Putin received Governor Ortiz last summer."))
    assert not coded(nlp, "Putin has broken the ice with Romania in a letter.").events
    assert ("RUS", "UKR", "161") in codes(coded(nlp, "Russia broke off relations with Ukraine."))


def test_unlikely_acts_are_hypothetical_and_a_said_state_asks_no_act(nlp):
    """"is (un)likely to launch an offensive" weighs a chance (modality.json hypothetical governors);
    "said Americans should not BE FEARFUL" describes a state, "should be READY TO talk" still asks."""
    unlikely = [e for e in coded(nlp, "Senator Vance said Russia is unlikely to attack Ukraine soon.").events
                if e.code == "190"]
    assert unlikely and all(e.modality.hypothetical for e in unlikely)
    assert not coded(nlp, "Senator Vance said Romania should not be fearful that Russia is strong.").events
    assert ("VANCE", "ROU", "100") in codes(coded(nlp, "Senator Vance said Romania should be ready to talk."))


def test_where_talks_were_ended_names_no_party():
    """Halted talks (CAMEO 164): the town they were held in is the venue, not the other side."""
    article = extract("The ministers and central bank chiefs of the G20 countries ended talks in the German town "
                      "of Baden Baden on Saturday.", date="2017-03-18")
    assert not [e for e in article.events if e.target is not None]
    article = extract("Russia suspended talks with Ukraine in Minsk on Saturday.", date="2017-03-18")
    assert {(article.actor(e.source).country, article.actor(e.target).country) for e in article.events
            if e.code == "164"} == {("RUS", "UKR")}


def test_a_party_in_an_indirect_question_is_not_the_target(nlp):
    """"failed to reach a decision about WHO should replace X": X is what the question is about."""
    article = coded(nlp, "Romania failed to reach a decision about who should replace Putin as envoy.")
    assert not [e for e in article.events if e.target == "PUTIN"]


def test_a_ban_that_labels_a_group_is_no_act(nlp):
    """triggers.json ban "label": "Hamas (a group outlawed in Russia)" says what the group is; a ban
    with its time is still an act."""
    assert not [e for e in coded(nlp, "Ukraine fought Hamas (a terrorist group outlawed in Russia) in Syria.").events
                if e.code == "172"]
    assert not [e for e in coded(nlp, "Hamas, which is banned in Russia, met Romania.").events if e.code == "172"]
    assert not [e for e in coded(nlp, "Ukraine fought Hamas (outlawed by Russia) in Syria.").events if e.code == "172"]
    assert ("RUS", "HAMAS", "172") in codes(coded(nlp, "Hamas, banned by Russia on Monday, met Romania."))
    assert ("RUS", "HAMAS", "172") in codes(coded(nlp, "Russia outlawed Hamas in 2014."))


def test_executing_this_kills_no_one(nlp):
    """A killing whose patient is "this", "that" or "it", not read as a party, kills no one."""
    assert not coded(nlp, "Senator Vance said that when Russia executes this, it will be flawless.").events
    assert ("RUS", "HAMAS", "1823") in codes(coded(nlp, "Russia executed Hamas on Monday."))


def test_storming_off_storms_nothing(nlp):
    """"stormed OFF", "stormed OUT of the talks" leave in anger (triggers.json storm-off, storm-out)."""
    assert not coded(nlp, "Putin stormed off after the talks with Ukraine.").events
    assert not [e for e in coded(nlp, "Russia stormed out of the talks with Ukraine.").events if e.root == "19"]
    assert ("RUS", "UKR", "190") in codes(coded(nlp, "Russia stormed Ukraine's border posts."))


def test_slamming_on_the_brakes_slams_nobody(nlp):
    """"slammed ON the BRAKES" stops a course (triggers.json slam-brakes); "slammed Ukraine" criticises."""
    assert not coded(nlp, "Putin and the mayor slammed on the brakes and cancelled the vote.").events
    assert ("PUTIN", "UKR", "111") in codes(coded(nlp, "Putin slammed Ukraine on Tuesday."))


def test_appealing_a_verdict_asks_no_party(nlp):
    """Appealing a verdict, a ruling or a conviction (or AGAINST one) goes to a higher court; an appeal
    TO a party asks it."""
    for text in ("Senator Vance has appealed the verdict.", "Senator Vance appealed to Russia against the ruling.",
                 "Senator Vance appealed against his conviction."):
        assert not [e for e in coded(nlp, text).events if e.root == "02"], text
    assert ("VANCE", "RUS", "020") in codes(coded(nlp, "Senator Vance appealed to Russia to release the prisoners."))


def test_a_broken_promise_is_no_pledge():
    """"accused the government of breaking their promises": the promises were made before, by the
    government; nobody pledges anything now, least of all to the accuser."""
    article = extract("Labour accused the government of breaking their promises to the self-employed.", date="2017-03-09")
    assert [e for e in article.events if e.root == "11"]
    assert not [e for e in article.events if e.root == "03"]
    article = extract("Labour promised the self-employed that it would cut their taxes.", date="2017-03-09")
    assert [e for e in article.events if e.root == "03"]


def test_a_campaign_sanctioned_by_a_leader_is_approved_not_punished(nlp):
    """"a campaign SANCTIONED by Putin": he approved it (senses.json "sanction" objects)."""
    assert not coded(nlp, "The leaks were part of a wider campaign sanctioned by Putin.").events
    assert ("RUS", "UKR", "163") in codes(coded(nlp, "Russia sanctioned Ukraine over the leaks."))


def test_pushing_a_change_through_presses_nobody(nlp):
    """"pushed THROUGH a rules change FOR nominees" passes it (triggers.json push-through)."""
    assert not coded(nlp, "Senator Vance pushed through a rules change for Russia.").events
    assert ("VANCE", None, "100") in codes(coded(nlp, "Senator Vance pushed for a rules change in Russia."))


def test_an_attack_that_labels_its_aim_is_words(nlp):
    """"attacked it AS a bailout and lobbied to KILL its funding": unarmed, the attacker names what
    it attacks; armed attackers "as part of an offensive" still use force."""
    article = coded(nlp, "Senator Vance attacked it as a bailout and lobbied to kill its funding.")
    assert ("VANCE", None, "111") in codes(article) and not [e for e in article.events if e.root == "19"]
    assert ("GUN", None, "190") in codes(coded(nlp, "On Monday the gunmen attacked the town as part of an offensive, killing two."))


def test_a_diplomatic_offensive_uses_no_force(nlp):
    """"launched a DIPLOMATIC offensive", "a CHARM offensive", "a TRADEMARK battle" (senses.json
    peaceful_modifiers): a campaign of words or a lawsuit; a military offensive is force."""
    assert not coded(nlp, "Russia launched a diplomatic offensive to expand exports.").events
    assert not coded(nlp, "Russia's charm offensive in Ukraine went on.").events
    assert not coded(nlp, "A trademark battle between Putin and Senator Vance has ended.").events
    assert ("RUS", "UKR", "190") in codes(coded(nlp, "Russia launched a military offensive in Ukraine."))


def test_a_participle_after_as_describes_and_does_nothing(nlp):
    """"refused to accept Ukraine AS OCCUPIED": what a place is taken to be, no occupation."""
    article = coded(nlp, "Putin refused to accept Ukraine as occupied.")
    assert not [e for e in article.events if e.root == "19"]
    assert ("RUS", "UKR", "192") in codes(coded(nlp, "Russia occupied Ukraine in 2014."))


def test_what_a_leader_has_executed_kills_nobody():
    """"focused on WHAT he has executed", "executed his AGENDA": carried out, nobody is put to death."""
    for text in ("President Trump is focused on what he has executed, Bannon said.", "President Trump executed his agenda."):
        assert not [e for e in extract(text, date="2017-02-23").events if e.root == "18"], text
    assert [e for e in extract("Iran executed two Kurdish activists.", date="2017-02-23").events if e.root == "18"]


def test_handing_over_papers_or_recording_a_problem_frees_and_seizes_nobody(nlp):
    """"hand that LIST over to Russia" releases nobody (0841 is people); drones that "capture the
    EXTENT of the issue" seize nothing; "appeal against a libel ACTION" is a legal step."""
    assert not [e for e in coded(nlp, "Putin refused to hand that list over to Ukraine.").events if e.code == "0841"]
    assert [e for e in coded(nlp, "Putin handed the prisoners over to Ukraine.").events if e.code == "0841"]
    assert not coded(nlp, "Police will use drones to capture the extent of the issue in Ukraine.").events
    assert not [e for e in coded(nlp, "Senator Vance cannot appeal against a libel action by Russia.").events
                if e.root == "02"]


def test_people_frog_marched_make_no_march(nlp):
    """"were detained and FROG-MARCHED into police vans": carried off, no protest march."""
    article = coded(nlp, "In Moscow the protesters were detained and frog-marched into police vehicles.")
    assert not [e for e in article.events if e.root == "14"]
    assert [e for e in coded(nlp, "The protesters marched through Moscow on Sunday.").events if e.root == "14"]


def test_a_strike_in_a_place_and_a_country_s_protests_have_no_party_there(nlp):
    """"went on strike IN public hospitals": where, not whom; "RUSSIA's largest protests": the
    protesters are people in Russia, not the state; "the shootings in Sousse, WHICH killed 30": the
    town kills nobody."""
    ACTORS["public hospitals"] = ("HOSP", "HLH", "group")
    ACTORS["Sousse"] = ("SOU", "TUNCVL", "other")
    try:
        assert ("PRO", None, "143") in codes(coded(nlp, "The protesters went on strike in public hospitals over pay."))
        assert not coded(nlp, "Russia's largest protests in five years have taken many by surprise.").events
        killed = [e for e in coded(nlp, "The list included the shootings in Sousse, which killed 30 children.").events
                  if e.root == "18"]
        assert killed and all(e.source is None for e in killed)
    finally:
        del ACTORS["public hospitals"], ACTORS["Sousse"]
