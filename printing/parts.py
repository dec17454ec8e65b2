"""A print job made of parts, each a paginated QTextDocument on its own page layout (portrait or landscape).

The comparison (A4 landscape) and the meeting pack (a portrait cover, the landscape comparison, portrait summaries
and a contact list) print through `PartsJob`: every part is laid out for its page at the fixed 96 dpi of
printing.typeset, then painted page by page with the same header and footer as the case summaries (a running
title on continuation pages; source, date and "page / pages" at the bottom). Qt's text layout never cuts a line in
two at a page break: a line that does not fit moves to the next page, also inside table cells, and a table's
<thead> row is repeated on every page it runs onto.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlockFormat,
    QTextDocument,
    QTextTable,
)

from printing.fonts import japanese_font
from printing.job import A4_LAYOUT, FOOTER_MM, HEADER_MM, PAGE_GAP, PrintError, _layout_device, _mm_to_layout
from printing.text_layer import draw_page_slice
from printing.typeset import LAYOUT_DPI, avoid_bad_breaks, summary_document

A4_PORTRAIT = A4_LAYOUT
# Landscape for the comparison: the same margins, the binding edge on the left of the wide side.
A4_LANDSCAPE = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                           QMarginsF(15, 12, 12, 10), QPageLayout.Unit.Millimeter)


KEEP_LINES = 3  # a table row split over two pages keeps at least this many lines of it on the first page


def _row_extent(doc: QTextDocument, table: QTextTable, row: int) -> tuple[float, float]:
    layout = doc.documentLayout()
    tops, bottoms = [], []
    for col in range(table.columns()):
        cell = table.cellAt(row, col)
        tops.append(layout.blockBoundingRect(cell.firstCursorPosition().block()).top())
        bottoms.append(layout.blockBoundingRect(cell.lastCursorPosition().block()).bottom())
    return min(tops), max(bottoms)


def keep_rows_together(doc: QTextDocument, page_h: float) -> None:
    """Move a table row to the next page rather than split it, when it fits on one page or when fewer than
    KEEP_LINES lines of it would stay at the bottom of a page.

    Qt has no keep-together for table rows; a page break after the last block of every cell of the row before moves
    the whole row (a break before a cell's first block moves that cell alone). The header row (<thead>) stays.
    """
    line = QFontMetricsF(doc.defaultFont()).lineSpacing()
    for frame in doc.rootFrame().childFrames():
        if not isinstance(frame, QTextTable):
            continue
        first_data_row = frame.format().headerRowCount() or 0
        for row in range(first_data_row + 1, frame.rows()):
            top, bottom = _row_extent(doc, frame, row)
            first_page, last_page = int((top + 0.5) // page_h), int((bottom - 0.5) // page_h)
            if first_page == last_page:
                continue
            room = (first_page + 1) * page_h - top
            if bottom - top < page_h * 0.8 or room < KEEP_LINES * line:
                flag = QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysAfter
                for col in range(frame.columns()):
                    fmt = QTextBlockFormat()
                    fmt.setPageBreakPolicy(flag)
                    frame.cellAt(row - 1, col).lastCursorPosition().mergeBlockFormat(fmt)


@dataclass
class Part:
    document: QTextDocument
    layout: QPageLayout
    header: str = ""  # running title on this part's continuation pages
    footer: str = ""  # left side of the footer
    pages: int = field(init=False, default=0)

    def __post_init__(self) -> None:
        self.pages = self.document.pageCount()


def body_size(layout: QPageLayout) -> QSizeF:
    """The body of a page of `layout` in layout units: the printable area less the header and footer bands."""
    rect = layout.paintRect(QPageLayout.Unit.Millimeter)
    return QSizeF(_mm_to_layout(rect.width()), _mm_to_layout(rect.height() - HEADER_MM - FOOTER_MM))


class PartsJob:
    """Parts built lazily by `build(job)` (which calls `job.document`), painted onto any paged device."""

    def __init__(self, title: str, build: Callable[[PartsJob], list[Part]]) -> None:
        self.title = title
        self._build = build
        self._device_image = _layout_device()
        self._parts: list[Part] | None = None

    def document(self, html: str, layout: QPageLayout, *, point_size: float | None = None) -> QTextDocument:
        """`html` typeset for a page body of `layout`, paginated like the summaries."""
        size = body_size(layout)
        kwargs = {} if point_size is None else {"point_size": point_size}
        doc = summary_document(html, layout_device=self._device_image, **kwargs)
        doc.setDocumentMargin(0)
        root = doc.rootFrame().frameFormat()
        root.setTopMargin(PAGE_GAP)
        root.setBottomMargin(PAGE_GAP)
        doc.rootFrame().setFrameFormat(root)
        doc.setPageSize(size)
        avoid_bad_breaks(doc, size.height())
        keep_rows_together(doc, size.height())
        return doc

    def parts(self) -> list[Part]:
        if self._parts is None:
            self._parts = self._build(self)
        return self._parts

    @property
    def first_layout(self) -> QPageLayout:
        parts = self.parts()
        return parts[0].layout if parts else A4_PORTRAIT

    def page_count(self) -> int:
        return sum(p.pages for p in self.parts())

    # ---- painting -----------------------------------------------------------------------------------------

    def render(self, device: QPagedPaintDevice) -> int:
        """Paint every page onto `device` (a QPrinter or QPdfWriter); returns the page count."""
        parts = self.parts()
        if not parts:
            raise PrintError(QCoreApplication.translate("Printing", "印刷する事例がありません。"))
        device.setPageLayout(parts[0].layout)
        painter = QPainter()
        if not painter.begin(device):
            raise PrintError(QCoreApplication.translate("Printing", "印刷を開始できませんでした。"))
        try:
            return self._paint(painter, device, parts)
        finally:
            painter.end()

    def _paint(self, painter: QPainter, device: QPagedPaintDevice, parts: list[Part]) -> int:
        total = sum(p.pages for p in parts)
        header_h = _mm_to_layout(HEADER_MM)
        footer_h = _mm_to_layout(FOOTER_MM)
        page_no = 0
        for part in parts:
            for index in range(part.pages):
                if page_no > 0:
                    if index == 0 and isinstance(device, QPdfWriter):
                        device.setPageLayout(part.layout)  # takes effect on the next page
                    if not device.newPage():
                        raise PrintError(QCoreApplication.translate("Printing", "次のページを用意できませんでした。"))
                page_no += 1
                size = part.document.pageSize()
                width, height = size.width(), size.height() + header_h + footer_h
                painter.save()
                device_w, device_h = device.width(), device.height()
                if (width > height) != (device_w > device_h):
                    # A printer cannot change orientation once printing has begun (QPrinter refuses): the
                    # landscape page is printed turned on the portrait sheet, full size, its top at the sheet's left
                    # edge as printers turn landscape pages.
                    painter.translate(0, device_h)
                    painter.rotate(-90)
                    device_w, device_h = device_h, device_w
                # A device whose page differs a little from the layout still gets the whole page, scaled to fit.
                scale = min(device_w / width, device_h / height)
                painter.scale(scale, scale)
                self._paint_header(painter, part.header if index > 0 else "", width, header_h)
                body = QRectF(0, header_h, width, size.height())
                self._paint_body(painter, part.document, index, body)
                self._paint_footer(painter, part.footer, f"{page_no} / {total}", width, height, footer_h)
                painter.restore()
        return page_no

    @staticmethod
    def _paint_body(painter: QPainter, doc: QTextDocument, index: int, body: QRectF) -> None:
        draw_page_slice(painter, doc, index, body)

    def _small_font(self, point_size: float) -> QFont:
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
        painter.drawText(QPointF(0, header_h - _mm_to_layout(2.5)),
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight, width))
        painter.setPen(QPen(QColor("#999999"), 0.75))
        rule = header_h - _mm_to_layout(1.5)
        painter.drawLine(QPointF(0, rule), QPointF(width, rule))

    def _paint_footer(self, painter: QPainter, left: str, right: str, width: float, height: float,
                      footer_h: float) -> None:
        font = self._small_font(7.5)
        metrics = QFontMetricsF(font, self._device_image)
        painter.setPen(QPen(QColor("#999999"), 0.75))
        rule = height - footer_h + _mm_to_layout(2.5)
        painter.drawLine(QPointF(0, rule), QPointF(width, rule))
        painter.setFont(font)
        painter.setPen(QColor("#444444"))
        baseline = rule + _mm_to_layout(1.5) + metrics.ascent()
        right_w = metrics.horizontalAdvance(right)
        painter.drawText(QPointF(0, baseline),
                         metrics.elidedText(left, Qt.TextElideMode.ElideRight, width - right_w - _mm_to_layout(6)))
        painter.drawText(QPointF(width - right_w, baseline), right)
