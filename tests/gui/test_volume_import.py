"""Importing a volume from the window: the tree shows it, bad files are one-line errors and change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from gui.main_window import MainWindow
from model import paths
from model.bookmarks import BookmarkStore
from model.library import Library

UNSEEN = paths.PROJECT_ROOT / "tests" / "data" / "vol2-sample.txt"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    library = Library.open(user=tmp_path / "library.json")
    window = MainWindow(library, BookmarkStore(paths.bookmarks_path()),
                        QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text, *a: shown.append(("info", text)))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a: shown.append(("warning", text)))
    return shown


def _top_labels(window: MainWindow) -> list[str]:
    model = window.tree_model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_importing_a_volume_from_the_file_menu_adds_its_category(window: MainWindow, dialogs: list,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    assert window.import_volumes_action in window.menuBar().actions()[0].menu().actions()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(UNSEEN)], ""))
    window.import_volumes_action.trigger()
    assert dialogs and dialogs[0][0] == "info" and "vol2-sample.txt" in dialogs[0][1]
    labels = _top_labels(window)
    assert len(labels) == 2 and labels[1].startswith("2. ")
    combo = window.search_panel.prefecture_combo
    assert {combo.itemData(i) for i in range(1, combo.count())} >= {"北海道", "東京都", "山口県"}


def test_a_bad_file_is_a_one_line_error_and_changes_nothing(window: MainWindow, dialogs: list, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "memo.txt"
    bad.write_text("会議メモ\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(UNSEEN), str(bad)], ""))
    window.import_volumes_action.trigger()
    assert dialogs == [("warning", dialogs[0][1])] and "memo.txt" in dialogs[0][1] and "\n" not in dialogs[0][1]
    assert len(_top_labels(window)) == 1
    assert not (tmp_path / "library.json").exists()
