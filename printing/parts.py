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
    QPen,
    QTextDocument,
)

from printing.fonts import japanese_font
from printing.job import A4_LAYOUT, FOOTER_MM, HEADER_MM, PAGE_GAP, PrintError, _layout_device, _mm_to_layout
from printing.typeset import LAYOUT_DPI, avoid_bad_breaks, summary_document

A4_PORTRAIT = A4_LAYOUT
# Landscape for the comparison: the same margins, the binding edge on the left of the wide side.
A4_LANDSCAPE = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                           QMarginsF(15, 12, 12, 10), QPageLayout.Unit.Millimeter)


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
                    if index == 0:
                        device.setPageLayout(part.layout)  # takes effect on the next page
                    if not device.newPage():
                        raise PrintError(QCoreApplication.translate("Printing", "次のページを用意できませんでした。"))
                page_no += 1
                size = part.document.pageSize()
                width, height = size.width(), size.height() + header_h + footer_h
                # A device that kept its own page size (some print dialogs) still gets the whole page, scaled.
                scale = min(device.width() / width, device.height() / height)
                painter.save()
                painter.scale(scale, scale)
                self._paint_header(painter, part.header if index > 0 else "", width, header_h)
                body = QRectF(0, header_h, width, size.height())
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
