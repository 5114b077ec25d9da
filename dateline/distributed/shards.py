"""Cut the inputs of a run into shards: small, independent, re-readable slices of work.

A shard names its inputs precisely enough that any worker can re-read exactly the same items at any
time (a retry after a killed worker, a resumed run): a byte range of whole lines of a JSONL file, a
byte range of whole records of a WARC file, or a list of other files.  The input kind is sniffed
from the content by the intake registry, not guessed from the extension.  Shard ids derive from the
input paths and positions only, so the same inputs always give the same shards and a rerun can skip
the finished ones.  Workers read their slice with the intake's own JSONL and WARC readers, so every
field is mapped exactly as in a local run.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import io
import os
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Literal

from dateline.errors import InputError
from dateline.intake.base import IntakeFailure, RawDocument
from dateline.intake.sniff import GZIP_MAGIC, HEAD_BYTES, sniff

ShardKind = Literal["jsonl", "warc", "files"]


class ShardError(Exception):
    """The shard cannot be read as planned (input vanished or changed); retrying will not help."""


@dataclass(frozen=True)
class ShardSpec:
    """One unit of input: bytes ``start``..``end`` of ``paths[0]`` (jsonl, warc) or whole files;
    ``first_line`` numbers JSONL failures as in the whole file; ``expected`` = planned item count;
    ``seq`` = position in the plan (input order, for loading in the order a local run stores)."""

    id: str
    kind: ShardKind
    paths: tuple[str, ...]
    start: int = 0
    end: int = 0
    first_line: int = 1
    expected: int = 0
    seq: int = 0

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> ShardSpec:
        return cls(**{**data, "paths": tuple(data["paths"])})


def plan_shards(inputs: Iterable[str], shard_size: int = 200) -> list[ShardSpec]:
    """Shards covering every input once, in input order, with about ``shard_size`` items each."""
    if shard_size < 1:
        raise InputError(f"shard size must be at least 1, got {shard_size}")
    shards: list[ShardSpec] = []
    loose: list[str] = []
    for path in _expand(inputs):
        splitter = {"jsonl": _jsonl_shards, "warc": _warc_shards}.get(_kind(path))
        if splitter is None:
            loose.append(path)
            continue
        shards.extend(_file_shards(loose, shard_size))  # keep input order: files before this one first
        loose = []
        shards.extend(splitter(path, shard_size))
    shards.extend(_file_shards(loose, shard_size))
    return [replace(shard, seq=seq) for seq, shard in enumerate(shards)]


def _file_shards(paths: list[str], shard_size: int) -> Iterator[ShardSpec]:
    for i in range(0, len(paths), shard_size):
        group = tuple(paths[i:i + shard_size])
        yield ShardSpec(id=f"files-{_digest(*group)}", kind="files", paths=group, expected=len(group))


def _expand(inputs: Iterable[str]) -> Iterator[str]:
    """Local files only: directories recursively (hidden files skipped), globs expanded, sorted."""
    for item in inputs:
        if item == "-" or re.match(r"^[a-z][a-z0-9+.-]*://", item):
            raise InputError(f"{item}: a distributed run reads local or shared files only; save it to a file first")
        if os.path.isdir(item):
            root = Path(item)
            files = sorted(p for p in root.rglob("*") if p.is_file()
                           and not any(part.startswith(".") for part in p.relative_to(root).parts))
            yield from (str(p.resolve()) for p in files)
        elif os.path.isfile(item):
            yield str(Path(item).resolve())
        elif glob.has_magic(item):
            matches = sorted(m for m in glob.glob(item, recursive=True) if os.path.isfile(m))
            if not matches:
                raise InputError(f"{item}: no file matches the pattern")
            yield from (str(Path(m).resolve()) for m in matches)
        else:
            raise InputError(f"{item}: no such file or directory")


def _kind(path: str) -> str:
    """'jsonl' or 'warc' when the file can be split by byte ranges; gzipped JSONL cannot."""
    with open(path, "rb") as handle:
        head = handle.read(HEAD_BYTES)
    if head.startswith(GZIP_MAGIC):
        return "warc" if path.endswith((".warc.gz", ".arc.gz")) else "files"
    return sniff(head)


def _jsonl_shards(path: str, shard_size: int) -> Iterator[ShardSpec]:
    """Byte ranges of ``shard_size`` non-blank lines each (one pass over the file, no JSON parsing)."""
    prefix = f"{_slug(path)}-{_digest(path)}"
    start = offset = count = 0
    first_line = line_no = 1
    with open(path, "rb") as handle:
        for line in handle:
            offset += len(line)
            line_no += 1
            count += bool(line.strip())
            if count == shard_size:
                yield ShardSpec(f"{prefix}-{start:012d}", "jsonl", (path,), start, offset, first_line, count)
                start, first_line, count = offset, line_no, 0
    if count:
        yield ShardSpec(f"{prefix}-{start:012d}", "jsonl", (path,), start, offset, first_line, count)


def _warc_shards(path: str, shard_size: int) -> list[ShardSpec]:
    """Byte ranges holding ``shard_size`` response records each; the last range runs to the end of the
    file so a truncated tail is still read (and reported) by the reader."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    prefix = f"{_slug(path)}-{_digest(path)}"
    boundaries, count = [0], 0
    # a damaged tail ends the scan quietly: the last range runs to the end of file and the reader
    # reports the broken record from there
    with open(path, "rb") as handle, contextlib.suppress(ArchiveLoadFailed, EOFError, OSError, ValueError,
                                                         zlib.error):
        iterator = ArchiveIterator(handle)
        for record in iterator:
            if record.rec_type != "response":
                continue
            if count and count % shard_size == 0:
                boundaries.append(iterator.get_record_offset())
            count += 1
    ends = [*boundaries[1:], os.path.getsize(path)]
    sizes = [shard_size] * (len(boundaries) - 1) + [count - shard_size * (len(boundaries) - 1)]
    return [ShardSpec(f"{prefix}-{s:012d}", "warc", (path,), s, e, expected=n)
            for s, e, n in zip(boundaries, ends, sizes, strict=True)]


def read_shard(spec: ShardSpec, jsonl_fields: dict | None = None) -> Iterator[RawDocument | IntakeFailure]:
    """The shard's RawDocuments / IntakeFailures, in input order, through the intake readers."""
    if spec.kind == "files":
        from dateline.intake import read_inputs

        yield from read_inputs(list(spec.paths), jsonl_fields=jsonl_fields)
        return
    (path,) = spec.paths
    chunk = io.BytesIO(_read_range(spec))
    if spec.kind == "warc":
        from dateline.intake.warc import read_warc

        yield from read_warc(chunk, path)
        return
    from dateline.intake.jsonl import read_jsonl

    for item in read_jsonl(chunk, path, jsonl_fields):
        item.origin = _renumber(item.origin, path, spec.first_line)
        yield item


def _read_range(spec: ShardSpec) -> bytes:
    (path,) = spec.paths
    try:
        with open(path, "rb") as handle:
            handle.seek(spec.start)
            chunk = handle.read(spec.end - spec.start)
            more = handle.read(1)
    except OSError as err:
        raise ShardError(f"{path}: cannot read ({err.strerror or err})") from err
    if len(chunk) != spec.end - spec.start or (spec.kind == "jsonl" and more and not chunk.endswith(b"\n")):
        raise ShardError(f"{path}: file changed since the run was planned (bytes {spec.start}-{spec.end})")
    return chunk


def _renumber(origin: str, path: str, first_line: int) -> str:
    """'<path>:3' within the slice → '<path>:<line in the whole file>'."""
    match = re.fullmatch(re.escape(path) + r":(\d+)", origin)
    return f"{path}:{int(match.group(1)) + first_line - 1}" if match else origin


def _digest(*parts: str) -> str:
    return hashlib.sha1("\0".join(parts).encode()).hexdigest()[:10]


def _slug(path: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", Path(path).name).strip("-")[:40] or "input"
