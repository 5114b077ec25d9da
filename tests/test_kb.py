"""Knowledge base: PETRARCH dictionary parsing, dated roles, fuzzy lookup, learning, persistence, CLI."""

from __future__ import annotations

import datetime as dt
import json

from typer.testing import CliRunner

from dateline.actors.codes import make_code, split_code
from dateline.actors.kb import KBRole, KnowledgeBase, curated_base
from dateline.actors.petrarch_dict import parse_actor_lines, parse_agent_lines
from dateline.cli import app
from dateline.errors import EXIT_USAGE, DataError

ACTORS = """\
# comment line
<!-- xml comment -->
GOLLUM  # pas 27 Apr 03
+SMEAGOL
+SLINKER
\t[HOB < 950601]
\t[HOBGOV 19950601 - 19990815]
\t[HOBREB > 990816]
EUROPEAN_UNION [IGOEEU]
BROKEN_ENTRY [RUSGOV
ARNOR_  [ARN]
+ARNORIAN
BAD_DATE [RUSGOV 9008223]
LORIEN  [ELR/GAL]
"""

AGENTS = """\
!MINST! = MINISTER, MINISTRY
FOREIGN_!MINST! [~GOV]
MEDIA {} [~MED]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]
HUMAN_RIGHTS_BODY  [NGO~]
NO_CODE_HERE
"""


def test_actor_dictionary_entries_synonyms_and_dated_codes():
    entries, _problems = parse_actor_lines(ACTORS.splitlines(), "test.actors.txt")
    gollum = entries[0]
    assert gollum.name == "GOLLUM" and gollum.aliases == ["SMEAGOL", "SLINKER"]
    assert [c.code for c in gollum.codes] == ["HOB", "HOBGOV", "HOBREB"]
    assert gollum.codes[0].end == dt.date(1995, 6, 1) and gollum.codes[2].start == dt.date(1999, 8, 16)
    assert gollum.codes[1].start == dt.date(1995, 6, 1) and gollum.codes[1].end == dt.date(1999, 8, 15)
    arnor = next(e for e in entries if e.name == "ARNOR")
    assert arnor.aliases == ["ARNORIAN"] and arnor.codes[0].code == "ARN"
    assert next(e for e in entries if e.name == "LORIEN").codes[0].code == "ELR"


def test_dictionary_errors_are_reported_with_file_and_line_and_skipped():
    entries, problems = parse_actor_lines(ACTORS.splitlines(), "test.actors.txt")
    assert [str(p).split(": ")[0] for p in problems] == ["test.actors.txt:10", "test.actors.txt:13"]
    assert "BROKEN ENTRY" not in {e.name for e in entries}


def test_agent_dictionary_substitutions_plurals_and_prefix_codes():
    entries, problems = parse_agent_lines(AGENTS.splitlines(), "a.txt")
    phrases = {e.phrase: e for e in entries}
    assert {"FOREIGN MINISTER", "FOREIGN MINISTRY"} <= set(phrases)
    assert phrases["ATTORNEY GENERAL"].plurals == ["ATTORNEYS GENERAL"] and phrases["ATTORNEY GENERAL"].code == "JUD"
    assert phrases["HUMAN RIGHTS BODY"].suffix is False and phrases["HUMAN RIGHTS BODY"].code == "NGO"
    assert [p.line for p in problems] == [6]


def test_cameo_codes_split_and_build():
    assert split_code("RUSGOV") == ("RUS", "GOV")
    assert split_code("IGOUNO") == ("UNO", None)
    assert split_code("PSEREBHMS") == ("PSE", "REB")
    assert split_code("NGO") == (None, "NGO")
    assert make_code("PRK", "MIL") == "PRKMIL" and make_code("UNO", None) == "IGOUNO" and make_code(None, None) is None


def test_dated_roles_pick_the_office_in_force():
    kb = curated_base()
    putin = kb.lookup("Putin", dt.date(2010, 1, 1))
    assert putin.role.title == "Prime Minister"
    assert kb.lookup("Putin", dt.date(2024, 6, 19)).role.title == "President"
    blair = kb.lookup("Tony Blair", dt.date(2015, 1, 1))
    assert (blair.role.country, blair.role.sector) == ("GBR", "ELI")


def test_fuzzy_lookup_finds_transliteration_variants():
    kb = curated_base()
    assert kb.lookup("Choe Son-Hui").entry.name == "Choe Son Hui"
    assert kb.lookup("Kassym Jomart Tokaev").entry.name == "Kassym-Jomart Tokayev"
    assert kb.lookup("Zelenskyi Volodymyr").entry.name == "Volodymyr Zelenskyy"
    assert kb.lookup("Totally Unknown Person") is None


def test_imported_dictionary_resolves_with_dates(tmp_path):
    path = tmp_path / "mini.actors.txt"
    path.write_text(ACTORS, encoding="utf-8")
    kb = KnowledgeBase()
    count, problems = kb.import_petrarch(path)
    assert count == 5 and len(problems) == 2
    assert kb.lookup("Smeagol", dt.date(1997, 1, 1)).role.sector == "GOV"
    assert kb.lookup("Smeagol", dt.date(2001, 1, 1)).role.sector == "REB"
    assert kb.lookup("European Union").role.country == "EUR"


def test_learned_roles_persist_and_hold_near_their_date(tmp_path):
    kb = KnowledgeBase()
    kb.learn("Ivan Drozdescu", ["Drozdescu"], KBRole("MDA", "GOV", "Foreign Minister", dt.date(2025, 3, 1), dt.date(2025, 3, 1)))
    kb.save(tmp_path / "kb.json")
    again = KnowledgeBase()
    again.load(tmp_path / "kb.json")
    hit = again.lookup("Drozdescu", dt.date(2025, 6, 1))
    assert (hit.role.country, hit.role.title) == ("MDA", "Foreign Minister")
    assert again.lookup("Drozdescu", dt.date(2040, 1, 1)).role.sector != "GOV"


def test_cli_import_and_show(tmp_path):
    dictionary = tmp_path / "mini.actors.txt"
    dictionary.write_text(ACTORS, encoding="utf-8")
    kb_file = tmp_path / "kb.json"
    runner = CliRunner()
    result = runner.invoke(app, ["kb", "import-petrarch", str(dictionary), "--kb", str(kb_file)])
    assert result.exit_code == 0, result.output
    assert "mini.actors.txt:10" in result.output and "5 actors" in result.output
    shown = runner.invoke(app, ["kb", "show", "Slinker", "--date", "1997-01-01", "--kb", str(kb_file)])
    assert shown.exit_code == 0 and "Gollum" in shown.output and "GOV" in shown.output


def test_cli_extract_learns_into_a_kb_file_and_reads_it_back(tmp_path):
    kb_file = tmp_path / "learned.json"
    runner = CliRunner()
    first = runner.invoke(app, ["extract", "-", "--date", "2025-03-01", "--learn", "--kb", str(kb_file)],
                          input="Moldovan Foreign Minister Ivan Drozdescu visited Kyiv on Monday.\n")
    assert first.exit_code == 0, first.output
    assert "Drozdescu" in kb_file.read_text(encoding="utf-8")
    later = runner.invoke(app, ["extract", "-", "--date", "2025-04-01", "--kb", str(kb_file)],
                          input="Drozdescu said the border was calm.\n")
    assert later.exit_code == 0, later.output
    actors = json.loads(later.stdout)["actors"]
    assert any(a["name"].endswith("Drozdescu") and a["country"] == "MDA" for a in actors), actors
    forgetful = runner.invoke(app, ["extract", "-", "--date", "2025-04-01"], input="Drozdescu said the border was calm.\n")
    assert not any(a["country"] == "MDA" for a in json.loads(forgetful.stdout)["actors"])


def test_cli_ingest_learns_with_one_worker_and_refuses_several(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Moldovan Foreign Minister Ivan Drozdescu visited Kyiv on Monday.\n", encoding="utf-8")
    kb_file = tmp_path / "learned.json"
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(story), "--db", str(tmp_path / "x.db"), "--date", "2025-03-01",
                                 "--learn", "--kb", str(kb_file), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "Drozdescu" in kb_file.read_text(encoding="utf-8")
    refused = runner.invoke(app, ["ingest", str(story), "--db", str(tmp_path / "y.db"), "--learn", "--workers", "2"])
    assert refused.exit_code == EXIT_USAGE and "one local worker" in refused.output


def test_a_broken_kb_file_is_a_user_error_naming_the_file(tmp_path):
    kb_file = tmp_path / "broken.json"
    kb_file.write_text("{not json", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", "-", "--kb", str(kb_file)], input="Putin spoke.\n")
    # the command-line entry point turns a DataError into its one-line message and exit code 6
    assert isinstance(result.exception, DataError) and "broken.json" in str(result.exception)
