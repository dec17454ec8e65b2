"""The library a user sees: shipped volumes plus imported ones, never doubled, the shipped file never written."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from model import library as library_module
from model import paths
from model.case import Case, Numbered
from model.library import Library
from model.storage import StorageError
from tests.factories import make_case


def test_imported_volume_replaces_its_category_and_keeps_the_others(tmp_path: Path) -> None:
    shipped_before = paths.SHIPPED_LIBRARY.read_bytes()
    user = tmp_path / "library.json"
    lib = Library.open(user=user)
    assert len(lib) == 13
    # A second volume (category 2) adds to the shipped one.
    vol2 = [make_case(id=f"2-0{n}", number=n, category=Numbered(2, "人材確保・育成")) for n in (1, 2, 3)]
    assert lib.import_cases(vol2) == 3
    assert [c.id for c in lib.cases()][-3:] == ["2-01", "2-02", "2-03"] and len(lib) == 16
    # Importing it again (a corrected text with one case less) replaces, never doubles.
    lib.import_cases(vol2[:2])
    assert len(lib) == 15 and lib.get("2-03") is None
    # A new edition of the shipped volume (category 1) takes the shipped cases' place.
    edition = [replace(make_case(), id="1-01", number=1, title="新しい版の事例")]
    lib.import_cases(edition)
    assert [c.id for c in lib.cases() if c.category.number == 1] == ["1-01"]
    assert lib.get("1-01").title == "新しい版の事例"  # type: ignore[union-attr]
    # Another process opening the same files sees the same library; the shipped file is untouched.
    assert [c.id for c in Library.open(user=user).cases()] == [c.id for c in lib.cases()]
    assert paths.SHIPPED_LIBRARY.read_bytes() == shipped_before


def test_search_after_import_sees_the_new_cases(tmp_path: Path) -> None:
    lib = Library.open(user=tmp_path / "library.json")
    assert lib.search("舟形") and not lib.search("札幌")
    lib.import_cases([make_case(id="2-01", organization="北海道札幌市", category=Numbered(2, "人材確保・育成"))])
    assert [c.id for c in lib.search("札幌")] == ["2-01"]


UNSEEN = paths.PROJECT_ROOT / "tests" / "data" / "vol2-sample.txt"


def test_a_failure_on_the_second_of_two_volumes_changes_nothing(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    user = tmp_path / "library.json"
    lib = Library.open(user=user)
    lib.import_cases([make_case(id="3-01", number=1, category=Numbered(3, "業務改革"))])
    before_bytes, before_ids = user.read_bytes(), [c.id for c in lib.cases()]
    second = tmp_path / "second.txt"
    second.write_bytes(UNSEEN.read_bytes())
    calls: list[int] = []
    real_merge = library_module.merge_volume

    def fail_on_second(existing: list[Case], volume: list[Case]) -> list[Case]:
        calls.append(len(volume))
        if len(calls) == 2:
            raise StorageError("library.json に書き込めませんでした。")
        return real_merge(existing, volume)

    monkeypatch.setattr(library_module, "merge_volume", fail_on_second)
    with pytest.raises(StorageError):
        lib.import_files([UNSEEN, second])
    assert len(calls) == 2  # both volumes were being written when the second failed
    assert user.read_bytes() == before_bytes  # the first volume did not reach the file
    assert [c.id for c in lib.cases()] == before_ids and lib.get("2-01") is None
    assert [c.id for c in Library.open(user=user).cases()] == before_ids


def test_several_volumes_are_written_in_one_transaction_and_not_read_back(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    lib = Library.open(user=tmp_path / "library.json")
    reloads: list[int] = []
    real_reload = lib.reload
    monkeypatch.setattr(lib, "reload", lambda: (reloads.append(1), real_reload())[1])
    second = tmp_path / "again.txt"
    second.write_bytes(UNSEEN.read_bytes())
    done = lib.import_files([UNSEEN, second])
    # what was written is the library now: not read back, parsed and validated again
    assert [d.count for d in done] == [done[0].count, done[0].count] and reloads == []
    # The same category twice: the later file replaces the earlier, never doubled.
    assert len([c for c in lib.cases() if c.category.number == 2]) == done[0].count
    assert [c.id for c in Library.open(user=tmp_path / "library.json").cases()] == [c.id for c in lib.cases()]
    assert not lib.changed_on_disk()


def test_changed_on_disk_sees_another_process_import(tmp_path: Path) -> None:
    user = tmp_path / "library.json"
    mine, theirs = Library.open(user=user), Library.open(user=user)
    assert not mine.changed_on_disk()
    theirs.import_cases([make_case(id="2-01", number=1, category=Numbered(2, "人材確保・育成"))])
    assert mine.changed_on_disk() and mine.get("2-01") is None
    mine.reload()
    assert not mine.changed_on_disk() and mine.get("2-01") is not None


def test_a_deferred_import_is_written_at_once_but_shown_only_when_adopted(tmp_path: Path) -> None:
    # The window imports on a worker thread with deferred=True and adopts on the UI thread: until then the library
    # the window reads stays the one it had, whole.
    lib = Library.open(user=tmp_path / "library.json")
    before = [c.id for c in lib.cases()]
    done = lib.import_files([UNSEEN], deferred=True)
    assert done[0].count > 0 and (tmp_path / "library.json").exists()
    assert [c.id for c in lib.cases()] == before
    assert lib.adopt_import() and not lib.adopt_import()
    assert {c.category.number for c in lib.cases()} == {1, 2}
    assert [c.id for c in Library.open(user=tmp_path / "library.json").cases()] == [c.id for c in lib.cases()]
