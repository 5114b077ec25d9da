"""PETRARCH dictionary compatibility: the verb-dictionary reader, pattern matching on spaCy parses,
and the unit-test suite runner on a miniature record set built here."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.eval.events import petrarch_unit
from dateline.events.lexicon import build_lexicon
from dateline.events.petrarch_verbs import read_discards, read_verb_dictionary

VERBS = """\
<!-- test verbs -->
&TIES
+DIPLOMATIC TIES
+RELATIONS

&MONEY
+DOLLARS
+SWISS FRANCS

--- RESTORE  [064]  ---
RESTORE
- * FULL &TIES  [064]
- * TRADE_LINKS [061]

--- CONTRIBUTE [070] ---
CONTRIBUTE  # default
- * &MONEY [071]

--- ARRIVE [032:033] ---
ARRIVE
+REACH {REACHES REACHED}

--- BREAK [---] ---
BREAK {BROKE BROKEN}
- * OFF + TALKS [195]
- * WITH [### ]
- NO STAR HERE [111]
--- BROKEN HEADER
"""

ACTORS = """\
ARNOR [ARN]
GONDOR [GON]
+MINAS_TIRITH
ROHAN [ROH]
"""

AGENTS = """\
GOVERNMENT [~GOV]
"""

RECORDS = """\
<Validation><Sentences>
<Sentence date="19950101" id="T-01" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>Arnor will restore full diplomatic ties with Gondor.</Text>
</Sentence>
<Sentence date="19950101" id="T-02" category="SYNSET" sentence="true">
<EventCoding sourcecode="ARNGOV" targetcode="GON" eventcode="071"></EventCoding>
<Text>The Arnor government will contribute a million swiss francs to Gondor.</Text>
</Sentence>
<Sentence date="19950101" id="T-03" category="COMPOUND" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="032"></EventCoding>
<EventCoding sourcecode="GON" targetcode="ARN" eventcode="033"></EventCoding>
<EventCoding sourcecode="ROH" targetcode="GON" eventcode="032"></EventCoding>
<EventCoding sourcecode="GON" targetcode="ROH" eventcode="033"></EventCoding>
<Text>Arnor and Rohan arrived in Minas Tirith on Monday.</Text>
</Sentence>
<Sentence date="19950101" id="T-04" category="ERROR" sentence="true">
<EventCoding noevents="True"></EventCoding>
<Text>Arnor will restore full diplomatic ties with Gondor after the typhoon.</Text>
</Sentence>
<Sentence date="19950101" id="T-05" category="DEMO" sentence="false">
<Text>Not scored.</Text>
</Sentence>
</Sentences></Validation>
"""


@pytest.fixture()
def petr_dir(tmp_path: Path) -> Path:
    (tmp_path / "PETR.Validate.verbs.txt").write_text(VERBS)
    (tmp_path / "PETR.Validate.actors.txt").write_text(ACTORS)
    (tmp_path / "PETR.Validate.agents.txt").write_text(AGENTS)
    (tmp_path / "PETR.Validate.discards.txt").write_text("+TYPHOON  # story discard\n")
    (tmp_path / "PETR.UnitTest.records.xml").write_text(RECORDS)
    return tmp_path


def test_verb_dictionary_reads_blocks_synsets_and_paired_codes(petr_dir):
    verbs = read_verb_dictionary(petr_dir / "PETR.Validate.verbs.txt")
    assert set(verbs.synsets) == {"&TIES", "&MONEY"}
    assert [len(alt) for alt in verbs.synsets["&TIES"]] == [2, 1]
    by_id = {(p.lemma, p.code) for p in verbs.patterns}
    assert ("RESTORE", "064") in by_id and ("RESTORE", "061") in by_id
    arrive = [p for p in verbs.patterns if p.lemma == "REACH"]
    assert arrive and arrive[0].code == "032" and arrive[0].paired == "033" and "REACHED" in arrive[0].forms
    off = next(p for p in verbs.patterns if p.code == "195")
    assert [e.kind for e in off.after] == ["word", "target", "word"] and off.after[0].value == "OFF"
    trade = next(p for p in verbs.patterns if p.code == "061")
    assert [(e.value, e.joined) for e in trade.after] == [("TRADE", False), ("LINKS", True)]


def test_dictionary_errors_are_reported_with_file_and_line_and_skipped(petr_dir):
    verbs = read_verb_dictionary(petr_dir / "PETR.Validate.verbs.txt")
    assert "PETR.Validate.verbs.txt:26: pattern without [code]" in verbs.errors
    assert "PETR.Validate.verbs.txt:27: pattern needs exactly one *" in verbs.errors
    assert "PETR.Validate.verbs.txt:28: malformed verb block header" in verbs.errors
    assert len(verbs.errors) == 3
    assert build_lexicon((petr_dir / "PETR.Validate.verbs.txt",), own=False).errors == verbs.errors


def test_discards_split_sentence_and_story_level(petr_dir):
    (petr_dir / "d.txt").write_text("MONTHS LATER\n+World Golf Championships  # story\n")
    assert read_discards(petr_dir / "d.txt") == (["MONTHS LATER"], ["WORLD GOLF CHAMPIONSHIPS"])


def test_unit_suite_runner_on_miniature_records(petr_dir):
    report = petrarch_unit(petr_dir)
    assert report.metrics["records"] == 4
    assert report.metrics["passed"] == 4, getattr(report, "failures", None)
    assert {row["category"] for row in report.rows} == {"DEMO", "SYNSET", "COMPOUND", "ERROR"}


def test_phoenix_dictionary_loads_with_few_errors():
    lexicon = build_lexicon(__import__("dateline.events.lexicon", fromlist=["x"]).default_verb_files())
    assert len(lexicon) > 40_000
    assert len(lexicon.errors) < 10 and all(":" in e for e in lexicon.errors)


TAG_ACTORS = """\
ARNOR [ARN]
GONDOR [GON]
THE_SHIRE [FRO/BIL/SAM]
ITHILEN TELEVISION [ITHTV]
ITHILEN [ITH]
"""

TAG_AGENTS = """\
LAWMAKER [~LEG]
OFFICIAL [~GOV]
POLICE {} [~COP]
"""


def _tag(text: str) -> list[set[str]]:
    """Codes of each tagged phrase: a group actor stands for its members' codes."""
    from dateline.actors.petrarch_dict import parse_actor_lines, parse_agent_lines
    from dateline.events.petrarch_actors import PetrarchActorTagger
    from dateline.model import Article
    from dateline.nlp import load_nlp

    tagger = PetrarchActorTagger(parse_actor_lines(TAG_ACTORS.splitlines())[0],
                                 parse_agent_lines(TAG_AGENTS.splitlines())[0])
    article = Article(id="t", text=text)
    tagger.tag(article, load_nlp()(text))
    by_id = {a.id: a for a in article.actors}
    mentioned = [by_id[m.actor_id] for m in article.mentions]
    return [{by_id[i].code for i in a.members} if a.members else {a.code} for a in mentioned]


def test_multi_code_actors_and_lists_stand_for_every_member():
    assert _tag("The Shire welcomed Arnor.") == [{"FRO", "BIL", "SAM"}, {"ARN"}]
    assert _tag("Lawmakers and officials in Arnor and Gondor met.") == [{"ARNLEG", "ARNGOV", "GONLEG", "GONGOV"}]
    assert _tag("Arnor and the officials of Gondor met.") == [{"ARN", "GONGOV"}]


def test_empty_plural_braces_and_loose_phrases():
    assert _tag("Arnor met Gondor's polices.") == [{"ARN"}, {"GON"}]  # POLICE {}: no regular plural
    assert _tag("Arnor spoke on Ithilen state-run television.") == [{"ARN"}, {"ITHTV"}]


def test_compound_pattern_codes_the_members_against_each_other(tmp_path):
    (tmp_path / "PETR.Validate.verbs.txt").write_text("--- AGREE [081] ---\nAGREE\n- % * [030:030]\n")
    (tmp_path / "PETR.Validate.actors.txt").write_text(TAG_ACTORS)
    (tmp_path / "PETR.Validate.agents.txt").write_text(TAG_AGENTS)
    (tmp_path / "PETR.Validate.discards.txt").write_text("")
    (tmp_path / "PETR.UnitTest.records.xml").write_text("""<Validation><Sentences>
<Sentence date="19950101" id="P-1" category="COMPOUND" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="030"></EventCoding>
<EventCoding sourcecode="GON" targetcode="ARN" eventcode="030"></EventCoding>
<Text>Arnor and Gondor agree that the dispute should be settled.</Text></Sentence>
<Sentence date="19950101" id="P-2" category="VERB" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="081"></EventCoding>
<Text>Arnor agrees with Gondor.</Text></Sentence>
</Sentences></Validation>""")
    report = petrarch_unit(tmp_path)
    assert report.metrics["passed"] == 2, getattr(report, "failures", None)


def test_pattern_nouns_match_literally_and_passive_subject_on_auxiliary(tmp_path):
    """PETRARCH does not lemmatise nouns ("* RESOLUTION" is not "resolutions"); a subject that the
    parser hangs on the auxiliary still acts ("X was heavily and unjustly criticized")."""
    (tmp_path / "PETR.Validate.verbs.txt").write_text(
        "--- ADOPT [081] ---\nADOPT\n- * RESOLUTION [102]\n\n--- CRITICIZE [121] ---\nCRITICIZE\n"
        "- HEAVILY UNJUSTLY * [123]\n")
    (tmp_path / "PETR.Validate.actors.txt").write_text(TAG_ACTORS)
    (tmp_path / "PETR.Validate.agents.txt").write_text(TAG_AGENTS)
    (tmp_path / "PETR.Validate.discards.txt").write_text("")
    (tmp_path / "PETR.UnitTest.records.xml").write_text("""<Validation><Sentences>
<Sentence date="19950101" id="L-1" category="SYNSET" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="081"></EventCoding>
<Text>Arnor will adopt a set of resolutions with Gondor.</Text></Sentence>
<Sentence date="19950101" id="L-2" category="SYNSET" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="102"></EventCoding>
<Text>Arnor will adopt a resolution with Gondor.</Text></Sentence>
<Sentence date="19950101" id="L-3" category="PATTERN" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="123"></EventCoding>
<Text>Arnor was heavily and unjustly criticized over its territorial dispute with Gondor.</Text></Sentence>
</Sentences></Validation>""")
    report = petrarch_unit(tmp_path)
    assert report.metrics["passed"] == 3, getattr(report, "failures", None)
