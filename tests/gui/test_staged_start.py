"""Start-up in stages: the app's window (MainWindow(staged=True)) builds the bookmarks tab, the map and the 近い団体
tab right after its first paint. Before that every menu, shortcut and tab title is already there, a shortcut
pressed early still works, and afterwards the window is the one built at once."""

from __future__ import annotations

import inspect
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QTextBrowser, QToolBar, QWidget
from pytestqt.qtbot import QtBot

import gui.app  # noqa: F401  (installs the faster PySide import hook checked below)
from gui.bookmarks_view import BookmarksView
from gui.detail_tabs import STYLE_SHEET, tab_specs
from gui.main_window import MainWindow
from gui.rich_text import NO_HIGHLIGHT
from gui.similar_view import SimilarView
from model import paths
from model.bookmarks import BookmarkStore
from tests.gui.library_fixtures import sample_cases, write_library

Make = Callable[..., MainWindow]


@pytest.fixture
def make(qtbot: QtBot, tmp_path: Path) -> Make:
    library = write_library(tmp_path / "library.json", sample_cases())

    def make(*, staged: bool, name: str = "settings.ini") -> MainWindow:
        settings = QSettings(str(tmp_path / name), QSettings.Format.IniFormat)
        window = MainWindow(library, BookmarkStore(paths.bookmarks_path()), settings, staged=staged)
        qtbot.addWidget(window)
        return window

    return make


def _menus(window: MainWindow) -> list[tuple[str, list[tuple[str, str]]]]:
    portable = QKeySequence.SequenceFormat.PortableText
    return [(m.text(), [(a.text(), a.shortcut().toString(portable)) for a in m.menu().actions()])
            for m in window.menuBar().actions() if m.menu() is not None]


def _face(window: MainWindow) -> tuple[object, ...]:
    """What the user sees of the window's frame: menus with shortcuts, toolbar, the left tabs' titles."""
    toolbar = window.findChild(QToolBar, "mainToolBar")
    assert toolbar is not None
    return (_menus(window), [a.text() for a in toolbar.actions()],
            [window.left_tabs.tabText(i) for i in range(window.left_tabs.count())])


def _built(window: MainWindow) -> bool:
    return isinstance(window.left_tabs.widget(1), BookmarksView) and isinstance(window.left_tabs.widget(2),
                                                                              SimilarView)


def test_before_its_first_paint_the_window_has_every_menu_shortcut_and_tab(make: Make) -> None:
    staged, whole = make(staged=True), make(staged=False, name="other.ini")
    assert not _built(staged)  # the later parts really are later
    assert _face(staged) == _face(whole)
    assert any(keys == "Ctrl+Shift+J" for _, actions in _menus(staged) for _, keys in actions)  # the map


def test_after_the_first_paint_it_is_the_window_built_at_once(qtbot: QtBot, make: Make) -> None:
    staged, whole = make(staged=True), make(staged=False, name="other.ini")
    staged.show()
    qtbot.waitUntil(lambda: _built(staged))
    whole.show()
    qtbot.waitExposed(whole)
    assert _face(staged) == _face(whole)

    def widgets(w: MainWindow) -> Counter[tuple[str, str]]:
        """The named controls on screen (scroll bars and plain containers come and go with sizes)."""
        return Counter((type(c).__name__, c.accessibleName()) for c in w.findChildren(QWidget)
                       if c.isVisible() and c.accessibleName())

    assert widgets(whole)[("QLineEdit", "事例を検索")] == 1
    assert widgets(staged) == widgets(whole)
    for mine, theirs in ((staged.back_action, whole.back_action), (staged.forward_action, whole.forward_action)):
        image = mine.icon().pixmap(16).toImage()
        assert image == theirs.icon().pixmap(16).toImage()  # the style's arrows, not the blank stand-in
        assert any(image.pixelColor(x, y).alpha() for x in range(image.width()) for y in range(image.height()))
    assert staged.left_tabs.currentIndex() == 0 and staged.near.prompt is not None  # the first-launch prompt


def test_a_shortcut_pressed_before_the_rest_is_built_still_works(qtbot: QtBot, make: Make) -> None:
    window = make(staged=True)
    window.show()
    window.left_tabs.setCurrentIndex(1)  # ブックマーク, before its view exists
    window.near.map_action.trigger()  # Ctrl+Shift+J: the map
    qtbot.waitUntil(lambda: _built(window))
    assert window.near.dock.isVisible()
    assert sum(window.near.map.counts().values()) == len(sample_cases())
    assert window.left_tabs.currentWidget() is window.bookmarks_view


def test_pyside_import_hook_answers_as_its_own_function() -> None:
    feature = sys.modules["shibokensupport.feature"]
    hook = feature._mod_uses_pyside
    assert getattr(hook, "reads_bytes", False)
    root = str(paths.PROJECT_ROOT)
    ours = [m for m in list(sys.modules.values()) if str(getattr(m, "__file__", "")).startswith(root)]
    assert len(ours) > 50
    for module in [*ours, inspect, sys]:
        try:
            expected = "PySide6" in inspect.getsource(module)
        except (TypeError, OSError):
            expected = False
        assert hook(module) == expected, module.__name__


def test_the_detail_tabs_are_formatted_by_the_shared_style_sheet(qtbot: QtBot, make: Make) -> None:
    # The tabs carry the style sheet in their HTML (reaching QTextDocument costs start-up time): the formats must be
    # exactly those of the sheet set as the document's default, as it was.
    window = make(staged=False)
    window.detail.render_all()
    specs = {spec.key: spec for spec in tab_specs()}
    for key, browser in window.detail.browsers.items():
        case = window.detail.case
        assert case is not None
        reference = QTextBrowser()
        reference.setFont(browser.font())
        reference.document().setDefaultStyleSheet(STYLE_SHEET)
        reference.setHtml(specs[key].render(case, NO_HIGHLIGHT))
        assert browser.toHtml() == reference.toHtml(), key
