"""The bookmark list follows the library: a bookmarked case retitled by an import shows its new title."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from gui.bookmark_table_model import COL_CASE, COL_ORG
from gui.main_window import MainWindow
from model import paths
from model.bookmarks import BookmarkStore
from model.case import Numbered
from model.library import Library
from tests.factories import make_case


def test_an_import_in_another_process_retitles_the_bookmark_row(qtbot: QtBot, tmp_path: Path) -> None:
    user = tmp_path / "library.json"
    store = BookmarkStore(paths.bookmarks_path())
    store.add("1-05")
    window = MainWindow(Library.open(user=user), store,
                        QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    view = window.bookmarks_view
    assert view.row_text(0, COL_ORG) == "山形県舟形町"
    Library.open(user=user).import_cases([make_case(id="1-05", number=5, title="改訂版の事例名",
                                                    organization="山形県最上町", prefecture="山形県",
                                                    category=Numbered(1, "体制整備"))])  # another process
    assert window.library_model.reload_if_changed()
    assert "改訂版の事例名" in view.row_text(0, COL_CASE)
    assert view.row_text(0, COL_ORG) == "山形県最上町"
