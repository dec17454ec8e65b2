"""The comparison on paper: A4 landscape, one column per case, page numbers; and the PDF file of it.

Shared by the window (print preview of the 比較 view) and `main.py compare --pdf`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from model.export.compare import Comparison
from model.export.output import ExportError, write_export
from model.export.print_html import comparison_html
from model.summary import SummaryLabels
from printing.job import PrintError
from printing.parts import A4_LANDSCAPE, Part, PartsJob
from printing.pdf import pdf_bytes


def comparison_part(job: PartsJob, comparison: Comparison, printed_on: date, labels: SummaryLabels) -> Part:
    html = comparison_html(comparison, printed_on=printed_on, labels=labels)
    footer = QCoreApplication.translate("Printing", "出典：総務省「自治体DX推進参考事例集」")
    footer += "　" + labels.printed_on.format(date=labels.format_date(printed_on))
    header = QCoreApplication.translate("Printing", "事例の比較（{count}件）").format(count=len(comparison.cases))
    return Part(job.document(html, A4_LANDSCAPE), A4_LANDSCAPE, header, footer)


def comparison_job(comparison: Comparison, *, printed_on: date | None = None) -> PartsJob:
    day = printed_on or date.today()
    labels = SummaryLabels.translated()
    title = QCoreApplication.translate("Printing", "DX事例ブラウザ 事例の比較（{count}件）").format(
        count=len(comparison.cases))
    return PartsJob(title, lambda job: [comparison_part(job, comparison, day, labels)])


def write_job_pdf(job: PartsJob, out: Path) -> int:
    """Render `job` to the PDF file `out` (fonts embedded, text layer repaired), atomically; returns the pages.

    Raises PrintError with a one-line message when the file cannot be written; nothing is left behind then.
    """
    payload, pages = pdf_bytes(job, job.first_layout)
    try:
        write_export(out, payload)
    except ExportError as err:
        raise PrintError(str(err)) from err
    return pages


def write_comparison_pdf(comparison: Comparison, out: Path, *, printed_on: date | None = None) -> int:
    return write_job_pdf(comparison_job(comparison, printed_on=printed_on), out)
