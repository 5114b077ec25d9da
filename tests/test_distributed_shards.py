"""Shard planning and reading: every input item in exactly one shard, read as the local path reads it."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from dateline.distributed import plan_shards
from dateline.distributed.shards import read_shard
from dateline.errors import InputError
from dateline.intake import IntakeFailure, read_inputs


def _jsonl(path: Path, n: int, bad_line: int | None = None) -> Path:
    lines = [json.dumps({"id": f"s{i}", "text": f"Officials met in Paris on day {i}."}) for i in range(n)]
    if bad_line is not None:
        lines.insert(bad_line - 1, "{not json")
    lines.insert(2, "")  # blank lines are skipped, not counted
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _warc(path: Path, n: int) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for i in range(n):
            url = f"https://news.example/{i}"
            writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
            body = f"<html><head><title>Story {i}</title></head><body><p>Officials met on day {i}.</p></body></html>"
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body.encode()),
                                                          http_headers=headers))
    return path


def test_jsonl_is_cut_into_line_ranges_with_stable_ids(tmp_path):
    path = _jsonl(tmp_path / "in.jsonl", 7)
    shards = plan_shards([str(path)], shard_size=3)
    assert [s.kind for s in shards] == ["jsonl"] * 3 and [s.expected for s in shards] == [3, 3, 1]
    assert plan_shards([str(path)], 3) == shards
    assert [d.meta["id"] for s in shards for d in read_shard(s)] == [f"s{i}" for i in range(7)]


def test_bad_line_is_reported_with_its_line_in_the_whole_file(tmp_path):
    path = _jsonl(tmp_path / "in.jsonl", 6, bad_line=5)
    items = [item for s in plan_shards([str(path)], shard_size=2) for item in read_shard(s)]
    failures = [i for i in items if isinstance(i, IntakeFailure)]
    local = [i for i in read_inputs([str(path)]) if isinstance(i, IntakeFailure)]
    assert [f.origin for f in failures] == [f.origin for f in local] == [f"{path.resolve()}:6"]


def test_warc_is_cut_into_record_ranges(tmp_path):
    path = _warc(tmp_path / "crawl.warc.gz", 5)
    shards = plan_shards([str(path)], shard_size=2)
    assert [s.kind for s in shards] == ["warc"] * 3 and [s.expected for s in shards] == [2, 2, 1]
    urls = [d.meta["url"] for s in shards for d in read_shard(s)]
    assert urls == [d.meta["url"] for d in read_inputs([str(path)])] == [f"https://news.example/{i}" for i in range(5)]


def test_other_files_are_grouped(tmp_path):
    for i in range(5):
        (tmp_path / f"page{i}.txt").write_text(f"Officials met in Paris on day {i}.", encoding="utf-8")
    (tmp_path / ".hidden").write_text("skip me", encoding="utf-8")
    shards = plan_shards([str(tmp_path)], shard_size=2)
    assert [s.kind for s in shards] == ["files"] * 3 and sum(len(s.paths) for s in shards) == 5


@pytest.mark.parametrize("bad", ["-", "https://news.example/feed", "/no/such/file.jsonl"])
def test_inputs_a_cluster_cannot_read_are_refused(bad):
    with pytest.raises(InputError):
        plan_shards([bad])


def test_finished_shards_are_loaded_in_input_order():
    from dateline.distributed.driver import InOrderLoader
    from dateline.distributed.shards import ShardSpec

    class Recorder:
        def __init__(self):
            self.saved: list[str] = []

        def save_shard(self, manifest):
            self.saved.append(manifest["shard"])

    shards = [ShardSpec(id=f"s{i}", kind="files", paths=(f"f{i}",), seq=i) for i in range(5)]
    recorder = Recorder()
    loader = InOrderLoader(shards, {"s0": {"shard": "s0"}}, recorder)  # s0 finished in an earlier run
    loader.add(shards[2], {"shard": "s2"})
    assert recorder.saved == ["s0"]  # s1 is still running, so s2 waits
    loader.add(shards[1], None)  # s1 quarantined
    assert recorder.saved == ["s0", "s2"]
    loader.add(shards[4], {"shard": "s4"})
    loader.flush(final=True)  # s3 lost: what is ready still gets loaded
    assert recorder.saved == ["s0", "s2", "s4"]
