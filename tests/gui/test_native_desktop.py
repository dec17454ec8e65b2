"""Behaving like a desktop app: the window fits its screen, dialogs start where the user was, keys for the tabs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from gui import file_dialogs
from gui.about import AboutDialog, app_version, editions
from gui.main_window import MainWindow
from gui.window_geometry import clamp_geometry, initial_geometry
from model import paths
from model.bookmarks import BookmarkStore
from tests.factories import make_case
from tests.gui.library_fixtures import sample_cases, write_library

SCREEN_100 = QRect(0, 0, 1024, 700)  # a 1024×700 screen at 100 %
SCREEN_200 = QRect(0, 0, 800, 470)  # 1600×1000 at 200 %, less a panel: what Qt reports in logical pixels


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    library = write_library(tmp_path / "library.json", sample_cases())
    window = MainWindow(library, BookmarkStore(paths.bookmarks_path()),
                        QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


@pytest.mark.parametrize("screen", [SCREEN_100, SCREEN_200, QRect(1920, 0, 2560, 1400)])
def test_the_first_window_fits_the_screen_it_opens_on(screen: QRect) -> None:
    frame = initial_geometry(screen)
    assert screen.contains(frame)
    assert frame.width() <= 1200 and frame.height() <= 800
    assert frame.center() == screen.center() or abs(frame.center().x() - screen.center().x()) <= 1


def test_a_restored_window_from_a_larger_screen_is_shrunk_onto_this_one() -> None:
    restored = QRect(100, 80, 2400, 1600)  # saved at 100 % on a big monitor
    assert clamp_geometry(restored, [SCREEN_200]) == QRect(0, 0, 800, 470)


def test_a_window_restored_on_a_monitor_that_went_away_comes_back_to_the_primary() -> None:
    restored = QRect(3000, 200, 900, 600)  # the second monitor is unplugged
    placed = clamp_geometry(restored, [SCREEN_100])
    assert SCREEN_100.contains(placed) and placed.size() == QSize(900, 600)


def test_a_window_half_off_the_screen_is_moved_back_whole() -> None:
    placed = clamp_geometry(QRect(700, 400, 600, 500), [SCREEN_100])
    assert SCREEN_100.contains(placed) and placed.size() == QSize(600, 500)


def test_the_window_can_shrink_to_fit_1024x700_and_a_200_percent_1600x1000_screen(window: MainWindow) -> None:
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 640
    assert hint.width() <= 800 and hint.height() <= 470  # at 200 % every logical pixel is two


def test_the_tabs_stay_put_whatever_the_title_and_points(window: MainWindow) -> None:
    detail = window.detail
    window.show_case("1-04")
    top = detail.tabs.mapTo(window, detail.tabs.rect().topLeft()).y()
    long_case = make_case(id="9-99", title="とても長い題名" * 30, points=["長いPoint" * 40, "二つ目" * 40])
    detail.set_case(long_case)
    window.layout().activate()
    assert detail.tabs.mapTo(window, detail.tabs.rect().topLeft()).y() == top


def test_ctrl_1_to_5_go_to_the_detail_tabs_and_are_in_the_view_menu(window: MainWindow, qtbot: QtBot) -> None:
    window.show_case("1-04")
    menu_texts = {a.text(): a.shortcut().toString() for m in window.menuBar().actions() if m.menu()
                  for a in m.menu().actions()}
    for number in (5, 3, 1):
        qtbot.keyClick(window, str(number), modifier=Qt.KeyboardModifier.ControlModifier)
        assert window.detail.tabs.currentIndex() == number - 1
    for i, action in enumerate(window.detail.tab_actions):
        assert menu_texts[action.text()] == f"Ctrl+{i + 1}"


def test_every_menu_action_has_a_shortcut_and_shortcuts_are_unique(window: MainWindow) -> None:
    seen: dict[str, str] = {}
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        assert menu is not None
        for action in menu.actions():
            if action.isSeparator():
                continue
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
            assert keys, f"{action.text()} has no shortcut"
            assert keys not in seen, f"{keys}: {seen.get(keys)} and {action.text()}"
            seen[keys] = action.text()


def test_a_save_dialog_starts_in_the_last_folder_used_for_its_kind(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    asked: list[str] = []
    shared = tmp_path / "共有"
    shared.mkdir()

    def answer(parent: QWidget | None, caption: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(shared / "報告"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    first = file_dialogs.save_file(None, file_dialogs.EXPORT, "書き出し", "一覧.xlsx", "Excel (*.xlsx)", ".xlsx")
    assert first == shared / "報告.xlsx"  # the suffix of the type offered
    assert Path(asked[0]) == Path.home() / "一覧.xlsx"  # never the app's own folder
    file_dialogs.save_file(None, file_dialogs.EXPORT, "書き出し", "二回目.xlsx", "Excel (*.xlsx)", ".xlsx")
    assert Path(asked[1]) == shared / "二回目.xlsx"
    # Another kind keeps its own folder; a folder that went away falls back to home.
    assert file_dialogs.start_folder(file_dialogs.PDF) == Path.home()
    shared.rmdir()
    assert file_dialogs.start_folder(file_dialogs.EXPORT) == Path.home()


def test_an_open_dialog_remembers_its_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    picked = tmp_path / "届いた" / "list.json"
    picked.parent.mkdir()
    starts: list[str] = []

    def answer(parent: QWidget | None, caption: str, folder: str, filters: str) -> tuple[str, str]:
        starts.append(folder)
        return str(picked), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer)
    assert file_dialogs.open_file(None, file_dialogs.BOOKMARKS, "読み込む", "(*.json)") == picked
    file_dialogs.open_file(None, file_dialogs.BOOKMARKS, "読み込む", "(*.json)")
    assert [Path(s) for s in starts] == [Path.home(), picked.parent]


def test_about_shows_version_source_editions_and_licences(qtbot: QtBot) -> None:
    cases = [make_case(), make_case(id="1-05", number=5)]
    dialog = AboutDialog(cases)
    qtbot.addWidget(dialog)
    text = dialog.summary.toPlainText()
    assert app_version() != "?" and app_version() in text
    assert "総務省「自治体DX推進参考事例集」" in text
    assert "収録事例: 2件" in text
    assert editions(cases) == ["体制整備: 2 — vol1-taisei-seibi.txt"]
    licences = [dialog.tabs.widget(i).toPlainText() for i in (1, 2)]  # type: ignore[attr-defined]  # QPlainTextEdit
    assert "IPA" in licences[0] and "municipalities.csv" in licences[1]
    assert "README" in dialog.summary.toHtml()


def test_bulk_print_opens_the_preview(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from gui import print_dialogs

    shown: list[int] = []
    monkeypatch.setattr(print_dialogs, "preview", lambda parent, cases, notes: shown.append(len(cases)))
    monkeypatch.setattr(print_dialogs, "print_dialog", lambda *a: pytest.fail("straight to the printer"))
    for case_id in ("1-04", "2-01"):
        window.show_case(case_id)
        window.toggle_bookmark()
    window.print_bookmarks_action.trigger()
    assert shown == [2]


def test_qt_file_dialog_labels_read_japanese(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QApplication, QLabel

    from gui.app import install_translators

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translators(app, "ja")
    dialog = QFileDialog(None, "PDFに出力", str(Path.home()), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"場所(&L):", "ファイルの種類(&T):"} <= labels
    assert not any("Look in" in text or "Files of" in text for text in labels)
    # The gap translator answers only its own strings: the app's and Qt's other texts stay as they were.
    assert QApplication.translate("AboutDialog", "概要") == "概要"
    assert QApplication.translate("QPlatformTheme", "Cancel") == "キャンセル"


def _unnamed_controls(root: QWidget) -> list[str]:
    """Focusable controls a screen reader could not name: no accessible name, no text, no label buddy."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QMenuBar, QScrollBar, QTabBar

    buddies = {label.buddy() for label in root.findChildren(QLabel) if label.buddy() is not None}
    missing = []
    for widget in root.findChildren(QWidget):
        if (widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisible()
                or widget.objectName().startswith("qt_")  # Qt's own parts (a date edit's line edit)
                or isinstance(widget, (QScrollBar, QMenuBar, QTabBar))):
            continue
        name = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")
        if not name and widget not in buddies:
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parent()).__name__}")
    return missing


def test_every_control_of_the_window_and_the_about_box_has_a_name(window: MainWindow, qtbot: QtBot) -> None:
    window.show_case("1-04")
    window.toggle_bookmark()  # the bookmark's fields show: status, collections, contact log
    for tab in range(window.left_tabs.count()):
        window.left_tabs.setCurrentIndex(tab)
        assert _unnamed_controls(window) == []
    about = AboutDialog([make_case()], window)
    qtbot.addWidget(about)
    about.show()
    for tab in range(about.tabs.count()):
        about.tabs.setCurrentIndex(tab)
        assert _unnamed_controls(about) == []


def test_secondary_windows_open_within_the_screen(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    # The comparison and the meeting pack take their preferred size only where it fits: on an 800×500 (logical)
    # screen, a 1600×1000 one at 200 %, the 1100×720 comparison would hang off it.
    from PySide6.QtGui import QScreen

    from gui.compare_view import CompareView
    from gui.meeting_pack import MeetingPackDialog
    from model.export.table import UserData

    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(0, 0, 800, 500))
    cases = sample_cases()
    for widget in (CompareView(cases[:3], UserData()), MeetingPackDialog(cases[:3], None)):
        qtbot.addWidget(widget)
        assert widget.width() <= 800 * 0.9 and widget.height() <= 500 * 0.9, type(widget).__name__
