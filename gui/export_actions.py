"""The window's compare, export and meeting-pack commands: which cases (the selection, the list on screen, the
bookmarks, a collection), the user's notes, then the dialogs. Kept out of main_window.py, like
gui/print_actions.py. The collections list asks for its commands here (`CollectionsView.actionRequested`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QDialog, QMessageBox

from gui.case_tree_model import CaseIdRole
from model.case import Case

ORGANIZATION_KEY = "user/organization"  # 自分の団体: MyOrganization.to_settings() under this group

if TYPE_CHECKING:
    from gui.bookmarks_view import BookmarksView
    from gui.export_worker import ExportRun
    from gui.main_window import MainWindow
    from model.export.table import UserData
    from model.selection import Selection


class ExportActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        # Ctrl/Shift+click picks several cases; the current row still drives the detail pane.
        window.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

    def organization(self) -> str | None:
        """The user's own organization (自分の団体 in the settings) as the cover prints it, None when not set."""
        return organization_name(self.window.settings)

    def attach_bookmarks_view(self, view: BookmarksView, actions: list[QAction]) -> None:
        """The bookmarks tab, once built: its collections' commands come here, and a right-click on the selected
        bookmarks offers `actions` (compare, meeting pack)."""
        view.collections.actionRequested.connect(self.collection_action)
        view.add_context_actions(actions)

    def user_data(self) -> UserData:
        """The notes and statuses shown next to the cases."""
        from model.export.table import UserData  # start-up time: the export table loads when first needed

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

    def collection(self, name: str) -> Selection:
        """The cases of the collection `name`, in bookmark order (model.selection, as the CLI's --collection)."""
        from model.selection import select_cases

        self.window.detail.flush_note()
        marks = self.window.bookmarks
        return select_cases(self.window.library, marks.all(), collection=name, collections=marks.collections())

    def collection_action(self, action: str, name: str) -> None:
        """A command of the collections list on the collection `name`: print, export, compare or pack."""
        if action == "export":
            self.export(collection=name)
            return
        chosen = self.collection(name)
        if not chosen.cases:
            title = QCoreApplication.translate("MainWindow", "コレクション")
            text = QCoreApplication.translate("MainWindow", "コレクション「{name}」に事例がありません。").format(
                name=name)
            message = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok,
                                  self.window)
            message.setTextFormat(Qt.TextFormat.PlainText)
            message.exec()
            return
        if action == "print":
            from gui import print_dialogs  # start-up time: QtPrintSupport loads on the first print

            print_dialogs.preview(self.window, chosen.cases, chosen.notes)
        elif action == "compare":
            from gui.compare_view import open_compare

            open_compare(self.window, chosen.cases, self.user_data())
        elif action == "pack":
            self.meeting_pack_of(chosen.cases, title=name)

    def export(self, *, collection: str | None = None) -> ExportRun | None:
        """ファイル → 書き出し…; with `collection`, that collection is the scope chosen first. The export running
        (None when the user cancelled)."""
        from gui.export_dialog import run_export

        w = self.window
        listed = QCoreApplication.translate("MainWindow", "表示中の一覧")
        marked = QCoreApplication.translate("MainWindow", "ブックマーク")
        whole = QCoreApplication.translate("MainWindow", "ライブラリ全体")
        scopes = [(listed, self.listed_cases()), (marked, self.bookmarked_cases())]
        current = 1 if w.left_tabs.currentWidget() is w.bookmarks_view else 0
        for name in w.bookmarks.collections():
            if name == collection:
                current = len(scopes)
            scopes.append((QCoreApplication.translate("MainWindow", "コレクション: {name}").format(name=name),
                           self.collection(name).cases))
        scopes.append((whole, w.library.cases()))
        run = run_export(w, scopes, current, self.user_data())
        if run is not None:
            done = QCoreApplication.translate("MainWindow", "書き出しました: {path}").format(path=str(run.out))

            def report(ok: bool) -> None:
                if ok:
                    w.status(done)

            run.finished.connect(report)
        return run

    def meeting_pack(self) -> None:
        """印刷 → 会議資料を作成…: of the cases selected, else the bookmarks."""
        self.meeting_pack_of(self.selected_cases())

    def meeting_pack_of(self, cases: list[Case], *, title: str | None = None) -> None:
        """The meeting pack dialog and preview for `cases` (the bookmarks when empty); `title` proposed."""
        from gui.meeting_pack import MeetingPackDialog
        from gui.parts_preview import preview_job
        from printing.meeting_pack import meeting_pack_job

        if not cases:  # nothing selected: the reading list
            cases = self.bookmarked_cases()
        if not cases:
            message = QCoreApplication.translate("MainWindow", "事例を選ぶか、ブックマークしてから作成してください。")
            QMessageBox.information(self.window, QCoreApplication.translate("MainWindow", "会議資料を作成"), message)
            return
        dialog = MeetingPackDialog(cases, self.organization(), self.window)
        if title:
            dialog.title_edit.setText(title)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        preview_job(self.window, meeting_pack_job(dialog.cases(), dialog.options(), self.user_data()))



def organization_name(settings: QSettings) -> str | None:
    """The organization stored as 自分の団体 (「山形県舟形町」), None when none is (or it is no longer valid).

    The value is MyOrganization.to_settings(): either one map under ORGANIZATION_KEY or its keys in that group.
    """
    from model.similar import MyOrganization  # start-up time: the official list loads when a cover needs it

    stored = settings.value(ORGANIZATION_KEY)
    if isinstance(stored, dict):
        values: dict[str, object] = dict(stored)
    else:
        settings.beginGroup(ORGANIZATION_KEY)
        try:
            values = {key: settings.value(key) for key in settings.childKeys()}
        finally:
            settings.endGroup()
    mine = MyOrganization.from_settings(values)
    return mine.municipality.organization if mine is not None else None
