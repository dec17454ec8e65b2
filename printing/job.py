"""A print job: cases paginated for a paged device, each page painted with its header and footer.

A `SummaryPrintJob` turns cases into QTextDocuments (one per case, plus a contents page when there are several),
paginates them for the page layout of the target device and paints every page itself: the body with
`QTextDocument.drawContents` clipped to the page, then a header (continuation pages only) and a footer with the
source volume, the print date and the page number. Painting pages ourselves, rather than `QTextDocument.print`,
is what gives correct page numbers across a bulk print and a contents page that knows where each case starts.

The documents are laid out at a fixed 96 dpi (`LAYOUT_DPI`) and scaled to the device, so the preview, the printer
and the PDF break pages at the same places whatever the screen's resolution.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
    QTextDocument,
)

from model.case import Case
from model.summary import SummaryLabels, contents_html, summary_html
from printing.fonts import japanese_font
from printing.text_layer import draw_page_slice
from printing.typeset import LAYOUT_DPI, avoid_bad_breaks, summary_document

# A4 with margins wide enough for a binder's holes on the left and a printer's unprintable edge elsewhere.
A4_LAYOUT = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                        QMarginsF(18, 14, 15, 12), QPageLayout.Unit.Millimeter)
HEADER_MM = 8.0  # band above the body: running title on continuation pages
FOOTER_MM = 9.0  # band below the body: source, print date, page number
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
        avoid_bad_breaks(doc, body_size.height())
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
        draw_page_slice(painter, doc, index, body)

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
