"""Real processes against one bookmarks file: kill -9 during writes, and two writers at once."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from model.bookmarks import BookmarkStore
from model.storage import read_tables
from tests.model.reliability_harness import concurrent_inserts, kill_trial, seed_file

pytestmark = pytest.mark.slow  # real processes: about a minute together

KILL_TRIALS = 80


def test_kill_9_during_a_burst_of_bookmark_writes_never_loses_an_acknowledged_write(tmp_path: Path) -> None:
    results = []
    for trial in range(KILL_TRIALS):
        path = tmp_path / f"trial{trial}" / "bookmarks.json"
        seed_file(path, 150, "atomic", random.Random(trial))
        result = kill_trial(path, seed=trial, storage_kind="atomic", max_delay=0.25)
        assert result.parsed, f"trial {trial}: the file no longer decodes"
        assert result.kept, f"trial {trial}: the file lost an acknowledged write ({result})"
        # Opening it afterwards is quiet (nothing to recover) and clears the killed writer's temp files.
        store = BookmarkStore(path)
        assert store.recovered is None
        assert len(store) == result.bookmarks
        assert [p for p in path.parent.rglob("*.tmp")] == []
        results.append(result)
    # The kills really landed inside bookmark operations, after real work was acknowledged.
    assert sum(r.in_flight for r in results) >= KILL_TRIALS // 2
    assert sum(r.acked for r in results) >= KILL_TRIALS * 5


def test_two_processes_bookmarking_300_cases_each_keep_all_600(tmp_path: Path) -> None:
    path = tmp_path / "bookmarks.json"
    run = concurrent_inserts(path, "store")
    assert run.errors == []
    ids = [b.case_id for b in BookmarkStore(path).all()]
    assert sorted(ids) == [f"9-{n:04d}" for n in range(1, 601)]
    # Each process's own bookmarks stay in the order it added them.
    first = [i for i in ids if i <= "9-0300"]
    assert first == sorted(first)


def test_raw_tinydb_inserts_inside_transactions_get_distinct_ids_under_the_lock(tmp_path: Path) -> None:
    path = tmp_path / "bookmarks.json"
    run = concurrent_inserts(path, "transaction")
    assert run.errors == []
    docs = read_tables(path)["bookmarks"]
    assert sorted(int(k) for k in docs) == list(range(1, 601))
    assert sorted(d["case_id"] for d in docs.values()) == [f"9-{n:04d}" for n in range(1, 601)]
