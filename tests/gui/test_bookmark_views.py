"""The working set in the window as a user drives it: Ctrl+D and Delete go to the trash and come back with Ctrl+Z or
the status bar's button, the bookmark table (sorting, multi-select, context menu), status and contact log in the
detail pane, collections, the trash view, plain text everywhere, and note saves that never overwrite a merge."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QInputDialog, QPushButton
from pytestqt.qtbot import QtBot

import gui.collections_view
import gui.trash_view
from gui.bookmark_table_model import COL_ORG, COL_STATUS
from gui.main_window import MainWindow
from model import paths
from model.bookmarks import BookmarkStore
from model.library import Library
from tests.gui.library_fixtures import sample_cases, type_text, write_library


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    library: Library = write_library(tmp_path / "library.json", sample_cases())
    window = MainWindow(library, BookmarkStore(paths.bookmarks_path()),
                        QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    yield window


def stored() -> BookmarkStore:
    return BookmarkStore(paths.bookmarks_path())


def ctrl(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)


def _working_bookmark(window: MainWindow, case_id: str) -> None:
    window.show_case(case_id)
    window.toggle_bookmark()
    window.bookmarks.set_note(case_id, "課長に回覧済み")
    window.bookmarks.set_status([case_id], "contacted")
    window.bookmarks.add_to_collection("12月課長会議", [case_id])
    window.bookmarks.add_log(case_id, "電話で総務課に照会", "2026-11-20")


def test_ctrl_d_twice_loses_nothing_and_ctrl_z_brings_it_all_back(qtbot: QtBot, window: MainWindow) -> None:
    _working_bookmark(window, "1-02")
    before = stored().get("1-02")
    window.tree.setFocus()
    ctrl(qtbot, window, Qt.Key.Key_D)
    assert "1-02" not in stored() and stored().in_trash("1-02")
    notice = window.findChild(QPushButton, "undoButton")
    assert notice is not None and notice.isVisible()
    ctrl(qtbot, window, Qt.Key.Key_Z)
    assert stored().get("1-02") == before
    assert window.detail.note_edit.toPlainText() == "課長に回覧済み"
    assert window.detail.bookmark_editor.status_combo.currentText() == "問い合わせ済"
    # The status bar's button does the same.
    ctrl(qtbot, window, Qt.Key.Key_D)
    qtbot.mouseClick(notice, Qt.MouseButton.LeftButton)
    assert stored().get("1-02") == before


def test_ctrl_z_in_the_note_editor_undoes_typing_not_a_removal(qtbot: QtBot, window: MainWindow) -> None:
    window.show_case("1-04")
    window.toggle_bookmark()
    window.bookmarks.remove(["1-04"])
    window.show_case("1-02")
    window.toggle_bookmark()
    editor = window.detail.note_edit
    editor.setFocus()
    qtbot.keyClicks(editor, "abc")
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() != "abc"
    assert "1-04" not in window.bookmarks  # the removal was not undone from inside the editor


def test_delete_on_several_rows_goes_to_the_trash_and_undo_restores_them(qtbot: QtBot, window: MainWindow) -> None:
    for case_id in ("2-01", "1-04", "1-05"):
        window.show_case(case_id)
        window.toggle_bookmark()
    view = window.bookmarks_view
    window.left_tabs.setCurrentIndex(1)
    view.table.setFocus()
    view.table.selectAll()
    view.table.selectionModel().select(view.proxy.index(1, 0), view.table.selectionModel().SelectionFlag.Deselect
                                       | view.table.selectionModel().SelectionFlag.Rows)
    assert view.selected_case_ids() == ["2-01", "1-05"]
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert [b.case_id for b in stored().all()] == ["1-04"]
    assert window.bookmarks.undo() is True
    assert [b.case_id for b in stored().all()] == ["2-01", "1-04", "1-05"]  # back in their places
    assert view.case_ids() == ["2-01", "1-04", "1-05"]


def test_the_table_sorts_by_status_and_organization_and_back_to_the_order_added(window: MainWindow) -> None:
    for case_id, status in (("2-01", "adopted"), ("1-04", "todo"), ("1-05", "considering")):
        window.show_case(case_id)
        window.toggle_bookmark()
        window.bookmarks.set_status([case_id], status)
    view = window.bookmarks_view
    assert view.row_text(0, COL_STATUS) == "採用"
    view.table.sortByColumn(COL_STATUS, Qt.SortOrder.AscendingOrder)
    assert view.case_ids() == ["1-04", "1-05", "2-01"]  # 未着手, 検討中, 採用: the working order, not the alphabet
    view.table.sortByColumn(COL_ORG, Qt.SortOrder.DescendingOrder)
    assert [view.row_text(r, COL_ORG) for r in range(3)] == sorted(
        (view.row_text(r, COL_ORG) for r in range(3)), reverse=True)
    view.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    assert view.case_ids() == ["2-01", "1-04", "1-05"]


def test_context_menu_sets_status_adds_to_a_collection_opens_and_removes(window: MainWindow) -> None:
    for case_id in ("2-01", "1-04"):
        window.show_case(case_id)
        window.toggle_bookmark()
    window.bookmarks.create_collection("R7予算候補")
    view = window.bookmarks_view
    view.table.selectAll()
    menu = view.context_menu(view.proxy.index(0, 0))
    assert menu is not None
    actions = {a.text(): a for a in menu.actions()}
    status_menu = actions["状態"].menu()
    next(a for a in status_menu.actions() if a.text() == "検討中").trigger()
    assert [b.status for b in stored().all()] == ["considering", "considering"]
    add_menu = actions["コレクションに追加"].menu()
    next(a for a in add_menu.actions() if a.text() == "R7予算候補").trigger()
    assert [b.case_id for b in stored().members("R7予算候補")] == ["2-01", "1-04"]
    window.show_case("1-05")
    view.table.clearSelection()
    menu = view.context_menu(view.proxy.index(1, 0))  # the row under the mouse becomes the selection
    assert menu is not None and view.selected_case_ids() == ["1-04"]
    next(a for a in menu.actions() if a.text() == "開く").trigger()
    assert window.detail.case_id == "1-04"
    next(a for a in menu.actions() if a.text().startswith("ゴミ箱へ移す")).trigger()
    assert [b.case_id for b in stored().all()] == ["2-01"]


def test_status_and_contact_log_in_the_detail_pane(qtbot: QtBot, window: MainWindow) -> None:
    editor = window.detail.bookmark_editor
    window.show_case("1-05")
    assert not editor.isVisible()  # not bookmarked
    window.toggle_bookmark()
    assert editor.isVisible() and editor.status_combo.currentText() == "未着手"
    editor.status_combo.setCurrentIndex(3)
    editor.status_combo.activated.emit(3)
    assert stored().get("1-05").status == "adopted"  # type: ignore[union-attr]
    assert window.bookmarks_view.row_text(0, COL_STATUS) == "採用"
    editor.date_edit.setDate(QDate(2026, 11, 20))
    editor.log_text.setFocus()
    type_text(editor.log_text, "電話で総務課に照会、資料送付の約束")
    qtbot.keyClick(editor.log_text, Qt.Key.Key_Return)
    assert editor.entries() == [("2026-11-20", "電話で総務課に照会、資料送付の約束")]
    assert editor.log_text.text() == ""
    assert [(e.date, e.text) for e in stored().get("1-05").log] == [  # type: ignore[union-attr]
        ("2026-11-20", "電話で総務課に照会、資料送付の約束")]
    assert window.bookmarks_view.row_text(0, 3) == "2026-11-20"


def test_collections_create_rename_delete_asks_and_undo(monkeypatch: pytest.MonkeyPatch, window: MainWindow) -> None:
    window.show_case("1-04")
    window.toggle_bookmark()
    view = window.bookmarks_view
    collections = view.collections
    answers = iter([("12月課長会議", True), ("1月課長会議", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: next(answers))
    collections.new_collection()
    assert stored().collections() == ["12月課長会議"] and collections.current() == ("collection", "12月課長会議")
    window.bookmarks.add_to_collection("12月課長会議", ["1-04"])
    assert view.case_ids() == ["1-04"]  # the collection's members are shown
    collections.rename_current()
    assert stored().collections() == ["1月課長会議"]
    asked: list[str] = []
    monkeypatch.setattr(gui.collections_view, "ask", lambda parent, title, text: asked.append(text) or False)
    collections.delete_current()
    assert stored().collections() == ["1月課長会議"] and "1月課長会議" in asked[0]
    monkeypatch.setattr(gui.collections_view, "ask", lambda parent, title, text: True)
    collections.delete_current()
    assert stored().collections() == [] and "1-04" in stored()
    assert window.bookmarks.undo() is True
    assert [b.case_id for b in stored().members("1月課長会議")] == ["1-04"]


def test_the_trash_view_restores_and_emptying_asks(monkeypatch: pytest.MonkeyPatch, window: MainWindow) -> None:
    _working_bookmark(window, "1-02")
    before = stored().get("1-02")
    window.bookmarks.remove(["1-02"])
    view = window.bookmarks_view
    view.collections.select("trash")
    trash = view.trash_view
    assert view.pages.currentWidget() is trash and trash.entries() == [("bookmark", "1-02")]
    trash.tree.topLevelItem(0).setSelected(True)
    trash.restore_selected()
    assert stored().get("1-02") == before and trash.entries() == []
    window.bookmarks.remove(["1-02"])
    monkeypatch.setattr(gui.trash_view, "ask", lambda parent, title, text: False)
    trash.empty()
    assert stored().in_trash("1-02")
    monkeypatch.setattr(gui.trash_view, "ask", lambda parent, title, text: True)
    trash.empty()
    assert stored().trash() == [] and trash.entries() == []


def test_notes_and_names_are_plain_text_everywhere(window: MainWindow) -> None:
    canary = '<img src="file:///canary.png"><b>太字</b>'
    window.show_case("1-04")
    window.toggle_bookmark()
    window.bookmarks.set_note("1-04", canary)
    window.bookmarks.add_log("1-04", canary, "2026-11-20")
    window.bookmarks.add_to_collection(canary, ["1-04"])
    view = window.bookmarks_view
    tooltip = view.proxy.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tooltip and "&lt;img" in tooltip
    assert window.detail.bookmark_editor.collections_label.textFormat() == Qt.TextFormat.PlainText
    log_tip = window.detail.bookmark_editor.log_list.topLevelItem(0).toolTip(1)
    assert "<img" not in log_tip and "&lt;img" in log_tip
    window.bookmarks.remove(["1-04"])
    view.collections.select("trash")
    assert "<img" not in view.trash_view.tree.topLevelItem(0).toolTip(2)


def test_a_note_merged_by_another_process_is_not_overwritten_by_the_autosave(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.show_case("1-04")
    window.toggle_bookmark()
    window.detail.note_edit.setFocus()
    type_text(window.detail.note_edit, "私のメモ")
    window.detail.flush_note()
    # The CLI merges a colleague's note while the window is in the background, then the user types on.
    colleague = BookmarkStore(tmp_path / "colleague" / "bookmarks.json")
    colleague.add("1-04", "同僚のメモ")
    colleague.export(tmp_path / "shared.json")
    stored().import_file(tmp_path / "shared.json")
    type_text(window.detail.note_edit, "（追記）")
    window.detail.flush_note()
    assert stored().get("1-04").note == "私のメモ（追記）\n\n同僚のメモ"  # type: ignore[union-attr]
    assert window.detail.note_edit.toPlainText() == "私のメモ（追記）\n\n同僚のメモ"


def test_a_refused_value_is_reported_to_the_user_and_nothing_changes(window: MainWindow) -> None:
    window.show_case("1-04")
    window.toggle_bookmark()
    before = paths.bookmarks_path().read_bytes()
    failed: list[str] = []
    window.bookmarks.failed.disconnect()
    window.bookmarks.failed.connect(failed.append)
    assert window.bookmarks.add_log("1-04", "照会", "2026-02-30") is None
    assert window.bookmarks.create_collection("  ") is None
    assert len(failed) == 2 and "日付" in failed[0] and "コレクション" in failed[1]
    assert paths.bookmarks_path().read_bytes() == before


def test_a_collection_is_exported_from_its_context_menu(monkeypatch: pytest.MonkeyPatch, window: MainWindow,
                                                        tmp_path: Path) -> None:
    from PySide6.QtWidgets import QFileDialog

    for case_id in ("1-04", "2-01"):
        window.show_case(case_id)
        window.toggle_bookmark()
    window.bookmarks.add_to_collection("12月/課長会議", ["2-01"])
    collections = window.bookmarks_view.collections
    collections.select("collection", "12月/課長会議")
    offered: list[str] = []
    target = tmp_path / "meeting.json"

    def save_as(parent: object, caption: str, name: str, filters: str) -> tuple[str, str]:
        offered.append(name)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    collections.export_current()
    assert [Path(name).name for name in offered] == ["12月_課長会議.json"]
    other = BookmarkStore(tmp_path / "other" / "bookmarks.json")
    assert other.import_file(target) == 1 and [b.case_id for b in other.all()] == ["2-01"]
