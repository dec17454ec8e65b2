"""The window's print, preview and PDF commands: which cases (model.selection), then the dialogs.

gui/print_dialogs.py (QtPrintSupport) is imported when a command runs, not at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from gui.main_window import MainWindow
    from model.selection import Selection


class PrintActions:
    """Print, preview and save as PDF the current case, some cases, or every bookmark of `window`."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def _select(self, case_ids: list[str] | None = None, *, bookmarked: bool = False) -> Selection:
        from model.selection import select_cases  # start-up time: loaded on the first print

        self.window.detail.flush_note()  # the note being typed is printed too
        return select_cases(self.window.library, self.window.bookmarks.all(), case_ids or [], bookmarked=bookmarked)

    def _current(self) -> Selection | None:
        case_id = self.window.detail.case_id
        if case_id is None:
            self.window.status(QCoreApplication.translate("MainWindow", "印刷する事例を選んでください。"))
            return None
        return self._select([case_id])

    def _bookmarked(self) -> Selection | None:
        chosen = self._select(bookmarked=True)
        if not chosen.cases:
            QMessageBox.information(self.window, QCoreApplication.translate("MainWindow", "ブックマーク"),
                                    QCoreApplication.translate("MainWindow", "ブックマークした事例がありません。"))
            return None
        return chosen

    def preview(self, case_ids: list[str]) -> None:
        from gui import print_dialogs  # start-up time: QtPrintSupport loads on the first print

        chosen = self._select(case_ids)
        print_dialogs.preview(self.window, chosen.cases, chosen.notes)

    def preview_current(self) -> None:
        chosen = self._current()
        if chosen is not None:
            from gui import print_dialogs

            print_dialogs.preview(self.window, chosen.cases, chosen.notes)

    def print_current(self) -> None:
        self._print(self._current())

    def print_bookmarks(self) -> None:
        """ブックマークを一括印刷…: many pages, so the preview first (its print button prints the same pages)."""
        chosen = self._bookmarked()
        if chosen is not None:
            from gui import print_dialogs

            print_dialogs.preview(self.window, chosen.cases, chosen.notes)

    def pdf_current(self) -> None:
        self._save_pdf(self._current())

    def pdf_bookmarks(self) -> None:
        self._save_pdf(self._bookmarked())

    def _print(self, chosen: Selection | None) -> None:
        if chosen is not None:
            from gui import print_dialogs

            print_dialogs.print_dialog(self.window, chosen.cases, chosen.notes)

    def _save_pdf(self, chosen: Selection | None) -> None:
        if chosen is None:
            return
        from gui import print_dialogs

        out = print_dialogs.save_pdf(self.window, chosen.cases, chosen.notes)
        if out is not None:
            self.window.status(QCoreApplication.translate("MainWindow", "PDFを保存しました: {path}").format(
                path=str(out)))
