"""Reading a casebook volume published as PDF: its text layer, put in reading order from positions.

The text is extracted with pypdfium2 (Google's PDFium): every glyph with its box and every drawn rectangle of a
page; pdf_layout.page_lines turns them into the lines the text importer reads (see docs/pdf-import.md for the
rules and for why PDFium). Pages are separated by a form feed. A PDF that is encrypted, damaged or truncated, or
that has no text layer (a scan), is a CasebookError with its own one-line message.
"""

from __future__ import annotations

from pathlib import Path

from model.i18n import translate
from model.importer.errors import CasebookError
from model.importer.pdf_layout import Box, Glyph, page_lines

# A truncated file lost its end: the last cross-reference section and the %%EOF marker are in the last KiB.
_EOF_WINDOW = 1024
# Pages above this are no casebook volume (a published one has a few hundred); bounds time on a hostile file.
MAX_PAGES = 2000
# Glyphs in the whole file: a volume of 200 cases has about a million; bounds the time of the layout rules.
MAX_GLYPHS = 5_000_000


def pdf_text(path: Path) -> str:
    """The text of the PDF at `path` as the text importer reads it (read through decode.read_file's checks)."""
    from model.importer.decode import read_file

    return pdf_text_from_bytes(read_file(Path(path)), str(path))


def pdf_text_from_bytes(data: bytes, name: str) -> str:
    """The text of a PDF file's bytes; `name` is the file named in error messages."""
    import pypdfium2 as pdfium  # imported here: text imports and the app's start do not pay for it

    if b"%%EOF" not in data[-_EOF_WINDOW:]:
        raise _damaged(name, translate("Importer", "ファイルの終わりがありません"))
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise CasebookError(translate(
                "Importer", "暗号化（パスワード保護）されたPDFは読み込めません。保護を解除してください: {name}"
            ).format(name=name)) from None
        raise _damaged(name, translate("Importer", "PDFの構造を読み取れません")) from None
    try:
        if len(doc) > MAX_PAGES:
            raise _damaged(name, translate("Importer", "ページ数が多すぎます"))
        pages: list[str] = []
        count = 0
        for index in range(len(doc)):
            glyphs, boxes = _page_content(doc, index)
            count += len(glyphs)
            if count > MAX_GLYPHS:
                raise _damaged(name, translate("Importer", "文字が多すぎます"))
            lines = page_lines(glyphs, boxes)
            pages.append("".join(line + "\n" for line in lines))
    except pdfium.PdfiumError:
        raise _damaged(name, translate("Importer", "ページを読み取れません")) from None
    finally:
        doc.close()
    if not any(page.strip() for page in pages):
        raise CasebookError(
            translate("Importer", "テキストを含まないPDFです（OCRが必要です）: {name}").format(name=name))
    return "\f".join(pages)


def _damaged(name: str, reason: str) -> CasebookError:
    return CasebookError(translate("Importer", "PDFが壊れているため読み込めません（{reason}）: {name}").format(
        reason=reason, name=name))


def _page_content(doc: object, index: int) -> tuple[list[Glyph], list[Box]]:
    """The glyphs (with their loose boxes: the font's height, the glyph's advance) and rectangles of a page."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    assert isinstance(doc, pdfium.PdfDocument)
    page = doc[index]
    try:
        boxes = [Box(*_bounds(obj)) for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH])]
        textpage = page.get_textpage()
        try:
            glyphs: list[Glyph] = []
            for i in range(textpage.count_chars()):
                if raw.FPDFText_IsGenerated(textpage.raw, i) == 1:
                    continue  # spaces and line breaks PDFium made up; positions tell where words end
                code = raw.FPDFText_GetUnicode(textpage.raw, i)
                if code < 0x20 or 0xD800 <= code <= 0xDFFF or code in (0xFFFE, 0xFFFF):
                    continue
                x0, y0, x1, y1 = textpage.get_charbox(i, loose=True)
                glyphs.append(Glyph(chr(code), x0, y0, x1, y1))
        finally:
            textpage.close()
    finally:
        page.close()
    return glyphs, boxes


def _bounds(obj: object) -> tuple[float, float, float, float]:
    left, bottom, right, top = obj.get_bounds()  # type: ignore[attr-defined]
    return float(left), float(bottom), float(right), float(top)
