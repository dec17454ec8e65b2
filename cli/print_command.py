"""`main.py print ID… [--bookmarked] --pdf OUT.pdf`: case summaries to a PDF, headless, with the GUI's renderer."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from cli.errors import CliError
from model.case import Case
from model.i18n import translate

if TYPE_CHECKING:
    from model.bookmarks import BookmarkStore
    from model.library import Library


def ensure_gui_application() -> None:
    """A QGuiApplication (fonts and the PDF writer need one) that never needs a display.

    On Linux the command always uses Qt's offscreen platform unless the user chose one: writing a PDF needs no
    screen, and a stale DISPLAY (an ssh session, a closed X server) would otherwise abort the process.
    """
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    app = QCoreApplication.instance()
    if app is None:
        QGuiApplication([sys.argv[0] if sys.argv else "main.py"])
    elif not isinstance(app, QGuiApplication):
        # Qt allows one application object per process; a QCoreApplication made earlier cannot draw text.
        raise CliError(translate("cli", "内部エラー: PDFの出力には QGuiApplication が必要です"))


def select_cases(library: Library, bookmarks: BookmarkStore, ids: list[str], bookmarked: bool) -> list[Case]:
    """The cases named by `ids` (in that order), then the bookmarked ones (in bookmark order), without repeats."""
    cases: list[Case] = []
    seen: set[str] = set()
    for case_id in ids:
        case = library.get(case_id)
        if case is None:
            raise CliError(translate("cli", "事例が見つかりません: {id}（list で一覧を表示）").format(id=case_id))
        if case.id not in seen:
            seen.add(case.id)
            cases.append(case)
    if bookmarked:
        marks = bookmarks.all()
        if not marks and not ids:
            raise CliError(translate("cli", "ブックマークがありません（bookmarks add ID で追加）"))
        for mark in marks:
            case = library.get(mark.case_id)
            if case is None:
                # A bookmark may outlive its case (a volume re-imported without it); print what exists.
                warning = translate("cli", "警告: ブックマークの事例がライブラリにありません: {id}")
                print(warning.format(id=mark.case_id), file=sys.stderr)
                continue
            if case.id not in seen:
                seen.add(case.id)
                cases.append(case)
    if not cases:
        raise CliError(translate("cli", "印刷する事例のIDか --bookmarked を指定してください"))
    return cases


def run_print(library: Library, bookmarks: BookmarkStore, ids: list[str], bookmarked: bool, pdf: Path) -> int:
    """Write the summaries to `pdf`; prints one line with the page and case counts. Returns the exit code."""
    cases = select_cases(library, bookmarks, ids, bookmarked)
    if pdf.is_dir():
        raise CliError(translate("cli", "出力先がフォルダです: {path}").format(path=pdf))
    notes = {mark.case_id: mark.note for mark in bookmarks.all() if mark.note}
    ensure_gui_application()
    from printing.job import PrintError  # QtGui: loaded only when printing
    from printing.pdf import write_pdf

    try:
        pages = write_pdf(cases, notes, pdf)
    except PrintError as err:
        raise CliError(str(err)) from None
    print(translate("cli", "{path} に {pages} ページを書き出しました（{count} 件）").format(
        path=pdf, pages=pages, count=len(cases)))
    return 0
