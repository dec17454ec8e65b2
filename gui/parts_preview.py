"""The print preview of a multi-part job (the comparison, the meeting pack): QtPrintSupport over printing.parts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QMessageBox, QWidget

from gui.plain import plain
from printing.job import PrintError
from printing.parts import PartsJob


def make_preview(parent: QWidget | None, job: PartsJob) -> QPrintPreviewDialog:
    """The preview dialog for `job`, not yet shown; printing from it uses the same rendering."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(job.first_layout)
    printer.setDocName(job.title)
    printer.setCreator(QCoreApplication.translate("App", "DX事例ブラウザ"))
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "印刷プレビュー"))
    screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
    if screen is not None:
        available = screen.availableGeometry()
        dialog.resize(min(1100, int(available.width() * 0.9)), min(900, int(available.height() * 0.9)))

    def render(device: QPrinter) -> None:
        try:
            job.render(device)
        except PrintError as err:
            QMessageBox.warning(dialog, QCoreApplication.translate("Printing", "印刷"), plain(str(err)))

    dialog.paintRequested.connect(render)
    dialog._dx_job = job  # type: ignore[attr-defined]  # kept alive with the dialog
    dialog._dx_printer = printer  # type: ignore[attr-defined]
    return dialog


def preview_job(parent: QWidget | None, job: PartsJob) -> None:
    dialog = make_preview(parent, job)
    dialog.exec()
    dialog.deleteLater()
