"""BookmarkStore on real files: order, notes, toggling, reading lists, recovery, failures and read-only mode."""

from __future__ import annotations

import errno
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from model.bookmarks import EXPORT_FORMAT, Bookmark, BookmarkFileError, BookmarkStore
from model.storage import ReadOnlyError, StorageError, backups


@pytest.fixture
def path(user_home: Path) -> Path:
    return user_home / "bookmarks.json"


@pytest.fixture
def store(path: Path) -> BookmarkStore:
    return BookmarkStore(path)


def ids(store: BookmarkStore) -> list[str]:
    return [b.case_id for b in store.all()]


def test_default_path_is_the_user_data_folder(user_home: Path) -> None:
    BookmarkStore().add("1-0001")
    assert (user_home / "bookmarks.json").exists()


def test_bookmarks_keep_the_order_added_and_survive_a_restart(store: BookmarkStore, path: Path) -> None:
    for case_id in ["3-0002", "1-0001", "2-0010"]:
        store.add(case_id)
    assert ids(store) == ["3-0002", "1-0001", "2-0010"]
    assert "1-0001" in store and "9-9999" not in store and len(store) == 3
    reopened = BookmarkStore(path)
    assert ids(reopened) == ["3-0002", "1-0001", "2-0010"]
    bookmark = reopened.get("1-0001")
    assert isinstance(bookmark, Bookmark) and bookmark.note == "" and bookmark.added_at.startswith("20")
    assert reopened.get("9-9999") is None


def test_adding_again_keeps_the_place_and_only_a_given_note_replaces_the_old(store: BookmarkStore) -> None:
    store.add("1-0001", "最初のメモ")
    store.add("1-0002")
    added_at = store.get("1-0001").added_at  # type: ignore[union-attr]
    assert store.add("1-0001").note == "最初のメモ"
    assert store.add("1-0001", "書き直した").note == "書き直した"
    assert ids(store) == ["1-0001", "1-0002"]
    assert store.get("1-0001") == Bookmark("1-0001", "書き直した", added_at)


def test_remove_and_toggle(store: BookmarkStore, path: Path) -> None:
    store.add("1-0001")
    assert store.remove("1-0001") is True
    assert store.remove("1-0001") is False
    assert store.toggle("2-0001") is True and "2-0001" in store
    assert store.toggle("2-0001") is False and "2-0001" not in store
    assert BookmarkStore(path).all() == []


def test_set_note_on_a_case_not_bookmarked_yet_bookmarks_it(store: BookmarkStore) -> None:
    store.set_note("1-0003", "後で読む")
    assert store.get("1-0003").note == "後で読む"  # type: ignore[union-attr]


def test_a_note_is_free_text_and_is_stored_as_readable_utf8(store: BookmarkStore, path: Path) -> None:
    note = "窓口DX：導入費用は要確認\n\n  二段落目 𠮷野家 📌 \u200b\t<b>タグではない</b> \"引用\" \\ 終わり\n"
    store.add("1-0001", note)
    assert BookmarkStore(path).get("1-0001").note == note  # type: ignore[union-attr]
    assert "窓口DX：導入費用は要確認".encode() in path.read_bytes()


def test_a_lone_surrogate_in_a_note_is_replaced_instead_of_failing_the_save(store: BookmarkStore) -> None:
    store.add("1-0001", "壊れた\ud800文字")
    assert store.get("1-0001").note == "壊れた\ufffd文字"  # type: ignore[union-attr]


def test_an_empty_case_id_is_refused(store: BookmarkStore) -> None:
    with pytest.raises(ValueError):
        store.add("  ")


def test_two_stores_on_one_file_never_lose_each_others_changes(path: Path) -> None:
    gui, cli = BookmarkStore(path), BookmarkStore(path)
    gui.add("1-0001")
    cli.add("1-0002")  # cli has not re-read the file, yet keeps gui's bookmark
    assert ids(cli) == ["1-0001", "1-0002"]
    gui.add("1-0003")
    assert ids(gui) == ["1-0001", "1-0002", "1-0003"]
    cli.reload()
    assert ids(cli) == ["1-0001", "1-0002", "1-0003"]
    assert cli.toggle("1-0003") is False  # decided on the file, not on what cli showed before


# -- reading lists -------------------------------------------------------------------------------------------


def test_export_then_import_elsewhere_round_trips(store: BookmarkStore, tmp_path: Path) -> None:
    store.add("2-0001", "参考: 電子申請")
    store.add("1-0005", "複数行\nのメモ")
    store.add("3-0002")
    reading_list = tmp_path / "reading list.json"

    assert store.export(reading_list) == 3

    document = json.loads(reading_list.read_text(encoding="utf-8"))
    assert document["format"] == EXPORT_FORMAT and document["version"] == 2
    assert [b["case_id"] for b in document["bookmarks"]] == ["2-0001", "1-0005", "3-0002"]
    assert "参考: 電子申請".encode() in reading_list.read_bytes()

    other = BookmarkStore(tmp_path / "other" / "bookmarks.json")
    other.add("9-0001")
    assert other.import_file(reading_list) == 3
    assert ids(other) == ["9-0001", "2-0001", "1-0005", "3-0002"]
    assert other.all()[1:] == store.all()  # notes and dates too

    assert other.import_file(reading_list) == 0  # importing twice changes nothing
    assert other.all()[1:] == store.all()


def test_import_merges_a_different_note_without_losing_mine(store: BookmarkStore, tmp_path: Path) -> None:
    store.add("1-0001", "私のメモ")
    reading_list = tmp_path / "list.json"
    reading_list.write_text(json.dumps({"format": EXPORT_FORMAT, "version": 1, "bookmarks": [
        {"case_id": "1-0001", "note": "同僚のメモ"}, {"case_id": "1-0002"}]}), encoding="utf-8")
    assert store.import_file(reading_list) == 1
    assert store.get("1-0001").note == "私のメモ\n\n同僚のメモ"  # type: ignore[union-attr]
    assert store.get("1-0002").added_at  # type: ignore[union-attr]


def test_a_backup_of_the_bookmarks_file_can_be_imported(store: BookmarkStore, tmp_path: Path) -> None:
    store.add("1-0001", "メモ")
    store.add("1-0002")
    other = BookmarkStore(tmp_path / "other" / "bookmarks.json")
    assert other.import_file(backups(store.path)[0]) == 2
    assert other.all() == store.all()


BAD_FILES: dict[str, bytes] = {
    "not json": "ブックマークではない文章".encode(),
    "random bytes": bytes(range(256)) * 4,
    "a json list": b"[1, 2, 3]",
    "another app's json": b'{"items": [{"id": 1}]}',
    "a newer format version": json.dumps({"format": EXPORT_FORMAT, "version": 99, "bookmarks": []}).encode(),
    "a bad entry": json.dumps({"format": EXPORT_FORMAT, "version": 1,
                               "bookmarks": [{"case_id": "1-0001"}, {"case_id": 5}]}).encode(),
    "a note that is not text": json.dumps({"format": EXPORT_FORMAT, "version": 1,
                                           "bookmarks": [{"case_id": "1-0001", "note": ["x"]}]}).encode(),
}


@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_importing_a_bad_file_says_why_in_one_line_and_changes_nothing(
    store: BookmarkStore, path: Path, tmp_path: Path, kind: str
) -> None:
    store.add("1-0009", "そのまま")
    before = path.read_bytes()
    bad = tmp_path / "incoming.json"
    bad.write_bytes(BAD_FILES[kind])
    with pytest.raises(BookmarkFileError) as caught:
        store.import_file(bad)
    assert isinstance(caught.value, ValueError) and isinstance(caught.value, StorageError)
    message = str(caught.value)
    assert "incoming.json" in message and "\n" not in message
    assert path.read_bytes() == before and ids(store) == ["1-0009"]


def test_importing_a_missing_file_is_a_clear_error(store: BookmarkStore, tmp_path: Path) -> None:
    with pytest.raises(BookmarkFileError, match="nothere.json"):
        store.import_file(tmp_path / "nothere.json")


# -- damage, failures, read-only -----------------------------------------------------------------------------


def test_a_damaged_file_at_open_is_restored_and_the_store_says_so(path: Path) -> None:
    first = BookmarkStore(path)
    first.add("1-0001", "大事")
    first.add("1-0002")
    path.write_bytes(path.read_bytes()[:30])

    store = BookmarkStore(path)

    assert store.recovered is not None and "バックアップから復元しました" in store.recovered
    assert ids(store) == ["1-0001", "1-0002"]
    assert BookmarkStore(path).recovered is None


def test_a_file_damaged_while_open_is_repaired_on_the_next_change_and_the_change_is_not_lost_silently(
    store: BookmarkStore, path: Path
) -> None:
    store.add("1-0001")
    path.write_bytes(b"{")
    with pytest.raises(StorageError, match="もう一度操作してください"):
        store.add("1-0002")
    assert store.recovered is not None and ids(store) == ["1-0001"]
    store.add("1-0002")
    assert ids(BookmarkStore(path)) == ["1-0001", "1-0002"]


def test_a_failed_save_raises_keeps_the_file_and_the_store_and_the_next_change_works(
    store: BookmarkStore, path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.add("1-0001")
    before = path.read_bytes()
    with monkeypatch.context() as patch:
        def disk_full(src: Any, dst: Any) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        patch.setattr(os, "replace", disk_full)
        with pytest.raises(StorageError, match="ディスクの空き容量"):
            store.add("1-0002")
    assert path.read_bytes() == before and ids(store) == ["1-0001"]
    store.add("1-0002")
    assert ids(BookmarkStore(path)) == ["1-0001", "1-0002"]


def test_a_folder_that_cannot_be_written_opens_read_only(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    BookmarkStore(path).add("1-0001")
    before = path.read_bytes()

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)  # root ignores chmod, so refuse file creation directly
    store = BookmarkStore(path)
    assert store.read_only and ids(store) == ["1-0001"]
    with pytest.raises(ReadOnlyError, match="読み取り専用"):
        store.toggle("1-0002")
    assert path.read_bytes() == before


@pytest.fixture
def opened_files() -> Iterator[list[str]]:
    """Every file path opened while the fixture is active (through Python's audit events)."""
    seen: list[str] = []
    active = [True]

    def hook(event: str, args: tuple[Any, ...]) -> None:
        if active[0] and event == "open" and isinstance(args[0], str | bytes | os.PathLike):
            seen.append(os.fsdecode(args[0]))

    sys.addaudithook(hook)  # cannot be removed; `active` switches it off
    yield seen
    active[0] = False


def test_saving_a_bookmark_touches_only_the_bookmark_files(path: Path, opened_files: list[str]) -> None:
    # A large user library beside it must not be read: bookmark cost does not grow with the case library.
    library = path.parent / "library.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    library.write_text(json.dumps({"cases": {str(n): {"id": f"1-{n:04d}"} for n in range(1, 3000)}}))
    opened_files.clear()
    store = BookmarkStore(path)
    store.add("1-0001", "メモ")
    store.toggle("1-0002")
    folders = (path.parent, path.parent / "backups")
    names = {Path(p).name for p in opened_files if Path(p).parent in folders and Path(p) not in folders}
    assert "bookmarks.json" in names
    assert all(name.startswith(("bookmarks.json", ".bookmarks.json", ".write-probe")) for name in names), names
