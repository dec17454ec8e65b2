"""`bookmarks …` and `collections …` as a user runs them: real processes, the real bookmarks file, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli.terminal import one_line, terminal_safe
from model.bookmarks import BookmarkStore
from tests.cli.test_cli import assert_clean_error, run


def ok(*args: str | Path, home: Path) -> str:
    proc = run(*args, home=home)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    return proc.stdout


def test_add_updates_only_the_given_fields_and_show_prints_everything(user_home: Path) -> None:
    ok("bookmarks", "add", "1-05", "--note", "稟議の参考に", "--status", "considering",
       "--collection", "12月課長会議", "--collection", "R7予算候補", home=user_home)
    ok("bookmarks", "add", "1-05", "--status", "問い合わせ済", home=user_home)  # a label works too
    ok("bookmarks", "log", "1-05", "電話で総務課に照会、資料送付の約束", "--date", "2026-11-20", home=user_home)
    ok("bookmarks", "log", "1-05", "資料が届いた", home=user_home)
    shown = ok("bookmarks", "show", "1-05", home=user_home)
    assert "山形県舟形町" in shown and "稟議の参考に" in shown and "問い合わせ済" in shown
    assert "12月課長会議、R7予算候補" in shown
    assert "2026-11-20  電話で総務課に照会、資料送付の約束" in shown and "資料が届いた" in shown
    bm = BookmarkStore().get("1-05")
    assert bm is not None and bm.status == "contacted" and bm.note == "稟議の参考に" and len(bm.log) == 2


def test_list_filters_by_collection_and_status(user_home: Path) -> None:
    ok("bookmarks", "add", "1-01", "--collection", "会議", home=user_home)
    ok("bookmarks", "add", "1-02", "--status", "adopted", "--collection", "会議", home=user_home)
    ok("bookmarks", "add", "1-03", "--status", "adopted", home=user_home)
    ids = lambda out: [line.split("\t")[0] for line in out.splitlines()]  # noqa: E731
    assert ids(ok("bookmarks", "list", home=user_home)) == ["1-01", "1-02", "1-03"]
    assert ids(ok("bookmarks", "list", "--collection", "会議", home=user_home)) == ["1-01", "1-02"]
    assert ids(ok("bookmarks", "list", "--status", "採用", home=user_home)) == ["1-02", "1-03"]
    assert ids(ok("bookmarks", "list", "--status", "adopted", "--collection", "会議", home=user_home)) == ["1-02"]
    assert ok("bookmarks", "list", home=user_home).splitlines()[1].split("\t")[3] == "採用"
    assert_clean_error(run("bookmarks", "list", "--collection", "ない", home=user_home), "ない")


def test_remove_goes_to_the_trash_and_restore_brings_everything_back(user_home: Path) -> None:
    ok("bookmarks", "add", "1-05", "--note", "大事なメモ", "--status", "contacted", "--collection", "会議",
       home=user_home)
    ok("bookmarks", "log", "1-05", "照会", "--date", "2026-11-30", home=user_home)
    before = BookmarkStore().get("1-05")
    assert "restore" in ok("bookmarks", "remove", "1-05", home=user_home)
    assert ok("bookmarks", "list", home=user_home) == ""
    trash = ok("bookmarks", "trash", home=user_home).splitlines()
    assert len(trash) == 1 and trash[0].split("\t")[2:] == ["1-05", "大事なメモ"]
    ok("bookmarks", "restore", "1-05", home=user_home)
    assert BookmarkStore().get("1-05") == before
    assert_clean_error(run("bookmarks", "restore", "1-05", home=user_home), "1-05")
    ok("bookmarks", "remove", "1-05", home=user_home)
    assert "1" in ok("bookmarks", "empty-trash", home=user_home)
    assert ok("bookmarks", "trash", home=user_home) == ""


def test_collections_list_rename_remove_restore(user_home: Path) -> None:
    ok("bookmarks", "add", "1-01", "--collection", "12月課長会議", home=user_home)
    ok("bookmarks", "add", "1-02", "--collection", "12月課長会議", "--collection", "R7予算候補", home=user_home)
    assert ok("collections", "list", home=user_home).splitlines() == ["12月課長会議\t2", "R7予算候補\t1"]
    ok("collections", "rename", "12月課長会議", "1月課長会議", home=user_home)
    assert ok("collections", "list", home=user_home).splitlines()[0] == "1月課長会議\t2"
    ok("collections", "remove", "1月課長会議", home=user_home)
    assert ok("collections", "list", home=user_home).splitlines() == ["R7予算候補\t1"]
    assert len(ok("bookmarks", "list", home=user_home).splitlines()) == 2  # the bookmarks stay
    ok("collections", "restore", "1月課長会議", home=user_home)
    assert ok("collections", "list", home=user_home).splitlines()[1] == "1月課長会議\t2"
    assert_clean_error(run("collections", "rename", "R7予算候補", "1月課長会議", home=user_home), "1月課長会議")
    assert_clean_error(run("collections", "remove", "ない", home=user_home), "ない")


def test_export_a_collection_and_import_it_merging_field_by_field(tmp_path: Path, user_home: Path) -> None:
    ok("bookmarks", "add", "1-01", "--note", "私のメモ", "--collection", "会議", home=user_home)
    ok("bookmarks", "add", "1-02", home=user_home)
    shared = tmp_path / "meeting.json"
    assert "1 件" in ok("bookmarks", "export", shared, "--collection", "会議", home=user_home)
    colleague = tmp_path / "colleague"
    ok("bookmarks", "add", "1-01", "--note", "私のメモ", "--status", "adopted", home=colleague)
    ok("bookmarks", "import", shared, home=colleague)
    bm = BookmarkStore(colleague / "bookmarks.json").get("1-01")
    assert bm is not None and bm.note == "私のメモ" and bm.collections == ("会議",) and bm.status == "adopted"
    assert json.loads(shared.read_text(encoding="utf-8"))["collection"] == "会議"


BAD = {
    "unknown status": ("bookmarks", "add", "1-01", "--status", "done"),
    "empty collection name": ("bookmarks", "add", "1-01", "--collection", "  "),
    "not a date": ("bookmarks", "log", "1-01", "照会", "--date", "2026-02-30"),
    "empty log": ("bookmarks", "log", "1-01", "  "),
    "log too long": ("bookmarks", "log", "1-01", "あ" * 5001),
    "unknown case": ("bookmarks", "add", "7-77"),
    "show a case not bookmarked": ("bookmarks", "show", "1-09"),
    "rename a missing collection": ("collections", "rename", "ない", "新"),
}


@pytest.mark.parametrize("kind", list(BAD))
def test_bad_input_is_one_line_exit_2_and_nothing_saved_changes(user_home: Path, kind: str) -> None:
    ok("bookmarks", "add", "1-01", "--note", "そのまま", home=user_home)
    path = user_home / "bookmarks.json"
    before = path.read_bytes()
    assert_clean_error(run(*BAD[kind], home=user_home))
    assert path.read_bytes() == before


def test_importing_another_kind_of_file_is_one_line(tmp_path: Path, user_home: Path) -> None:
    other = tmp_path / "other.json"
    other.write_text('{"items": []}', encoding="utf-8")
    assert_clean_error(run("bookmarks", "import", other, home=user_home), "other.json")


def test_control_characters_in_notes_are_escaped_on_the_terminal(user_home: Path) -> None:
    hostile = "前\x1b]0;乗っ取り\x07\x1b[2K後\r\x9b31m\x7f"
    ok("bookmarks", "add", "1-01", "--note", hostile, home=user_home)
    ok("bookmarks", "log", "1-01", "記録\x1b[1A", home=user_home)
    for out in (ok("bookmarks", "list", home=user_home), ok("bookmarks", "show", "1-01", home=user_home),
                ok("bookmarks", "trash", home=user_home)):
        assert not any(ch in out for ch in "\x1b\x07\r\x9b\x7f")
    shown = ok("bookmarks", "show", "1-01", home=user_home)
    assert "前\\x1b]0;乗っ取り\\x07\\x1b[2K後\\x0d\\x9b31m\\x7f" in shown and "記録\\x1b[1A" in shown


def test_terminal_safe_keeps_tabs_newlines_and_japanese() -> None:
    assert terminal_safe("一\t二\n三") == "一\t二\n三"
    assert terminal_safe("\x00\x1f\x7f\x80\x9f\xa0") == "\\x00\\x1f\\x7f\\x80\\x9f\xa0"
    assert one_line("a\tb\nc\r\nd") == "a b c d"
