"""The main window as a user drives it: search, filters, keyboard, bookmarks, history, settings, errors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from gui.case_tree_model import COL
from gui.main_window import MainWindow
from model import paths
from model.bookmarks import BookmarkStore
from model.library import Library
from model.storage import StorageError
from tests.gui.library_fixtures import sample_cases, type_text, write_library

WindowFactory = Callable[[], MainWindow]


@pytest.fixture
def library(tmp_path: Path) -> Library:
    return write_library(tmp_path / "library.json", sample_cases())


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def make_window(qtbot: QtBot, library: Library, settings_path: Path) -> WindowFactory:
    """Opens a window the way the app does: bookmarks from the user data folder, settings from one file."""

    def make() -> MainWindow:
        window = MainWindow(library, BookmarkStore(paths.bookmarks_path()),
                            QSettings(str(settings_path), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        with qtbot.waitActive(window):  # window shortcuts (Ctrl+D…) only fire in the active window
            window.show()
            window.activateWindow()
        return window

    return make


@pytest.fixture
def window(make_window: WindowFactory) -> MainWindow:
    return make_window()


def _count(window: MainWindow) -> str:
    return window.search_panel.count_label.text()


def _search(qtbot: QtBot, window: MainWindow, text: str, expected_count: str) -> None:
    window.search_panel.field.setFocus()
    type_text(window.search_panel.field, text)
    qtbot.waitUntil(lambda: _count(window) == expected_count)


def test_starts_with_every_case_and_the_first_one_shown(window: MainWindow) -> None:
    assert _count(window) == "5件中 5件"
    assert window.tree_model.case_ids() == ["1-02", "1-04", "1-05", "1-11", "2-01"]
    assert window.detail.case_id == "1-02"
    assert window.tree.currentIndex() == window.tree_model.index_of("1-02")


def test_typing_filters_live_and_enter_selects_the_first_match(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_panel.field.hasFocus()
    _search(qtbot, window, "ふながたし", "5件中 0件")  # 舟形町 reads ふながたまち: no city of that reading
    window.search_panel.field.clear()
    _search(qtbot, window, "舟形", "5件中 1件")
    assert window.tree_model.case_ids() == ["1-05"]
    assert window.detail.case_id == "1-02"  # typing alone does not jump away from what is being read

    qtbot.keyClick(window.search_panel.field, Qt.Key.Key_Return)
    assert window.detail.case_id == "1-05"
    assert window.tree.hasFocus()
    # The match is highlighted in the case shown (right after the tree has been painted).
    qtbot.waitUntil(lambda: "#fff3a0" in window.detail.browser("overview").toHtml())


def test_escape_clears_the_search(qtbot: QtBot, window: MainWindow) -> None:
    _search(qtbot, window, "窓口", "5件中 1件")
    qtbot.keyClick(window.search_panel.field, Qt.Key.Key_Escape)
    assert window.search_panel.field.text() == ""
    qtbot.waitUntil(lambda: _count(window) == "5件中 5件")


def test_population_band_filter_is_multi_select(window: MainWindow) -> None:
    actions = window.search_panel.band_actions
    actions["1万人未満"].trigger()
    assert window.tree_model.case_ids() == ["1-05"]
    actions["30万人以上"].trigger()
    assert window.tree_model.case_ids() == ["1-05", "1-11"]
    assert _count(window) == "5件中 2件"
    assert window.search_panel.band_button.text() == "人口規模: 2件"
    window.search_panel.clear_bands()
    assert _count(window) == "5件中 5件"


def test_prefecture_filter(window: MainWindow) -> None:
    button = window.search_panel.prefecture_button
    # Prefectures in the usual north-to-south order.
    assert button.values() == ["北海道", "山形県", "福島県", "兵庫県", "山口県"]
    button.actions_["北海道"].trigger()
    assert window.tree_model.case_ids() == ["2-01"]
    button.clear()
    assert _count(window) == "5件中 5件"


def test_bookmarks_only_filter_follows_toggles(qtbot: QtBot, window: MainWindow) -> None:
    window.search_panel.bookmarked_check.setChecked(True)
    assert window.tree_model.case_ids() == []
    assert window.detail.case_id == "1-02"
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.tree_model.case_ids() == ["1-02"]
    window.search_panel.bookmarked_check.setChecked(False)
    assert _count(window) == "5件中 5件"


def test_ctrl_d_bookmark_is_saved_and_survives_a_new_window(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    _search(qtbot, window, "舟形", "5件中 1件")
    qtbot.keyClick(window.search_panel.field, Qt.Key.Key_Return)
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)

    assert [b.case_id for b in BookmarkStore(paths.bookmarks_path()).all()] == ["1-05"]
    assert window.tree_model.index_of("1-05", COL["bookmark"]).data() == "★"
    assert window.detail.star_button.isChecked()
    assert window.bookmarks_view.case_ids() == ["1-05"]
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()

    again = make_window()
    assert again.detail.case_id == "1-05"
    assert again.search_panel.field.text() == "舟形"
    assert again.detail.star_button.isChecked()
    assert again.tree_model.index_of("1-05", COL["bookmark"]).data() == "★"
    assert again.bookmarks_view.case_ids() == ["1-05"]
    # Ctrl+D again removes it, in the file too.
    qtbot.keyClick(again, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert BookmarkStore(paths.bookmarks_path()).all() == []
    assert again.tree_model.index_of("1-05", COL["bookmark"]).data() != "★"


def test_star_button_and_tree_context_menu_toggle_bookmarks(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.detail.star_button, Qt.MouseButton.LeftButton)
    assert "1-02" in BookmarkStore(paths.bookmarks_path())

    menu = window.case_context_menu(window.tree_model.index_of("1-11"))
    assert menu is not None
    assert next(a.text() for a in menu.actions()) == "ブックマークに追加"
    menu.actions()[0].trigger()
    assert [b.case_id for b in BookmarkStore(paths.bookmarks_path()).all()] == ["1-02", "1-11"]
    assert window.detail.case_id == "1-02"  # toggling from the menu does not change the case shown


def test_bookmarks_view_lists_in_order_added_and_opens_with_enter(qtbot: QtBot, window: MainWindow) -> None:
    for case_id in ("2-01", "1-04"):
        window.show_case(case_id)
        window.toggle_bookmark()
    window.bookmarks.set_note("2-01", "窓口の参考に\n二行目")
    view = window.bookmarks_view
    assert view.case_ids() == ["2-01", "1-04"]
    assert view.row_text(0, 5) == "窓口の参考に"  # the note column shows the first line
    assert "二行目" not in view.row_text(0, 5)

    window.left_tabs.setCurrentIndex(1)
    view.table.setFocus()
    view.table.setCurrentIndex(view.proxy.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert window.detail.case_id == "2-01"


def test_alt_left_and_alt_right_walk_the_history(qtbot: QtBot, window: MainWindow) -> None:
    for case_id in ("1-04", "1-11"):
        window.tree.setCurrentIndex(window.tree_model.index_of(case_id))
    assert window.detail.case_id == "1-11"
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.detail.case_id == "1-04"
    window.detail.browser("overview").setFocus()  # works from the text too
    qtbot.keyClick(window.detail.browser("overview"), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.detail.case_id == "1-02"
    assert not window.back_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.detail.case_id == "1-04"
    assert window.tree.currentIndex() == window.tree_model.index_of("1-04")


def test_settings_restore_window_splitter_case_search_and_filters(qtbot: QtBot,
                                                                  make_window: WindowFactory) -> None:
    window = make_window()
    window.resize(760, 585)  # inside the offscreen screen (800×600): restoreGeometry clamps to it
    window.splitter.setSizes([330, 430])
    sizes = window.splitter.sizes()
    window.search_panel.band_actions["30万人以上"].trigger()
    window.search_panel.field.setText("神戸")
    window.search_panel.flush()
    window.show_case("1-11")
    window.close()

    again = make_window()
    assert (again.size().width(), again.size().height()) == (760, 585)
    assert again.splitter.sizes() == sizes
    assert again.search_panel.field.text() == "神戸"
    assert again.search_panel.filters().bands == frozenset({"30万人以上"})
    assert again.tree_model.case_ids() == ["1-11"]
    assert again.detail.case_id == "1-11"


def test_failed_bookmark_write_is_reported_and_the_app_keeps_running(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text))

    def fail(_case_id: str) -> bool:
        raise StorageError("bookmarks.json に書き込めませんでした。")

    monkeypatch.setattr(window.bookmarks.store, "toggle", fail)
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert warnings == ["bookmarks.json に書き込めませんでした。"]
    assert "書き込めませんでした" in window.statusBar().currentMessage()
    assert not window.detail.star_button.isChecked()
    assert window.tree_model.index_of("1-02", COL["bookmark"]).data() != "★"
    # Still usable.
    window.show_case("1-04")
    assert window.detail.case_id == "1-04"


def test_ctrl_p_previews_the_current_case_with_its_note(qtbot: QtBot, window: MainWindow,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from gui import print_dialogs as printing

    calls: list[tuple[list[str], dict[str, str]]] = []
    monkeypatch.setattr(printing, "preview",
                        lambda _parent, cases, notes: calls.append(([c.id for c in cases], notes)))
    window.toggle_bookmark()
    window.bookmarks.set_note("1-02", "共同調達の参考")
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert calls == [(["1-02"], {"1-02": "共同調達の参考"})]


def test_quit_saves_the_pending_note(qtbot: QtBot, window: MainWindow) -> None:
    window.toggle_bookmark()
    window.detail.note_edit.setFocus()
    type_text(window.detail.note_edit, "閉じる直前のメモ")
    window.quit_action.trigger()
    QApplication.processEvents()
    assert BookmarkStore(paths.bookmarks_path()).get("1-02").note == "閉じる直前のメモ"  # type: ignore[union-attr]


def test_backspace_in_the_search_field_edits_the_text_not_the_history(qtbot: QtBot, window: MainWindow) -> None:
    window.show_case("1-04")
    window.search_panel.field.setFocus()
    qtbot.keyClicks(window.search_panel.field, "DX")
    qtbot.keyClick(window.search_panel.field, Qt.Key.Key_Backspace)
    assert window.search_panel.field.text() == "D"
    assert window.detail.case_id == "1-04"


def test_a_damaged_bookmark_file_is_reported_at_start(qtbot: QtBot, make_window: WindowFactory,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    paths.bookmarks_path().parent.mkdir(parents=True, exist_ok=True)
    paths.bookmarks_path().write_text("{ this is not json", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: shown.append(text))
    window = make_window()
    window.report_startup_problems()
    assert len(shown) == 1 and "bookmarks.json" in shown[0]
    assert window.statusBar().currentMessage() == shown[0]
    # The app works on: bookmarking still saves.
    window.toggle_bookmark()
    assert "1-02" in BookmarkStore(paths.bookmarks_path())


def test_read_only_bookmarks_are_announced_and_cannot_be_toggled(qtbot: QtBot, make_window: WindowFactory,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(BookmarkStore, "__init__", _read_only_init(BookmarkStore.__init__))
    window = make_window()
    window.report_startup_problems(dialogs=False)
    assert not window.bookmark_action.isEnabled()
    assert not window.detail.star_button.isEnabled()
    assert "読み取り専用" in window._read_only_label.text()


def _read_only_init(init: Callable[..., None]) -> Callable[..., None]:
    def wrapped(self: BookmarkStore, *args: object, **kwargs: object) -> None:
        init(self, *args, **kwargs)
        self.read_only = True  # as when the user data folder is not writable

    return wrapped


def test_an_empty_library_opens_with_a_placeholder(qtbot: QtBot, tmp_path: Path, settings_path: Path) -> None:
    empty = write_library(tmp_path / "empty.json", [])
    window = MainWindow(empty, BookmarkStore(paths.bookmarks_path()),
                        QSettings(str(settings_path), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    assert _count(window) == "0件中 0件"
    assert window.detail.case is None
    window.toggle_bookmark()  # nothing to bookmark: nothing happens
    window.select_first_match()
    assert BookmarkStore(paths.bookmarks_path()).all() == []


def test_a_keystroke_parses_the_query_once_for_the_tree_and_the_detail(qtbot: QtBot, window: MainWindow,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from model.search import Query

    parsed: list[str] = []
    real = Query.parse.__func__  # type: ignore[attr-defined]
    monkeypatch.setattr(Query, "parse", classmethod(lambda cls, text: (parsed.append(text), real(cls, text))[1]))
    window.show_case("1-04")
    _search(qtbot, window, "協議会", "5件中 2件")
    assert parsed == ["協議会"]
    # the detail pane counts and highlights with it, once the tree has been painted
    qtbot.waitUntil(lambda: window.detail.tabs.tabText(1) == "効果 (1)")
