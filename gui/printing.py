"""Printed case summaries: print preview, printer and PDF from one paginated rendering of `model.summary`.

A `SummaryPrintJob` turns cases into QTextDocuments (one per case, plus a contents page when there are several),
paginates them for the page layout of the target device and paints every page itself: the body with
`QTextDocument.drawContents` clipped to the page, then a header (continuation pages only) and a footer with the
source volume, the print date and the page number. Painting pages ourselves, rather than `QTextDocument.print`,
is what gives correct page numbers across a bulk print and a contents page that knows where each case starts.

The documents are laid out at a fixed 96 dpi (`LAYOUT_DPI`) and scaled to the device, so the preview, the printer
and the PDF break pages at the same places whatever the screen's resolution.

Only QtGui is imported at module level: the CLI writes PDFs without QtWidgets or QtPrintSupport. The dialogs
(`preview`, `print_dialog`, `save_pdf`) import those when called.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from gui.fonts import japanese_font
from gui.pdf_text_layer import fix_text_layer
from model.case import Case
from model.files import atomic_write_bytes
from model.summary import SummaryLabels, contents_html, summary_html

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
    from PySide6.QtWidgets import QWidget

LAYOUT_DPI = 96
# A4 with margins wide enough for a binder's holes on the left and a printer's unprintable edge elsewhere.
A4_LAYOUT = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                        QMarginsF(18, 14, 15, 12), QPageLayout.Unit.Millimeter)
HEADER_MM = 8.0  # band above the body: running title on continuation pages
FOOTER_MM = 9.0  # band below the body: source, print date, page number
BODY_POINT_SIZE = 10.0
PAGE_GAP = 4.0  # layout px kept free at the top and bottom of each page's body
MAX_PAGES_PER_CASE = 2  # beyond this, interview answers are shortened (a summary for a meeting, not the case)
ANSWER_STEP = 20  # characters: how closely the shortened answers fill the last page


class PrintError(Exception):
    """The summary could not be written; str() is a one-line message for the user."""


@dataclass
class _Part:
    """One case (or the contents page): its paginated document and what its header and footer say."""

    document: QTextDocument
    header: str  # running title on continuation pages; "" for none
    footer: str  # left side of the footer
    pages: int = 0


def _mm_to_layout(mm: float) -> float:
    return mm * LAYOUT_DPI / 25.4


def _layout_device() -> QImage:
    """A tiny image whose only job is to give the text layout a fixed 96 dpi resolution."""
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    dots_per_metre = round(LAYOUT_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


class SummaryPrintJob:
    """Cases to print, with their bookmark notes; paints them onto any paged device (printer or PDF writer)."""

    def __init__(self, cases: Sequence[Case], notes: Mapping[str, str] | None = None, *,
                 printed_on: date | None = None, labels: SummaryLabels | None = None) -> None:
        if not cases:
            raise PrintError(QCoreApplication.translate("Printing", "印刷する事例がありません。"))
        self.cases = list(cases)
        self.notes = dict(notes or {})
        self.printed_on = printed_on or date.today()
        self.labels = labels or SummaryLabels.translated()
        self._device_image = _layout_device()
        self._parts: list[_Part] = []
        self._layout_key: tuple[float, float] | None = None

    @property
    def title(self) -> str:
        """A document name for the printer queue and the PDF's metadata."""
        if len(self.cases) == 1:
            return f"{self.cases[0].organization} {self.cases[0].title}"
        name = QCoreApplication.translate("Printing", "DX事例ブラウザ 事例の要約（{count}件）")
        return name.format(count=len(self.cases))

    # ---- layout -------------------------------------------------------------------------------------------

    def layout(self, body_size: QSizeF) -> list[_Part]:
        """Build and paginate every document for a body of `body_size` (layout units); cached per size."""
        key = (round(body_size.width(), 2), round(body_size.height(), 2))
        if key == self._layout_key:
            return self._parts
        printed = self.labels.printed_on.format(date=self.labels.format_date(self.printed_on))
        parts: list[_Part] = []
        for case in self.cases:
            note = self.notes.get(case.id)
            doc = self._fitted_case_document(case, note, body_size)
            footer = self.labels.source.format(volume=case.source.volume, id=case.id) + "　" + printed
            parts.append(_Part(doc, f"{case.title}（{case.organization}）", footer, doc.pageCount()))
        if len(self.cases) > 1:
            parts.insert(0, self._contents_part(parts, body_size, printed))
        self._parts = parts
        self._layout_key = key
        return parts

    def _new_document(self, html: str, body_size: QSizeF) -> QTextDocument:
        doc = summary_document(html, layout_device=self._device_image)
        doc.setDocumentMargin(0)
        # A small gap at the top and bottom of every page: glyphs reach a little outside their line box, and
        # without it the tops of the first line of a page would show at the bottom of the page before.
        root = doc.rootFrame().frameFormat()
        root.setTopMargin(PAGE_GAP)
        root.setBottomMargin(PAGE_GAP)
        doc.rootFrame().setFrameFormat(root)
        doc.setPageSize(body_size)
        _avoid_bad_breaks(doc, body_size.height())
        return doc

    def _case_document(self, case: Case, note: str | None, body_size: QSizeF,
                       answer_limit: int | None = None) -> QTextDocument:
        html = summary_html(case, note, printed_on=self.printed_on, labels=self.labels,
                            answer_limit=answer_limit, source_footer=False)
        return self._new_document(html, body_size)

    def _fitted_case_document(self, case: Case, note: str | None, body_size: QSizeF) -> QTextDocument:
        """The case's summary, with interview answers shortened as little as needed to fit MAX_PAGES_PER_CASE.

        The rest of the summary is never shortened: a case that does not fit even with questions only prints
        on more pages.
        """
        doc = self._case_document(case, note, body_size)
        if doc.pageCount() <= MAX_PAGES_PER_CASE or not case.interview:
            return doc
        best = self._case_document(case, note, body_size, answer_limit=0)
        if best.pageCount() > MAX_PAGES_PER_CASE:
            return best
        # Longest answers that still fit, to within ANSWER_STEP characters (a handful of layouts).
        low, high = 0, max(len(qa.answer) for qa in case.interview)
        while high - low > ANSWER_STEP:
            middle = (low + high) // 2
            candidate = self._case_document(case, note, body_size, answer_limit=middle)
            if candidate.pageCount() <= MAX_PAGES_PER_CASE:
                low, best = middle, candidate
            else:
                high = middle
        return best

    def _contents_part(self, case_parts: list[_Part], body_size: QSizeF, printed: str) -> _Part:
        # Lay out once with placeholder numbers to learn how many pages the contents take, then number the cases.
        placeholder = [999] * len(self.cases)
        doc = self._new_document(contents_html(self.cases, self.labels, pages=placeholder,
                                               printed_on=self.printed_on, notes=self.notes), body_size)
        first = doc.pageCount() + 1
        starts = []
        for part in case_parts:
            starts.append(first)
            first += part.pages
        doc = self._new_document(contents_html(self.cases, self.labels, pages=starts,
                                               printed_on=self.printed_on, notes=self.notes), body_size)
        footer = QCoreApplication.translate("Printing", "出典：総務省「自治体DX推進参考事例集」") + "　" + printed
        return _Part(doc, "", footer, doc.pageCount())

    # ---- painting -----------------------------------------------------------------------------------------

    def render(self, device: QPagedPaintDevice) -> int:
        """Paint every page onto `device` (a QPrinter or QPdfWriter, already set up); returns the page count."""
        painter = QPainter()
        if not painter.begin(device):
            raise PrintError(QCoreApplication.translate("Printing", "印刷を開始できませんでした。"))
        try:
            return self._paint(painter, device)
        finally:
            painter.end()

    def _paint(self, painter: QPainter, device: QPagedPaintDevice) -> int:
        # The painter's origin is the top left of the printable area (the page minus the layout's margins).
        scale = device.logicalDpiX() / LAYOUT_DPI
        width = device.width() / scale
        height = device.height() / scale
        header_h = _mm_to_layout(HEADER_MM)
        footer_h = _mm_to_layout(FOOTER_MM)
        body = QRectF(0, header_h, width, height - header_h - footer_h)
        parts = self.layout(body.size())
        total = sum(p.pages for p in parts)
        page_no = 0
        for part in parts:
            for index in range(part.pages):
                if page_no > 0 and not device.newPage():
                    raise PrintError(QCoreApplication.translate("Printing", "次のページを用意できませんでした。"))
                page_no += 1
                painter.save()
                painter.scale(scale, scale)
                # Header, body, footer: the order a PDF reader extracts (copies, reads aloud) the text in.
                self._paint_header(painter, part.header if index > 0 else "", width, header_h)
                self._paint_body(painter, part.document, index, body)
                self._paint_footer(painter, part.footer, f"{page_no} / {total}", width, height, footer_h)
                painter.restore()
        return page_no

    @staticmethod
    def _paint_body(painter: QPainter, doc: QTextDocument, index: int, body: QRectF) -> None:
        page_h = doc.pageSize().height()
        painter.save()
        painter.translate(body.left(), body.top() - index * page_h)
        clip = QRectF(0, index * page_h, body.width(), page_h)
        painter.setClipRect(clip)
        doc.drawContents(painter, clip)
        painter.restore()

    def _small_font(self, point_size: float) -> QFont:
        # The painter is scaled from layout units to the device, so size the font in layout pixels.
        font = japanese_font()
        font.setPixelSize(max(1, round(point_size * LAYOUT_DPI / 72)))
        return font

    def _paint_header(self, painter: QPainter, text: str, width: float, header_h: float) -> None:
        if not text:
            return
        font = self._small_font(7.5)
        metrics = QFontMetricsF(font, self._device_image)
        painter.setFont(font)
        painter.setPen(QColor("#555555"))
        baseline = header_h - _mm_to_layout(2.5)
        painter.drawText(QPointF(0, baseline), metrics.elidedText(text, Qt.TextElideMode.ElideRight, width))
        painter.setPen(QPen(QColor("#999999"), 0.75))
        rule = header_h - _mm_to_layout(1.5)
        painter.drawLine(QPointF(0, rule), QPointF(width, rule))

    def _paint_footer(self, painter: QPainter, left: str, right: str, width: float, height: float,
                      footer_h: float) -> None:
        font = self._small_font(7.5)
        metrics = QFontMetricsF(font, self._device_image)
        top = height - footer_h
        painter.setPen(QPen(QColor("#999999"), 0.75))
        rule = top + _mm_to_layout(2.5)
        painter.drawLine(QPointF(0, rule), QPointF(width, rule))
        painter.setFont(font)
        painter.setPen(QColor("#444444"))
        baseline = rule + _mm_to_layout(1.5) + metrics.ascent()
        right_w = metrics.horizontalAdvance(right)
        left_text = metrics.elidedText(left, Qt.TextElideMode.ElideRight, width - right_w - _mm_to_layout(6))
        painter.drawText(QPointF(0, baseline), left_text)
        painter.drawText(QPointF(width - right_w, baseline), right)


def summary_document(html: str, *, point_size: float = BODY_POINT_SIZE,
                     layout_device: QImage | None = None) -> QTextDocument:
    """A QTextDocument of `summary_html`/`contents_html` output in the bundled Japanese font.

    Usable on screen too (QTextBrowser.setDocument). `layout_device` fixes the layout resolution for print.
    """
    doc = QTextDocument()
    if layout_device is not None:
        doc.documentLayout().setPaintDevice(layout_device)
    doc.setDefaultFont(japanese_font(point_size))
    doc.setUseDesignMetrics(True)  # unhinted advances: the same line breaks at any output resolution
    doc.setHtml(html)
    _apply_heading_sizes(doc)
    return doc


def _apply_heading_sizes(doc: QTextDocument) -> None:
    """Make the style sheet's heading sizes count.

    Qt's HTML import tags <h1>–<h3> text with a relative "font size adjustment" that QTextCharFormat.font()
    applies to the default size, overriding any CSS font-size. Dropping the adjustment from text that has an
    explicit point size restores the CSS size.
    """
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.hasProperty(QTextFormat.Property.FontSizeAdjustment) and fmt.fontPointSize() > 0:
                    fmt.clearProperty(QTextFormat.Property.FontSizeAdjustment)
                    cursor = QTextCursor(doc)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                    cursor.setCharFormat(fmt)
                it += 1
        block = block.next()


def _page_of(y: float, page_h: float) -> int:
    # Lines pushed to a new page start exactly at its top edge; allow for floating-point noise there.
    return int((y + 0.5) // page_h)


def _line_pages(doc: QTextDocument, block: QTextBlock, page_h: float) -> list[int]:
    top = doc.documentLayout().blockBoundingRect(block).top()
    lines = block.layout()
    return [_page_of(top + lines.lineAt(i).y(), page_h) for i in range(lines.lineCount())]


def _avoid_bad_breaks(doc: QTextDocument, page_h: float) -> None:
    """Paginate like a typesetter: no heading alone at the bottom of a page, no short paragraph split in two,
    no single line of a paragraph left behind at the bottom of a page (the paragraph moves to the next page).

    Qt's text layout has no keep-with-next; a page break before the offending block does the same. Each fix
    changes the layout of what follows, so the scan resumes just before the block that moved.
    """
    block = doc.begin()
    for _ in range(500):  # a bound in case of a pathological document; a summary needs a handful of moves
        if not block.isValid():
            return
        pages = _line_pages(doc, block, page_h)
        nxt = block.next()
        move = False
        if pages and not _starts_page(doc, block, pages[0], page_h):
            if block.blockFormat().headingLevel() > 0:
                next_pages = _line_pages(doc, nxt, page_h) if nxt.isValid() else []
                move = bool(next_pages) and next_pages[0] > pages[-1]
            elif pages[0] != pages[-1] and QTextCursor(block).currentTable() is None:
                move = len(pages) <= 3 or pages.count(pages[0]) == 1
        if move:
            _set_break_before(block, True)
            if nxt.isValid() and block.blockFormat().headingLevel() > 0:
                _set_break_before(nxt, False)  # moved earlier on its own; now it follows its heading
            previous = block.previous()
            block = previous if previous.isValid() else block
            continue
        block = nxt


def _set_break_before(block: QTextBlock, on: bool) -> None:
    fmt = QTextBlockFormat()
    flag = QTextBlockFormat.PageBreakFlag
    fmt.setPageBreakPolicy(flag.PageBreak_AlwaysBefore if on else flag.PageBreak_Auto)
    QTextCursor(block).mergeBlockFormat(fmt)


def _starts_page(doc: QTextDocument, block: QTextBlock, page: int, page_h: float) -> bool:
    """Whether `block` is the first thing on its page (moving it would only leave an empty page behind)."""
    previous = block.previous()
    if not previous.isValid():
        return True
    pages = _line_pages(doc, previous, page_h)
    return not pages or pages[-1] < page


# ---- entry points -------------------------------------------------------------------------------------------

def write_pdf(cases: list[Case], notes: dict[str, str], out: Path, *, printed_on: date | None = None) -> int:
    """Write the summaries of `cases` to the PDF file `out` (fonts embedded); returns the number of pages.

    Needs a QGuiApplication. Raises PrintError with a one-line message when the file cannot be written; an
    existing file is replaced only once the whole PDF has been rendered.
    """
    job = SummaryPrintJob(cases, notes, printed_on=printed_on)
    buffer = QBuffer()
    data = QByteArray()
    buffer.setBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(A4_LAYOUT)
    writer.setResolution(600)
    writer.setTitle(job.title)
    writer.setCreator(QCoreApplication.translate("App", "DX事例ブラウザ"))
    pages = job.render(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    _write_file(out, fix_text_layer(bytes(data.data())))
    return pages


def _write_file(out: Path, payload: bytes) -> None:
    try:
        atomic_write_bytes(out, payload)
    except OSError as err:
        reason = err.strerror or str(err)
        message = QCoreApplication.translate("Printing", "PDFを書き出せません: {path}（{reason}）")
        raise PrintError(message.format(path=out, reason=reason)) from err


def _new_printer(job: SummaryPrintJob) -> QPrinter:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(A4_LAYOUT)
    printer.setDocName(job.title)
    printer.setCreator(QCoreApplication.translate("App", "DX事例ブラウザ"))
    return printer


def make_preview_dialog(parent: QWidget | None, cases: list[Case], notes: dict[str, str]) -> QPrintPreviewDialog:
    """The print preview dialog for `cases`, not yet shown (preview() runs it; tests inspect it)."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

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
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QDialog, QMessageBox

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
            _write_file(out, fix_text_layer(out.read_bytes()))
    except (PrintError, OSError) as err:
        QMessageBox.warning(parent, QCoreApplication.translate("Printing", "印刷"), str(err))
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
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    suggested = str(Path(folder) / default_pdf_name(cases))
    chosen, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("Printing", "PDFに出力"), suggested,
                                            QCoreApplication.translate("Printing", "PDF ファイル (*.pdf)"))
    if not chosen:
        return None
    out = Path(chosen)
    if out.suffix.lower() != ".pdf":
        out = out.with_name(out.name + ".pdf")
    try:
        write_pdf(cases, notes, out)
    except PrintError as err:
        QMessageBox.warning(parent, QCoreApplication.translate("Printing", "PDFに出力"), str(err))
        return None
    return out
