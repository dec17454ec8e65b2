"""A collection as a scope in the window: exported, printed, compared and taken to a meeting pack from the collections
list, and the user's organization on the meeting pack's cover."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QPdfWriter
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QRadioButton
from pytestqt.qtbot import QtBot

from gui.compare_view import CompareView
from gui.export_actions import organization_name
from gui.export_dialog import ExportDialog
from gui.main_window import MainWindow
from gui.meeting_pack import MeetingPackDialog
from model.bookmarks import BookmarkStore
from printing.compare import write_job_pdf
from printing.parts import PartsJob
from printing.text_layer import fix_text_layer
from tests.gui.library_fixtures import sample_cases, write_library
from tests.pdf_pages import page_texts

NAME = "12月課長会議 & 予算"


def _window(qtbot: QtBot, tmp_path: Path, organization: dict[str, str] | None = None) -> MainWindow:
    library = write_library(tmp_path / "lib.json", sample_cases())
    store = BookmarkStore(tmp_path / "bm.json")
    store.add("1-11", note="=課長に説明")
    store.set_status("1-11", "contacted")
    store.add_log("1-11", "電話で総務課に照会、<資料>送付の約束", day="2026-11-02")
    store.add_to_collection(NAME, ["1-11", "1-05"])
    store.add("1-04")
    store.create_collection("空")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    for key, value in (organization or {}).items():
        settings.setValue(f"user/organization/{key}", value)
    window = MainWindow(library, store, settings)
    qtbot.addWidget(window)
    window.left_tabs.setCurrentWidget(window.bookmarks_view)
    window.bookmarks_view.collections.select("collection", NAME)
    return window


def test_export_offers_each_collection_and_writes_it(qtbot: QtBot, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    window = _window(qtbot, tmp_path)
    seen: list[list[str]] = []

    def accept(dialog: ExportDialog) -> int:
        radios = dialog.findChildren(QRadioButton)
        seen.append([r.text() for r in radios if r.isChecked()] + [r.text() for r in radios])
        return QDialog.DialogCode.Accepted

    out = tmp_path / "coll.xlsx"
    monkeypatch.setattr(ExportDialog, "exec", accept)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(out), ""))
    collections = window.bookmarks_view.collections
    assert collections.use_button.isEnabled()
    collections.use_menu.aboutToShow.emit()
    assert [a.text() for a in collections.use_menu.actions()] == [
        "印刷プレビュー…", "Excel・CSV・JSON に書き出す…", "比較…", "会議資料を作成…"]
    with qtbot.waitSignal(window.bookmarks_view.collections.actionRequested) as asked:
        collections.request("export")
    assert asked.args == ["export", NAME]
    checked, *radios = seen[0]
    assert checked == "コレクション: 12月課長会議 && 予算（2件）"  # chosen first; & is not a shortcut
    assert "コレクション: 空（0件）" in radios and radios[-1].startswith("ライブラリ全体")
    run = window.exporting.export(collection=NAME)
    assert run is not None
    with qtbot.waitSignal(run.finished, timeout=30000) as done:
        pass
    assert done.args == [True]
    sheet = openpyxl.load_workbook(out).active
    headers = [c.value for c in sheet[1]]
    assert [sheet.cell(r, 1).value for r in range(2, sheet.max_row + 1)] == ["1-11", "1-05"]
    assert sheet.cell(2, headers.index("メモ") + 1).value == "=課長に説明"


def test_collection_print_preview_and_compare(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = _window(qtbot, tmp_path)
    previews: list[QPrintPreviewDialog] = []
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda self: previews.append(self) or 0)
    window.bookmarks_view.collections.request("print")
    job = previews[0]._dx_job  # type: ignore[attr-defined]
    pdf = tmp_path / "coll.pdf"
    writer = QPdfWriter(str(pdf))
    job.render(writer)
    del writer
    pdf.write_bytes(fix_text_layer(pdf.read_bytes()))  # as printing.pdf.write_pdf does
    text = "".join(page_texts(pdf))
    assert "事例1-11" in text and "事例1-05" in text and "事例1-04" not in text and "=課長に説明" in text

    window.bookmarks_view.collections.request("compare")
    views = window.findChildren(CompareView)
    assert len(views) == 1 and [c.id for c in views[0].cases] == ["1-11", "1-05"]
    labels = [views[0].table.verticalHeaderItem(r).text() for r in range(views[0].table.rowCount())]
    assert any("連絡記録" in label for label in labels)

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: told.append(self.text()) or 0)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    window.bookmarks.remove_from_collection(NAME, ["1-05"])
    window.bookmarks_view.collections.select("collection", NAME)
    window.bookmarks_view.collections.request("compare")  # one case: nothing to put side by side
    window.bookmarks_view.collections.select("collection", "空")
    window.bookmarks_view.collections.request("print")
    assert len(told) == 2 and "2件以上" in told[0] and "「空」に事例がありません" in told[1]
    assert [[c.id for c in v.cases] for v in window.findChildren(CompareView)
            if v.isVisible()] == [["1-11", "1-05"]], told
    assert len(previews) == 1


def test_collection_meeting_pack_with_log_and_organization(qtbot: QtBot, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    window = _window(qtbot, tmp_path, {"code": "063631", "population": "5000", "band": ""})
    assert window.exporting.organization() == "山形県舟形町"
    dialogs: list[MeetingPackDialog] = []

    def accept(dialog: MeetingPackDialog) -> int:
        dialogs.append(dialog)
        dialog.include_log.setChecked(True)
        return QDialog.DialogCode.Accepted

    jobs: list[PartsJob] = []
    monkeypatch.setattr(MeetingPackDialog, "exec", accept)
    monkeypatch.setattr("gui.parts_preview.preview_job", lambda parent, job: jobs.append(job))
    window.bookmarks_view.collections.request("pack")
    assert dialogs[0].title_edit.text() == NAME and [c.id for c in dialogs[0].cases()] == ["1-11", "1-05"]
    assert dialogs[0].options().include_log and dialogs[0].options().organization == "山形県舟形町"
    pdf = tmp_path / "pack.pdf"
    write_job_pdf(jobs[0], pdf)
    texts = page_texts(pdf)
    assert "12月課長会議&予算" in texts[0] and "山形県舟形町" in texts[0]
    summaries = "".join(texts[1:])
    assert "状態：問い合わせ済" in summaries and "2026-11-02電話で総務課に照会、<資料>送付の約束" in summaries


def test_organization_absent_or_stale(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert organization_name(settings) is None
    settings.setValue("user/organization", {"code": "999999", "population": "100"})
    assert organization_name(settings) is None  # no longer in the official list: not printed
    settings.setValue("user/organization", {"code": "063631", "population": "5000"})
    assert organization_name(settings) == "山形県舟形町"
