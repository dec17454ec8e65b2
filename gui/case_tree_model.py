"""The category → subcategory → case tree of the left pane: a thin item model over the plain node objects and the
column table of gui/case_tree_nodes.

The nodes are built once per filter change (`set_cases`, a model reset: filtering happens in Python, which measured
15–200× faster than a QSortFilterProxyModel calling back into Python for every row). Display strings are computed
when the nodes are built, so `data()` is a few attribute reads. A bookmark toggle changes one row only
(`refresh_case`, `dataChanged` with the affected roles).

Each subcategory shows its first 30 cases as rows (the flat list its first 200; gui/case_tree_nodes) and one
「さらに n 件を表示」 row for the rest: choosing it (`show_more`) inserts the next rows, as many as are shown
already, so any number is a few clicks away; a case shown elsewhere (the detail pane, history, a search that keeps
it) is made a row by `reveal`. `matches`, `case_count` and `case_ids` cover every matching case, rows or not.

Columns (`COLUMNS`): 事例名 (the tree column: group rows show their name and count there), ★, 番号, 団体名, 都道府県,
人口規模, 人口, 初期費用, 年間費用, 導入期間, New, 状態, headed with the field table's labels. (No spanned group rows:
with any row spanned QTreeView asks the model for a second index per row on every layout, measured 1.6× slower at
10,000 cases.) A header click sorts the cases of each subcategory (`sort`, a layout change that keeps selection,
expansion and how many rows each subcategory shows) by the model/sorting key; `set_grouped(False)` lists every case
flat, to sort the whole library. A case found only through the user's note carries the 「メモ」 badge (`NoteHitRole`).
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from gui.badges import new_badge, note_badge, status_icon
from gui.case_tree_nodes import (
    COL,
    COLUMNS,
    HEADING_KEY,
    HIDDEN_BY_DEFAULT,
    ROWS_FLAT,
    ROWS_PER_GROUP,
    Node,
    NodeKind,
    build_groups,
    build_tree,
    case_label,
    case_texts,
    fill,
    places,
    sort_column_of,
)
from gui.case_tree_rows import CaseRows, MatchCountRole, NodeKindRole
from gui.plain import plain_tooltip
from model.bookmarks import status_label
from model.case import Case, population_band_label
from model.fields import label
from model.sorting import SortValues

# The node and column names are defined in gui/case_tree_nodes; they stay importable from here.
__all__ = [
    "COL",
    "COLUMNS",
    "HIDDEN_BY_DEFAULT",
    "ROWS_FLAT",
    "ROWS_PER_GROUP",
    "BookmarkedRole",
    "CaseIdRole",
    "CaseRole",
    "CaseTreeModel",
    "MatchCountRole",
    "Node",
    "NodeKind",
    "NodeKindRole",
    "NoteHitRole",
    "StatusRole",
    "build_tree",
    "case_label",
    "case_texts",
    "sort_column_of",
]

CaseRole = Qt.ItemDataRole.UserRole + 1  # the Case of a case row (None elsewhere)
CaseIdRole = Qt.ItemDataRole.UserRole + 2  # its id, e.g. "1-05"
BookmarkedRole = Qt.ItemDataRole.UserRole + 4  # bool, case rows only
StatusRole = Qt.ItemDataRole.UserRole + 6  # the bookmark status key of a case row, None when not bookmarked
NoteHitRole = Qt.ItemDataRole.UserRole + 7  # bool: found by the search only through the user's note or log

_Index = QModelIndex | QPersistentModelIndex
_TOP = QModelIndex()  # the invisible root, as a default argument
# Computed once: the view asks for every row's flags while laying out, and enum `|` is slow in Python.
_GROUP_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_LEAF_FLAGS = _GROUP_FLAGS | Qt.ItemFlag.ItemNeverHasChildren
_CASE = NodeKind.CASE
_NUMERIC = frozenset(COL[k] for k in ("population", "initial_cost", "running_cost", "lead_time"))
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter
_COL_BOOKMARK, _COL_STATUS, _COL_NEW, _COL_TITLE = COL["bookmark"], COL["status"], COL["is_new"], COL["title"]


def _none(_case_id: str) -> str | None:
    return None


class CaseTreeModel(CaseRows):
    """Category → subcategory → case (or one flat list), over the cases passed to `set_cases`, in columns."""

    def __init__(self, is_bookmarked: Callable[[str], bool], parent: QObject | None = None, *,
                 status_of: Callable[[str], str | None] = _none) -> None:
        super().__init__(parent)
        self._is_bookmarked = is_bookmarked
        self._status_of = status_of
        self._grouped = True
        self._sort: tuple[str, bool] = ("number", False)
        self._root, self._by_id = build_tree([])
        self._parents: list[Node] = []  # the case parents, in tree order
        self._parent_map: dict[str, Node] | None = {}  # every matching case's parent, row or not (`_parent_of`)
        self._shown: list[Case] = []
        self._note_hits: frozenset[str] = frozenset()
        self._labels: dict[str, tuple[Case, tuple[str, ...]]] = {}
        self._places = places()
        self._sort_values = SortValues()
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)

    # -- content ---------------------------------------------------------------------------------------------

    def set_cases(self, cases: Sequence[Case], note_hits: frozenset[str] = frozenset()) -> None:
        """Show `cases` (a full reset: views lose their selection, callers restore it); `note_hits` are the ids
        found only through the user's note (marked 「メモ」)."""
        if note_hits != self._note_hits:
            self._note_hits = note_hits
            if len(cases) == len(self._shown) and all(map(operator.is_, cases, self._shown)):
                self._emit_all_changed()
                return
        if len(cases) == len(self._shown) and all(map(operator.is_, cases, self._shown)):
            return  # the same rows ("D" then "DX" where every case says DX): no reset, no relayout
        self._shown = list(cases)
        self._rebuild()

    def _rebuild(self) -> None:
        old = self._root  # keep the old nodes alive until views have dropped their indexes
        self.beginResetModel()
        self._root, self._parents = build_groups(self._shown, self._grouped, self._places)
        if self._sort != ("number", False):  # build_groups' order already
            self._sort_parents()
        self._by_id = {}
        self._parent_map = None  # built when first asked: most keystrokes never need it
        rows = self._rows()
        for parent in self._parents:
            fill(parent, rows, self._labels, self._by_id)
            if parent.children and parent.children[-1].kind == NodeKind.MORE:
                self._label_more(parent.children[-1])
        self.endResetModel()
        del old

    def grouped(self) -> bool:
        return self._grouped

    def set_grouped(self, grouped: bool) -> None:
        """Category → subcategory → case (True) or all cases in one list, sorted as a whole (False)."""
        if grouped != self._grouped:
            self._grouped = grouped
            self._rebuild()

    def note_hits(self) -> frozenset[str]:
        return self._note_hits

    def _emit_all_changed(self) -> None:
        for parent in self._parents:
            if parent.children:
                first, last = parent.children[0], parent.children[-1]
                self.dataChanged.emit(self.createIndex(first.row, 0, first),
                                      self.createIndex(last.row, len(COLUMNS) - 1, last))

    # -- sorting ---------------------------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the cases of each subcategory (or the flat list) by a column; cases without a figure last."""
        wanted = (sort_column_of(column), order == Qt.SortOrder.DescendingOrder)
        if wanted == self._sort:
            return
        self._sort = wanted
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        nodes = [(index.internalPointer(), index.column()) for index in old]
        self._sort_parents()
        # Each parent keeps as many case rows as it shows; which cases they are follows the new order.
        for parent in self._parents:
            rows = sum(1 for n in parent.children if n.case is not None)
            for n in self._refill(parent, rows)[1]:
                n.row = -1  # no longer a row: its indexes become invalid
        self.changePersistentIndexList(
            old, [self.createIndex(n.row, c, n) if n.row >= 0 else QModelIndex() for n, c in nodes])
        self.layoutChanged.emit()

    def sort_order(self) -> tuple[str, bool]:
        """The model/sorting column and whether descending."""
        return self._sort

    def _sort_parents(self) -> None:
        column, descending = self._sort
        for parent in self._parents:
            if len(parent.cases) > 1:
                parent.cases = self._sort_values.sort(parent.cases, column, descending)

    # -- queries ---------------------------------------------------------------------------------------------

    def expandable_indexes(self) -> list[QModelIndex]:
        """Category and subcategory rows, parents first: what a view expands to show every case."""
        out: list[QModelIndex] = []
        if not self._grouped:
            return out
        for cat in self._root.children:
            out.append(self.createIndex(cat.row, 0, cat))
            out.extend(self.createIndex(sub.row, 0, sub) for sub in cat.children)
        return out

    def case_count(self) -> int:
        """How many cases match (rows or behind a 「さらに」 row)."""
        return len(self._shown)

    def case_ids(self) -> list[str]:
        """The ids of every matching case, in tree order (rows or not)."""
        return [c.id for parent in self._parents for c in parent.cases]

    def matches(self, case_id: str) -> bool:
        """Whether the case is among the matching cases (a row or behind a 「さらに」 row)."""
        return case_id in self._by_id or case_id in self._parent_of()

    def index_of(self, case_id: str, column: int = 0) -> QModelIndex:
        """The index of a case row (invalid when the case is filtered out or behind a 「さらに」 row: `reveal`)."""
        node = self._by_id.get(case_id)
        return self.createIndex(node.row, column, node) if node is not None else QModelIndex()

    def first_case_index(self) -> QModelIndex:
        for parent in self._parents:
            if parent.children:
                node = parent.children[0]
                return self.createIndex(node.row, 0, node)
        return QModelIndex()

    def refresh_case(self, case_id: str) -> None:
        """Repaint one case row (its bookmark star or status changed)."""
        node = self._by_id.get(case_id)
        if node is not None:
            self.dataChanged.emit(self.createIndex(node.row, 0, node),
                                  self.createIndex(node.row, len(COLUMNS) - 1, node),
                                  [Qt.ItemDataRole.DisplayRole, BookmarkedRole, StatusRole,
                                   Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.AccessibleTextRole])

    # -- QAbstractItemModel ----------------------------------------------------------------------------------

    def _node(self, index: _Index) -> Node:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: _Index = _TOP) -> QModelIndex:
        # Checked by hand: hasIndex() would call back into rowCount/columnCount for every row laid out.
        if parent.isValid():
            if parent.column() != 0:
                return QModelIndex()
            children = parent.internalPointer().children
        else:
            children = self._root.children
        if not 0 <= column < _NCOLS or not 0 <= row < len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: _Index | None = None) -> Any:
        if index is None:  # QObject.parent()
            return super().parent()
        if not index.isValid():
            return QModelIndex()
        up = self._node(index).parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up)

    def rowCount(self, parent: _Index = _TOP) -> int:
        if parent.column() > 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: _Index = _TOP) -> int:
        return _NCOLS

    def hasChildren(self, parent: _Index = _TOP) -> bool:
        if parent.column() > 0:
            return False
        return bool(self._node(parent).children)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        # ItemNeverHasChildren spares the view a hasChildren() call per case row while it lays out the rows.
        return _GROUP_FLAGS if index.internalPointer().kind < _CASE else _LEAF_FLAGS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < _NCOLS:
            return None
        key = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return label(HEADING_KEY.get(key, key))
        if role == Qt.ItemDataRole.ToolTipRole:
            return label(key)  # the whole label: 「イニシャルコスト（税抜）」
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():  # the view asks ~10 roles a cell; most have no answer
            return None
        node: Node = index.internalPointer()
        case = node.case
        column = index.column()
        if case is None:
            if node.kind == _MORE:
                return self._more_data(node, role, column)
            if role in (_R_DISPLAY, _R_ACCESSIBLETEXT):
                return node.label if column == 0 else None
            if role == _R_FONT and node.kind == _CATEGORY:
                return self._bold
            if role == _R_TOOLTIP:
                return plain_tooltip(node.label)
            if role == NodeKindRole:
                return node.kind
            if role == MatchCountRole:
                return node.count
            return None
        if role == _R_DISPLAY:
            if column == _COL_BOOKMARK:
                return "★" if self._is_bookmarked(case.id) else ""
            if column == _COL_STATUS:
                status = self._status_of(case.id)
                return status_label(status) if status else ""
            return node.texts[column]
        if role == CaseRole:
            return case
        if role == CaseIdRole:
            return case.id
        if role == _R_DECORATION:
            if column == _COL_NEW:
                return new_badge() if case.is_new else None
            if column == _COL_TITLE:
                return note_badge() if case.id in self._note_hits else None
            if column == _COL_STATUS:
                status = self._status_of(case.id)
                return status_icon(status) if status else None
            return None
        if role == _R_TEXTALIGNMENT:
            if column in _NUMERIC:
                return _RIGHT
            return _CENTER if column == _COL_BOOKMARK else None
        if role == _R_TOOLTIP:
            return plain_tooltip(self._tooltip(case))
        if role == _R_ACCESSIBLETEXT:
            return self._accessible(case, column)
        if role == BookmarkedRole:
            return self._is_bookmarked(case.id)
        if role == StatusRole:
            return self._status_of(case.id)
        if role == NoteHitRole:
            return case.id in self._note_hits
        if role == NodeKindRole:
            return node.kind
        return None

    def _tooltip(self, case: Case) -> str:
        text = self.tr("{id}  {organization}（{band}）\n{title}").format(
            id=case.id, organization=case.organization, band=population_band_label(case.population_band),
            title=case.title)
        status = self._status_of(case.id)
        if status:
            text += "\n" + f"{label('status')}: {status_label(status)}"
        if case.id in self._note_hits:
            text += "\n" + self.tr("メモに一致")
        return text

    def _accessible(self, case: Case, column: int) -> str:
        if column == 0:
            star = "★ " if self._is_bookmarked(case.id) else ""
            return star + case_label(case) + (" " + self.tr("メモに一致") if case.id in self._note_hits else "")
        text = self.data(self.index_of(case.id, column))
        return str(text or "")


_NCOLS = len(COLUMNS)
R = Qt.ItemDataRole
# Looked up once: a PySide6 enum member access costs about a microsecond, and data() runs ~1,000 times a paint.
_R_DISPLAY, _R_ACCESSIBLETEXT, _R_FONT = R.DisplayRole, R.AccessibleTextRole, R.FontRole
_R_TOOLTIP, _R_DECORATION, _R_TEXTALIGNMENT = R.ToolTipRole, R.DecorationRole, R.TextAlignmentRole
_CATEGORY, _MORE = NodeKind.CATEGORY, NodeKind.MORE
_ROLES = frozenset(int(r) for r in (
    R.DisplayRole, R.AccessibleTextRole, R.FontRole, R.ToolTipRole, R.DecorationRole, R.TextAlignmentRole,
    R.ForegroundRole,
    NodeKindRole, MatchCountRole, CaseRole, CaseIdRole, BookmarkedRole, StatusRole, NoteHitRole))


