"""The working set on real files: status, collections, the contact log, the trash, note saves that never overwrite a
concurrent change, limits on every field, and the text search looks into."""

from __future__ import annotations

from pathlib import Path

import pytest

from model.bookmarks import (
    MAX_BOOKMARKS,
    MAX_LOG_TEXT_CHARS,
    MAX_NOTE_CHARS,
    STATUSES,
    BookmarkInputError,
    BookmarkStore,
    LogEntry,
    status_label,
)
from model.i18n import set_translator


@pytest.fixture
def path(user_home: Path) -> Path:
    return user_home / "bookmarks.json"


@pytest.fixture
def store(path: Path) -> BookmarkStore:
    return BookmarkStore(path)


def ids(store: BookmarkStore) -> list[str]:
    return [b.case_id for b in store.all()]


def test_the_five_statuses_have_japanese_labels_and_go_through_translate() -> None:
    assert STATUSES == ("todo", "considering", "contacted", "adopted", "declined")
    assert [status_label(s) for s in STATUSES] == ["未着手", "検討中", "問い合わせ済", "採用", "見送り"]
    set_translator(lambda context, text: f"[{context}]{text}")
    try:
        assert status_label("adopted") == "[Bookmarks]採用"
    finally:
        set_translator(None)


def test_add_creates_or_updates_only_the_given_fields(store: BookmarkStore, path: Path) -> None:
    store.add("1-0001", "予算要求の参考に", status="considering", collections=["12月課長会議"])
    store.add("1-0001", status="contacted")  # note and collections kept
    store.add("1-0001", collections=["R7予算候補"])  # added to, not replaced
    bm = BookmarkStore(path).get("1-0001")
    assert bm is not None
    assert (bm.note, bm.status, bm.collections) == ("予算要求の参考に", "contacted", ("12月課長会議", "R7予算候補"))
    assert bm.status_label == "問い合わせ済"
    assert BookmarkStore(path).collections() == ["12月課長会議", "R7予算候補"]


def test_status_of_several_bookmarks_at_once(store: BookmarkStore, path: Path) -> None:
    store.add("1-0001")
    store.add("1-0002")
    store.set_status(["1-0001", "1-0002"], "adopted")
    assert [b.status for b in BookmarkStore(path).all()] == ["adopted", "adopted"]


@pytest.mark.parametrize("status", ["done", "採用", "", "ADOPTED"])
def test_an_unknown_status_is_one_clear_line_and_nothing_changes(store: BookmarkStore, path: Path,
                                                                 status: str) -> None:
    store.add("1-0001", "メモ")
    before = path.read_bytes()
    with pytest.raises(BookmarkInputError) as caught:
        store.add("1-0001", status=status)
    assert "状態" in str(caught.value) and "\n" not in str(caught.value) and "considering" in str(caught.value)
    with pytest.raises(BookmarkInputError):
        store.set_status("1-0001", status)
    assert path.read_bytes() == before


def test_contact_log_entries_are_dated_kept_in_date_order_and_survive_a_restart(
    store: BookmarkStore, path: Path
) -> None:
    store.add("2-0003")
    store.add_log("2-0003", "電話で総務課に照会、資料送付の約束", "2026-11-20")
    store.add_log("2-0003", "資料が届いた", "2026-11-27")
    store.add_log("2-0003", "先に聞いた件（後から記録）", "2026-11-10")
    today = store.add_log("2-0003", "  今日の記録  ")
    bm = BookmarkStore(path).get("2-0003")
    assert bm is not None
    assert [(e.date, e.text) for e in bm.log] == [
        ("2026-11-10", "先に聞いた件（後から記録）"), ("2026-11-20", "電話で総務課に照会、資料送付の約束"),
        ("2026-11-27", "資料が届いた"), (today.date, "今日の記録")]
    assert len(today.date) == 10 and today.added.startswith(today.date[:4])
    assert bm.last_log_date == max(e.date for e in bm.log)
    assert store.remove_log_entry("2-0003", bm.log[0]) is True
    assert len(BookmarkStore(path).get("2-0003").log) == 3  # type: ignore[union-attr]


@pytest.mark.parametrize("day", ["2026-13-01", "2026-02-30", "20261201", "昨日", "2026-1-5", " 2026-12-01"])
def test_a_date_that_is_not_a_date_is_refused(store: BookmarkStore, path: Path, day: str) -> None:
    store.add("1-0001")
    before = path.read_bytes()
    with pytest.raises(BookmarkInputError, match="日付"):
        store.add_log("1-0001", "記録", day)
    assert path.read_bytes() == before


def test_empty_or_over_long_log_entries_are_refused(store: BookmarkStore, path: Path) -> None:
    store.add("1-0001")
    before = path.read_bytes()
    with pytest.raises(BookmarkInputError, match="空"):
        store.add_log("1-0001", "   \n ")
    with pytest.raises(BookmarkInputError, match="長すぎます"):
        store.add_log("1-0001", "あ" * (MAX_LOG_TEXT_CHARS + 1))
    assert path.read_bytes() == before
    store.add_log("1-0001", "あ" * MAX_LOG_TEXT_CHARS)


def test_a_note_over_the_limit_is_refused_and_the_old_note_stays(store: BookmarkStore, path: Path) -> None:
    store.add("1-0001", "元のメモ")
    with pytest.raises(BookmarkInputError, match="100,000"):
        store.set_note("1-0001", "x" * (MAX_NOTE_CHARS + 1))
    with pytest.raises(BookmarkInputError):
        store.add("1-0002", "x" * (MAX_NOTE_CHARS + 1))
    assert ids(BookmarkStore(path)) == ["1-0001"] and store.get("1-0001").note == "元のメモ"  # type: ignore[union-attr]
    store.set_note("1-0001", "x" * MAX_NOTE_CHARS)


def test_the_number_of_bookmarks_is_bounded(store: BookmarkStore, monkeypatch: pytest.MonkeyPatch) -> None:
    import model.bookmarks.working_set as working_set

    monkeypatch.setattr(working_set, "MAX_BOOKMARKS", 3)
    for n in range(3):
        store.add(f"1-000{n}")
    with pytest.raises(BookmarkInputError, match="3"):
        store.add("1-0009")
    assert len(store) == 3 and MAX_BOOKMARKS == 10_000


# -- the trash ---------------------------------------------------------------------------------------------------


def _full(store: BookmarkStore, case_id: str) -> None:
    store.add(case_id, "課長に回覧済み", status="contacted", collections=["12月課長会議"])
    store.add_log(case_id, "電話で照会", "2026-11-30")


def test_remove_moves_everything_to_the_trash_and_restore_brings_it_all_back_in_its_place(
    store: BookmarkStore, path: Path
) -> None:
    store.add("1-0001")
    _full(store, "1-0002")
    store.add("1-0003")
    before = store.get("1-0002")
    assert store.remove("1-0002") is True and store.remove("1-0002") is False
    assert ids(store) == ["1-0001", "1-0003"] and store.members("12月課長会議") == []
    reopened = BookmarkStore(path)
    [entry] = reopened.trash()
    assert entry.kind == "bookmark" and entry.bookmark == before and entry.removed_at
    assert reopened.restore("1-0002") == before
    assert ids(reopened) == ["1-0001", "1-0002", "1-0003"]  # back at its place, not at the end
    assert BookmarkStore(path).get("1-0002") == before and reopened.trash() == []
    assert reopened.restore("1-0002") is None


def test_ctrl_d_twice_keeps_the_note_toggling_again_restores_it(store: BookmarkStore) -> None:
    _full(store, "1-0005")
    store.add("1-0006")
    before = store.get("1-0005")
    assert store.toggle("1-0005") is False
    assert store.in_trash("1-0005")
    assert store.toggle("1-0005") is True  # re-bookmarking: the note, status, collections and log are back
    assert store.get("1-0005") == before and ids(store) == ["1-0005", "1-0006"]
    store.remove("1-0005")
    assert store.add("1-0005").note == "課長に回覧済み"  # adding again also restores


def test_removing_several_and_undoing_them_at_once(store: BookmarkStore) -> None:
    for n in range(1, 6):
        store.add(f"1-000{n}", f"メモ{n}")
    assert store.remove_many(["1-0002", "1-0004", "9-9999"]) == ["1-0002", "1-0004"]
    assert [b.case_id for b in store.restore_many(["1-0004", "1-0002"])] == ["1-0004", "1-0002"]
    assert ids(store) == [f"1-000{n}" for n in range(1, 6)]


def test_emptying_the_trash_deletes_for_good(store: BookmarkStore, path: Path) -> None:
    _full(store, "1-0001")
    store.remove("1-0001")
    store.create_collection("空")
    store.remove_collection("空")
    assert len(store.trash()) == 2
    assert store.empty_trash() == 2
    assert BookmarkStore(path).trash() == [] and store.restore("1-0001") is None
    assert store.add("1-0001").note == ""  # a new bookmark now


# -- collections -------------------------------------------------------------------------------------------------


def test_collections_create_rename_and_members(store: BookmarkStore, path: Path) -> None:
    store.create_collection("R7予算候補")
    store.add_to_collection("12月課長会議", ["1-0001", "1-0002"])  # not bookmarked yet: bookmarked now
    store.add_to_collection("R7予算候補", "1-0002")
    assert store.collections() == ["R7予算候補", "12月課長会議"]
    assert [b.case_id for b in store.members("12月課長会議")] == ["1-0001", "1-0002"]
    assert store.rename_collection("12月課長会議", " 1月課長会議 ") == "1月課長会議"
    reopened = BookmarkStore(path)
    assert reopened.collections() == ["R7予算候補", "1月課長会議"]
    assert reopened.get("1-0002").collections == ("1月課長会議", "R7予算候補")  # type: ignore[union-attr]
    store.remove_from_collection("1月課長会議", ["1-0001"])
    assert [b.case_id for b in BookmarkStore(path).members("1月課長会議")] == ["1-0002"]
    assert "1-0001" in store  # taking a case out of a collection keeps its bookmark


def test_removing_a_collection_keeps_the_bookmarks_and_can_be_undone(store: BookmarkStore, path: Path) -> None:
    store.add_to_collection("12月課長会議", ["1-0001", "1-0002"])
    assert store.remove_collection("12月課長会議") is True
    assert store.collections() == [] and ids(store) == ["1-0001", "1-0002"]
    assert store.get("1-0001").collections == ()  # type: ignore[union-attr]
    [entry] = BookmarkStore(path).trash()
    assert (entry.kind, entry.name, entry.members) == ("collection", "12月課長会議", ("1-0001", "1-0002"))
    assert store.restore_collection("12月課長会議") is True
    assert [b.case_id for b in BookmarkStore(path).members("12月課長会議")] == ["1-0001", "1-0002"]
    assert store.remove_collection("ない") is False


@pytest.mark.parametrize("name", ["", "   ", "改行\nあり", "タブ\tあり", "x" * 101])
def test_a_bad_collection_name_is_refused(store: BookmarkStore, path: Path, name: str) -> None:
    store.add("1-0001")
    before = path.read_bytes()
    with pytest.raises(BookmarkInputError, match="コレクション"):
        store.add_to_collection(name, "1-0001")
    with pytest.raises(BookmarkInputError):
        store.add("1-0001", collections=[name])
    assert path.read_bytes() == before


def test_renaming_onto_an_existing_collection_or_a_missing_one_is_refused(store: BookmarkStore) -> None:
    store.create_collection("A")
    store.create_collection("B")
    with pytest.raises(BookmarkInputError, match="すでにあります"):
        store.rename_collection("A", "B")
    with pytest.raises(BookmarkInputError, match="ありません"):
        store.rename_collection("C", "D")


# -- note saves from the window (compare-and-set) ----------------------------------------------------------------


def test_a_note_save_does_not_overwrite_a_note_merged_meanwhile_by_another_process(tmp_path: Path,
                                                                                   path: Path) -> None:
    window = BookmarkStore(path)
    window.add("1-0001", "私のメモ")
    base = window.get("1-0001").note  # type: ignore[union-attr]
    # Meanwhile the CLI imports a colleague's reading list, which appends their note.
    cli = BookmarkStore(path)
    shared = tmp_path / "colleague.json"
    colleague = BookmarkStore(tmp_path / "c" / "bookmarks.json")
    colleague.add("1-0001", "同僚のメモ")
    colleague.export(shared)
    cli.import_file(shared)
    assert cli.get("1-0001").note == "私のメモ\n\n同僚のメモ"  # type: ignore[union-attr]
    # The window, which has not re-read the file, autosaves the user's edit.
    saved = window.set_note("1-0001", "私のメモ（追記）", base=base)
    assert saved.note == "私のメモ（追記）\n\n同僚のメモ"
    assert BookmarkStore(path).get("1-0001").note == saved.note  # type: ignore[union-attr]


def test_a_note_save_with_an_unchanged_base_just_writes(store: BookmarkStore) -> None:
    store.add("1-0001", "古い")
    assert store.set_note("1-0001", "新しい", base="古い").note == "新しい"
    # The other side rewrote the note entirely: both texts are kept.
    store.set_note("1-0001", "別の人が書き直した")
    assert store.set_note("1-0001", "私の版", base="新しい").note == "私の版\n\n別の人が書き直した"


# -- search ------------------------------------------------------------------------------------------------------


def test_searchable_text_holds_the_note_and_every_log_entry(store: BookmarkStore) -> None:
    store.add("1-0001", "窓口DXの参考")
    store.add_log("1-0001", "電話で総務課に照会", "2026-11-20")
    text = store.searchable_text("1-0001")
    assert "窓口DXの参考" in text and "総務課に照会" in text
    assert store.searchable_text("9-9999") == ""
    store.remove("1-0001")
    assert store.searchable_text("1-0001") == ""


def test_log_entries_compare_by_value() -> None:
    assert LogEntry("2026-11-20", "照会", "a").key() == LogEntry("2026-11-20", "照会", "b").key()
