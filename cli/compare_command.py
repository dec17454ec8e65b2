"""`main.py compare ID ID… | --collection NAME [--pdf FILE | --xlsx FILE]`: 2–6 cases side by side.

Without an option: a text table sized to the terminal (wide characters count double), every control character in
case text or notes shown escaped so it cannot move the cursor or recolour the terminal.
"""

from __future__ import annotations

import argparse
import shutil
import unicodedata
from typing import TYPE_CHECKING

from cli.errors import CliError
from cli.export import cases_by_id, collection_cases, user_data, write_to
from cli.terminal import out
from model.export.compare import CompareError, Comparison, compare
from model.export.sheets import comparison_xlsx
from model.i18n import translate

if TYPE_CHECKING:
    from model.bookmarks import BookmarkStore
    from model.library import Library

MIN_COLUMN = 14
NO_LINE_START = set("、。，．）」』】〕〉》”’・：；！？ーぁぃぅぇぉっゃゅょァィゥェォッャュョ")
LABEL_MAX = 18


def escape_control(text: str) -> str:
    """`text` with control and format characters (ESC, BEL, bidi overrides…) written as \\x1b, \\u202e…"""
    out = []
    for ch in text:
        if ch != "\n" and unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp"):
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out)


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def wrap(text: str, columns: int) -> list[str]:
    """`text` broken into lines of at most `columns` terminal cells (Japanese has no spaces to break at)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, used = "", 0
        for ch in paragraph:
            w = width(ch)
            if used + w > columns and line:
                carry = ""
                if ch in NO_LINE_START and len(line) > 1:
                    carry, line = line[-1], line[:-1]  # 「。」 never starts a line: take a character along
                lines.append(line)
                line, used = carry, width(carry)
            line += ch
            used += w
        lines.append(line)
    return lines


def _pad(text: str, columns: int) -> str:
    return text + " " * max(0, columns - width(text))


def text_table(comparison: Comparison, total_width: int) -> str:
    """The comparison as a text table; rows that differ are marked with 「*」."""
    n = len(comparison.cases)
    label_w = min(LABEL_MAX, max(width(r.label) for r in comparison.rows) + 2)
    col_w = max(MIN_COLUMN, (total_width - label_w - 3 * n) // n)
    rule = "-" * (label_w + (col_w + 3) * n)

    def block(label: str, cells: list[str]) -> list[str]:
        wrapped = [wrap(escape_control(c) or "－", col_w) for c in cells]
        labels = wrap(label, label_w)
        height = max(len(labels), *(len(w) for w in wrapped))
        return [_pad(labels[i] if i < len(labels) else "", label_w)
                + "".join(" | " + _pad(w[i] if i < len(w) else "", col_w) for w in wrapped)
                for i in range(height)]

    lines = block("", [escape_control(h) for h in comparison.headings()])
    lines.append(rule)
    for row in comparison.rows:
        lines += block(("* " if row.differs else "  ") + row.label, [c.text for c in row.cells])
        lines.append(rule)
    lines.append(translate("cli", "* 事例によって内容が異なる項目"))
    return "\n".join(line.rstrip() for line in lines) + "\n"


def run_compare(args: argparse.Namespace, library: Library, store: BookmarkStore) -> int:
    cases = cases_by_id(library, args.ids or [])
    if args.collection is not None:
        cases += [c for c in collection_cases(library, store, args.collection) if c not in cases]
    try:
        comparison = compare(cases, user_data(store))
    except CompareError as exc:
        raise CliError(str(exc)) from None
    if args.xlsx is not None:
        write_to(args.xlsx, comparison_xlsx(comparison))
        out(translate("cli", "{path} に {count} 件の比較を書き出しました").format(path=args.xlsx, count=len(cases)))
        return 0
    if args.pdf is not None:
        from cli.print_command import ensure_gui_application

        ensure_gui_application()
        from printing.compare import write_comparison_pdf
        from printing.job import PrintError

        try:
            pages = write_comparison_pdf(comparison, args.pdf)
        except PrintError as exc:
            raise CliError(str(exc)) from None
        out(translate("cli", "{path} に {pages} ページを書き出しました（{count} 件）").format(
            path=args.pdf, pages=pages, count=len(cases)))
        return 0
    columns = shutil.get_terminal_size((120, 24)).columns
    out(text_table(comparison, columns), end="")
    return 0
