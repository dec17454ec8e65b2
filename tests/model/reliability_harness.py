"""The parent side of the kill -9 and concurrency runs: start workers, kill them, check what the file holds.

Used by test_storage_processes.py and by compare_tinydb_storage.py (the hand-run comparison with TinyDB's
default JSONStorage reported in docs/reliability.md).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

WORKER = Path(__file__).with_name("reliability_worker.py")
PROJECT_ROOT = Path(__file__).resolve().parents[2]

State = list[tuple[str, str]]  # (case_id, note) in the order added


def start_worker(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WORKER), *args],
        cwd=PROJECT_ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def expect_line(proc: subprocess.Popen[str], wanted: str) -> None:
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    if line != wanted:
        _, err = proc.communicate(timeout=10)
        raise AssertionError(f"worker said {line!r}, not {wanted!r}; stderr:\n{err}")


def file_state(path: Path) -> State | None:
    """The bookmarks in the file, or None when the file does not decode as JSON."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None
    # A file the app migrated keeps its bookmarks in "working_set" (model/bookmarks/fileformat.py).
    docs: dict[str, Any] = data["working_set"] if "working_set" in data else data.get("bookmarks", {})
    return [(docs[k]["case_id"], docs[k].get("note", "")) for k in sorted(docs, key=int)]


def apply(state: State, op: dict[str, str]) -> State:
    if op["op"] == "add":
        return [*state, (op["case_id"], op["note"])]
    if op["op"] == "note":
        return [(cid, op["note"] if cid == op["case_id"] else note) for cid, note in state]
    return [(cid, note) for cid, note in state if cid != op["case_id"]]


def seed_file(path: Path, count: int, storage_kind: str, rng: random.Random) -> None:
    """A file that already holds `count` bookmarks with notes, so a write is tens of kilobytes."""
    from tests.model.reliability_worker import case_id, random_note

    docs = [{"case_id": case_id(n), "note": random_note(rng), "added_at": "2026-11-28T17:40:00+09:00"}
            for n in range(1, count + 1)]
    if storage_kind == "atomic":
        from model.storage import transaction

        with transaction(path) as db:
            db.table("bookmarks").insert_multiple(docs)
    else:
        from tinydb import TinyDB

        with TinyDB(path) as db:
            db.table("bookmarks").insert_multiple(docs)


@dataclass
class Trial:
    acked: int  # operations acknowledged before the kill
    parsed: bool  # the file still decodes as JSON
    kept: bool  # it holds exactly the acknowledged state (or that plus the operation in flight)
    in_flight: bool  # the kill came between `begin` and `ack`
    bookmarks: int  # bookmarks in the file afterwards


def kill_trial(path: Path, seed: int, storage_kind: str, max_delay: float) -> Trial:
    """Run a burst of bookmark writes in a worker and kill -9 it after a random delay."""
    before = file_state(path)
    assert before is not None
    proc = start_worker("burst", str(path), str(seed), "--storage", storage_kind)
    expect_line(proc, "ready")
    time.sleep(random.Random(seed).uniform(0, max_delay))
    proc.send_signal(signal.SIGKILL)
    # Not communicate(): readline() above may already hold later lines in the text buffer.
    assert proc.stdout is not None and proc.stderr is not None
    out, err = proc.stdout.read(), proc.stderr.read()
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, f"worker ended by itself ({proc.returncode}):\n{err}"
    # A line cut by the kill has no newline; it was not acknowledged.
    lines = [line for line in out.splitlines(keepends=True) if line.endswith("\n")]
    state, pending, acked = before, None, 0
    for line in lines:
        if line.startswith("begin "):
            pending = json.loads(line[6:])
        elif line.strip() == "ack":
            assert pending is not None
            state, pending, acked = apply(state, pending), None, acked + 1
    after = file_state(path)
    allowed = [state] if pending is None else [state, apply(state, pending)]
    return Trial(acked=acked, parsed=after is not None, kept=after in allowed, in_flight=pending is not None,
                 bookmarks=len(after or []))


@dataclass
class ConcurrentRun:
    kept: int  # distinct case ids in the file afterwards; -1 when it no longer decodes as JSON
    seconds: float
    errors: list[str]  # the last stderr line of each worker that failed


def concurrent_inserts(path: Path, mode: str, per_worker: int = 300) -> ConcurrentRun:
    """Two workers bookmark 9-0001..9-0300 and 9-0301..9-0600 into `path` at the same time."""
    workers = [start_worker("insert", str(path), str(first), str(per_worker), "--mode", mode)
               for first in (1, per_worker + 1)]
    for proc in workers:
        expect_line(proc, "ready")
    started = time.perf_counter()
    for proc in workers:  # both start writing at the same moment
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    errors = []
    for proc in workers:
        _, err = proc.communicate(timeout=120)
        if proc.returncode != 0:
            errors.append((err.strip().splitlines() or [f"exit code {proc.returncode}"])[-1])
    elapsed = time.perf_counter() - started
    state = file_state(path)
    kept = -1 if state is None else len({cid for cid, _ in state})
    return ConcurrentRun(kept, elapsed, errors)
