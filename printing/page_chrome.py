"""What every printed page has around its text: the running header, the body window onto the document and the
footer with the page number. Shared by the case summaries (printing/job.py) and the multi-part prints
(printing/parts.py: the comparison and the meeting pack), so every print looks the same at its edges.

The painter is scaled from layout units (LAYOUT_DPI pixels per inch) to the device; `layout_device` is the small
image that gives fonts and text layout that fixed resolution.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen, QTextDocument

from printing.fonts import japanese_font
from printing.text_layer import draw_page_slice
from printing.typeset import LAYOUT_DPI


def mm_to_layout(mm: float) -> float:
    return mm * LAYOUT_DPI / 25.4


def layout_device() -> QImage:
    """A tiny image whose only job is to give the text layout a fixed 96 dpi resolution."""
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    dots_per_metre = round(LAYOUT_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


def small_font(point_size: float) -> QFont:
    # The painter is scaled from layout units to the device, so size the font in layout pixels.
    font = japanese_font()
    font.setPixelSize(max(1, round(point_size * LAYOUT_DPI / 72)))
    return font


def paint_body(painter: QPainter, doc: QTextDocument, index: int, body: QRectF) -> None:
    """Page `index` of `doc` (paginated at its page height) into the `body` rectangle, each line once (see
    printing.text_layer.draw_page_slice: a clean text layer)."""
    draw_page_slice(painter, doc, index, body)


def paint_header(painter: QPainter, device: QImage, text: str, width: float, header_h: float) -> None:
    """The running title over a rule; nothing for an empty `text` (first pages)."""
    if not text:
        return
    font = small_font(7.5)
    metrics = QFontMetricsF(font, device)
    painter.setFont(font)
    painter.setPen(QColor("#555555"))
    baseline = header_h - mm_to_layout(2.5)
    painter.drawText(QPointF(0, baseline), metrics.elidedText(text, Qt.TextElideMode.ElideRight, width))
    painter.setPen(QPen(QColor("#999999"), 0.75))
    rule = header_h - mm_to_layout(1.5)
    painter.drawLine(QPointF(0, rule), QPointF(width, rule))


def paint_footer(painter: QPainter, device: QImage, left: str, right: str, width: float, height: float,
                 footer_h: float) -> None:
    """A rule, then `left` (elided) and `right` (the page number) under it."""
    font = small_font(7.5)
    metrics = QFontMetricsF(font, device)
    painter.setPen(QPen(QColor("#999999"), 0.75))
    rule = height - footer_h + mm_to_layout(2.5)
    painter.drawLine(QPointF(0, rule), QPointF(width, rule))
    painter.setFont(font)
    painter.setPen(QColor("#444444"))
    baseline = rule + mm_to_layout(1.5) + metrics.ascent()
    right_w = metrics.horizontalAdvance(right)
    left_text = metrics.elidedText(left, Qt.TextElideMode.ElideRight, width - right_w - mm_to_layout(6))
    painter.drawText(QPointF(0, baseline), left_text)
    painter.drawText(QPointF(width - right_w, baseline), right)
