"""Formula safety: text from a case or a note must never become a live formula in a spreadsheet.

Excel (and LibreOffice, Google Sheets) read a cell that begins with `=`, `+`, `-` or `@` as a formula, and a leading
tab or carriage return is stripped before that check; a title like `=HYPERLINK("http://…","研修")` would open as a
link. The rule, documented in docs/data-format.md:

- CSV: such a text gets a leading apostrophe (`'=HYPERLINK(…)`), which spreadsheets take as "this is text".
- XLSX: every text is written as a string cell (never as a formula), and such a text also gets the cell's
  quote-prefix flag, so it stays text even after the user edits the cell. The value the user reads is unchanged.

Numbers are not text: a negative amount is written as a number and needs no guard.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet would read `text` as a formula (or strip its first character and then do so)."""
    return text.startswith(FORMULA_STARTS)


def csv_text(text: str) -> str:
    """`text` as a CSV cell that a spreadsheet shows as text: a leading apostrophe when it looks like a formula."""
    return "'" + text if looks_like_formula(text) else text
