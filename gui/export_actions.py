"""The window's compare, export and meeting-pack commands: which cases (the selection, the list on screen, the
bookmarks), the user's notes, then the dialogs. Kept out of main_window.py, like gui/print_actions.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QDialog, QMessageBox

from gui.case_tree_model import CaseIdRole
from model.case import Case
from model.export.table import UserData

if TYPE_CHECKING:
    from gui.main_window import MainWindow


class ExportActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        # Ctrl/Shift+click picks several cases; the current row still drives the detail pane.
        window.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.organization: str | None = None  # the user's organization for the cover (settings, later)

    def add_bookmark_menu(self, actions: list[QAction]) -> None:
        """Right-click on the bookmarks: compare or take the selected bookmarks to a meeting pack."""
        self.window.bookmarks_view.add_context_actions(actions)

    def user_data(self) -> UserData:
        """The notes and statuses shown next to the cases."""
        self.window.detail.flush_note()
        return UserData.of(self.window.bookmarks.all())

    def _cases(self, ids: list[str]) -> list[Case]:
        return [c for c in (self.window.library.get(i) for i in dict.fromkeys(ids)) if c is not None]

    def selected_cases(self) -> list[Case]:
        """The cases selected in the tab the user is looking at (tree or bookmarks), in the order selected."""
        w = self.window
        if w.left_tabs.currentWidget() is w.bookmarks_view:
            return self._cases(w.bookmarks_view.selected_case_ids())
        ids = [i.data(CaseIdRole) for i in w.tree.selectionModel().selectedIndexes()]
        return self._cases([i for i in ids if i])

    def compare_selected(self) -> None:
        from gui.compare_view import open_compare

        cases = self.selected_cases()
        open_compare(self.window, cases, self.user_data())

    def listed_cases(self) -> list[Case]:
        return self._cases(self.window.tree_model.case_ids())

    def bookmarked_cases(self) -> list[Case]:
        return self._cases([b.case_id for b in self.window.bookmarks.all()])

    def export(self) -> None:
        from gui.export_dialog import run_export

        w = self.window
        listed = QCoreApplication.translate("MainWindow", "表示中の一覧")
        marked = QCoreApplication.translate("MainWindow", "ブックマーク")
        whole = QCoreApplication.translate("MainWindow", "ライブラリ全体")
        scopes = [(listed, self.listed_cases()), (marked, self.bookmarked_cases()), (whole, w.library.cases())]
        current = 1 if w.left_tabs.currentWidget() is w.bookmarks_view else 0
        run = run_export(w, scopes, current, self.user_data())
        if run is not None:
            done = QCoreApplication.translate("MainWindow", "書き出しました: {path}").format(path=str(run.out))

            def report(ok: bool) -> None:
                if ok:
                    w.status(done)

            run.finished.connect(report)

    def meeting_pack(self) -> None:
        from gui.meeting_pack import MeetingPackDialog
        from gui.parts_preview import preview_job
        from printing.meeting_pack import meeting_pack_job

        cases = self.selected_cases()
        if not cases:  # nothing selected: the reading list
            cases = self.bookmarked_cases()
        if not cases:
            message = QCoreApplication.translate("MainWindow", "事例を選ぶか、ブックマークしてから作成してください。")
            QMessageBox.information(self.window, QCoreApplication.translate("MainWindow", "会議資料を作成"), message)
            return
        dialog = MeetingPackDialog(cases, self.organization, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        preview_job(self.window, meeting_pack_job(dialog.cases(), dialog.options(), self.user_data()))

