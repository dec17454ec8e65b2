"""Importing a volume from the window: the tree shows it, bad files are one-line errors and change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
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


def _wait(qtbot: QtBot, window: MainWindow) -> str:
    """Wait for the background import started by the action; its outcome."""
    run = window.volumes.run
    assert run is not None
    qtbot.waitUntil(lambda: run.outcome is not None, timeout=30_000)
    assert run.outcome is not None
    return run.outcome


def _top_labels(window: MainWindow) -> list[str]:
    model = window.tree_model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_importing_a_volume_from_the_file_menu_adds_its_category(qtbot: QtBot, window: MainWindow, dialogs: list,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    assert window.import_volumes_action in window.menuBar().actions()[0].menu().actions()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(UNSEEN)], ""))
    window.import_volumes_action.trigger()
    assert not window.import_volumes_action.isEnabled()  # one import at a time (pypdfium2 is not thread-safe)
    assert _wait(qtbot, window) == "finished" and window.import_volumes_action.isEnabled()
    summary = window.volumes.run.summary if window.volumes.run else None
    assert summary is not None and "vol2-sample.txt" in summary.text() and dialogs == []
    labels = _top_labels(window)
    assert len(labels) == 2 and labels[1].startswith("2. ")
    assert set(window.search_panel.prefecture_button.values()) >= {"北海道", "東京都", "山口県"}


def test_a_bad_file_is_a_one_line_error_and_changes_nothing(qtbot: QtBot, window: MainWindow, dialogs: list,
                                                             tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "memo.txt"
    bad.write_text("会議メモ\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(UNSEEN), str(bad)], ""))
    window.import_volumes_action.trigger()
    assert _wait(qtbot, window) == "failed"
    assert dialogs == [("warning", dialogs[0][1])] and "memo.txt" in dialogs[0][1] and "\n" not in dialogs[0][1]
    assert len(_top_labels(window)) == 1
    assert not (tmp_path / "library.json").exists()


def test_a_storage_failure_on_the_second_volume_changes_nothing(qtbot: QtBot, window: MainWindow, dialogs: list,
                                                              tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from model import library as library_module
    from model.storage import StorageError

    user = tmp_path / "library.json"
    window.library.import_cases(window.library.cases()[:1])  # a user file to compare byte for byte
    window.library_model.changed.emit()
    before_file, before_tree = user.read_bytes(), window.tree_model.case_ids()
    second = tmp_path / "second.txt"
    second.write_bytes(UNSEEN.read_bytes())
    real_merge, calls = library_module.merge_volume, []

    def fail_on_second(existing: list, volume: list) -> list:
        calls.append(1)
        if len(calls) == 2:
            raise StorageError("library.json に書き込めませんでした（ディスクがいっぱいです）")
        return real_merge(existing, volume)

    monkeypatch.setattr(library_module, "merge_volume", fail_on_second)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(UNSEEN), str(second)], ""))
    window.import_volumes_action.trigger()
    assert _wait(qtbot, window) == "failed"
    assert dialogs == [("warning", "library.json に書き込めませんでした（ディスクがいっぱいです）")]
    assert user.read_bytes() == before_file
    assert window.tree_model.case_ids() == before_tree and window.library.get("2-01") is None
    assert "北海道" not in window.search_panel.prefecture_button.values()


def test_a_volume_another_process_imported_shows_when_the_window_is_activated(qtbot: QtBot, window: MainWindow,
                                                                            tmp_path: Path) -> None:
    with qtbot.waitActive(window):
        window.activateWindow()
    other = Library.open(user=tmp_path / "library.json")  # the CLI, say
    other.import_files([UNSEEN])
    assert len(_top_labels(window)) == 1  # nothing happens behind the user's back
    QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))  # the user comes back to the window
    labels = _top_labels(window)
    assert len(labels) == 2 and labels[1].startswith("2. ")
    assert "北海道" in window.search_panel.prefecture_button.values()


def test_a_new_edition_from_the_window_reports_each_case_and_the_notes_follow(
        qtbot: QtBot, tmp_path: Path, dialogs: list, monkeypatch: pytest.MonkeyPatch) -> None:
    from model.importer import read_text
    from tests.model.test_editions import NEW_ORG, SEED, next_edition

    store = BookmarkStore(paths.bookmarks_path())
    store.add("1-05", "舟形町のメモ")
    store.add("1-09", "酒田市のメモ")
    library = Library.open(user=tmp_path / "library.json")
    window = MainWindow(library, store, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    edition = tmp_path / "vol1-5.0.txt"
    edition.write_text(next_edition(read_text(SEED)), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(edition)], ""))
    window.import_volumes_action.trigger()
    assert _wait(qtbot, window) == "finished"
    summary = window.volumes.run.summary if window.volumes.run else None
    assert summary is not None
    assert f"新規 1-05 {NEW_ORG}" in summary.detailedText() and "掲載終了 1-09 山形県酒田市" in summary.detailedText()
    assert f"新規 1-05 {NEW_ORG}" in summary.text()
    notes = {library.get(bm.case_id).organization: bm.note for bm in window.bookmarks.all()}  # type: ignore[union-attr]
    assert notes == {"山形県舟形町": "舟形町のメモ", "山形県酒田市": "酒田市のメモ"}
    status = window.volumes.status_label
    assert status.isVisibleTo(window) and "取り込んだ版を使用中" in status.text()
    assert window.tree_model.case_ids()[:6][-1] == "1-06"

    # 取り込んだ事例集を削除… asks first, then brings the shipped cases back
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert window.volumes.remove(1)
    assert not window.volumes.status_label.isVisibleTo(window)
    assert {library.get(bm.case_id).organization for bm in window.bookmarks.all()} == {  # type: ignore[union-attr]
        "山形県舟形町", "山形県酒田市"}


def test_cancel_in_the_progress_window_writes_nothing(qtbot: QtBot, window: MainWindow, dialogs: list,
                                                      tmp_path: Path) -> None:
    second = tmp_path / "second.txt"
    second.write_bytes(UNSEEN.read_bytes())
    run = window.volumes.import_files([UNSEEN, second])
    assert run is not None
    run.progress.cancel_button.click()  # キャンセル at once: the work stops at its next check
    assert _wait(qtbot, window) == "cancelled"
    assert not (tmp_path / "library.json").exists() and len(_top_labels(window)) == 1
    assert window.import_volumes_action.isEnabled() and dialogs == []


def test_the_case_header_names_the_edition_it_comes_from(window: MainWindow) -> None:
    window.show_case("1-05")
    assert "体制整備（第4.0版）" in window.detail.meta_label.text()
