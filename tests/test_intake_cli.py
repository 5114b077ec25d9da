"""`dateline extract` on a batch: one JSON object per line, a warning per bad item, exit code 4."""

from __future__ import annotations

import json
import subprocess
import sys

from dateline.errors import EXIT_SOME_FAILED

GERMAN = ("Die Bundesregierung hat am Montag neue Sanktionen gegen Russland beschlossen. "
          "Der Außenminister sagte, man werde die Ukraine weiterhin unterstützen. ") * 3


def test_jsonl_batch_prints_json_lines_and_reports_failures(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "one", "text": GERMAN, "url": "https://www.dw.com/de/a"}),
        "{not json",
        json.dumps({"id": "two", "body": GERMAN}),
    ]) + "\n")
    proc = subprocess.run([sys.executable, "-m", "dateline", "extract", str(path), "--field", "text=body"],
                          capture_output=True, timeout=300, check=False)
    err = proc.stderr.decode()
    assert proc.returncode == EXIT_SOME_FAILED, err
    assert "Traceback" not in err and "batch.jsonl:2: invalid JSON" in err
    articles = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [a["id"] for a in articles] == ["one", "two"]
    assert articles[0]["source"] == "Deutsche Welle" and articles[0]["status"] == "not-coded"
    assert articles[1]["language"] == "de"
