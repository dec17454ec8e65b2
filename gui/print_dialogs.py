"""The print, print-preview and save-as-PDF dialogs over `printing` (QtPrintSupport and QtWidgets live here).

Imported when the user first prints (main_window imports it inside the print actions), so print support stays off
the start-up path.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from gui import file_dialogs
from gui.plain import plain
from model.case import Case
from printing.job import A4_LAYOUT, PrintError, SummaryPrintJob
from printing.pdf import write_file, write_pdf
from printing.text_layer import fix_text_layer


def _new_printer(job: SummaryPrintJob) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(A4_LAYOUT)
    printer.setDocName(job.title)
    printer.setCreator(QCoreApplication.translate("App", "DX事例ブラウザ"))
    return printer


def make_preview_dialog(parent: QWidget | None, cases: list[Case], notes: dict[str, str]) -> QPrintPreviewDialog:
    """The print preview dialog for `cases`, not yet shown (preview() runs it; tests inspect it)."""
    job = SummaryPrintJob(cases, notes)
    printer = _new_printer(job)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "印刷プレビュー"))
    # Tall enough to show a whole A4 page, but never taller than the screen (a 768-pixel laptop).
    screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
    if screen is not None:
        available = screen.availableGeometry()
        dialog.resize(min(900, int(available.width() * 0.9)), min(1000, int(available.height() * 0.9)))
    # The dialog may repaint many times (zoom, page setup); the job caches its layout per page size.
    dialog.paintRequested.connect(job.render)
    dialog._dx_job = job  # type: ignore[attr-defined]  # keep the job alive as long as the dialog
    dialog._dx_printer = printer  # type: ignore[attr-defined]
    return dialog


def preview(parent: QWidget | None, cases: list[Case], notes: dict[str, str]) -> None:
    """Show the print preview of `cases` (modal); printing from it uses the same rendering."""
    dialog = make_preview_dialog(parent, cases, notes)
    dialog.exec()
    dialog.deleteLater()


def print_dialog(parent: QWidget | None, cases: list[Case], notes: dict[str, str]) -> bool:
    """Ask for a printer and print `cases`; returns whether anything was printed."""
    job = SummaryPrintJob(cases, notes)
    printer = _new_printer(job)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "印刷"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        job.render(printer)
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
            # "Print to file": the same text-layer fix as "PDFに出力".
            out = Path(printer.outputFileName())
            write_file(out, fix_text_layer(out.read_bytes()))
    except (PrintError, OSError) as err:
        QMessageBox.warning(parent, QCoreApplication.translate("Printing", "印刷"), plain(str(err)))
        return False
    return True


def default_pdf_name(cases: Sequence[Case], today: date | None = None) -> str:
    """A file name a user would recognise later: the case for one, the date for a bulk print."""
    if len(cases) == 1:
        name = f"{cases[0].id}_{cases[0].organization}.pdf"
    else:
        name = QCoreApplication.translate("Printing", "事例集_{count}件_{date}.pdf").format(count=len(cases),
                                                        date=(today or date.today()).strftime("%Y%m%d"))
    return "".join("_" if ch in '\\/:*?"<>|' else ch for ch in name)


def save_pdf(parent: QWidget | None, cases: list[Case], notes: dict[str, str]) -> Path | None:
    """Ask where to save, then write the PDF; returns the file written, or None when cancelled or failed."""
    out = file_dialogs.save_file(parent, file_dialogs.PDF, QCoreApplication.translate("Printing", "PDFに出力"),
                                 default_pdf_name(cases),
                                 QCoreApplication.translate("Printing", "PDF ファイル (*.pdf)"), ".pdf")
    if out is None:
        return None
    try:
        write_pdf(cases, notes, out)
    except PrintError as err:
        QMessageBox.warning(parent, QCoreApplication.translate("Printing", "PDFに出力"), plain(str(err)))
        return None
    return out
