"""bookmarks.json across versions and with colleagues: migration of a version-1 file after a backup, what the
previous app does with a file this version wrote, files of the wrong shape, and field-by-field import merges."""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from model.bookmarks import (
    EXPORT_FORMAT,
    MAX_BOOKMARKS,
    BookmarkFileError,
    BookmarkStore,
    validate_bookmark_tables,
)
from model.bookmarks.entries import Bookmark, LogEntry, Updated
from model.bookmarks.merge import merge_bookmarks, merge_note
from model.storage import StorageError, backups, read_tables


@pytest.fixture
def path(user_home: Path) -> Path:
    return user_home / "bookmarks.json"


def write_v1(path: Path, docs: list[dict[str, str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"bookmarks": {str(n): d for n, d in enumerate(docs, 1)}}, ensure_ascii=False),
                    encoding="utf-8")


V1 = [{"case_id": "3-0002", "note": "前の版のメモ", "added_at": "2026-11-01T09:00:00+09:00"},
      {"case_id": "1-0001", "note": "", "added_at": "2026-11-02T09:00:00+09:00"}]


def previous_version() -> ModuleType:
    """The bookmarks module of the previous release (a frozen copy), running on today's storage."""
    spec = importlib.util.spec_from_file_location("bookmarks_v1", Path(__file__).with_name("bookmarks_v1.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bookmarks_v1"] = module
    spec.loader.exec_module(module)
    return module


# -- migration ---------------------------------------------------------------------------------------------------


def test_a_version_1_file_is_migrated_on_first_open_after_a_backup(path: Path) -> None:
    write_v1(path, V1)
    original = path.read_bytes()

    store = BookmarkStore(path)

    assert [(b.case_id, b.note, b.added_at, b.status) for b in store.all()] == [
        ("3-0002", "前の版のメモ", "2026-11-01T09:00:00+09:00", "todo"), ("1-0001", "", "2026-11-02T09:00:00+09:00",
                                                                     "todo")]
    assert store.recovered is None
    tables = read_tables(path)
    assert tables["meta"]["1"]["version"] == 2 and len(tables["working_set"]) == 2
    kept = path.parent / "backups" / "bookmarks.json.version-1.json"
    assert kept.read_bytes() == original
    assert any(b.read_bytes() == original for b in backups(path))
    # Later saves prune the generations but never the pre-migration copy; the file opens as before.
    for n in range(8):
        store.add(f"9-000{n}")
    assert kept.read_bytes() == original
    assert [b.case_id for b in BookmarkStore(path).all()][:2] == ["3-0002", "1-0001"]


def test_a_version_1_file_in_a_read_only_folder_is_read_without_writing(path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    write_v1(path, V1)
    before = path.read_bytes()

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    store = BookmarkStore(path)
    assert store.read_only and [b.case_id for b in store.all()] == ["3-0002", "1-0001"]
    assert path.read_bytes() == before


def test_the_previous_app_shows_one_clear_line_for_a_new_file_and_what_it_adds_comes_back(path: Path) -> None:
    store = BookmarkStore(path)
    store.add("1-0001", "新しいメモ", status="adopted", collections=["会議"])
    old = previous_version()

    seen = old.BookmarkStore(path)

    # No traceback, no "damaged" repair, no silent empty list: one entry that says what to do.
    assert seen.recovered is None
    [notice] = seen.all()
    assert "新しい版の DX事例ブラウザで保存されています" in notice.case_id and "\n" not in notice.case_id
    # What the old app adds is merged back in by this version; nothing of the new data was touched.
    seen.add("2-0002", "古い版で追加")
    seen.set_note(notice.case_id, "ここに書いても")
    reopened = BookmarkStore(path)
    assert [(b.case_id, b.note) for b in reopened.all()] == [("1-0001", "新しいメモ"), ("2-0002", "古い版で追加")]
    assert reopened.get("1-0001").status == "adopted"  # type: ignore[union-attr]
    # And the previous app refuses a reading list exported by this version, with its own clear message.
    reading_list = path.parent / "list.json"
    reopened.export(reading_list)
    with pytest.raises(old.BookmarkFileError, match="新しい版"):
        old.BookmarkStore(path.parent / "other" / "bookmarks.json").import_file(reading_list)


def test_a_file_of_a_later_version_is_left_alone_with_a_message(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"meta": {"1": {"format": "dx-casebook-bookmarks-store", "version": 3}},
                                "future": {"1": {"x": 1}}}), encoding="utf-8")
    before = path.read_bytes()
    store = BookmarkStore(path)
    assert store.recovered is not None and "新しい版" in store.recovered and store.all() == []
    with pytest.raises(Exception, match="新しい版"):
        store.add("1-0001")
    assert path.read_bytes() == before


# -- shape -------------------------------------------------------------------------------------------------------


def _healthy(path: Path) -> dict[str, Any]:
    store = BookmarkStore(path)
    store.add("1-0001", "メモ", status="considering", collections=["会議"])
    store.add_log("1-0001", "照会", "2026-11-30")
    store.add("1-0002")
    store.remove("1-0002")
    store.create_collection("空き")
    store.remove_collection("空き")
    return json.loads(path.read_text(encoding="utf-8"))


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = []
    if isinstance(node, dict):
        for key, value in node.items():
            out.append((*prefix, key))
            out += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            out += _paths(value, (*prefix, i))
    return out


def test_every_key_of_a_healthy_file_flipped_in_turn_is_a_wrong_shape(path: Path) -> None:
    data = _healthy(path)
    validate_bookmark_tables(data)
    flips = 0
    for where in _paths(data):
        if where[-1] == "bookmarks" or (len(where) >= 2 and where[0] == "bookmarks"):
            continue  # the notice for the previous app: free to change
        broken = json.loads(json.dumps(data))
        parent = broken
        for key in where[:-1]:
            parent = parent[key]
        if isinstance(where[-1], str) and not where[-1].isdigit():
            parent[where[-1] + "x"] = parent.pop(where[-1])  # a misspelled key
        else:
            parent[where[-1]] = 7 if not isinstance(parent[where[-1]], int) else "7"  # a value of the wrong type
        with pytest.raises(ValueError):
            validate_bookmark_tables(broken)
        flips += 1
    assert flips > 40


def test_a_file_of_the_wrong_shape_is_not_read_as_an_empty_list_and_is_not_overwritten(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"bookmarks": {"1": {"case_idx": "1-0001", "note": "大事"}}}), encoding="utf-8")
    before = path.read_bytes()
    store = BookmarkStore(path)
    assert store.recovered is not None and "bookmarks.json" in store.recovered  # said, not silently hidden
    with contextlib.suppress(StorageError):  # a refusal is fine too: what matters is the damaged file's bytes
        store.add("1-0002")
    # Whatever happened next, the user's damaged file is still there, byte for byte: in place or moved aside.
    copies = [p.read_bytes() for p in path.parent.iterdir() if p.name.startswith("bookmarks.json.damaged")]
    assert path.read_bytes() == before or before in copies


# -- import: merging field by field ----------------------------------------------------------------------------


def _reading_list(tmp_path: Path, rows: list[dict[str, Any]], **extra: Any) -> Path:
    target = tmp_path / "incoming.json"
    target.write_text(json.dumps({"format": EXPORT_FORMAT, "version": 2, "bookmarks": rows, **extra},
                                 ensure_ascii=False), encoding="utf-8")
    return target


def test_an_incoming_note_that_is_part_of_mine_is_kept_too(path: Path, tmp_path: Path) -> None:
    store = BookmarkStore(path)
    store.add("1-0001", "導入は不可")
    store.import_file(_reading_list(tmp_path, [{"case_id": "1-0001", "note": "可"}]))
    assert store.get("1-0001").note == "導入は不可\n\n可"  # type: ignore[union-attr]
    store.import_file(_reading_list(tmp_path, [{"case_id": "1-0001", "note": "可"}]))
    assert store.get("1-0001").note == "導入は不可\n\n可"  # type: ignore[union-attr]  # not twice


def test_import_merges_status_by_the_later_change_and_logs_the_other(path: Path, tmp_path: Path) -> None:
    store = BookmarkStore(path)
    store.add("1-0001", status="considering", collections=["私の会議"])
    store.add_log("1-0001", "私の記録", "2026-11-20")
    rows = [{"case_id": "1-0001", "status": "adopted", "collections": ["同僚の会議"],
             "updated": {"status": "2099-01-01T00:00:00+09:00"},
             "log": [{"date": "2026-11-25", "text": "同僚の記録", "added": "2026-11-25T10:00:00+09:00"},
                     {"date": "2026-11-20", "text": "私の記録", "added": "2026-11-20T10:00:00+09:00"}]},
            {"case_id": "1-0002", "status": "declined"}]
    assert store.import_file(_reading_list(tmp_path, rows, collections=["同僚の会議"])) == 1
    bm = BookmarkStore(path).get("1-0001")
    assert bm is not None and bm.status == "adopted"
    assert bm.collections == ("私の会議", "同僚の会議")
    texts = [e.text for e in bm.log]
    assert texts.count("私の記録") == 1 and "同僚の記録" in texts
    assert any("検討中" in t and "採用" in t for t in texts)  # the losing status is in the log
    assert BookmarkStore(path).get("1-0002").status == "declined"  # type: ignore[union-attr]
    assert store.collections() == ["私の会議", "同僚の会議"]
    log_before = bm.log
    store.import_file(_reading_list(tmp_path, rows))  # again: nothing new
    assert BookmarkStore(path).get("1-0001").log == log_before  # type: ignore[union-attr]


def test_an_older_incoming_status_loses_and_is_logged() -> None:
    mine = Bookmark("1", status="adopted", updated=Updated(status="2026-11-30T10:00:00+09:00"))
    theirs = Bookmark("1", status="declined", updated=Updated(status="2026-11-29T10:00:00+09:00"))
    merged = merge_bookmarks(mine, theirs).bookmark
    assert merged.status == "adopted" and "見送り" in merged.log[0].text and merged.log[0].date == "2026-11-29"
    # A side that never set a status does not override the other or clutter the log.
    assert merge_bookmarks(Bookmark("1"), theirs).bookmark.status == "declined"
    assert merge_bookmarks(mine, Bookmark("1")).bookmark.log == ()


def test_merge_note_keeps_both_once() -> None:
    assert merge_note("A", "B") == "A\n\nB"
    assert merge_note("A\n\nB", "B") == "A\n\nB"
    assert merge_note("A", "A\n\nB") == "A\n\nB"
    assert merge_note("", "B") == "B" and merge_note("A", "") == "A"
    assert merge_note("ABC", "B") == "ABC\n\nB"


def test_export_of_one_collection_and_import_elsewhere(path: Path, tmp_path: Path) -> None:
    store = BookmarkStore(path)
    store.add("1-0001", "メモ", status="contacted", collections=["12月課長会議"])
    store.add_log("1-0001", "照会した", "2026-11-30")
    store.add("1-0002")
    out = tmp_path / "meeting.json"
    assert store.export(out, collection="12月課長会議") == 1
    other = BookmarkStore(tmp_path / "o" / "bookmarks.json")
    assert other.import_file(out) == 1
    assert other.all() == [store.get("1-0001")] and other.collections() == ["12月課長会議"]
    with pytest.raises(ValueError, match="ありません"):
        store.export(out, collection="ない")


BAD_ROWS: dict[str, Any] = {
    "unknown status": {"case_id": "1-0001", "status": "done"},
    "bad log date": {"case_id": "1-0001", "log": [{"date": "昨日", "text": "x", "added": ""}]},
    "log too long": {"case_id": "1-0001", "log": [{"date": "2026-11-30", "text": "x" * 5001, "added": ""}]},
    "note too long": {"case_id": "1-0001", "note": "x" * 100_001},
    "empty collection name": {"case_id": "1-0001", "collections": [" "]},
    "collections not a list": {"case_id": "1-0001", "collections": "会議"},
}


@pytest.mark.parametrize("kind", list(BAD_ROWS))
def test_an_import_with_a_bad_field_is_one_line_and_changes_nothing(path: Path, tmp_path: Path, kind: str) -> None:
    store = BookmarkStore(path)
    store.add("1-0009", "そのまま")
    before = path.read_bytes()
    with pytest.raises(BookmarkFileError) as caught:
        store.import_file(_reading_list(tmp_path, [{"case_id": "1-0002"}, BAD_ROWS[kind]]))
    assert "incoming.json" in str(caught.value) and "2 件目" in str(caught.value) and "\n" not in str(caught.value)
    assert path.read_bytes() == before


def test_a_reading_list_over_10000_entries_is_refused(path: Path, tmp_path: Path) -> None:
    store = BookmarkStore(path)
    rows = [{"case_id": f"9-{n:05d}"} for n in range(MAX_BOOKMARKS + 1)]
    with pytest.raises(BookmarkFileError, match="10,000"):
        store.import_file(_reading_list(tmp_path, rows))
    assert (store.all() == [] and not path.exists()) or read_tables(path).get("working_set") in (None, {})


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_importing_a_fifo_is_refused_at_once(path: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    with pytest.raises(BookmarkFileError, match="通常のファイルではない"):
        BookmarkStore(path).import_file(fifo)


def test_an_app_bookmarks_file_of_either_version_can_be_imported(path: Path, tmp_path: Path) -> None:
    v1 = tmp_path / "v1" / "bookmarks.json"
    write_v1(v1, V1)
    v1_copy = tmp_path / "v1-copy.json"
    v1_copy.write_bytes(v1.read_bytes())
    store = BookmarkStore(path)
    assert store.import_file(v1_copy) == 2
    v2 = BookmarkStore(tmp_path / "v2" / "bookmarks.json")
    v2.add("5-0005", "二版", status="adopted")
    v2.add_log("5-0005", "記録", "2026-11-30")
    assert store.import_file(v2.path) == 1
    assert store.get("5-0005") == v2.get("5-0005")
    assert store.get("3-0002").note == "前の版のメモ"  # type: ignore[union-attr]


def test_log_entries_from_both_sides_are_united() -> None:
    a = LogEntry("2026-11-20", "照会", "t1")
    b = LogEntry("2026-11-21", "回答", "t2")
    merged = merge_bookmarks(Bookmark("1", log=(a,)), Bookmark("1", log=(b, LogEntry(a.date, a.text, "t9"))))
    assert merged.bookmark.log == (a, b)


def test_a_reading_list_of_exactly_10000_entries_is_accepted_and_reopens(path: Path, tmp_path: Path) -> None:
    store = BookmarkStore(path)
    store.add("0-0001", "先に入れたメモ")
    rows = [{"case_id": f"9-{n:05d}", "note": "メモ", "status": "considering"} for n in range(MAX_BOOKMARKS - 1)]
    assert store.import_file(_reading_list(tmp_path, rows)) == MAX_BOOKMARKS - 1
    reopened = BookmarkStore(path)
    assert len(reopened) == MAX_BOOKMARKS and reopened.all()[0].note == "先に入れたメモ"
    assert [b.seq for b in reopened.all()] == sorted({b.seq for b in reopened.all()})  # distinct places, in order
