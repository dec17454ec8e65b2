"""The window's bookmark commands: the toggle (Ctrl+D, the star, the tree's context menu), the tree's context
menu, and writing and reading reading lists; and how the tree follows a changed bookmark.

The bookmarks themselves are gui/bookmark_model.BookmarkModel (`window.bookmarks`); this only wires the window's
commands and views to it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QPoint
from PySide6.QtWidgets import QMenu

from gui import file_dialogs
from gui.case_tree_model import CaseIdRole

if TYPE_CHECKING:
    from gui.main_window import MainWindow


class BookmarkActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.tree.customContextMenuRequested.connect(self._tree_context_menu)

    def toggle(self, case_id: str | None = None) -> None:
        """Bookmark or un-bookmark a case (the current one by default)."""
        window = self.window
        case_id = case_id if isinstance(case_id, str) else window.detail.case_id
        if case_id is None:
            return
        if case_id == window.detail.case_id and case_id in window.bookmarks:
            window.detail.flush_note()
        state = window.bookmarks.toggle(case_id)
        if state is None:
            return
        window.status(self.tr("{id} をブックマークしました。").format(id=case_id) if state
                      else self.tr("{id} のブックマークを外しました。").format(id=case_id))

    def on_bookmark_changed(self, case_id: str) -> None:
        """Repaint the case's row; refilter when the filters read the bookmarks, else recount later."""
        window = self.window
        window.tree_model.refresh_case(case_id)
        filters = window.search_panel.filters()
        if filters.bookmarked_only or filters.statuses or not filters.query.is_empty:  # they read the bookmarks
            window.apply_filters()
        else:
            window.schedule_facet_counts()

    def _tree_context_menu(self, pos: QPoint) -> None:
        tree = self.window.tree
        menu = self.case_context_menu(tree.indexAt(pos))
        if menu is not None:
            menu.exec(tree.viewport().mapToGlobal(pos))
            menu.deleteLater()

    def case_context_menu(self, index: QModelIndex) -> QMenu | None:
        """The tree's context menu for a case row (None for category rows)."""
        case_id = index.data(CaseIdRole) if index.isValid() else None
        if not case_id:
            return None
        window = self.window
        menu = QMenu(window)
        text = self.tr("ブックマークを外す") if case_id in window.bookmarks else self.tr("ブックマークに追加")
        menu.addAction(text, lambda: self.toggle(case_id))
        menu.addAction(self.tr("印刷プレビュー…"), lambda: window.printing.preview([case_id]))
        menu.addAction(window.compare_action)
        return menu

    def export(self) -> None:
        """Write every bookmark to a reading list (JSON) the user chooses."""
        window = self.window
        path = file_dialogs.save_file(window, file_dialogs.BOOKMARKS, self.tr("ブックマークを書き出す"),
                                      "bookmarks.json", self.tr("リーディングリスト (*.json)"), ".json")
        if path:
            count = window.bookmarks.export(path)
            if count is not None:
                window.status(self.tr("{n}件のブックマークを書き出しました。").format(n=count))

    def import_file(self) -> None:
        """Add the bookmarks of a reading list the user chooses."""
        window = self.window
        path = file_dialogs.open_file(window, file_dialogs.BOOKMARKS, self.tr("ブックマークを読み込む"),
                                      self.tr("リーディングリスト (*.json)"))
        if path:
            count = window.bookmarks.import_file(path)
            if count is not None:
                window.status(self.tr("{n}件のブックマークを追加しました。").format(n=count))
