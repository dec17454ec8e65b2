"""Opening a user file at start-up: one parse when it is healthy, a repair and a message when it is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from model import recovery, storage


def _save(path: Path, value: str) -> None:
    with storage.transaction(path) as db:
        db.table("t").truncate()
        db.table("t").insert({"v": value})


def test_healthy_file_is_parsed_once_and_needs_no_lock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "lib.json"
    _save(path, "一")
    calls: list[str] = []
    real_parse = recovery.parse_tables
    monkeypatch.setattr(recovery, "parse_tables",
                        lambda raw, name, validate=None: calls.append(name) or real_parse(raw, name, validate))
    monkeypatch.setattr(recovery, "locked", lambda *a, **k: pytest.fail("took the lock for a healthy file"))
    tables, message = storage.recover_and_read(path)
    assert tables == {"t": {"1": {"v": "一"}}} and message is None
    assert calls == ["lib.json"]


def test_damaged_file_is_repaired_from_the_newest_backup(tmp_path: Path) -> None:
    path = tmp_path / "lib.json"
    _save(path, "一")
    _save(path, "二")
    path.write_bytes(path.read_bytes()[:10])  # cut short by a crash outside the app
    tables, message = storage.recover_and_read(path)
    assert tables == {"t": {"1": {"v": "二"}}}
    assert message and "lib.json" in message and "\n" not in message
    assert list(tmp_path.glob("lib.json.damaged-*"))


def test_missing_file_is_empty(tmp_path: Path) -> None:
    assert storage.recover_and_read(tmp_path / "none.json") == ({}, None)
