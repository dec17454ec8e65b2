"""The print preview, the print dialog and "PDFに出力" as the main window calls them.

The platform's modal dialogs (file chooser, printer chooser) are replaced by what the user would answer in them;
everything after that (printer set-up, rendering, the file) is real.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from gui import print_dialogs as printing
from tests.factories import make_bare_case, make_case


def test_preview_shows_the_summary_pages_on_a4(qtbot: QtBot) -> None:
    dialog = printing.make_preview_dialog(None, [make_case()], {"1-04": "メモ"})
    qtbot.addWidget(dialog)
    dialog.show()
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    qtbot.waitUntil(lambda: preview.pageCount() >= 1)
    assert preview.pageCount() <= 2
    printer: QPrinter = dialog.printer()
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Portrait


def test_preview_of_a_bulk_print_has_a_contents_page(qtbot: QtBot) -> None:
    dialog = printing.make_preview_dialog(None, [make_bare_case(), make_bare_case(id="1-12", title="二件目")], {})
    qtbot.addWidget(dialog)
    dialog.show()
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() == 3)  # contents + one page per bare case


def test_print_dialog_prints_to_the_chosen_printer(qtbot: QtBot, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "printed.pdf"

    def choose_print_to_file(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", choose_print_to_file)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert printing.print_dialog(parent, [make_case(organization="兵庫県神戸市")], {}) is True
    reader = PdfReader(out)
    assert 1 <= len(reader.pages) <= 2
    text = "".join(page.extract_text() for page in reader.pages)
    assert "68,515千円" in text
    assert "兵庫県神戸市" in text and "人口" in text  # the text layer is fixed here too (not ⼾, ⼈⼝)


def test_cancelled_print_dialog_prints_nothing(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    rendered: list[object] = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected.value)
    monkeypatch.setattr(printing.SummaryPrintJob, "render", lambda job, device: rendered.append(device) or 0)
    assert printing.print_dialog(None, [make_case()], {}) is False
    assert rendered == []


def test_save_pdf_writes_where_the_user_chose_and_adds_the_extension(qtbot: QtBot, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def answer(parent: QWidget | None, caption: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(tmp_path / "課長説明用"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    written = printing.save_pdf(None, [make_case(), make_bare_case()], {})
    assert written == tmp_path / "課長説明用.pdf"
    assert len(PdfReader(written).pages) == 3  # contents, the full case, the bare case
    assert asked and asked[0].endswith(".pdf")


def test_save_pdf_cancelled_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    assert printing.save_pdf(None, [make_case()], {}) is None


def test_save_pdf_failure_is_reported_to_the_user(qtbot: QtBot, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    warnings: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(blocker / "out.pdf"), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: warnings.append(text))
    assert printing.save_pdf(None, [make_case()], {}) is None
    assert len(warnings) == 1 and str(blocker / "out.pdf") in warnings[0]


def test_default_pdf_name() -> None:
    assert printing.default_pdf_name([make_case()]) == "1-04_福島県.pdf"
    assert printing.default_pdf_name([make_case(organization="a/b:c")]) == "1-04_a_b_c.pdf"
    bulk = printing.default_pdf_name([make_case(), replace(make_bare_case())], date(2026, 11, 28))
    assert bulk == "事例集_2件_20261128.pdf"
