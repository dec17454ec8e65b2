"""A new edition of a shipped volume, imported with bookmarks and notes on its cases: every note stays on the case
of the organization it was written for, the report names what changed, a removed case keeps its note and can be
opened, importing the same file again changes nothing, and removing the imported volume brings the shipped cases
back. The next edition is tests/model/test_editions.next_edition: a case inserted before 1-05 (renumbering 1-05..
1-08), 1-09 (酒田市) dropped, 1-04's phone changed, 1-12 retitled."""

from __future__ import annotations

from pathlib import Path

import pytest

from model import paths, storage
from model.bookmarks import BookmarkStore
from model.case_identity import kept_identities, reconcile
from model.editions import case_key
from model.importer import read_text
from model.library import Library
from tests.model.test_editions import NEW_ORG, SEED, next_edition

NOTES = {  # organization -> the note written on its case
    "山形県舟形町": "舟形町のWGの話を聞く",  # 1-05, renumbered to 1-06
    "山形県酒田市": "酒田市に電話済み",  # 1-09, not in the next edition
    "福島県": "福島県の窓口に連絡",  # 1-04, phone changed
    "神奈川県横浜市": "横浜市の体制を参考に",  # 1-12, retitled
    "福島県西会津町": "西会津町は別の話",  # 1-10 -> 1-09: takes the id 1-09 that 酒田市 had
}


@pytest.fixture
def edition_file(tmp_path: Path) -> Path:
    path = tmp_path / "vol1-taisei-seibi-5.0.txt"
    path.write_text(next_edition(read_text(SEED)), encoding="utf-8")
    return path


@pytest.fixture
def library(tmp_path: Path) -> Library:
    return Library.open(user=tmp_path / "library.json")


@pytest.fixture
def store(library: Library) -> BookmarkStore:
    store = BookmarkStore(paths.bookmarks_path())
    for case in library.cases():
        if case.organization in NOTES:
            store.add(case.id, NOTES[case.organization])
    return store


def notes_by_organization(store: BookmarkStore, library: Library) -> dict[str, str]:
    out = {}
    for bm in store.all():
        case = library.get(bm.case_id)
        assert case is not None, bm.case_id
        assert case_key(case) == bm.key
        out[case.organization] = bm.note
    return out


def test_every_note_stays_on_its_organizations_case(library: Library, store: BookmarkStore,
                                                    edition_file: Path) -> None:
    assert reconcile(store, library) == len(NOTES)  # the migration: keys added
    done = library.import_files([edition_file], keep=kept_identities(store))
    reconcile(store, library)  # the bookmarks follow (library first, then bookmarks)

    assert notes_by_organization(store, library) == NOTES
    by_org = {c.organization: c for c in library.cases()}
    assert store.get(by_org["山形県舟形町"].id) is not None and by_org["山形県舟形町"].id == "1-06"
    assert store.get("1-09") is not None and store.get("1-09").note == NOTES["福島県西会津町"]  # type: ignore[union-attr]

    # the removed case: kept with its note, not in the library's list, opened from the version last seen
    gone = next(bm for bm in store.all() if bm.note == NOTES["山形県酒田市"])
    assert library.is_archived(gone.case_id) and gone.case_id not in {c.id for c in library.cases()}
    last = library.get(gone.case_id)
    assert last is not None and last.organization == "山形県酒田市" and last.overview

    report = done[0].report_lines()
    assert any(line.startswith("新規 1-05 " + NEW_ORG) for line in report)
    assert "更新 1-04 福島県：担当部署" in report
    assert any(line.startswith("掲載終了 1-09 山形県酒田市") for line in report)
    assert library.volumes()[0].replaces_shipped and library.volumes()[0].edition == "4.0"


def test_the_same_file_again_reports_no_changes_and_writes_nothing(library: Library, store: BookmarkStore,
                                                                    edition_file: Path, tmp_path: Path) -> None:
    reconcile(store, library)
    library.import_files([edition_file], keep=kept_identities(store))
    reconcile(store, library)
    user = tmp_path / "library.json"
    before, generations = user.read_bytes(), sorted(storage.backup_dir(user).iterdir())
    again = library.import_files([edition_file], keep=kept_identities(store))
    assert again[0].report_lines() == ["変更はありません（13 件）"]
    assert user.read_bytes() == before and sorted(storage.backup_dir(user).iterdir()) == generations
    assert reconcile(store, library) == 0


def test_a_crash_between_the_library_and_the_bookmarks_is_repaired_at_the_next_open(
        library: Library, store: BookmarkStore, edition_file: Path, tmp_path: Path) -> None:
    reconcile(store, library)
    library.import_files([edition_file], keep=kept_identities(store))
    # the bookmark update never ran: the file still has the old ids (1-09 is now 西会津町's id)
    reopened_library = Library.open(user=tmp_path / "library.json")
    reopened = BookmarkStore(paths.bookmarks_path())
    reconcile(reopened, reopened_library)  # what the window and the CLI do at open
    assert notes_by_organization(reopened, reopened_library) == NOTES


def test_a_file_from_before_keys_is_migrated_after_a_kept_copy(library: Library, store: BookmarkStore) -> None:
    path = paths.bookmarks_path()
    before = path.read_bytes()
    assert all(not bm.key for bm in store.all())
    reconcile(store, library)
    kept = storage.backup_dir(path) / f"{path.name}.before-keys.json"
    assert kept.read_bytes() == before
    assert all(bm.key for bm in BookmarkStore(path).all())


def test_removing_the_imported_volume_brings_the_shipped_cases_back(library: Library, store: BookmarkStore,
                                                                    edition_file: Path) -> None:
    shipped_ids = [c.id for c in library.cases()]
    reconcile(store, library)
    library.import_files([edition_file], keep=kept_identities(store))
    reconcile(store, library)
    new_case = next(c for c in library.cases() if c.organization == NEW_ORG)
    store.add(new_case.id, "新しい事例のメモ")
    reconcile(store, library)

    diff = library.remove_volume(1, kept_identities(store))
    reconcile(store, library)
    assert [c.id for c in library.cases()] == shipped_ids and library.volumes() == []
    assert [c.organization for c in diff.removed] == [NEW_ORG]
    notes = notes_by_organization(store, library)
    assert notes == {**NOTES, NEW_ORG: "新しい事例のメモ"}  # 酒田市 is back in the library, with its note
    kept = next(bm for bm in store.all() if bm.note == "新しい事例のメモ")
    assert library.is_archived(kept.case_id)
    with pytest.raises(KeyError):
        library.remove_volume(1)
