"""The PDF's text layer for the bundled font: what copying or searching a printed summary gives.

IPAexGothic draws some characters with one shared glyph: 人 and the Kangxi radical ⼈, 長 and ⻑, ― and a
combining stroke… Qt's PDF writer maps each glyph back to the lowest code point that uses it, so copying or
searching the PDF gives ⼈⼝ instead of 人口. Rewriting those targets in the PDF's ToUnicode maps fixes the text
layer without touching the font (its licence forbids modified copies under its name): the code points have the
same length, so no byte offset in the file moves.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from PySide6.QtGui import QRawFont

from printing.fonts import FAMILY, FONT_FILE


def _is_poor_text(ch: str) -> bool:
    """A code point nobody means when they type: radicals, compatibility ideographs, combining or modifier marks."""
    code = ord(ch)
    return (0x2E80 <= code <= 0x2FDF or 0xF900 <= code <= 0xFAFF
            or unicodedata.category(ch) in ("Mn", "Lm", "Cf"))


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
