"""Saved-file permissions: what the user saves is readable as their umask says, data stays private."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from model.bookmarks import BookmarkStore
from model.files import atomic_write_bytes
from model.library import Library
from model.storage import backups
from tests.factories import file_mode as mode
from tests.factories import make_case

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")



def test_a_new_user_file_gets_the_umask_default(tmp_path: Path, umask: None) -> None:
    atomic_write_bytes(tmp_path / "export.csv", b"id\n")
    assert mode(tmp_path / "export.csv") == 0o644
    os.umask(0o027)
    atomic_write_bytes(tmp_path / "team.json", b"{}")
    assert mode(tmp_path / "team.json") == 0o640


@pytest.mark.parametrize("existing", [0o664, 0o600, 0o640])
def test_an_existing_file_keeps_its_mode_and_is_still_replaced_atomically(tmp_path: Path, umask: None,
                                                                           existing: int) -> None:
    target = tmp_path / "shared.pdf"
    target.write_bytes(b"old")
    target.chmod(existing)
    inode = target.stat().st_ino
    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new" and mode(target) == existing
    assert target.stat().st_ino != inode  # a new file renamed over the old one, not rewritten in place
    assert [p.name for p in tmp_path.iterdir()] == ["shared.pdf"]  # no temp file left


def test_private_files_are_0600(tmp_path: Path, umask: None) -> None:
    atomic_write_bytes(tmp_path / "data.json", b"{}", private=True)
    assert mode(tmp_path / "data.json") == 0o600


def test_bookmark_exports_follow_the_umask_and_the_data_files_stay_private(tmp_path: Path, umask: None) -> None:
    store = BookmarkStore(tmp_path / "home" / "bookmarks.json")
    store.add("1-01", "メモ")
    store.add("1-02")
    exported = tmp_path / "reading-list.json"
    store.export(exported)
    assert mode(exported) == 0o644
    assert mode(store.path) == 0o600
    assert {mode(b) for b in backups(store.path)} == {0o600}


def test_the_library_file_stays_private_and_a_shared_db_file_keeps_its_mode(tmp_path: Path, umask: None) -> None:
    own = tmp_path / "home" / "library.json"
    Library.open(user=own).import_cases([make_case(id="2-01")])
    assert mode(own) == 0o600 and {mode(b) for b in backups(own)} == {0o600}

    shared = tmp_path / "team-library.json"
    Library.open_db(shared).import_cases([make_case(id="2-01")])
    shared.chmod(0o664)  # the user shares it with their team
    Library.open_db(shared).import_cases([make_case(id="2-02")])
    assert mode(shared) == 0o664
