"""`main.py print ID… [--bookmarked] [--collection NAME] --pdf OUT.pdf`: case summaries to a PDF, headless, with
the window's renderer (the printing package)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from cli.errors import CliError
from cli.terminal import err, out, terminal_safe
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


def select_cases(library: Library, bookmarks: BookmarkStore, ids: list[str], bookmarked: bool,
                 collection: str | None = None) -> Selection:
    """`model.selection.select_cases`, with the command line's errors: an unknown id or collection, nothing to
    print."""
    marks = bookmarks.all()
    if bookmarked and not marks and not ids:
        raise CliError(translate("cli", "ブックマークがありません（bookmarks add ID で追加）"))
    chosen = selection.select_cases(library, marks, ids, bookmarked=bookmarked, collection=collection,
                                    collections=bookmarks.collections())
    if chosen.unknown_collection is not None:
        raise CliError(translate("cli", "コレクション「{name}」はありません（collections list で一覧を表示）").format(
            name=terminal_safe(chosen.unknown_collection)))
    if chosen.unknown:
        raise CliError(translate("cli", "事例が見つかりません: {id}（list で一覧を表示）").format(id=chosen.unknown[0]))
    for case_id in chosen.missing:
        # A bookmark may outlive its case (a volume re-imported without it); print what exists.
        warning = translate("cli", "警告: ブックマークの事例がライブラリにありません: {id}")
        err(warning.format(id=case_id))
    if not chosen.cases and collection is not None:
        empty = translate("cli", "コレクション「{name}」に事例がありません")
        raise CliError(empty.format(name=terminal_safe(collection)))
    if not chosen.cases:
        raise CliError(translate("cli", "印刷する事例のIDか --bookmarked / --collection を指定してください"))
    return chosen


def run_pack(args: argparse.Namespace, library: Library, bookmarks: BookmarkStore) -> int:
    """`pack ID… [--collection NAME] --pdf FILE [--title T] [--with-notes] [--with-log] [--full-interviews]`: the
    window's 会議資料 as a PDF, the cases in the order given."""
    chosen = select_cases(library, bookmarks, args.ids, False, args.collection)
    if args.pdf.is_dir():
        raise CliError(translate("cli", "出力先がフォルダです: {path}").format(path=args.pdf))
    title = (args.title or "").strip() or translate("cli", "DX推進事例の検討資料")
    ensure_gui_application()
    from model.export.print_html import PackOptions
    from model.export.table import UserData
    from printing.job import PrintError
    from printing.meeting_pack import write_meeting_pack_pdf

    options = PackOptions(title, None, args.with_notes, args.full_interviews, args.with_log)
    try:
        pages = write_meeting_pack_pdf(chosen.cases, options, args.pdf, UserData.of(bookmarks.all()))
    except PrintError as exc:
        raise CliError(str(exc)) from None
    out(translate("cli", "{path} に {pages} ページを書き出しました（{count} 件）").format(
        path=args.pdf, pages=pages, count=len(chosen.cases)))
    return 0


def run_print(library: Library, bookmarks: BookmarkStore, ids: list[str], bookmarked: bool, pdf: Path, *,
              collection: str | None = None) -> int:
    """Write the summaries to `pdf`; prints one line with the page and case counts. Returns the exit code."""
    chosen = select_cases(library, bookmarks, ids, bookmarked, collection)
    if pdf.is_dir():
        raise CliError(translate("cli", "出力先がフォルダです: {path}").format(path=pdf))
    ensure_gui_application()
    from printing.job import PrintError  # QtGui: loaded only when printing
    from printing.pdf import write_pdf

    try:
        pages = write_pdf(chosen.cases, chosen.notes, pdf)
    except PrintError as exc:
        raise CliError(str(exc)) from None
    out(translate("cli", "{path} に {pages} ページを書き出しました（{count} 件）").format(
        path=pdf, pages=pages, count=len(chosen.cases)))
    return 0
