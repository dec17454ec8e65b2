"""The 比較 window and the window's multi-select, compare and export commands, as a user drives them."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from gui.compare_view import CompareView
from gui.export_worker import start_export
from gui.main_window import MainWindow
from model.bookmarks import BookmarkStore
from model.export.compare import CompareError
from model.export.table import UserData
from tests.factories import make_bare_case, make_case
from tests.gui.library_fixtures import sample_cases, write_library
from tests.libraries import many_cases


def test_compare_view_shades_differences_and_reorders(qtbot: QtBot) -> None:
    view = CompareView([make_case(), make_bare_case(), make_case(id="1-77", title="別")],
                       UserData(notes={"1-04": "=メモ"}))
    qtbot.addWidget(view)
    table = view.table
    labels = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
    assert labels[0].startswith("≠ ") and "団体名" in labels[0]
    assert table.item(table.rowCount() - 1, 0).text() == "=メモ"  # plain text, shown as typed
    view.differences_only.setChecked(True)
    hidden = [r for r in range(table.rowCount()) if table.isRowHidden(r)]
    assert hidden and all(not labels[r].startswith("≠") for r in hidden)
    table.selectColumn(0)
    view.move_column(1)
    assert [c.id for c in view.cases] == ["1-11", "1-04", "1-77"]
    assert "1-04" in table.horizontalHeaderItem(1).text()
    table.selectColumn(2)
    view.remove_column()
    assert [c.id for c in view.cases] == ["1-11", "1-04"]
    table.selectColumn(0)
    assert not view.remove_button.isEnabled()  # two is the least to compare


def test_one_case_cannot_be_compared(qtbot: QtBot) -> None:
    with pytest.raises(CompareError):
        CompareView([make_case()], UserData())


def test_tree_multi_select_feeds_compare_and_export(qtbot: QtBot, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    library = write_library(tmp_path / "lib.json", sample_cases())
    window = MainWindow(library, BookmarkStore(tmp_path / "bm.json"),
                        QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    flags = QItemSelectionModel.SelectionFlag
    window.tree.selectionModel().clearSelection()
    for case_id in ("1-05", "1-04"):
        window.tree.selectionModel().select(window.tree_model.index_of(case_id), flags.Select)
    assert [c.id for c in window.exporting.selected_cases()] == ["1-05", "1-04"]
    assert window.compare_action.shortcut().toString() == "Ctrl+Shift+C"
    assert window.export_cases_action.shortcut().toString() == "Ctrl+E"
    window.exporting.compare_selected()
    views = window.findChildren(CompareView)
    assert len(views) == 1 and [c.id for c in views[0].cases] == ["1-05", "1-04"]
    out = tmp_path / "list.xlsx"
    with qtbot.waitSignal(start_export(window, "xlsx", window.exporting.listed_cases(), UserData(), out).finished,
                          timeout=30000) as done:
        pass
    assert done.args == [True]
    assert openpyxl.load_workbook(out).active.max_row == len(sample_cases()) + 1
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    with qtbot.waitSignal(start_export(window, "csv", [make_case()], UserData(), tmp_path / "none" / "x.csv").finished,
                          timeout=30000) as done:
        pass
    assert done.args == [False] and len(warned) == 1 and "\n" not in warned[0]


def test_a_cancelled_export_leaves_no_file(qtbot: QtBot, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    out = tmp_path / "big.xlsx"
    run = start_export(parent, "xlsx", many_cases(3000), UserData(), out)
    run.dialog.canceled.emit()  # what the Cancel button sends
    with qtbot.waitSignal(run.finished, timeout=60000) as done:
        pass
    assert done.args == [False]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == []


def test_double_click_opens_a_long_row(qtbot: QtBot) -> None:
    long = make_case(overview=[f"段落{i}" for i in range(6)])
    view = CompareView([long, make_bare_case()], UserData())
    qtbot.addWidget(view)
    row = next(r for r in range(view.table.rowCount()) if "事業の概要" in view.table.verticalHeaderItem(r).text())
    assert view.table.item(row, 0).text() == "段落0\n段落1\n段落2\n…"
    view.toggle_row(row)
    assert view.table.item(row, 0).text() == "\n".join(f"段落{i}" for i in range(6))
