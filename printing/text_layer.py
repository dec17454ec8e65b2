"""The PDF's text layer for the bundled font: what copying or searching a printed summary gives.

IPAexGothic draws some characters with one shared glyph: 人 and the Kangxi radical ⼈, 長 and ⻑, ― and a
combining stroke… Qt's PDF writer maps each glyph back to the lowest code point that uses it, so copying or
searching the PDF gives ⼈⼝ instead of 人口 (and 〜 for ～). Rewriting those targets in the PDF's ToUnicode maps
fixes the text layer without touching the font (its licence forbids modified copies under its name): the code
points have the same length, so no byte offset in the file moves. `draw_page_slice` draws one page of a document
so that no line is drawn (invisibly) on a page it does not belong to.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainter, QRawFont, QTextDocument, QTextLayout

from printing.fonts import FAMILY, FONT_FILE

_FAR_AWAY = 1.0e7  # where the lines of a block wait, below every page, while the rest of a page is drawn


def _is_poor_text(ch: str) -> bool:
    """A code point nobody means when they type: radicals, compatibility ideographs, combining or modifier marks."""
    code = ord(ch)
    return (0x2E80 <= code <= 0x2FDF or 0xF900 <= code <= 0xFAFF
            or unicodedata.category(ch) in ("Mn", "Lm", "Cf"))


# Shared glyphs of two characters in common use: the one a copy should give back. ～ (U+FF5E, what a Japanese IME
# types and what the casebook uses) and 〜 (U+301C) are one glyph; Qt would map it to the lower code point, 〜.
_PREFERRED = {"\u301c": "\uff5e"}


@functools.cache
def _text_fixes() -> dict[str, str]:
    """Hex UTF-16 code of a poor code point -> that of the usual character drawn with the same glyph."""
    raw = QRawFont(str(FONT_FILE), 12)
    chars = "".join(chr(c) for c in range(0x20, 0x10000) if not 0xD800 <= c < 0xE000)
    by_glyph: dict[int, list[str]] = {}
    for ch, glyph in zip(chars, raw.glyphIndexesForString(chars), strict=True):
        if glyph:
            by_glyph.setdefault(glyph, []).append(ch)
    fixes = {}
    for same in by_glyph.values():
        if len(same) > 1 and _is_poor_text(same[0]):
            better = [ch for ch in same if not _is_poor_text(ch)]
            if better:
                fixes[f"{ord(same[0]):04X}"] = f"{ord(better[0]):04X}"
        elif same[0] in _PREFERRED and _PREFERRED[same[0]] in same:
            fixes[f"{ord(same[0]):04X}"] = f"{ord(_PREFERRED[same[0]]):04X}"
    return fixes


_HEX = re.compile(rb"<([0-9A-Fa-f]{4})>")
_BFRANGE = re.compile(rb"beginbfrange(.*?)endbfrange", re.S)
_BFCHAR = re.compile(rb"beginbfchar(.*?)endbfchar", re.S)
# A Type0 font dictionary of the bundled font (possibly subset-tagged "ABCDEF+") and its ToUnicode stream.
_BUNDLED_FONT_TO_UNICODE = re.compile(
    rb"/BaseFont /(?:[A-Z]{6}\+)?" + FAMILY.encode("ascii") + rb"\b(?:(?!endobj).)*?/ToUnicode (\d+) 0 R", re.S)


def fix_text_layer(pdf: bytes) -> bytes:
    """`pdf` with the ToUnicode targets of shared glyphs pointing at the usual characters (same length).

    Only the ToUnicode maps of the bundled font are touched: another font (a system fallback) shares no glyphs
    the way IPAexGothic does.
    """
    fixes = _text_fixes()

    def target(match: re.Match[bytes]) -> bytes:
        code = match.group(1).decode("ascii").upper()
        return b"<" + fixes.get(code, code).encode("ascii") + b">"

    def bfrange(section: re.Match[bytes]) -> bytes:
        lines = []
        for line in section.group(1).split(b"\n"):
            # "<first> <last> [<u> <u> …]" or "<code> <code> <u>": only the targets are code points.
            tokens = line.split(b" ", 2)
            if len(tokens) == 3 and (tokens[2].startswith(b"[") or tokens[0] == tokens[1]):
                line = b" ".join([*tokens[:2], _HEX.sub(target, tokens[2])])
            lines.append(line)
        return b"beginbfrange" + b"\n".join(lines) + b"endbfrange"

    def bfchar(section: re.Match[bytes]) -> bytes:
        lines = []
        for line in section.group(1).split(b"\n"):
            tokens = line.split(b" ", 1)  # "<code> <u>"
            if len(tokens) == 2:
                line = tokens[0] + b" " + _HEX.sub(target, tokens[1])
            lines.append(line)
        return b"beginbfchar" + b"\n".join(lines) + b"endbfchar"

    fixed = pdf
    for number in {int(m.group(1)) for m in _BUNDLED_FONT_TO_UNICODE.finditer(pdf)}:
        cmap = re.search(rb"(?m)^%d 0 obj\b.*?endobj" % number, fixed, re.S)
        if cmap is not None:
            body = _BFCHAR.sub(bfchar, _BFRANGE.sub(bfrange, cmap.group(0)))
            fixed = fixed[: cmap.start()] + body + fixed[cmap.end():]
    assert len(fixed) == len(pdf)  # offsets in the cross-reference table stay valid
    return fixed


def draw_page_slice(painter: QPainter, doc: QTextDocument, index: int, body: QRectF) -> None:
    """Draw page `index` of a paginated `doc` into `body`, each line of text on its own page only, in reading order.

    The painter's clip hides what lies outside the page, but a PDF keeps clipped text in its text layer, and Qt
    (QTextLayout::draw) also draws the last line above the clip of a block that runs on from the page before:
    a search found that line twice. Such a block's lines are put out of reach while Qt draws the page, and the
    block's lines on this page are drawn one by one, between the part of the page the block covers (its
    backgrounds and borders) and the rest, so that the text layer reads top to bottom.
    """
    page_h = doc.pageSize().height()
    top, bottom = index * page_h, (index + 1) * page_h
    layout = doc.documentLayout()
    running_on: list[tuple[QTextLayout, QPointF, list[QPointF]]] = []  # a block from the page before
    split = top
    block = doc.begin()
    while block.isValid():
        lines = block.layout()
        rect = layout.blockBoundingRect(block)
        if lines is not None and lines.lineCount() and rect.top() < top - 0.5 < rect.bottom():
            frame_offset = rect.topLeft() - lines.boundingRect().topLeft() - lines.position()
            positions = [lines.lineAt(i).position() for i in range(lines.lineCount())]
            running_on.append((lines, frame_offset, positions))
            split = max(split, min(bottom, rect.bottom() - 0.5))
        block = block.next()

    def draw(y0: float, y1: float) -> None:
        if y1 > y0:
            region = QRectF(0, y0, body.width(), y1 - y0)
            painter.setClipRect(region)
            doc.drawContents(painter, region)

    painter.save()
    try:
        painter.translate(body.left(), body.top() - top)
        for lines, _, _ in running_on:
            for i in range(lines.lineCount()):  # below every page: Qt stops at the first line past the clip
                line = lines.lineAt(i)
                line.setPosition(QPointF(line.x(), _FAR_AWAY))
        draw(top, split)
        painter.setClipRect(QRectF(0, top, body.width(), page_h))
        for lines, frame_offset, positions in running_on:
            origin = lines.position() + frame_offset
            for i, position in enumerate(positions):
                if top - 0.5 <= origin.y() + position.y() < bottom:
                    line = lines.lineAt(i)
                    line.setPosition(position)
                    line.draw(painter, origin)
                    line.setPosition(QPointF(line.x(), _FAR_AWAY))
        draw(split, bottom)
    finally:
        painter.restore()
        for lines, _, positions in running_on:
            for i, position in enumerate(positions):
                lines.lineAt(i).setPosition(position)
