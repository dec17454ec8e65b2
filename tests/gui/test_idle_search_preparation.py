"""After the first paint the window prepares search in idle time: the search text (stored next to the library for
the next session) and then the bigram index; typing finds the same cases before, during and after."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from gui.main_window import MainWindow
from model import paths, search_store
from model.bookmarks import BookmarkStore
from model.library import Library
from tests.gui.library_fixtures import type_text
from tests.libraries import varied_cases, write_library


def _window(qtbot: QtBot, library: Library, settings: Path) -> MainWindow:
    window = MainWindow(library, BookmarkStore(paths.bookmarks_path()),
                        QSettings(str(settings), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    return window


def test_idle_time_builds_and_stores_the_search_text_then_the_index(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "library.json"
    library = write_library(path, varied_cases(200, seed=4))
    expected = [c.id for c in library.cases() if "研修" in library.search_text(c.id)]
    library = Library.open_db(path)  # a fresh one: nothing prepared yet
    window = _window(qtbot, library, tmp_path / "first.ini")
    qtbot.waitUntil(lambda: library.prepare_index(0), timeout=20_000)  # done by the window's idle timer alone
    assert search_store.store_path(path).exists()
    type_text(window.search_panel.field, "研修")
    window.search_panel.flush()
    assert window.tree_model.case_count() == len(expected) > 0
    window.close()

    later = Library.open_db(path)  # the next session reads the stored text: no case document for it
    window = _window(qtbot, later, tmp_path / "later.ini")  # no query restored
    qtbot.waitUntil(lambda: later.prepare_index(0), timeout=20_000)
    assert sum(source.pending for source in later._sources) >= len(later) - 1  # at most the case shown was read
    type_text(window.search_panel.field, "研修")
    window.search_panel.flush()
    assert window.tree_model.case_count() == len(expected)
