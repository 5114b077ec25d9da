"""The `dateline extract` door on good and bad input, run as a real subprocess.

A user error must give a one-line message naming the problem and a distinct exit code, never a
traceback; partial input still yields what can be extracted.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from dateline.errors import EXIT_UNUSABLE_INPUT, EXIT_USAGE


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dateline", *args], input=stdin, capture_output=True,
                          timeout=300, check=False)


def assert_clean_failure(proc: subprocess.CompletedProcess, code: int, words: str):
    err = proc.stderr.decode()
    assert proc.returncode == code, err
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and words in lines[0].lower(), err


def test_extract_seed_json(tmp_path):
    proc = run("extract", "tests/fixtures/unreserved-support.txt", "--date", "2024-06-19")
    assert proc.returncode == 0, proc.stderr.decode()
    article = json.loads(proc.stdout)
    assert article["title"] == "You have our unreserved support!"
    assert article["events"] and article["quotes"] and article["actors"]


def test_extract_pretty_prints_tables():
    proc = run("extract", "-", "--format", "pretty", stdin=b"Russian President Vladimir Putin met Chinese "
               b"President Xi Jinping in Beijing on Tuesday, the Kremlin said.")
    assert proc.returncode == 0, proc.stderr.decode()
    out = proc.stdout.decode()
    assert "Actors" in out and "Events" in out and "Quotes" in out and "Vladimir Putin" in out


def test_one_sided_flag_keeps_acts_without_their_other_party():
    """Cooperation with nobody named is withheld by default; ``--one-sided`` keeps it, target empty."""
    text = b"Russian President Vladimir Putin cooperated on the project on Tuesday, the Kremlin said."
    default, kept = (run("extract", "-", *flag, stdin=text) for flag in ((), ("--one-sided",)))
    assert default.returncode == 0 and kept.returncode == 0, default.stderr.decode() + kept.stderr.decode()
    assert not [e for e in json.loads(default.stdout)["events"] if e["root"] == "06"]
    coop = [e for e in json.loads(kept.stdout)["events"] if e["root"] == "06"]
    assert coop and coop[0]["target"] is None


def test_empty_file(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert_clean_failure(run("extract", str(empty)), EXIT_UNUSABLE_INPUT, "empty")


def test_binary_file(tmp_path):
    blob = tmp_path / "blob.bin"
    blob.write_bytes(bytes(range(256)) * 64)
    assert_clean_failure(run("extract", str(blob)), EXIT_UNUSABLE_INPUT, "binary")


def test_missing_file():
    assert_clean_failure(run("extract", "/no/such/file.txt"), EXIT_UNUSABLE_INPUT, "no such file")


def test_bad_date_is_usage_error(tmp_path):
    proc = run("extract", "tests/fixtures/unreserved-support.txt", "--date", "19/06/2024")
    assert proc.returncode == EXIT_USAGE
    assert "Traceback" not in proc.stderr.decode()


@pytest.mark.parametrize("encoding", ["cp1251", "latin-1"])
def test_non_utf8_bytes_are_decoded(tmp_path, encoding):
    text = ("Foreign Minister Sergei Lavrov met his counterpart in Moscow on Monday. "
            "He said the talks were “useful”. " if encoding == "cp1251" else
            "The café owner in Zürich said the Swiss government had condemned the attack. ")
    page = tmp_path / "page.txt"
    page.write_bytes((text * 20).encode(encoding, errors="replace"))
    proc = run("extract", str(page))
    assert proc.returncode == 0, proc.stderr.decode()
    article = json.loads(proc.stdout)
    assert ("Lavrov" if encoding == "cp1251" else "Zürich") in article["text"]


def test_non_english_article_is_stored_not_coded(tmp_path):
    page = tmp_path / "de.txt"
    page.write_text("Die Bundesregierung hat am Montag neue Sanktionen gegen Russland beschlossen. "
                    "Der Außenminister sagte, man werde die Ukraine weiterhin unterstützen. " * 5)
    proc = run("extract", str(page))
    assert proc.returncode == 0
    article = json.loads(proc.stdout)
    assert article["status"] == "not-coded" and article["language"] == "de"
    assert article["events"] == []
    err = proc.stderr.decode()
    assert "Traceback" not in err and "not english" in err.lower().replace("-", " ")


def test_huge_file_is_refused_cleanly(tmp_path):
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"The minister said the talks went well. " * (50 * 1024 * 1024 // 39))
    proc = run("extract", str(huge))
    err = proc.stderr.decode()
    assert "Traceback" not in err
    assert proc.returncode in (0, EXIT_UNUSABLE_INPUT)
    assert "too large" in err.lower() or "truncated" in err.lower()


def test_partial_input_without_quotes_or_date():
    proc = run("extract", "-", stdin=b"Kenyan police arrested 20 protesters in Nairobi.")
    assert proc.returncode == 0, proc.stderr.decode()
    article = json.loads(proc.stdout)
    assert article["quotes"] == [] and article["published"] is None
    assert article["actors"]
