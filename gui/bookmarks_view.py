"""The 「ブックマーク」 tab of the left pane: the collections list above, the bookmarks (or the trash) below.

The bookmark table has sortable columns (case, organization, status, last log date, added, note), several rows can
be selected, and a context menu opens, sets the status, adds to or takes out of a collection, or moves to the trash
(also the Delete key; undoable). Double-click or Enter emits `caseActivated(case_id)`. Bookmarks are few (a reading
list), so the table is rebuilt on every change.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QModelIndex, QPoint, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from gui.bookmark_model import BookmarkModel
from gui.bookmark_table_model import COL_ADDED, BookmarkTableModel, CaseIdRole, SortRole
from gui.collections_view import CollectionsView
from gui.trash_view import TrashView
from model.bookmarks import STATUSES, status_label
from model.case import Case
from model.fields import label

COLUMN_WIDTHS = (210, 100, 84, 84, 84)  # case, organization, status, last log, added; the note takes the rest


class _Table(QTreeView):
    deletePressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.selectionModel().selectedRows():
            self.deletePressed.emit()
            return
        super().keyPressEvent(event)


class BookmarksView(QWidget):
    caseActivated = Signal(str)

    def __init__(self, bookmarks: BookmarkModel, lookup: Callable[[str], Case | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bookmarks = bookmarks
        self._lookup = lookup
        self._scope: tuple[str, str] = ("all", "")

        self.collections = CollectionsView(bookmarks)
        self.collections.selected.connect(self.show_scope)

        self.model = BookmarkTableModel(lookup, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self._extra_actions: list[QAction] = []
        self.table = _Table()
        self.table.setObjectName("bookmarkList")
        self.table.setAccessibleName(self.tr("ブックマークの一覧"))
        self.table.setModel(self.proxy)
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.header().setSortIndicator(COL_ADDED, Qt.SortOrder.AscendingOrder)  # the order added
        self.table.setSortingEnabled(True)
        self.table.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.header().setStretchLastSection(True)
        self.table.activated.connect(self._on_activated)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.deletePressed.connect(self.remove_selected)

        self.empty_label = QLabel(self.tr("ブックマークはまだありません。\n事例を開いて Ctrl+D か ☆ で追加できます。"))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.hint_label = QLabel(self.tr("ダブルクリックか Enter で開きます。右クリックで状態・コレクション・削除。"
                                         "Delete でゴミ箱へ（Ctrl+Z で元に戻せます）。"))
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color: #555555;")
        list_page = QWidget()
        ll = QVBoxLayout(list_page)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.table, 1)
        ll.addWidget(self.empty_label, 1)
        ll.addWidget(self.hint_label)
        self.trash_view = TrashView(bookmarks, lookup)
        self.pages = QStackedWidget()
        self.pages.addWidget(list_page)
        self.pages.addWidget(self.trash_view)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("bookmarksSplitter")
        splitter.addWidget(self.collections)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([130, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        bookmarks.changed.connect(lambda _id: self.refresh())
        bookmarks.reset.connect(self.refresh)
        self.refresh()
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)

    # -- content ---------------------------------------------------------------------------------------------

    def show_scope(self, kind: str, name: str) -> None:
        self._scope = (kind, name)
        self.pages.setCurrentIndex(1 if kind == "trash" else 0)
        self.refresh()

    def refresh(self) -> None:
        selected = set(self.selected_case_ids())
        current = self.current_case_id()
        kind, name = self._scope
        items = self._bookmarks.members(name) if kind == "collection" else self._bookmarks.all()
        self.model.set_bookmarks(items)
        selection = self.table.selectionModel()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            case_id = index.data(CaseIdRole)
            if case_id == current:
                self.table.setCurrentIndex(index)
            if case_id in selected:
                selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
        has_any = self.proxy.rowCount() > 0
        self.table.setVisible(has_any)
        self.hint_label.setVisible(has_any)
        self.empty_label.setVisible(not has_any)
        self.empty_label.setText(
            self.tr("このコレクションにはまだ事例がありません。\n一覧で右クリックして「コレクションに追加」できます。")
            if kind == "collection" else
            self.tr("ブックマークはまだありません。\n事例を開いて Ctrl+D か ☆ で追加できます。"))

    def case_ids(self) -> list[str]:
        """The case ids in the order shown."""
        return [self.proxy.index(row, 0).data(CaseIdRole) for row in range(self.proxy.rowCount())]

    def current_case_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(CaseIdRole) if index.isValid() else None

    def selected_case_ids(self) -> list[str]:
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        return [i.data(CaseIdRole) for i in rows]

    def row_text(self, row: int, column: int) -> str:
        return str(self.proxy.index(row, column).data() or "")

    def _on_activated(self, index: QModelIndex) -> None:
        case_id = index.data(CaseIdRole)
        if case_id:
            self.caseActivated.emit(case_id)

    # -- actions ---------------------------------------------------------------------------------------------

    def remove_selected(self) -> None:
        ids = self.selected_case_ids()
        if ids and not self._bookmarks.read_only:
            self._bookmarks.remove(ids)

    def _context_menu(self, pos: QPoint) -> None:
        menu = self.context_menu(self.table.indexAt(pos))
        if menu is not None:
            menu.exec(self.table.viewport().mapToGlobal(pos))
            menu.deleteLater()

    def context_menu(self, index: QModelIndex) -> QMenu | None:
        """The menu for the selected rows (the row under the mouse is selected first when it was not)."""
        if not index.isValid():
            return None
        if index.data(CaseIdRole) not in self.selected_case_ids():
            self.table.setCurrentIndex(index)
        ids = self.selected_case_ids()
        writable = not self._bookmarks.read_only
        menu = QMenu(self)
        menu.addAction(self.tr("開く"), lambda: self.caseActivated.emit(ids[0]))
        status_menu = menu.addMenu(label("status"))
        for key in STATUSES:
            action = status_menu.addAction(status_label(key), partial(self._bookmarks.set_status, ids, key))
            action.setEnabled(writable)
        add_menu = menu.addMenu(self.tr("コレクションに追加"))
        for name in self._bookmarks.collections():
            add_menu.addAction(name, partial(self._bookmarks.add_to_collection, name, ids)).setEnabled(writable)
        add_menu.addSeparator()
        new = add_menu.addAction(self.tr("新しいコレクション…"), lambda: self._add_to_new_collection(ids))
        new.setEnabled(writable)
        kind, name = self._scope
        if kind == "collection":
            menu.addAction(self.tr("「{name}」から外す").format(name=name),
                           lambda: self._bookmarks.remove_from_collection(name, ids)).setEnabled(writable)
        menu.addSeparator()
        remove = menu.addAction(self.tr("ゴミ箱へ移す (Delete)"), self.remove_selected)
        remove.setEnabled(writable)
        if self._bookmarks.can_undo():
            menu.addAction(self.tr("元に戻す (Ctrl+Z)"), self._bookmarks.undo)
        if self._extra_actions:  # the window's commands on the selection (compare, meeting pack)
            menu.addSeparator()
            menu.addActions(self._extra_actions)
        return menu

    def add_context_actions(self, actions: list[QAction]) -> None:
        """Window actions offered in the context menu for the selected bookmarks."""
        self._extra_actions.extend(actions)

    def _add_to_new_collection(self, ids: list[str]) -> None:
        name, ok = QInputDialog.getText(self, self.tr("新しいコレクション"), self.tr("名前（例: 12月課長会議）:"))
        if ok:
            self._bookmarks.add_to_collection(name, ids)
