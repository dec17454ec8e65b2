"""`main.py print ID… [--bookmarked] --pdf OUT.pdf`: case summaries to a PDF, headless, with the window's renderer
(the printing package)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from cli.errors import CliError
from cli.terminal import err, out
from model import selection
from model.i18n import translate
from model.selection import Selection

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
    # Start-up time: only `print` loads Qt.
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    app = QCoreApplication.instance()
    if app is None:
        QGuiApplication([sys.argv[0] if sys.argv else "main.py"])
    elif not isinstance(app, QGuiApplication):
        # Qt allows one application object per process; a QCoreApplication made earlier cannot draw text.
        raise CliError(translate("cli", "内部エラー: PDFの出力には QGuiApplication が必要です"))


def select_cases(library: Library, bookmarks: BookmarkStore, ids: list[str], bookmarked: bool) -> Selection:
    """`model.selection.select_cases`, with the command line's errors: an unknown id, nothing to print."""
    marks = bookmarks.all()
    if bookmarked and not marks and not ids:
        raise CliError(translate("cli", "ブックマークがありません（bookmarks add ID で追加）"))
    chosen = selection.select_cases(library, marks, ids, bookmarked=bookmarked)
    if chosen.unknown:
        raise CliError(translate("cli", "事例が見つかりません: {id}（list で一覧を表示）").format(id=chosen.unknown[0]))
    for case_id in chosen.missing:
        # A bookmark may outlive its case (a volume re-imported without it); print what exists.
        warning = translate("cli", "警告: ブックマークの事例がライブラリにありません: {id}")
        err(warning.format(id=case_id))
    if not chosen.cases:
        raise CliError(translate("cli", "印刷する事例のIDか --bookmarked を指定してください"))
    return chosen


def run_print(library: Library, bookmarks: BookmarkStore, ids: list[str], bookmarked: bool, pdf: Path) -> int:
    """Write the summaries to `pdf`; prints one line with the page and case counts. Returns the exit code."""
    chosen = select_cases(library, bookmarks, ids, bookmarked)
    if pdf.is_dir():
        raise CliError(translate("cli", "出力先がフォルダです: {path}").format(path=pdf))
    ensure_gui_application()
    from printing.job import PrintError  # QtGui: loaded only when printing
    from printing.pdf import write_pdf

    try:
        pages = write_pdf(chosen.cases, chosen.notes, pdf)
    except PrintError as err:
        raise CliError(str(err)) from None
    out(translate("cli", "{path} に {pages} ページを書き出しました（{count} 件）").format(
        path=pdf, pages=pages, count=len(chosen.cases)))
    return 0
