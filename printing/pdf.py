"""Writing summaries to a PDF file: render, repair the text layer, replace the file atomically.

Needs a QGuiApplication only (no widgets, no print support): `main.py print` and the window's PDF actions both
call `write_pdf`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPdfWriter

from model.case import Case
from model.files import atomic_write_bytes
from printing.job import A4_LAYOUT, PrintError, SummaryPrintJob
from printing.text_layer import fix_text_layer


def write_pdf(cases: list[Case], notes: dict[str, str], out: Path, *, printed_on: date | None = None) -> int:
    """Write the summaries of `cases` to the PDF file `out` (fonts embedded); returns the number of pages.

    Needs a QGuiApplication. Raises PrintError with a one-line message when the file cannot be written; an
    existing file is replaced only once the whole PDF has been rendered.
    """
    job = SummaryPrintJob(cases, notes, printed_on=printed_on)
    payload, pages = pdf_bytes(job, A4_LAYOUT)
    write_file(out, payload)
    return pages


class PdfJob(Protocol):
    @property
    def title(self) -> str: ...

    def render(self, device: QPagedPaintDevice) -> int: ...


def pdf_bytes(job: PdfJob, layout: QPageLayout) -> tuple[bytes, int]:
    """`job` rendered into a PDF in memory (fonts embedded, text layer repaired) and its page count: every PDF the
    app writes is made here, then written atomically by its caller."""
    buffer = QBuffer()
    data = QByteArray()
    buffer.setBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(layout)
    writer.setResolution(600)
    writer.setTitle(job.title)
    writer.setCreator(QCoreApplication.translate("App", "DX事例ブラウザ"))
    pages = job.render(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return fix_text_layer(bytes(data.data())), pages


def write_file(out: Path, payload: bytes) -> None:
    try:
        atomic_write_bytes(out, payload)
    except OSError as err:
        reason = err.strerror or str(err)
        message = QCoreApplication.translate("Printing", "PDFを書き出せません: {path}（{reason}）")
        raise PrintError(message.format(path=out, reason=reason)) from err
