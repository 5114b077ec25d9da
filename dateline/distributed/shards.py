"""Cut the inputs of a run into shards: small, independent, re-readable slices of work.

A shard names its inputs precisely enough that any worker can re-read exactly the same items at any
time (a retry after a killed worker, a resumed run): a byte range of a JSONL file, a range of record
indexes of a WARC file, or a list of plain files.  Shard ids are derived from the input paths and
positions only, so the same inputs always give the same shards and a rerun can skip finished ones.
"""

from __future__ import annotations

import glob
import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from itertools import islice
from pathlib import Path
from typing import Literal

from dateline.errors import InputError
from dateline.intake.base import IntakeFailure

ShardKind = Literal["jsonl", "records", "files"]
JSONL_SUFFIXES = (".jsonl", ".ndjson")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")


class ShardError(Exception):
    """The shard cannot be read as planned (input vanished or changed); retrying will not help."""


@dataclass(frozen=True)
class ShardSpec:
    """One unit of input.  ``start``/``end`` are byte offsets for ``jsonl`` and item indexes for
    ``records`` (``end=None``: to the end of the file); ``expected`` is the planned item count."""

    id: str
    kind: ShardKind
    paths: tuple[str, ...]
    start: int = 0
    end: int | None = None
    first_line: int = 1
    expected: int = 0

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> ShardSpec:
        return cls(**{**data, "paths": tuple(data["paths"])})


def plan_shards(inputs: Iterable[str], shard_size: int = 200) -> list[ShardSpec]:
    """Shards covering every input once, in input order; ``shard_size`` items per shard."""
    if shard_size < 1:
        raise InputError(f"shard size must be at least 1, got {shard_size}")
    shards: list[ShardSpec] = []
    loose: list[str] = []
    for path in _expand(inputs):
        name = path.lower()
        if name.endswith(JSONL_SUFFIXES):
            shards.extend(_jsonl_shards(path, shard_size))
        elif name.endswith(WARC_SUFFIXES):
            shards.extend(_record_shards(path, shard_size))
        else:
            loose.append(path)
    for i in range(0, len(loose), shard_size):
        group = tuple(loose[i:i + shard_size])
        shards.append(ShardSpec(id=f"files-{_digest(*group)}", kind="files", paths=group, expected=len(group)))
    return shards


def _expand(inputs: Iterable[str]) -> Iterator[str]:
    """Local files only: directories recursively, globs expanded, everything sorted for stable ids."""
    for item in inputs:
        if item == "-" or re.match(r"^[a-z]+://", item):
            raise InputError(f"{item}: a distributed run reads local or shared files only; save it to a file first")
        if any(ch in item for ch in "*?["):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                raise InputError(f"{item}: no file matches")
            yield from (os.path.abspath(m) for m in matches if os.path.isfile(m))
        elif os.path.isdir(item):
            for root, dirs, files in os.walk(item):
                dirs.sort()
                yield from (os.path.abspath(os.path.join(root, f)) for f in sorted(files) if not f.startswith("."))
        elif os.path.isfile(item):
            yield os.path.abspath(item)
        else:
            raise InputError(f"{item}: no such file or directory")


def _jsonl_shards(path: str, shard_size: int) -> Iterator[ShardSpec]:
    """Byte ranges of ``shard_size`` non-blank lines each (one pass over the file, no JSON parsing)."""
    prefix = f"{_slug(path)}-{_digest(path)}"
    start = offset = 0
    first_line = line_no = 1
    count = 0
    with open(path, "rb") as handle:
        for line in handle:
            offset += len(line)
            line_no += 1
            if line.strip():
                count += 1
            if count == shard_size:
                yield ShardSpec(f"{prefix}-{start:012d}", "jsonl", (path,), start, offset, first_line, count)
                start, first_line, count = offset, line_no, 0
    if count:
        yield ShardSpec(f"{prefix}-{start:012d}", "jsonl", (path,), start, offset, first_line, count)


def _record_shards(path: str, shard_size: int) -> Iterator[ShardSpec]:
    """Ranges of WARC response records; the last range is open-ended so nothing can be missed."""
    total = _count_warc_responses(path)
    prefix = f"{_slug(path)}-{_digest(path)}"
    starts = list(range(0, max(total, 1), shard_size))
    for i, start in enumerate(starts):
        end = None if i == len(starts) - 1 else start + shard_size
        expected = (end if end is not None else total) - start
        yield ShardSpec(f"{prefix}-{start:012d}", "records", (path,), start, end, expected=max(expected, 0))


def _count_warc_responses(path: str) -> int:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    count = 0
    with open(path, "rb") as handle:
        try:
            for record in ArchiveIterator(handle):
                count += record.rec_type == "response"
        except (ArchiveLoadFailed, OSError, EOFError, ValueError):
            pass  # truncated archive: the reader reports the broken record, the last shard is open-ended
    return count


def read_shard(spec: ShardSpec) -> Iterator:
    """The shard's RawDocuments / IntakeFailures, in input order, through the intake readers."""
    read_inputs = _intake_reader()
    if spec.kind == "files":
        return read_inputs(list(spec.paths))
    if spec.kind == "records":
        return islice(read_inputs(list(spec.paths)), spec.start, spec.end)
    return _read_jsonl_range(spec, read_inputs)


def _read_jsonl_range(spec: ShardSpec, read_inputs) -> Iterator:
    """Hand the shard's lines to the JSONL reader, so field mapping is exactly the local path's."""
    import tempfile

    (path,) = spec.paths
    try:
        with open(path, "rb") as handle:
            handle.seek(spec.start)
            chunk = handle.read(spec.end - spec.start)
    except OSError as err:
        raise ShardError(f"{path}: cannot read ({err.strerror or err})") from err
    if len(chunk) != spec.end - spec.start or not chunk.endswith(b"\n") and spec.end != os.path.getsize(path):
        raise ShardError(f"{path}: file changed since the run was planned (bytes {spec.start}-{spec.end})")
    with tempfile.TemporaryDirectory(prefix="dateline-shard-") as tmp:
        part = Path(tmp) / f"{Path(path).stem}.jsonl"
        part.write_bytes(chunk)
        for item in read_inputs([str(part)]):
            if isinstance(item, IntakeFailure) and item.origin.startswith(str(part)):
                item = IntakeFailure(_original_origin(item.origin, str(part), path, spec.first_line), item.reason)
            yield item


def _original_origin(origin: str, part: str, path: str, first_line: int) -> str:
    """'<part>:3' → '<path>:<first_line + 2>' so failures name the real input line."""
    rest = origin[len(part):]
    match = re.match(r":(\d+)(.*)", rest)
    if match:
        return f"{path}:{int(match.group(1)) + first_line - 1}{match.group(2)}"
    return path + rest


def _intake_reader():
    """The intake registry's ``read_inputs``; a minimal JSONL/text stand-in until it exists."""
    try:
        from dateline.intake import read_inputs
    except ImportError:
        from dateline.distributed._fallback_intake import read_inputs
    return read_inputs


def _digest(*parts: str) -> str:
    return hashlib.sha1("\0".join(parts).encode()).hexdigest()[:10]


def _slug(path: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", Path(path).name).strip("-")[:40] or "input"
