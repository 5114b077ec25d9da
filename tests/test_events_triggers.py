"""Own trigger lexicon: intent frames, refusals, nominal protests, clause subjects, reported pronouns.

Actors come from the hand-made table of ``test_events`` so only the events coder is exercised.
"""

from __future__ import annotations

import pytest
from test_events import coded, triples

from dateline.events.patterns import own_patterns, regular_forms
from dateline.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def test_trigger_file_has_no_errors():
    patterns, _, errors = own_patterns()
    assert errors == [] and len(patterns) > 500


def test_announced_coercion_is_a_threat(nlp):
    article = coded(nlp, "Israel said it would impose a curfew on Hamas.")
    assert ("ISR", "HMS", "132") in triples(article)
    assert {e.plover_type for e in article.events} == {"THREATEN"}


def test_refusal_to_act_is_a_rejection(nlp):
    article = coded(nlp, "Russia refused to meet Ukraine.")
    assert ("RUS", "UKR", "120") in triples(article)
    assert "040" not in {e.code for e in article.events}


def test_hunger_strike_is_a_protest_not_an_attack(nlp):
    codes = {e.code for e in coded(nlp, "Hamas began a hunger strike against Israel.").events}
    assert "142" in codes and not any(c.startswith("19") for c in codes)


def test_subject_of_a_demanded_clause_is_the_target(nlp):
    assert ("UKR", "RUS", "100") in triples(coded(nlp, "Ukraine demanded that Russia end the blockade."))


def test_unresolved_pronoun_of_a_reported_clause_is_the_reporter(nlp):
    article = coded(nlp, "China says it is willing to withdraw its troops from Ukraine.")
    assert ("CHN", "UKR", "0356") in triples(article)
    assert next(e for e in article.events if e.code == "0356").plover_type == "AGREE"


def test_main_act_outranks_its_purpose_clause(nlp):
    article = coded(nlp, "Hamas staged demonstrations in Gaza to demand that Israel end the blockade.")
    best = max(article.events, key=lambda e: e.confidence)
    assert best.plover_type == "PROTEST" and "REQUEST" in {e.plover_type for e in article.events}


def test_statement_reported_by_a_verb_of_complaint_is_an_accusation(nlp):
    article = coded(nlp, "Israel is failing to protect civilians, Hamas protested.")
    assert ("HMS", "ISR", "114") in triples(article)
    assert next(e for e in article.events if e.code == "114").plover_type == "ACCUSE"


def test_verb_of_complaint_in_its_own_right_keeps_its_code(nlp):
    codes = {e.code for e in coded(nlp, "Hamas protested against Israel.").events}
    assert "141" in codes and "114" not in codes


def test_an_act_as_subject_codes_the_victim_without_an_agent(nlp):
    assert (None, "UKR", "1823") in triples(coded(nlp, "A roadside bombing killed three Ukraine soldiers."))
    assert coded(nlp, "A storm killed three Ukraine soldiers.").events == []


def test_an_actor_acting_on_itself_has_no_target(nlp):
    assert ("RUS", None, "120") in triples(coded(nlp, "Russia reneged on Russia's commitment."))


def test_stative_passive_subject_is_the_actor(nlp):
    assert ("UKR", None, "030") in triples(coded(nlp, "Ukraine is committed to ending the war."))


def test_indictment_is_an_accusation_and_sanctions_are_sanction(nlp):
    charged = coded(nlp, "Ukraine charged Putin with war crimes.")
    assert {e.plover_type for e in charged.events if e.source == "UKR"} == {"ACCUSE"}
    sanctioned = coded(nlp, "China imposed sanctions on Ukraine.")
    assert {e.plover_type for e in sanctioned.events} == {"SANCTION"}


def test_a_rejected_allegation_is_no_accusation_by_the_rejecter(nlp):
    article = coded(nlp, "Russia rejected the allegation that Ukraine attacked China.")
    assert {("RUS", None, "016"), ("RUS", None, "120"), ("RUS", "UKR", "120")} & triples(article)  # denied (PLOVER REJECT)
    assert not any(e.source == "RUS" and e.plover_type == "ACCUSE" for e in article.events)


def test_demonstrating_a_point_is_no_protest(nlp):
    assert not any(e.plover_type == "PROTEST" for e in coded(nlp, "China wants to demonstrate that it can help Ukraine.").events)


def test_a_promise_is_agree_but_a_negated_one_is_not(nlp):
    assert {e.plover_type for e in coded(nlp, "Russia will support Ukraine.").events} == {"AGREE"}
    assert {e.plover_type for e in coded(nlp, "Russia will no longer support Ukraine.").events} == {"SUPPORT"}


def test_backing_off_is_a_concession_not_support(nlp):
    assert {e.plover_type for e in coded(nlp, "Putin might back off his threats against Ukraine.").events} == {"CONCEDE"}


def test_reparations_and_debt_relief_are_aid(nlp):
    paid = coded(nlp, "Russia paid compensation to Ukraine.")
    assert ("RUS", "UKR", "071") in triples(paid) and {e.plover_type for e in paid.events} == {"AID"}
    assert {e.plover_type for e in coded(nlp, "China agreed to forgive Ukraine's debt.").events} <= {"AID", "AGREE"}


def test_an_event_noun_takes_the_subject_of_a_light_verb_only(nlp):
    assert ("HMS", "ISR", "190") in triples(coded(nlp, "Hamas launched attacks on Israel."))
    assert not any(e.code == "190" for e in coded(nlp, "Hamas condemned the attacks on Israel.").events)
    assert not any(e.code == "190" for e in coded(nlp, "Hamas witnessed the attacks on Israel.").events)


def test_a_denial_does_not_negate_a_coordinated_act(nlp):
    met = coded(nlp, "Russia denied the allegations and met Ukraine.")
    assert [e.modality.negated for e in met.events if e.code.startswith("04")] == [False]


def test_charging_a_price_is_no_legal_charge(nlp):
    assert coded(nlp, "Ukraine is charging 25% more for electricity Russia buys.").events == []
    assert {e.plover_type for e in coded(nlp, "Ukraine charged Putin with war crimes.").events} == {"ACCUSE"}


def test_fighting_fires_or_disease_is_no_clash(nlp):
    assert coded(nlp, "Ukraine battled blazes in Romania.").events == []
    assert any(e.plover_type == "ASSAULT" for e in coded(nlp, "Ukraine battled Russia.").events)


def test_barring_entry_is_a_rejection_barring_activity_a_restriction(nlp):
    entry = coded(nlp, "Russia barred Ukraine's envoys from entering the country.")
    assert {e.plover_type for e in entry.events} == {"REJECT"}
    office = coded(nlp, "China barred Hamas from politics.")
    assert ("CHN", "HMS", "172") in triples(office)


def test_dropping_a_demand_is_a_concession(nlp):
    assert ("RUS", "UKR", "080") in triples(coded(nlp, "Russia dropped its demand for Ukraine's neutrality."))


def test_manual_concessions_and_complaints(nlp):
    assert ("RUS", "UKR", "114") in triples(coded(nlp, "Russia summoned Ukraine's ambassador."))
    assert {e.plover_type for e in coded(nlp, "Russia apologized to Ukraine.").events} == {"CONCEDE"}
    assert ("PUTIN", "KIM", "081") in triples(coded(nlp, "Putin pardoned Kim."))


def test_speculative_modal_is_a_hypothetical_attack_not_a_threat():
    import dateline
    article = dateline.extract("Aid workers believe the rebels could again attack villages for supplies.")
    attack = next(e for e in article.events if e.why.trigger == "attack")
    assert attack.code.startswith("19") and attack.modality.hypothetical


def test_ban_on_supply_is_an_embargo():
    import dateline
    article = dateline.extract("The United States has banned the supply of advanced chips to China.")
    assert any(e.code == "163" and e.why.trigger == "banned" for e in article.events)


def test_ban_on_a_party_is_an_administrative_sanction_a_ban_on_goods_an_embargo(nlp):
    assert ("CHN", "HMS", "172") in triples(coded(nlp, "China imposed a ban on Hamas."))
    assert ("RUS", "UKR", "163") in triples(coded(nlp, "Russia imposed a ban on imports from Ukraine."))


def test_receiving_a_guest_hosts_a_visit_receiving_a_thing_does_not(nlp):
    assert {("PUTIN", "KIM", "043"), ("KIM", "PUTIN", "042")} <= triples(coded(nlp, "Putin received Kim in the Kremlin on Monday."))
    assert coded(nlp, "Russia received a letter from Ukraine on Monday.").events == []


def test_hosting_an_occasion_or_refugees_is_no_visit(nlp):
    assert coded(nlp, "Hungary hosted a debate on Ukraine on Monday.").events == []
    assert coded(nlp, "Romania hosts thousands of refugees from Ukraine.").events == []


def test_pledge_of_force_is_a_threat_a_pledge_to_fight_a_thing_is_not(nlp):
    threat = coded(nlp, "Putin promised to kill Hamas leaders.")
    assert ("PUTIN", "HMS", "138") in triples(threat)
    assert not any(e.code.startswith("03") for e in threat.events)
    assert {e.code for e in coded(nlp, "Putin vowed to fight corruption.").events} == {"030"}


def test_a_vow_to_retaliate_or_to_defeat_a_foe_is_a_threat(nlp):
    assert triples(coded(nlp, "Russia vowed to retaliate against Ukraine.")) == {("RUS", "UKR", "130")}
    assert triples(coded(nlp, "Israel vowed to defeat Hamas.")) == {("ISR", "HMS", "138")}
    assert {e.code for e in coded(nlp, "Putin vowed to defeat Kim in the election.").events} == {"030"}
    assert {e.code for e in coded(nlp, "Putin vowed to defeat corruption.").events} == {"030"}


def test_a_vow_to_fight_for_an_aim_threatens_no_one(nlp):
    """"vowed to fight FOR a new relationship": striving, not force; a foe named by "against" keeps
    the threat."""
    assert {e.code for e in coded(nlp, "Putin vowed to fight for a new relationship with Europe.").events} == {"030"}
    assert ("PUTIN", "HMS", "138") in triples(coded(nlp, "Putin vowed to fight for Jerusalem against Hamas."))


def test_urging_and_calling_on_are_appeals_demanding_is_a_demand(nlp):
    """CAMEO 02 appeal vs 10 demand; the Phoenix dictionary codes CALL (ON) as 020 too."""
    assert ("RUS", "UKR", "020") in triples(coded(nlp, "Russia urged Ukraine to hold talks."))
    assert ("RUS", "UKR", "020") in triples(coded(nlp, "Russia called on Ukraine to hold talks."))
    assert ("RUS", "UKR", "100") in triples(coded(nlp, "Russia demanded that Ukraine hold talks."))


def test_the_context_nearest_the_trigger_decides_a_tie(nlp):
    article = coded(nlp, "China imposed sanctions on Russia, including an arms embargo and a travel ban.")
    assert ("CHN", "RUS", "163") in triples(article) and "172" not in {e.code for e in article.events}


def test_a_said_should_have_or_a_generic_should_is_no_demand(nlp):
    assert not any(e.code.startswith("10") and e.target == "UKR" for e in coded(
        nlp, "Putin said Ukraine should have signed the deal.").events)
    assert not any(e.code.startswith("10") for e in coded(nlp, "Putin said men should not fight.").events)
    assert not any(e.code.startswith("10") for e in coded(nlp, "Putin said Ukraine should be a part of Russia.").events)
    assert ("RUS", "UKR", "100") in triples(coded(nlp, "Russia said Ukraine should sign the deal."))


def test_a_promise_of_force_is_a_threat_as_a_noun_too(nlp):
    article = coded(nlp, "Putin's promise to attack Ukraine alarmed Romania.")
    assert not any(e.code.startswith("03") for e in article.events)


def test_blowing_oneself_up_is_a_suicide_bombing(nlp):
    assert {e.code for e in coded(nlp, "Two Hamas fighters blew themselves up near Israel's border.").events} >= {"1831"}


def test_a_writers_could_is_a_guess_a_reported_could_a_threat(nlp):
    guess = coded(nlp, "Prices may rise because Russia could impose restrictions on Ukraine.")
    assert not any(e.code.startswith("13") for e in guess.events)
    assert any(e.code.startswith("13") for e in coded(nlp, "Russia warned it could impose restrictions on Ukraine.").events)


def test_hosting_needs_a_guest_right_after_the_verb(nlp):
    assert {("PUTIN", "KIM", "043"), ("KIM", "PUTIN", "042")} <= triples(coded(nlp, "Putin hosted Kim in the Kremlin on Monday."))
    assert coded(nlp, "Russia has hosted a chess event for Ukraine since 1962.").events == []


def test_a_verb_the_lemmatizer_gets_wrong_is_found_by_its_regular_form():
    """The model lemmatizes "staged" as "stag"; the trigger "stage" is also indexed by its forms."""
    assert regular_forms("STAGE") == ("STAGED", "STAGES", "STAGING")
    assert regular_forms("CARRY") == ("CARRIED", "CARRIES", "CARRYING")
    assert triples(coded(load_nlp(), "China staged military drills around Ukraine.")) == {("CHN", "UKR", "150")}


def test_not_in_a_pattern_is_the_whole_word_not_a_stem_of_noted(nlp):
    """PETRARCH-style stems would read "NOTED" as NOT + ED: "noted that X has accepted" refuses nothing."""
    assert "120" not in {c for _, _, c in triples(coded(nlp, "Israel noted that Russia has accepted the proposal."))}
    assert "120" in {c for _, _, c in triples(coded(nlp, "Russia did not accept the proposal."))}


def test_criticism_is_a_nominal_denunciation(nlp):
    """"Israel faced criticism FROM Russia", "China's criticism OF Ukraine": criticism is the noun of
    a denunciation (111), made by its "from" phrase or owner."""
    faced = coded(nlp, "Israel faced growing criticism from Russia over the raid.")
    assert ("RUS", "ISR", "111") in triples(faced)
    owned = coded(nlp, "China's criticism of Ukraine grew after the vote.")
    assert ("CHN", "UKR", "111") in triples(owned)


def test_who_comes_under_an_act_is_its_target(nlp):
    """"Israel CAME UNDER criticism from Russia", "Ukraine was under attack by Russia": the subject
    receives the act, the "from"/"by" party makes it."""
    assert ("RUS", "ISR", "111") in triples(coded(nlp, "Israel came under heavy criticism from Russia over the raid."))
    assert ("RUS", "UKR", "190") in triples(coded(nlp, "Ukraine has been under attack by Russia for months."))


def test_praise_crackdown_and_veto_nouns_need_whom_they_concern(nlp):
    """"Putin's praise for Kim" (051), "China's crackdown on Hamas" (175), "Russia's veto of Ukraine's
    bid" (129); with nobody acted on ("the crackdown on dissent") no event."""
    assert ("PUTIN", "KIM", "051") in triples(coded(nlp, "Putin's praise for Kim drew attention in Seoul."))
    assert ("CHN", "HMS", "175") in triples(coded(nlp, "China's crackdown on Hamas drew protests."))
    assert ("RUS", "UKR", "129") in triples(coded(nlp, "Russia's veto of Ukraine angered allies."))
    assert not coded(nlp, "China's crackdown on dissent has intensified since 2020.").events


def test_turning_over_hands_over_only_with_its_particle(nlp):
    """"turned over the prisoners", "turned them over TO"; "turned up the heat in a crisis OVER
    troop movements" hands nothing over."""
    assert ("RUS", "UKR", "0841") in triples(coded(nlp, "Russia turned the prisoners over to Ukraine."))
    assert ("RUS", None, "0841") in triples(coded(nlp, "Russia turned over the prisoners."))
    assert not [e for e in coded(nlp, "Russia turned up the heat in a crisis over troop movements in Ukraine.").events
                if e.code == "0841"]


def test_a_particle_of_a_pattern_must_be_the_verbs_own(nlp):
    """"called off the talks" halts them; "called on Russia to ... resolve the stand-OFF through
    DIALOGUE" is an appeal, the "off" of "stand-off" is no particle."""
    assert ("RUS", None, "164") in triples(coded(nlp, "Russia called off the talks."))
    codes = {e.code for e in coded(nlp, "China called on Russia and Ukraine to resolve the stand-off through dialogue.").events}
    assert "020" in codes and "164" not in codes


def test_work_stopped_is_a_strike_only_as_the_object(nlp):
    """"stopped work" strikes; "stopped searching FOR WORK" stops nothing."""
    assert ("HMS", None, "143") in triples(coded(nlp, "Hamas stopped work in Gaza."))
    assert not coded(nlp, "Hamas stopped searching for work in Gaza.").events


def test_ground_seized_is_the_verbs_object(nlp):
    """"captured the city of X" occupies it; fighters "captured NEAR the city" are seized people."""
    assert ("RUS", None, "192") in triples(coded(nlp, "Russia captured the city on Monday."))
    assert not [e for e in coded(nlp, "Hamas fighters, captured near the city by Israel, were moved.").events
                if e.code == "192"]


def test_refusing_to_name_people_rejects_nobody(nlp):
    """"he refused to name them" withholds names, as "refused to comment" withholds a view."""
    assert not [e for e in coded(nlp, "Hamas said Israel held two men, but refused to name them.").events if e.code == "120"]
