"""Typesetting a summary for paper: the QTextDocument in the bundled font, and page breaks a typesetter would make.

Qt's rich text import and pagination need help in two places: heading sizes from the style sheet (`summary_document`)
and keep-with-next / no widow lines (`avoid_bad_breaks`). Both work on any QTextDocument, on screen or for print.
"""

from __future__ import annotations

from PySide6.QtGui import QImage, QTextBlock, QTextBlockFormat, QTextCursor, QTextDocument, QTextFormat

from printing.fonts import japanese_font

LAYOUT_DPI = 96  # the fixed resolution documents are laid out at, whatever the device
BODY_POINT_SIZE = 10.0


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


def avoid_bad_breaks(doc: QTextDocument, page_h: float) -> None:
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
