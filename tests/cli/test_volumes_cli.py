"""`main.py import` with folders and the edition report, and `main.py volumes list|remove`, as a user runs them."""

from __future__ import annotations

import shutil
from pathlib import Path

from model.importer import read_text
from tests.cli.test_cli import SEED, UNSEEN, assert_clean_error, run
from tests.model.test_editions import NEW_ORG, next_edition

NOTES = {"山形県舟形町": "舟形町のメモ", "山形県酒田市": "酒田市のメモ", "福島県": "福島県のメモ"}


def _bookmark(home: Path, case_id: str, note: str) -> None:
    proc = run("bookmarks", "add", case_id, "--note", note, home=home)
    assert proc.returncode == 0, proc.stderr


def _notes(home: Path) -> dict[str, str]:
    """Organization -> note of each bookmark, on the case its id names (the fixture's home is the CLI's)."""
    from model import paths
    from model.bookmarks import BookmarkStore
    from model.library import Library

    assert paths.bookmarks_path().is_relative_to(home)
    store, library = BookmarkStore(paths.bookmarks_path()), Library.open()
    out = {}
    for bm in store.all():
        case = library.get(bm.case_id)
        assert case is not None
        out[case.organization] = bm.note
    return out


def test_a_new_edition_through_the_cli_keeps_every_note_and_names_the_changes(user_home: Path,
                                                                              tmp_path: Path) -> None:
    _bookmark(user_home, "1-05", "舟形町のメモ")
    _bookmark(user_home, "1-09", "酒田市のメモ")
    _bookmark(user_home, "1-04", "福島県のメモ")
    edition = tmp_path / "editions" / "vol1-5.0.txt"
    edition.parent.mkdir()
    edition.write_text(next_edition(read_text(SEED)), encoding="utf-8")

    proc = run("import", edition.parent, home=user_home)  # a folder: every .pdf/.txt in it
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert f"新規 1-05 {NEW_ORG}" in out and "更新 1-04 福島県：担当部署" in out and "掲載終了 1-09 山形県酒田市" in out
    assert _notes(user_home) == NOTES
    shown = run("show", "1-06", home=user_home)
    assert "山形県舟形町" in shown.stdout

    again = run("import", edition, home=user_home)
    assert again.returncode == 0 and "変更はありません（13 件）" in again.stdout

    listed = run("volumes", "list", home=user_home)
    assert listed.returncode == 0 and listed.stdout.startswith("1\t体制整備")
    assert "取り込んだ版を使用中" in listed.stdout
    removed = run("volumes", "remove", "1", home=user_home)
    assert removed.returncode == 0, removed.stderr
    assert f"掲載終了 1-05 {NEW_ORG}" in removed.stdout
    assert _notes(user_home) == NOTES
    assert run("volumes", "list", home=user_home).stdout == ""
    assert_clean_error(run("volumes", "remove", "1", home=user_home), "1")


def test_a_folder_without_volumes_is_one_line_and_exit_2(user_home: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "memo.docx").write_bytes(b"x")
    assert_clean_error(run("import", empty, home=user_home), "empty")
    assert not (user_home / "library.json").exists()


def test_one_bad_file_among_good_ones_writes_nothing(user_home: Path, tmp_path: Path) -> None:
    folder = tmp_path / "volumes"
    folder.mkdir()
    shutil.copy(UNSEEN, folder / "a-vol2.txt")
    (folder / "b-broken.pdf").write_bytes(b"%PDF-1.7\n" + b"0" * 100)  # truncated
    shutil.copy(UNSEEN, folder / "c-vol2.txt")
    proc = run("import", folder, home=user_home)
    assert_clean_error(proc, "b-broken.pdf")
    assert not list(user_home.rglob("library*.json"))
    assert len(run("list", home=user_home).stdout.splitlines()) == 13
