"""The export files: JSON (the documented case format), CSV (UTF-8 with BOM, for Excel) and XLSX.

CSV and XLSX have the same header row and columns (`model.export.table`). XLSX is written with XlsxWriter: the app
only ever writes spreadsheets, and XlsxWriter writes every cell with the type it is given (`write_string` never
parses a formula), its formats cover what the sheet needs (quote prefix, 千円 number format, hyperlinks, frozen panes,
autofilter) and it has no dependencies. 13 cases take 8 ms; 10,000 take about 3.5 s on the 2-core test machine (half
of it packaging the file after the last row), so the window exports on a worker thread with progress.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import orjson
import xlsxwriter
from xlsxwriter.worksheet import Worksheet

from model.case import Case
from model.export.cells import csv_text, looks_like_formula
from model.export.compare import Comparison
from model.export.table import Cell, Column, Link, UserData, columns
from model.i18n import translate

Progress = Callable[[int], None]  # rows written so far
PROGRESS_STEP = 100
SAFE_SCHEMES = ("http://", "https://", "mailto:")
MAX_CELL_CHARS = 32767  # Excel's limit for the text of one cell
YEN_FORMAT = '#,##0,"千円"'  # the casebook's unit: 68515000 shows as 68,515千円, the cell keeps the yen
PERSONS_FORMAT = '#,##0"人"'
PER_RESIDENT_FORMAT = '#,##0"円/人"'


def export_bytes(fmt: str, cases: Sequence[Case], user: UserData | None = None,
                 progress: Progress | None = None) -> bytes:
    """The export file for `fmt` ("xlsx", "csv" or "json")."""
    if fmt == "xlsx":
        return to_xlsx(cases, user, progress)
    if fmt == "csv":
        return to_csv(cases, user, progress)
    if fmt == "json":
        return to_json(cases)
    raise ValueError(f"unknown export format {fmt!r}")


def to_json(cases: Sequence[Case]) -> bytes:
    """The case documents (docs/data-format.md), as a JSON array."""
    return orjson.dumps([c.to_doc() for c in cases], option=orjson.OPT_INDENT_2) + b"\n"


def _csv_cell(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, Link):
        return csv_text(cell.url)
    if isinstance(cell, int):
        return str(cell)
    return csv_text(cell)


def _rows(cases: Sequence[Case], cols: Sequence[Column], progress: Progress | None) -> Iterator[list[Cell]]:
    """The rows, reporting every PROGRESS_STEP rows (the callback may raise to cancel)."""
    for i, case in enumerate(cases):
        if progress is not None and i % PROGRESS_STEP == 0:
            progress(i)
        yield [col.cell(case) for col in cols]
    if progress is not None:
        progress(len(cases))


def to_csv(cases: Sequence[Case], user: UserData | None = None, progress: Progress | None = None) -> bytes:
    """UTF-8 with a BOM and CRLF line ends, so Excel opens it with Japanese intact; formula-safe text."""
    cols = columns(cases, user)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow([csv_text(c.header) for c in cols])
    for row in _rows(cases, cols, progress):
        writer.writerow([_csv_cell(cell) for cell in row])
    return buf.getvalue().encode("utf-8-sig")


class _Formats:
    """The workbook's cell formats, each also in a quote-prefixed variant for text that looks like a formula."""

    def __init__(self, book: xlsxwriter.Workbook) -> None:
        base = {"valign": "top"}
        self.book = book
        self.header = book.add_format({**base, "bold": True, "bg_color": "#DCE6F1", "text_wrap": True,
                                       "border": 1, "valign": "vcenter"})
        specs: dict[str, dict[str, Any]] = {
            "id": {"num_format": "@"},
            "text": {"text_wrap": True},
            "long": {"text_wrap": True},
            "yen": {"num_format": YEN_FORMAT},
            "persons": {"num_format": PERSONS_FORMAT},
            "per_resident": {"num_format": PER_RESIDENT_FORMAT},
            "link": {"font_color": "#0563C1", "underline": 1},
        }
        self.plain = {kind: book.add_format({**base, **spec}) for kind, spec in specs.items()}
        self.quoted = {kind: book.add_format({**base, **spec, "quote_prefix": True}) for kind, spec in specs.items()}

    def for_text(self, kind: str, text: str) -> Any:
        return (self.quoted if looks_like_formula(text) else self.plain)[kind]


def write_text(sheet: Worksheet, row: int, col: int, text: str, fmt: Any) -> None:
    """A string cell, never a formula (longer than Excel allows: cut, as Excel itself would)."""
    sheet.write_string(row, col, text[:MAX_CELL_CHARS], fmt)


def write_cell(sheet: Worksheet, row: int, col: int, cell: Cell, kind: str, formats: _Formats) -> None:
    if cell is None:
        return
    if isinstance(cell, Link):
        url = cell.url.strip()
        if url.lower().startswith(SAFE_SCHEMES) and sheet.write_url(
                row, col, url, formats.plain["link"], string=cell.text[:MAX_CELL_CHARS]) == 0:
            return
        # Not a web link (javascript:, file:…) or too long for a hyperlink: the text only.
        write_text(sheet, row, col, cell.text, formats.for_text("text", cell.text))
        return
    if isinstance(cell, int):
        sheet.write_number(row, col, cell, formats.plain[kind])
        return
    write_text(sheet, row, col, cell, formats.for_text("text" if kind in ("yen", "persons", "per_resident")
                                                       else kind, cell))


def new_workbook(out: io.BytesIO) -> xlsxwriter.Workbook:
    # Every conversion off: a string that looks like a formula, a number or a URL stays the string it is.
    return xlsxwriter.Workbook(out, {"in_memory": True, "strings_to_formulas": False, "strings_to_numbers": False,
                                     "strings_to_urls": False, "constant_memory": False})


def to_xlsx(cases: Sequence[Case], user: UserData | None = None, progress: Progress | None = None) -> bytes:
    """One sheet, one row per case: header row frozen, autofilter on, typed and formula-safe cells.

    `progress(rows_done)` is called as rows are added; about half the time goes into the final packaging after the
    last call (10,000 cases: 3.5 s in all on the 2-core test machine)."""
    cols: list[Column] = columns(cases, user)
    out = io.BytesIO()
    book = new_workbook(out)
    book.set_properties({"title": translate("Export", "DX事例ブラウザ 事例一覧"),
                         "creator": translate("App", "DX事例ブラウザ")})
    sheet = book.add_worksheet(translate("Export", "事例"))
    formats = _Formats(book)
    for c, col in enumerate(cols):
        sheet.set_column(c, c, col.width)
        write_text(sheet, 0, c, col.header, formats.header)
    for r, row in enumerate(_rows(cases, cols, progress), start=1):
        for c, (col, cell) in enumerate(zip(cols, row, strict=True)):
            write_cell(sheet, r, c, cell, col.kind, formats)
        sheet.set_row(r, 45)  # three lines of the long texts; the whole text is in the cell
    sheet.freeze_panes(1, 2)  # the header row, and the id and title while scrolling right
    sheet.autofilter(0, 0, max(len(cases), 1), len(cols) - 1)
    book.close()
    return out.getvalue()


def comparison_xlsx(comparison: Comparison) -> bytes:
    """The comparison as one sheet: a label column, then one column per case; rows that differ are shaded."""
    out = io.BytesIO()
    book = new_workbook(out)
    book.set_properties({"title": translate("Export", "DX事例ブラウザ 事例の比較"),
                         "creator": translate("App", "DX事例ブラウザ")})
    sheet = book.add_worksheet(translate("Export", "比較"))
    formats = _Formats(book)
    label = book.add_format({"bold": True, "valign": "top", "text_wrap": True, "bg_color": "#F2F2F2", "border": 1})
    label_differs = book.add_format({"bold": True, "valign": "top", "text_wrap": True, "bg_color": "#FFF2CC",
                                     "border": 1})
    sheet.set_column(0, 0, 22)
    sheet.set_column(1, len(comparison.cases), 36)
    write_text(sheet, 0, 0, "", formats.header)
    for c, heading in enumerate(comparison.headings(), start=1):
        write_text(sheet, 0, c, heading, formats.for_text("text", heading) if looks_like_formula(heading)
                   else formats.header)
    for r, row in enumerate(comparison.rows, start=1):
        write_text(sheet, r, 0, row.label, label_differs if row.differs else label)
        for c, cell in enumerate(row.cells, start=1):
            if cell.value is not None:
                sheet.write_number(r, c, cell.value, formats.plain[row.kind])
            elif cell.text:
                write_text(sheet, r, c, cell.text, formats.for_text("long", cell.text))
    sheet.freeze_panes(1, 1)
    book.close()
    return out.getvalue()
