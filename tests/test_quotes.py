"""The quotes stage on small hand-written texts: marks, direct and indirect attribution, mixed
quotes, scare quotes, speakers resolved through hand-built mentions, relay chains and event links."""

from __future__ import annotations

import pytest

from dateline.model import Actor, Article, Credit, Event, Mention, Provenance, Why
from dateline.nlp import load_nlp, parse_articles
from dateline.quotes import find_quotes, link_events
from dateline.quotes.marks import find_marked


def analysed(text: str, mentions: list[tuple[str, str, str]] = (), credits: list[Credit] = ()) -> Article:
    """Parse ``text`` and run the quotes stage; ``mentions`` are (phrase, actor id, kind) found by text."""
    article = Article(id="t", text=text, credits=list(credits))
    for n, (phrase, actor_id, kind) in enumerate(mentions):
        start = text.index(phrase)
        article.mentions.append(Mention(id=f"m{n}", actor_id=actor_id, text=phrase, provenance=Provenance(
            start=start, end=start + len(phrase), text=phrase)))
        if not article.actor(actor_id):
            article.actors.append(Actor(id=actor_id, name=phrase, kind=kind))
    ((article, doc),) = parse_articles([article], load_nlp())
    return find_quotes(article, doc, None)


def only(article: Article, fragment: str):
    found = [q for q in article.quotes if fragment in q.content]
    assert len(found) == 1, [(q.kind, q.content) for q in article.quotes]
    return found[0]


# -- quotation marks ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    'He said "we will win this race" today.',
    "He said “we will win this race” today.",
    "He said «we will win this race» today.",
    "He said ''we will win this race'' today.",
    'He said “we will win this race" today.',
])
def test_marks_of_every_style_enclose_the_words(text):
    (span,) = find_marked(text)
    assert text[span.start:span.end] == "we will win this race"
    assert span.closed


def test_nested_quote_stays_inside_the_outer_one_and_apostrophes_are_not_marks():
    text = "She said: \"The sign read ‘no entry’ and it’s still there.\""
    (span,) = find_marked(text)
    assert text[span.start:span.end] == "The sign read ‘no entry’ and it’s still there."


def test_open_quote_continued_by_next_paragraph_is_one_span():
    text = "“The first paragraph of the statement\n\n“And the second one ends it.”\n\nNarration."
    (span,) = find_marked(text)
    assert text[span.start:span.end].endswith("ends it.") and span.continues and span.closed


def test_unclosed_quote_runs_to_the_paragraph_end():
    text = "He warned: “this will never stop\n\nNext paragraph."
    (span,) = find_marked(text)
    assert text[span.start:span.end] == "this will never stop" and not span.closed


# -- direct quotes ------------------------------------------------------------------------------

def test_direct_quote_with_cue_after_and_offsets():
    article = analysed("“We will defend our sovereignty at any cost,” the minister said on Monday.")
    quote = only(article, "defend our sovereignty")
    assert quote.kind == "direct" and quote.cue == "said" and quote.speaker_text == "the minister"
    assert article.text[quote.content_start:quote.content_end] == quote.content
    assert article.text[quote.speaker_start:quote.speaker_end] == "the minister"
    assert quote.provenance.rule == "direct:cue-after" and quote.provenance.sentence == 0


def test_quote_split_around_its_cue_is_one_quote_in_two_parts():
    text = '"The economy is growing," said Smith, "and jobs are coming back to the region."'
    article = analysed(text)
    assert len(article.quotes) == 1
    quote = article.quotes[0]
    assert [text[s:e] for s, e in quote.parts] == ["The economy is growing,", "and jobs are coming back to the region."]
    assert quote.speaker_text == "Smith"


def test_cue_before_with_colon():
    article = analysed('The senator told reporters: "We have the votes to pass this bill next week."')
    quote = only(article, "We have the votes")
    assert quote.kind == "direct" and quote.cue == "told" and quote.speaker_text == "The senator"


def test_cue_closing_previous_paragraph():
    article = analysed("Caddell continued:\n\n\"The health issue overall is very much a partisan issue.\"")
    quote = only(article, "health issue")
    assert quote.cue == "continued" and quote.speaker_text == "Caddell"


def test_scare_quotes_and_titles_are_not_statements():
    article = analysed('The plan was called a "reset" by critics. She sang "Happy Birthday" at the gala.')
    assert article.quotes == []


# -- indirect and mixed -------------------------------------------------------------------------

@pytest.mark.parametrize("text,speaker,cue,content", [
    ("Putin emphasized that Moscow values the support of its partners.", "Putin", "emphasized",
     "that Moscow values the support of its partners"),
    ("The talks were productive, the spokesman said on Tuesday.", "the spokesman", "said", "The talks were productive"),
    ("According to the ministry, the border will reopen next month.", "the ministry", "According to",
     "the border will reopen next month"),
    ("Putin expressed hope that their next meeting will take place in Russia.", "Putin", "expressed hope",
     "that their next meeting will take place in Russia"),
    ("The mayor believes that the bridge will be finished by spring.", "The mayor", "believes",
     "that the bridge will be finished by spring"),
    ("The president told reporters that sanctions would remain in place.", "The president", "told",
     "that sanctions would remain in place"),
    ("Per Reuters, the border will reopen next month.", "Reuters", "Per", "the border will reopen next month"),
    ("The senator made several statements about how the tax plan would work.", "The senator",
     "made several statements about", "how the tax plan would work"),
    ("The governor is calling for the state to raise the minimum wage.", "The governor", "calling for",
     "the state to raise the minimum wage"),
    ("The mayor thanked the volunteers for their work.", "The mayor", "thanked the volunteers for", "their work"),
])
def test_indirect_statements(text, speaker, cue, content):
    quote = only(analysed(text), content)
    assert (quote.kind, quote.speaker_text, quote.cue, quote.content) == ("indirect", speaker, cue, content)


def test_reported_clause_with_quoted_fragment_is_mixed():
    article = analysed('He said he would "strongly consider" closing the offices.')
    quote = only(article, "strongly consider")
    assert quote.kind == "mixed" and quote.cue == "said"


def test_statement_inside_a_direct_quote_is_not_a_separate_quote():
    article = analysed("“I think the enthusiasm confirms our relations,” he said.")
    assert len(article.quotes) == 1 and article.quotes[0].kind == "direct"


# -- speakers -----------------------------------------------------------------------------------

def test_speaker_resolved_through_mentions_and_pronoun_keeps_previous_speaker():
    text = ("Kim said that the visit was historic. The guest was welcomed by Putin's hosts. "
            "He said that relations were entering a new period.")
    article = analysed(text, [("Kim", "A1", "person"), ("Putin", "A2", "person")])
    assert only(article, "visit was historic").speaker == "A1"
    assert only(article, "new period").speaker == "A1"


def test_unnamed_source_is_anonymous():
    article = analysed("A senior official said that the deal was close.")
    quote = only(article, "deal was close")
    assert quote.anonymous and quote.speaker is None and quote.speaker_text == "A senior official"


def test_named_spokesman_is_not_anonymous():
    article = analysed("Kremlin spokesman Dmitry Peskov said that the talks had ended.")
    assert not only(article, "talks had ended").anonymous


# -- relay chain --------------------------------------------------------------------------------

def test_relay_chain_innermost_first_wire_last():
    text = "Kim said that the talks were useful, Russian Tas reports."
    credits = [Credit(agency="TASS", name="TASS", alias="Russian Tas", kind="relay", sentences=[0]),
               Credit(agency="TANJUG", name="Tanjug", kind="wire")]
    quote = only(analysed(text, credits=credits), "talks were useful")
    assert quote.relay == ["TASS", "TANJUG"]


def test_outlet_named_in_the_sentence_is_relayed():
    article = analysed("The general told VOA that the troops would withdraw within a week.")
    assert only(article, "troops would withdraw").relay == ["VOA"]


# -- events -------------------------------------------------------------------------------------

def test_event_inside_quote_content_is_reported_by_speaker():
    text = "Kim said that North Korea will support Russia."
    article = analysed(text, [("Kim", "A1", "person")])
    at = text.index("support")
    inside = Event(id="e1", code="051", why=Why(pattern="p", trigger="support"),
                   provenance=Provenance(start=at, end=at + 7, text="support"))
    outside = Event(id="e2", code="010", why=Why(pattern="p", trigger="said"),
                    provenance=Provenance(start=4, end=8, text="said"))
    article.events = [inside, outside]
    link_events(article)
    quote = article.quotes[0]
    assert (inside.reported_by, inside.quote_id, inside.modality.reported) == ("A1", quote.id, True)
    assert outside.reported_by is None and not outside.modality.reported
    assert quote.events == ["e1"]


# -- headlines and bad input --------------------------------------------------------------------

def test_headline_quote_after_a_name_and_colon():
    article = analysed('Kim: "We support Russia fully and without any reservation"\n\nThe talks ended.')
    quote = only(article, "We support Russia")
    assert quote.kind == "direct" and quote.speaker_text == "Kim" and quote.cue == ":"


def test_quoted_title_of_many_words_is_not_a_statement():
    article = analysed('The band closed with "Ride The Lightning And Fade To Black Tonight" at midnight.')
    assert article.quotes == []


def test_stray_mark_does_not_swallow_the_next_paragraphs():
    text = 'The mayor said the 5" pipe burst near the station on Monday night.\n\nRepairs will take a week.'
    article = analysed(text)
    assert all("Repairs" not in q.content for q in article.quotes)


def test_article_that_is_one_long_quote_gives_one_quote():
    text = "“First we will rebuild the roads of the region\n\n“Then we will build schools in every town\n\n“And then we will rest,” the governor said."
    article = analysed(text)
    assert len(article.quotes) == 1
    quote = article.quotes[0]
    assert quote.content.startswith("First we will") and quote.content.endswith("we will rest,")
    assert quote.speaker_text == "the governor"


def test_lyrics_sung_are_not_a_statement():
    article = analysed('As the rally ended, the crowd sang "we shall overcome, we shall overcome some day" and went home.')
    assert article.quotes == []


def test_show_title_after_a_possessive_is_not_a_quote():
    article = analysed("Speaking on CNN’s “State of the Union,” Fallin said the race was close.")
    quote = only(article, "the race was close")
    assert quote.speaker_text == "Fallin" and len(article.quotes) == 1


def test_headline_colon_cut_by_the_sentence_splitter_keeps_its_words():
    article = analysed("Ann Coulter: And Then There Was the One.\n\nA guy just won the primary.")
    quote = only(article, "And Then There Was the One")
    assert quote.speaker_text == "Ann Coulter" and quote.cue == ":"


# -- frames found on the training split -------------------------------------------------------

def test_impression_verbs_give_subject_and_complement():
    article = analysed("New Hampshire seems stable. He sounded subdued in his speech.")
    place = only(article, "New Hampshire")
    assert place.content == "New Hampshire stable" and place.speaker_text == "" and place.cue == "seems"
    person = only(article, "subdued")
    assert person.speaker_text == "He" and person.content.startswith("He subdued")


def test_made_clear_reports_its_that_clause():
    quote = only(analysed("Clinton made it clear that she would not drop out of the race."), "drop out")
    assert (quote.speaker_text, quote.cue, quote.content) == (
        "Clinton", "made it clear", "that she would not drop out of the race")


def test_coordinated_verb_of_saying_ends_the_reported_clause():
    article = analysed("He said he found Trump charming and called his standing in the field unheard of.")
    assert only(article, "charming").content == "he found Trump charming"
    assert only(article, "his standing").cue == "called"


def test_that_clause_of_a_verb_outside_the_lexicon_is_reported():
    quote = only(analysed("The senator reasoned that the vote would fail."), "the vote would fail")
    assert quote.speaker_text == "The senator" and quote.cue == "reasoned"


def test_name_left_without_subject_by_the_parser_is_the_speaker():
    text = "On the campaign trail for his wife, former president Bill Clinton said his wife was uniquely qualified."
    assert only(analysed(text), "uniquely qualified").speaker_text == "former president Bill Clinton"


def test_audience_of_a_speech_is_not_its_content():
    assert analysed("Sanders addressed the convention on Monday.").quotes == []


def test_questions_are_statements_even_without_a_holder():
    quote = only(analysed("There are growing questions about her health."), "her health")
    assert quote.cue == "questions about" and quote.speaker is None


def test_uncued_quote_right_after_another_keeps_its_speaker():
    text = ("“We will win in November,” Sanders said at the rally. The crowd cheered. "
            "“Nobody thought we would get this far in the race.”")
    quote = only(analysed(text), "Nobody thought")
    assert quote.kind == "direct" and quote.speaker_text == "Sanders" and quote.cue == ""


def test_relative_pronoun_before_a_naming_cue_is_a_piece_of_the_content():
    quote = only(analysed('The senator criticized what he calls "a reckless plan" on Monday.'), "reckless")
    assert quote.cue == "calls" and quote.content == 'what "a reckless plan"' and len(quote.parts) == 2


def test_document_that_says_something_is_a_speaker_but_an_empty_it_is_not():
    quote = only(analysed("The memo was sent on Friday. It says foreign nationals can be blacklisted."), "blacklisted")
    assert quote.speaker_text == "It" and quote.cue == "says"
    unclear = only(analysed("It is unclear whether the senator will run."), "the senator will run")
    assert unclear.speaker_text == "" and unclear.cue == "unclear"


def test_name_with_age_set_off_by_commas_before_the_cue_is_the_speaker():
    text = "As a part of his plea, Marcel Lazar, 44, said that he victimized nearly 100 Americans."
    quote = only(analysed(text), "victimized")
    assert quote.speaker_text.startswith("Marcel Lazar") and quote.content == "that he victimized nearly 100 Americans"


def test_clause_after_the_cue_wins_over_an_aside_before_it():
    text = "Inside the mosque - which looks like a church - Adel Nefzi said he and his friends are collecting money."
    quote = only(analysed(text), "collecting money")
    assert quote.speaker_text == "Adel Nefzi" and quote.content == "he and his friends are collecting money"
