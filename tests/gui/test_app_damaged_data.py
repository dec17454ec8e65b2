"""Starting the window with damaged files: one line in the error dialog, or the repair shown."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from gui.app import run_gui
from model import i18n, paths


@pytest.fixture
def restore_translators(qapp: QApplication) -> Iterator[None]:
    yield
    for translator in getattr(qapp, "_dx_translators", []):
        qapp.removeTranslator(translator)
    i18n.set_translator(None)


def _capture_critical(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text, *a: shown.append(text))
    return shown


@pytest.mark.parametrize("content", [b'{"cases": {"1": {"id": ', b'{"cases": {"1": {"id": "x"}}}'])
def test_a_damaged_shipped_file_is_a_one_line_dialog_saying_to_reinstall(
        qapp: QApplication, restore_translators: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        content: bytes) -> None:
    shipped = tmp_path / "data" / "cases.json"
    shipped.parent.mkdir()
    shipped.write_bytes(content)
    monkeypatch.setattr(paths, "SHIPPED_LIBRARY", shipped)
    shown = _capture_critical(monkeypatch)
    assert run_gui([], db=None, lang="ja", startup_report=False) == 1
    assert len(shown) == 1 and "\n" not in shown[0]
    assert "data/cases.json" in shown[0] and "入れ直してください" in shown[0]


def test_a_damaged_db_file_without_a_backup_is_a_one_line_dialog_and_left_alone(
        qapp: QApplication, restore_translators: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "mine.json"
    db.write_bytes(b'{"cases": {"1": {"title": "x"}}}')
    shown = _capture_critical(monkeypatch)
    assert run_gui([], db=db, lang="ja", startup_report=False) == 1
    assert len(shown) == 1 and "\n" not in shown[0] and "mine.json" in shown[0]
    assert db.read_bytes() == b'{"cases": {"1": {"title": "x"}}}'


def test_a_library_of_the_wrong_shape_is_restored_and_the_window_says_so(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QSettings

    from gui.main_window import MainWindow
    from model.bookmarks import BookmarkStore
    from model.case import Numbered
    from model.library import Library
    from tests.factories import make_case

    Library.open().import_cases([make_case(id="2-01", number=1, category=Numbered(2, "人材確保・育成"))])
    library_file = paths.user_library_path()
    library_file.write_text(library_file.read_text(encoding="utf-8").replace('"title"', '"titel"'), encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: shown.append(text))

    window = MainWindow(Library.open(), BookmarkStore(paths.bookmarks_path()),
                        QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.report_startup_problems()

    assert len(shown) == 1 and "library.json" in shown[0] and "バックアップから復元しました" in shown[0]
    assert window.statusBar().currentMessage() == shown[0]
    assert window.library.get("2-01") is not None
