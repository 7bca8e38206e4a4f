"""Run files: a search index's postings sorted on disk, for ``search_spill``.

A run is one batch of postings written as sorted lines,
``bucket<TAB>token<TAB>run<TAB>n,w,n,w``: the bucket (the token's shard
among ``MAX_SHARDS``), the token and the run number at the front make plain
string order the order wanted, so runs merge with ``heapq.merge`` over lines
and a token's postings from successive runs follow each other in document
order. Runs are merged at most ``FAN_IN`` at a time (in groups first, when a
big archive makes more), then into one file grouped by bucket, whose
buckets' segments are read back per shard. Split from ``search_spill`` so
that module keeps to what is spilled and the index files made of it.
"""

from __future__ import annotations

import heapq
from array import array
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import BinaryIO

from .search_tokens import shard_of

#: The most shards an index has (``shard_count``'s cap): buckets of the runs.
MAX_SHARDS = 512
#: Runs merged at once: more are first merged in groups into fewer runs, so
#: the files open at once stay well under a process's limit (often 1,024)
#: however many runs a big archive makes.
FAN_IN = 128


def write_run(postings: dict[str, array[int]], runs_dir: Path, runs: list[Path]) -> None:
    """Write the batch's postings as one sorted run file."""
    number = len(runs)
    path = runs_dir / f"run{number}"
    lines = []
    for token, flat in postings.items():
        numbers = ",".join(map(str, flat))
        lines.append(f"{shard_of(token, MAX_SHARDS):03d}\t{token}\t{number:06d}\t{numbers}\n")
    lines.sort()
    with path.open("w", encoding="utf-8") as f:
        f.writelines(lines)
    runs.append(path)


def reduce_runs(runs: list[Path], folder: Path, fan_in: int) -> list[Path]:
    """``runs`` merged in groups of ``fan_in`` until at most ``fan_in`` are
    left. A group's merge is a run like the others: one line per token with
    the group's postings in run order, numbered by the group's place, so the
    final merge orders a token's postings as it would have over all runs."""
    level = 0
    while len(runs) > fan_in:
        level += 1
        fewer = []
        for number, start in enumerate(range(0, len(runs), fan_in)):
            group = runs[start : start + fan_in]
            path = folder / f"run{level}-{number}"
            with ExitStack() as stack, path.open("w", encoding="utf-8") as out:
                files = [stack.enter_context(run.open("r", encoding="utf-8")) for run in group]
                for key, parts in _grouped(heapq.merge(*files)):
                    out.write(f"{key}\t{number:06d}\t{','.join(parts)}\n")
            for run in group:
                run.unlink()
            fewer.append(path)
        runs = fewer
    return runs


def merge_runs(runs: list[Path], merged: Path) -> tuple[list[int], int]:
    """Merge the runs into ``merged`` (``token<TAB>postings`` lines, by bucket
    then token); returns each bucket's start offset (and the end, last) and
    three bytes a character of the distinct tokens (their share of the size)."""
    starts = [0] * (MAX_SHARDS + 1)
    distinct = 0
    offset = 0
    bucket = -1
    with ExitStack() as stack, merged.open("wb") as out:
        files = [stack.enter_context(path.open("r", encoding="utf-8")) for path in runs]
        for key, parts in _grouped(heapq.merge(*files)):
            b = int(key[:3])
            while bucket < b:
                bucket += 1
                starts[bucket] = offset
            token = key[4:]
            distinct += 3 * len(token)
            data = f"{token}\t{','.join(parts)}\n".encode()
            out.write(data)
            offset += len(data)
    for rest in range(bucket + 1, MAX_SHARDS + 1):
        starts[rest] = offset
    return starts, distinct


def _grouped(lines: Iterator[str]) -> Iterator[tuple[str, list[str]]]:
    """(``bucket<TAB>token``, postings of each run in run order) per token."""
    key = ""
    parts: list[str] = []
    for line in lines:
        bucket_token, _, rest = line.rpartition("\t")
        bucket_token = bucket_token[: bucket_token.rindex("\t")]
        if bucket_token != key:
            if parts:
                yield key, parts
            key, parts = bucket_token, []
        parts.append(rest.rstrip("\n"))
    if parts:
        yield key, parts


def bucket_bytes(f: BinaryIO, starts: list[int], bucket: int) -> bytes:
    """The merged file's lines of one bucket (``starts`` from ``merge_runs``)."""
    f.seek(starts[bucket])
    return f.read(starts[bucket + 1] - starts[bucket])
