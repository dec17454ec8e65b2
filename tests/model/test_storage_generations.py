"""Backups ordered by generation, not by the clock.

The clock is moved ahead and back (model.backups reads it through `datetime.now`); whatever it says, the newest
backup is the last saved version, pruning keeps it, and a damaged file is restored to it: no acknowledged write lost.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import orjson
import pytest

from model import backups as backups_module
from model.bookmarks import BookmarkStore
from model.storage import BACKUP_GENERATIONS, backup_generation, backups, recover, transaction


class Clock:
    """A wall clock the test sets; model.backups asks it for the time."""

    now_utc = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


class FakeDatetime(datetime):
    @classmethod
    def now(cls, tz: object = None) -> FakeDatetime:  # type: ignore[override]
        moment = Clock.now_utc
        return moment if tz is not None else moment.replace(tzinfo=None)  # type: ignore[return-value]


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[type[Clock]]:
    monkeypatch.setattr(backups_module, "datetime", FakeDatetime)
    yield Clock
    Clock.now_utc = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "bookmarks.json"


def bookmarked(path: Path) -> list[str]:
    return [b.case_id for b in BookmarkStore(path).all()]


def test_the_issue_trial_clock_ahead_then_corrected_loses_no_bookmark(path: Path, clock: type[Clock]) -> None:
    # 5 bookmarks while the BIOS clock is a year ahead, then NTP corrects it and 8 more are added.
    store = BookmarkStore(path)
    clock.now_utc = datetime(2027, 12, 1, 9, 0, tzinfo=UTC)
    for n in range(5):
        clock.now_utc += timedelta(minutes=1)
        store.add(f"1-{n:02d}", f"メモ{n}")
    clock.now_utc = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    for n in range(5, 13):
        clock.now_utc += timedelta(minutes=1)
        store.add(f"1-{n:02d}", f"メモ{n}")
    expected = [f"1-{n:02d}" for n in range(13)]

    kept = backups(path)
    assert len(kept) == BACKUP_GENERATIONS
    assert kept[0].read_bytes() == path.read_bytes()  # pruning kept the version just saved
    assert [backup_generation(b) for b in kept] == [13, 12, 11, 10, 9]

    path.write_bytes(path.read_bytes()[:40])  # damaged from outside
    restored = BookmarkStore(path)
    assert restored.recovered is not None and "バックアップから復元しました" in restored.recovered
    assert [b.case_id for b in restored.all()] == expected


def test_a_clock_jumping_at_random_never_loses_an_acknowledged_write(path: Path, clock: type[Clock]) -> None:
    rng = random.Random(5)
    store = BookmarkStore(path)
    acknowledged: list[str] = []
    for n in range(40):
        clock.now_utc = datetime(2026, 12, 1, tzinfo=UTC) + timedelta(days=rng.randint(-4000, 4000),
                                                                      microseconds=rng.randint(0, 999_999))
        store.add(f"3-{n:03d}")
        acknowledged.append(f"3-{n:03d}")
        assert backups(path)[0].read_bytes() == path.read_bytes()
        if n % 10 == 9:
            path.write_bytes(b"{")
            assert recover(path) is not None
            assert bookmarked(path) == acknowledged
    assert len(backups(path)) == BACKUP_GENERATIONS


def test_the_same_second_twice_and_a_stopped_clock_still_make_distinct_ordered_backups(
        path: Path, clock: type[Clock]) -> None:
    for n in range(7):
        with transaction(path) as db:
            db.table("t").insert({"n": n})
    kept = backups(path)
    assert [len(orjson.loads(b.read_bytes())["t"]) for b in kept] == [7, 6, 5, 4, 3]


def test_backups_named_by_time_only_count_as_older_than_any_generation(path: Path, clock: type[Clock]) -> None:
    # Backups of an earlier version of the app: named by a (here far future) timestamp, no generation.
    folder = path.parent / "backups"
    folder.mkdir(parents=True)
    legacy = {f"bookmarks.json.2099010{d}T000000.000000Z.json": d for d in range(1, 5)}
    for name, d in legacy.items():
        (folder / name).write_bytes(orjson.dumps({"bookmarks": {"1": {"case_id": f"old-{d}"}}}))
    path.write_bytes(orjson.dumps({"bookmarks": {"1": {"case_id": "old-4"}}}))

    store = BookmarkStore(path)
    store.add("1-01")
    store.add("1-02")
    kept = backups(path)
    # three generations: the version-1 file's migration on open, then the two adds
    assert [backup_generation(b) for b in kept] == [3, 2, 1, 0, 0]
    # the legacy ones in their own (time) order; the oldest legacy ones were pruned first
    assert [b.name for b in kept[3:]] == sorted(legacy, reverse=True)[:2]

    path.write_bytes(b"")
    recover(path)
    assert bookmarked(path) == ["old-4", "1-01", "1-02"]
