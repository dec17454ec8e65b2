"""model.storage on real files: atomic writes, transactions, backups, recovery, failures while saving."""

from __future__ import annotations

import errno
import io
import os
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson
import pytest
from tinydb import TinyDB

from model import storage
from model.storage import (
    BACKUP_GENERATIONS,
    AtomicJSONStorage,
    DamagedFileError,
    LockTimeoutError,
    ReadOnlyError,
    StorageError,
    backup_time,
    backups,
    read_tables,
    recover,
    transaction,
)
from tests.model.reliability_harness import expect_line, start_worker


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "bookmarks.json"


def save(path: Path, **doc: Any) -> None:
    with transaction(path) as db:
        db.table("bookmarks").insert(doc)


def leftovers(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.endswith(".tmp")]


# -- writing -------------------------------------------------------------------------------------------------


def test_japanese_is_stored_as_utf8_without_escapes(path: Path) -> None:
    save(path, case_id="1-0001", note="窓口DX 𠮷野家 📌\n改行あり")
    raw = path.read_bytes()
    assert "窓口DX 𠮷野家 📌".encode() in raw
    assert b"\\u" not in raw
    assert read_tables(path)["bookmarks"]["1"]["note"] == "窓口DX 𠮷野家 📌\n改行あり"


def test_missing_file_is_an_empty_database_and_is_not_created_by_reading(path: Path) -> None:
    path.parent.mkdir()
    assert TinyDB(path, storage=AtomicJSONStorage).table("bookmarks").all() == []
    assert read_tables(path) == {}
    assert not path.exists()


@pytest.mark.parametrize("content", [b"", b"{\"bookmarks\": {\"1\": {\"case_id\": ", b"[1, 2]",
                                     b"{\"bookmarks\": [1]}", b"{\"bookmarks\": {\"x\": {}}}", b"\xff\xfe{}"])
def test_a_file_that_is_not_a_tinydb_tree_is_damaged_and_never_overwritten(path: Path, content: bytes) -> None:
    path.parent.mkdir()
    path.write_bytes(content)
    with pytest.raises(DamagedFileError) as caught:
        read_tables(path)
    assert "bookmarks.json" in str(caught.value) and "\n" not in str(caught.value)
    with pytest.raises(DamagedFileError), transaction(path) as db:
        db.table("bookmarks").insert({"case_id": "1-0001"})
    assert path.read_bytes() == content


def test_a_transaction_writes_once_and_an_exception_discards_everything(path: Path) -> None:
    save(path, case_id="1-0001")
    before, generations = path.read_bytes(), len(backups(path))
    with transaction(path) as db:
        db.table("bookmarks").insert_multiple({"case_id": f"2-{n:04d}"} for n in range(20))
        db.table("bookmarks").remove(doc_ids=[1])
    assert len(backups(path)) == generations + 1  # one write, one new backup
    assert len(read_tables(path)["bookmarks"]) == 20

    before = path.read_bytes()
    with pytest.raises(RuntimeError), transaction(path) as db:
        db.table("bookmarks").truncate()
        raise RuntimeError("the caller gave up half-way")
    assert path.read_bytes() == before


def test_ids_are_assigned_under_the_lock_across_threads(path: Path) -> None:
    def writer(k: int) -> None:
        for n in range(40):
            save(path, case_id=f"{k}-{n:04d}")

    threads = [threading.Thread(target=writer, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    docs = read_tables(path)["bookmarks"]
    assert sorted(int(k) for k in docs) == list(range(1, 161))
    assert len({d["case_id"] for d in docs.values()}) == 160


# -- backups -------------------------------------------------------------------------------------------------


def test_five_verified_generations_are_kept_newest_equal_to_the_file(path: Path) -> None:
    for n in range(8):
        save(path, case_id=f"1-{n:04d}")
    kept = backups(path)
    assert len(kept) == BACKUP_GENERATIONS
    assert kept[0].read_bytes() == path.read_bytes()
    counts = [len(orjson.loads(b.read_bytes())["bookmarks"]) for b in kept]
    assert counts == [8, 7, 6, 5, 4]
    assert [b.parent.name for b in kept] == ["backups"] * BACKUP_GENERATIONS


def test_no_write_and_no_backup_when_nothing_changed(path: Path) -> None:
    save(path, case_id="1-0001", note="メモ")
    stat_before, names_before = path.stat(), [b.name for b in backups(path)]
    with transaction(path) as db:
        table = db.table("bookmarks")
        table.update({"note": "メモ"}, doc_ids=[1])  # same value
        assert table.all()[0]["case_id"] == "1-0001"
    db2 = TinyDB(path, storage=AtomicJSONStorage)
    db2.storage.write(read_tables(path))
    stat_after = path.stat()
    assert (stat_after.st_ino, stat_after.st_mtime_ns) == (stat_before.st_ino, stat_before.st_mtime_ns)
    assert [b.name for b in backups(path)] == names_before


def test_a_file_written_by_something_else_is_backed_up_before_it_is_replaced(path: Path) -> None:
    path.parent.mkdir()
    hand_made = '{"bookmarks": {"1": {"case_id": "1-0001", "note": "手で書いた"}}}'.encode()
    path.write_bytes(hand_made)
    save(path, case_id="1-0002")
    assert [b.read_bytes() for b in backups(path)][1] == hand_made


def test_a_backup_that_does_not_read_back_correctly_fails_the_save(path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    save(path, case_id="1-0001")
    before, names = path.read_bytes(), [b.name for b in backups(path)]
    real_open = Path.open

    def flaky_disk(self: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if mode == "rb" and self.parent.name == "backups" and self.name not in names:
            with real_open(self, "rb") as f:
                return io.BytesIO(f.read()[:-5])  # the new backup reads back short
        return real_open(self, mode, *args, **kwargs)

    monkeypatch.setattr(Path, "open", flaky_disk)
    with pytest.raises(StorageError):
        save(path, case_id="1-0002")
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert [b.name for b in backups(path)] == names
    assert leftovers(path.parent) == []


# -- recovery ------------------------------------------------------------------------------------------------


def local_minute(backup: Path) -> str:
    return backup_time(backup).astimezone().strftime("%Y-%m-%d %H:%M")


def test_a_truncated_file_is_moved_aside_and_the_newest_backup_restored(path: Path) -> None:
    for n in range(3):
        save(path, case_id=f"1-{n:04d}", note="大事なメモ")
    good = path.read_bytes()
    newest = backups(path)[0]
    path.write_bytes(good[: len(good) // 2])  # truncated by hand

    message = recover(path)

    assert message is not None and "\n" not in message
    aside = [p for p in path.parent.iterdir() if p.name.startswith("bookmarks.json.damaged-")]
    assert len(aside) == 1 and aside[0].read_bytes() == good[: len(good) // 2]
    assert message.startswith("bookmarks.json が壊れていたため")
    assert aside[0].name in message and local_minute(newest) in message and "復元しました" in message
    assert path.read_bytes() == good  # the newest backup is the last saved version: nothing lost
    assert recover(path) is None


def test_recovery_skips_backups_that_do_not_parse(path: Path) -> None:
    for n in range(3):
        save(path, case_id=f"1-{n:04d}")
    newest, second = backups(path)[:2]
    expected = second.read_bytes()
    newest.write_bytes(b"{")
    path.write_bytes(b"")

    message = recover(path)

    assert message is not None and local_minute(second) in message
    assert path.read_bytes() == expected


def test_without_a_backup_the_damaged_file_is_kept_aside_and_the_app_starts_empty(path: Path) -> None:
    path.parent.mkdir()
    path.write_bytes(b"\x00\x00garbage")
    message = recover(path)
    assert message is not None and "使えるバックアップがないため、空の状態から始めます" in message
    assert not path.exists() and read_tables(path) == {}
    assert [p.read_bytes() for p in path.parent.glob("bookmarks.json.damaged-*")] == [b"\x00\x00garbage"]


def test_a_repair_that_cannot_be_saved_leaves_the_damaged_file_in_place_and_tries_again_next_time(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save(path, case_id="1-0001")
    good = path.read_bytes()
    path.write_bytes(b"{trunc")
    real_replace = os.replace

    def replace(src: Any, dst: Any) -> None:
        if Path(dst) == path:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(src, dst)

    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", replace)
        message = recover(path)
    assert message is not None and "復元できませんでした" in message and "\n" not in message
    assert path.read_bytes() == b"{trunc"  # still damaged, so no save can overwrite it
    with pytest.raises(DamagedFileError), transaction(path) as db:
        db.table("bookmarks").truncate()

    assert recover(path) is not None
    assert path.read_bytes() == good
    assert len(list(path.parent.glob("bookmarks.json.damaged-*"))) == 2  # one copy per attempt, both kept


def test_recover_never_raises_while_another_process_holds_the_lock(path: Path) -> None:
    save(path, case_id="1-0001")
    path.write_bytes(b"")
    holder = start_worker("hold-lock", str(path))
    try:
        expect_line(holder, "held")
        message = recover(path, timeout=0.3)
    finally:
        holder.communicate(input="", timeout=10)
    assert message is not None and "使用中" in message
    assert path.read_bytes() == b""
    assert recover(path) is not None and read_tables(path)["bookmarks"]["1"]["case_id"] == "1-0001"


def test_recover_leaves_good_and_missing_files_alone_and_removes_temp_files_of_killed_writers(path: Path) -> None:
    assert recover(path) is None
    save(path, case_id="1-0001")
    before = path.read_bytes()
    stale = path.parent / ".bookmarks.json.abc123.tmp"
    stale.write_bytes(b'{"half')
    assert recover(path) is None
    assert path.read_bytes() == before
    assert not stale.exists()


# -- failures while saving -----------------------------------------------------------------------------------


def fail_replace(monkeypatch: pytest.MonkeyPatch) -> None:
    def replace(src: Any, dst: Any) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "replace", replace)


def fail_fsync(monkeypatch: pytest.MonkeyPatch) -> None:
    def fsync(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", fsync)


def fail_write_half_way(monkeypatch: pytest.MonkeyPatch) -> None:
    real_write = os.write
    calls = [0]

    def write(fd: int, data: Any) -> int:
        calls[0] += 1
        if calls[0] == 1:
            return real_write(fd, bytes(data)[:100])  # part of the file reached the disk, then it was full
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", write)


def fail_permission(monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests run as root, where chmod does not stop writes: refuse creating the temp file instead.
    def mkstemp(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)


@pytest.mark.parametrize(
    ("inject", "words"),
    [
        (fail_replace, "保存できませんでした"),
        (fail_fsync, "ディスクの空き容量が足りない"),
        (fail_write_half_way, "ディスクの空き容量が足りない"),
        (fail_permission, "書き込みが許可されていない"),
    ],
)
def test_a_failed_save_leaves_the_file_byte_for_byte_and_the_next_save_works(
    path: Path, monkeypatch: pytest.MonkeyPatch, inject: Any, words: str
) -> None:
    save(path, case_id="1-0001", note="前の内容")
    before, names = path.read_bytes(), [b.name for b in backups(path)]

    with monkeypatch.context() as patch:
        inject(patch)
        with pytest.raises(StorageError) as caught:
            save(path, case_id="1-0002")
    message = str(caught.value)
    assert words in message and "以前の内容はそのまま残っています" in message and "\n" not in message
    assert path.read_bytes() == before
    assert [b.name for b in backups(path)] == names
    assert leftovers(path.parent) == []

    save(path, case_id="1-0002")
    assert [d["case_id"] for d in read_tables(path)["bookmarks"].values()] == ["1-0001", "1-0002"]


def test_read_only_storage_refuses_writes(path: Path) -> None:
    save(path, case_id="1-0001")
    before = path.read_bytes()
    db = TinyDB(path, storage=AtomicJSONStorage, read_only=True)
    assert db.table("bookmarks").all()[0]["case_id"] == "1-0001"
    with pytest.raises(ReadOnlyError):
        db.table("bookmarks").insert({"case_id": "1-0002"})
    assert path.read_bytes() == before


def test_folder_writable_is_false_when_files_cannot_be_created(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    assert storage.folder_writable(tmp_path / "new")
    fail_permission(monkeypatch)
    assert not storage.folder_writable(tmp_path)


def test_a_lock_held_by_another_process_times_out_with_a_message_then_works(path: Path) -> None:
    save(path, case_id="1-0001")
    holder = start_worker("hold-lock", str(path))
    try:
        expect_line(holder, "held")
        started = time.monotonic()
        with pytest.raises(LockTimeoutError) as caught:
            with transaction(path, timeout=0.5) as db:
                db.table("bookmarks").insert({"case_id": "1-0002"})
        assert time.monotonic() - started < 5
        assert "使用中" in str(caught.value) and "\n" not in str(caught.value)
    finally:
        holder.communicate(input="", timeout=10)
    save(path, case_id="1-0002")
    assert len(read_tables(path)["bookmarks"]) == 2


def test_backup_time_reads_the_utc_stamp() -> None:
    moment = backup_time(Path("backups/bookmarks.json.20261128T084012.000001Z.json"))
    assert moment == datetime.fromisoformat("2026-11-28T08:40:12.000001+00:00")


def test_a_transaction_that_writes_without_reading_still_backs_up_and_refuses_a_damaged_file(path: Path) -> None:
    path.parent.mkdir()
    hand_made = b'{"cases": {"1": {"id": "1-0001"}}}'
    path.write_bytes(hand_made)
    with transaction(path) as db:
        db.storage.write({"cases": {"1": {"id": "1-0002"}}})
    assert hand_made in [b.read_bytes() for b in backups(path)]

    path.write_bytes(b"{broken")
    with pytest.raises(DamagedFileError), transaction(path) as db:
        db.storage.write({"cases": {}})
    assert path.read_bytes() == b"{broken"
