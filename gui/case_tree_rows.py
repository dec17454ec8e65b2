"""The case tree's rows beyond the first: the 「さらに n 件を表示」 row of a crowded subcategory (or of the flat list),
`show_more` inserting the next rows in its place, `reveal` making a hidden case a row.

`CaseRows` is the base of gui/case_tree_model.CaseTreeModel: it holds the case parents and the case rows
(gui/case_tree_nodes builds them), and changes the rows with insert and remove signals, so a view keeps its
selection and expansion (no reset). Each subcategory starts with `ROWS_PER_GROUP` rows, the flat list with
`ROWS_FLAT`; choosing the 「さらに」 row adds as many again as are shown (at least that page), so any number is a few
clicks away. The row's text says how many it adds and how many are left.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QGuiApplication

from gui.case_tree_nodes import COLUMNS, ROWS_FLAT, ROWS_PER_GROUP, Labels, Node, NodeKind, fill

_Index = QModelIndex | QPersistentModelIndex
R = Qt.ItemDataRole
_R_DISPLAY, _R_ACCESSIBLETEXT, _R_TOOLTIP, _R_FONT, _R_FOREGROUND = (
    R.DisplayRole, R.AccessibleTextRole, R.ToolTipRole, R.FontRole, R.ForegroundRole)
NodeKindRole = Qt.ItemDataRole.UserRole + 3  # a NodeKind
MatchCountRole = Qt.ItemDataRole.UserRole + 5  # int, group rows: matching cases below; 「さらに」 rows: behind it


class CaseRows(QAbstractItemModel):
    """The case parents and their rows, with the 「さらに」 rows; the subclass builds them (`_rebuild`)."""

    _grouped: bool
    _root: Node
    _by_id: dict[str, Node]  # the case rows
    _parents: list[Node]  # the case parents, in tree order
    _parent_map: dict[str, Node] | None  # every matching case's parent, row or not (`_parent_of`)
    _labels: Labels
    _italic: QFont

    def _rows(self) -> int:
        return ROWS_PER_GROUP if self._grouped else ROWS_FLAT

    def _parent_of(self) -> dict[str, Node]:
        if self._parent_map is None:
            self._parent_map = {c.id: parent for parent in self._parents for c in parent.cases}
        return self._parent_map

    def show_more(self, index: _Index) -> QModelIndex:
        """Insert the next case rows in place of the 「さらに」 row `index` (as many as its parent shows, at least a
        page) and return the first of them; an invalid index for any other row."""
        node: Node | None = index.internalPointer() if index.isValid() else None
        if node is None or node.kind != NodeKind.MORE or node.parent is None:
            return QModelIndex()
        parent, shown = node.parent, node.row
        self._show_rows(parent, shown + max(shown, self._rows()))
        first = parent.children[shown]
        return self.createIndex(first.row, 0, first)

    def reveal(self, case_id: str) -> QModelIndex:
        """The index of a matching case, making it a row first when it stands behind a 「さらに」 row; invalid
        when the case does not match."""
        node = self._by_id.get(case_id)
        if node is None:
            parent = self._parent_of().get(case_id)
            if parent is None:
                return QModelIndex()
            position = next(i for i, c in enumerate(parent.cases) if c.id == case_id)
            self._show_rows(parent, position + 1)
            node = self._by_id[case_id]
        return self.createIndex(node.row, 0, node)

    def _show_rows(self, parent: Node, rows: int) -> None:
        more = parent.children[-1]
        shown = more.row
        new = parent.cases[shown:rows]
        if not new or more.kind != NodeKind.MORE:
            return
        where = self.createIndex(parent.row, 0, parent) if parent is not self._root else QModelIndex()
        self.beginInsertRows(where, shown, shown + len(new) - 1)
        hidden = self._refill(parent, shown + len(new))[0]
        last = hidden == 0
        if last:  # the last rows are in: the 「さらに」 row goes once the view knows of them
            more.row = len(parent.children)
            parent.children.append(more)
        self.endInsertRows()
        if last:
            self.beginRemoveRows(where, more.row, more.row)
            parent.children.pop()
            self.endRemoveRows()
        else:
            more.count = hidden
            self._label_more(more)
            self.dataChanged.emit(self.createIndex(more.row, 0, more),
                                  self.createIndex(more.row, len(COLUMNS) - 1, more))

    def _refill(self, parent: Node, rows: int) -> tuple[int, list[Node]]:
        """Make the parent's children its first `rows` cases again, reusing its case rows and its 「さらに」 row
        (views hold indexes to them): how many cases are left behind the 「さらに」 row (0: none, no such row),
        and the case rows no longer shown."""
        old = parent.children
        more = old[-1] if old and old[-1].kind == NodeKind.MORE else None
        keep = {n.case.id: n for n in old if n.case is not None}
        for case_id in keep:
            del self._by_id[case_id]
        fill(parent, rows, self._labels, self._by_id, keep)
        fresh = parent.children[-1] if parent.children else None
        if fresh is None or fresh.kind != NodeKind.MORE:
            return 0, list(keep.values())
        if more is not None:  # its count is the caller's to change, once views know of the new rows
            more.row = fresh.row
            parent.children[-1] = more
        return fresh.count, list(keep.values())

    def _label_more(self, node: Node) -> None:
        """The 「さらに」 row's text: how many rows choosing it adds (as many as are shown, at least a page)."""
        n = min(node.count, max(node.row, self._rows()))
        if n == node.count:
            node.label = QCoreApplication.translate("CaseTreeModel", "さらに {n} 件を表示").format(n=f"{n:,}")
        else:
            node.label = QCoreApplication.translate(
                "CaseTreeModel", "さらに {n} 件を表示（残り {rest} 件）").format(n=f"{n:,}", rest=f"{node.count:,}")

    def _more_data(self, node: Node, role: int, column: int) -> Any:
        if role in (_R_DISPLAY, _R_ACCESSIBLETEXT, _R_TOOLTIP):
            return node.label if column == 0 else None
        if role == _R_FONT:
            return self._italic
        if role == _R_FOREGROUND:  # drawn as a link: choosing it does something
            return QGuiApplication.palette().link()
        if role == NodeKindRole:
            return node.kind
        if role == MatchCountRole:
            return node.count
        return None
