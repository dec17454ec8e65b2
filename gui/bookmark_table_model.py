"""The bookmark list as a table: case, organization, status, last log date, added, note; sortable by each column.

Rows are the bookmarks shown (all, or one collection's), in the order added; `SortRole` gives each column's sort key
(the added column sorts by the bookmark's place, so sorting it ascending is the order added). Every text is shown
as plain text; the tooltip (the note) is escaped HTML, so markup in a colleague's note is never rendered.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from gui.plain import note_preview, plain_tooltip
from model.bookmarks import Bookmark
from model.case import Case
from model.edition_import import is_archived_id
from model.fields import label

CaseIdRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3

COL_CASE, COL_ORG, COL_STATUS, COL_LOG, COL_ADDED, COL_NOTE = range(6)

# Status badges: a soft background and a dark text colour per status (readable in light themes).
STATUS_COLORS = {
    "todo": ("#eeeeee", "#444444"),
    "considering": ("#fff3c4", "#6b4e00"),
    "contacted": ("#dbeafe", "#1e3a8a"),
    "adopted": ("#d1fae5", "#065f46"),
    "declined": ("#f3e8e8", "#7f1d1d"),
}

Index = QModelIndex | QPersistentModelIndex


class BookmarkTableModel(QAbstractTableModel):
    def __init__(self, lookup: Callable[[str], Case | None], parent: Any = None) -> None:
        super().__init__(parent)
        self._lookup = lookup
        self._rows: list[Bookmark] = []
        self._cases: list[Case | None] = []
        self._headers = [self.tr("事例"), self.tr("団体"), label("status"), self.tr("最終記録"), self.tr("追加日"),
                         label("note")]
        self._missing = self.tr("（ライブラリにない事例）")
        self._left = self.tr("（最新版に掲載なし）")

    def set_bookmarks(self, bookmarks: list[Bookmark]) -> None:
        self.beginResetModel()
        self._rows = list(bookmarks)
        self._cases = [self._lookup(b.case_id) for b in self._rows]
        self.endResetModel()

    def bookmark(self, row: int) -> Bookmark:
        return self._rows[row]

    def case_ids(self) -> list[str]:
        return [b.case_id for b in self._rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        bm, case, col = self._rows[index.row()], self._cases[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(bm, case, col)
        if role == SortRole:
            if col == COL_ADDED:
                return bm.seq
            if col == COL_STATUS:
                from model.bookmarks import STATUSES

                return STATUSES.index(bm.status)
            return self._display(bm, case, col)
        if role == CaseIdRole:
            return bm.case_id
        if role == Qt.ItemDataRole.ToolTipRole:
            title = f"{bm.case_id}  {case.title}" if case else f"{bm.case_id}  {self._missing}"
            return plain_tooltip(f"{title}\n\n{bm.note}" if bm.note else title)
        if col == COL_STATUS and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(STATUS_COLORS[bm.status][0]))
        if col == COL_STATUS and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(STATUS_COLORS[bm.status][1]))
        return None

    def _display(self, bm: Bookmark, case: Case | None, col: int) -> str:
        if col == COL_CASE:
            if case is not None and is_archived_id(bm.case_id):  # kept when a new edition dropped it
                return f"★ {bm.case_id}  {case.title}  {self._left}"
            return f"★ {bm.case_id}  {case.title if case else self._missing}"
        if col == COL_ORG:
            return case.organization if case else ""
        if col == COL_STATUS:
            return bm.status_label
        if col == COL_LOG:
            return bm.last_log_date
        if col == COL_ADDED:
            return bm.added_at[:10]
        return note_preview(bm.note)
