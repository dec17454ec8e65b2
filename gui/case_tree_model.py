"""The category → subcategory → case tree of the left pane: plain node objects under a thin item model.

The nodes are built once per filter change (`set_cases`, a model reset: filtering happens in Python, which measured
15–200× faster than a QSortFilterProxyModel calling back into Python for every row). Display strings are computed
when the nodes are built, so `data()` is a few attribute reads. A bookmark toggle changes one row only
(`refresh_case`, `dataChanged` with the affected roles).
"""

from __future__ import annotations

import enum
import operator
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QTreeView

from gui.plain import plain
from model.case import Case, population_band_label
from model.library import sort_key

CaseRole = Qt.ItemDataRole.UserRole + 1  # the Case of a case row (None elsewhere)
CaseIdRole = Qt.ItemDataRole.UserRole + 2  # its id, e.g. "1-05"
NodeKindRole = Qt.ItemDataRole.UserRole + 3  # a NodeKind
BookmarkedRole = Qt.ItemDataRole.UserRole + 4  # bool, case rows only
MatchCountRole = Qt.ItemDataRole.UserRole + 5  # int, category and subcategory rows: matching cases below

_Index = QModelIndex | QPersistentModelIndex
_TOP = QModelIndex()  # the invisible root, as a default argument
# Computed once: the view asks for every row's flags while laying out, and enum `|` is slow in Python.
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class NodeKind(enum.IntEnum):
    ROOT = 0
    CATEGORY = 1
    SUBCATEGORY = 2
    CASE = 3


class Node:
    """One row of the tree."""

    __slots__ = ("case", "children", "count", "kind", "label", "parent", "row")

    def __init__(self, kind: NodeKind, parent: Node | None, label: str = "", case: Case | None = None) -> None:
        self.kind = kind
        self.parent = parent
        self.row = len(parent.children) if parent is not None else 0
        self.children: list[Node] = []
        self.label = label
        self.case = case
        self.count = 0
        if parent is not None:
            parent.children.append(self)


def case_label(case: Case) -> str:
    """A case row's text without the star: number, organization and title, as the casebook lists them."""
    return f"{case.number}. 【{case.organization}】{case.title}"


def build_tree(cases: Sequence[Case], labels: dict[str, tuple[Case, str]] | None = None
               ) -> tuple[Node, dict[str, Node]]:
    """The root node over `cases` (sorted by category, subcategory, number) and the case nodes by id.

    `labels` keeps case rows' labels between calls, so each is formatted once rather than on every filter.
    """
    labels = {} if labels is None else labels
    root = Node(NodeKind.ROOT, None)
    by_id: dict[str, Node] = {}
    cat_nodes: dict[int, Node] = {}
    sub_nodes: dict[tuple[int, int], Node] = {}
    ordered = sorted(cases, key=sort_key)
    for case in ordered:
        cat = cat_nodes.get(case.category.number)
        if cat is None:
            cat = cat_nodes[case.category.number] = Node(
                NodeKind.CATEGORY, root, f"{case.category.number}. {case.category.name}")
        key = (case.category.number, case.subcategory.number)
        sub = sub_nodes.get(key)
        if sub is None:
            sub = sub_nodes[key] = Node(NodeKind.SUBCATEGORY, cat,
                                        f"{case.subcategory.number}. {case.subcategory.name}")
        label = labels.get(case.id)
        if label is None or label[0] is not case:
            label = labels[case.id] = (case, case_label(case))
        by_id[case.id] = Node(NodeKind.CASE, sub, label[1], case)
        sub.count += 1
        cat.count += 1
    for cat in root.children:
        cat.label = f"{cat.label} ({cat.count})"
        for sub in cat.children:
            sub.label = f"{sub.label} ({sub.count})"
    return root, by_id


_badge: QIcon | None = None


def new_badge() -> QIcon:
    """The red 「New」 label the casebook prints on cases added in this edition, drawn once."""
    global _badge
    if _badge is None:
        pm = QPixmap(34, 16)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setBrush(QColor("#d32f2f"))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawRoundedRect(QRectF(0, 1, 34, 14), 4, 4)
        font = QFont()
        font.setPixelSize(10)
        font.setBold(True)
        p.setFont(font)
        p.setPen(QColor("white"))
        p.drawText(QRectF(0, 1, 34, 14), Qt.AlignmentFlag.AlignCenter, "New")
        p.end()
        _badge = QIcon(pm)
    return _badge


class CaseTreeModel(QAbstractItemModel):
    """Category → subcategory → case, over the cases passed to `set_cases`."""

    def __init__(self, is_bookmarked: Callable[[str], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._is_bookmarked = is_bookmarked
        self._root, self._by_id = build_tree([])
        self._shown: list[Case] = []
        self._labels: dict[str, tuple[Case, str]] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    # -- content ---------------------------------------------------------------------------------------------

    def set_cases(self, cases: Sequence[Case]) -> None:
        """Show `cases` (a full reset: views lose their selection, callers restore it)."""
        if len(cases) == len(self._shown) and all(map(operator.is_, cases, self._shown)):
            return  # the same rows ("D" then "DX" where every case says DX): no reset, no relayout
        self._shown = list(cases)
        old = self._root  # keep the old nodes alive until views have dropped their indexes
        self.beginResetModel()
        self._root, self._by_id = build_tree(cases, self._labels)
        self.endResetModel()
        del old

    def expandable_indexes(self) -> list[QModelIndex]:
        """Category and subcategory rows, parents first: what a view expands to show every case."""
        out: list[QModelIndex] = []
        for cat in self._root.children:
            out.append(self.createIndex(cat.row, 0, cat))
            out.extend(self.createIndex(sub.row, 0, sub) for sub in cat.children)
        return out

    def case_count(self) -> int:
        return len(self._by_id)

    def case_ids(self) -> list[str]:
        """The ids of the shown cases, in tree order."""
        return [n.case.id for n in self._iter_cases()]  # type: ignore[union-attr]

    def _iter_cases(self) -> list[Node]:
        return [n for cat in self._root.children for sub in cat.children for n in sub.children]

    def index_of(self, case_id: str) -> QModelIndex:
        """The index of a shown case (invalid when the case is filtered out)."""
        node = self._by_id.get(case_id)
        return self.createIndex(node.row, 0, node) if node is not None else QModelIndex()

    def first_case_index(self) -> QModelIndex:
        for cat in self._root.children:
            for sub in cat.children:
                if sub.children:
                    node = sub.children[0]
                    return self.createIndex(node.row, 0, node)
        return QModelIndex()

    def refresh_case(self, case_id: str) -> None:
        """Repaint one case row (its bookmark star changed)."""
        index = self.index_of(case_id)
        if index.isValid():
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, BookmarkedRole,
                                                 Qt.ItemDataRole.AccessibleTextRole])

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
        if column != 0 or not 0 <= row < len(children):
            return QModelIndex()
        return self.createIndex(row, 0, children[row])

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
        return 1

    def hasChildren(self, parent: _Index = _TOP) -> bool:
        if parent.column() > 0:
            return False
        return bool(self._node(parent).children)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ROW_FLAGS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and section == 0 and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("事例")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node: Node = index.internalPointer()
        case = node.case
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.AccessibleTextRole:
            if case is not None and self._is_bookmarked(case.id):
                return "★ " + node.label
            return node.label
        if case is None:
            if role == Qt.ItemDataRole.FontRole and node.kind == NodeKind.CATEGORY:
                return self._bold
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain(node.label)
            if role == NodeKindRole:
                return node.kind
            if role == MatchCountRole:
                return node.count
            return None
        if role == CaseRole:
            return case
        if role == CaseIdRole:
            return case.id
        if role == Qt.ItemDataRole.DecorationRole:
            return new_badge() if case.is_new else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain(self.tr("{id}  {organization}（{band}）\n{title}").format(
                id=case.id, organization=case.organization, band=population_band_label(case.population_band),
                title=case.title))
        if role == BookmarkedRole:
            return self._is_bookmarked(case.id)
        if role == NodeKindRole:
            return node.kind
        return None


def case_tree_view(model: CaseTreeModel) -> QTreeView:
    """The left pane's view over `model`: one column, no header, one selected case, a context menu."""
    tree = QTreeView()
    tree.setObjectName("caseTree")
    tree.setAccessibleName(QCoreApplication.translate("MainWindow", "事例の一覧"))
    tree.setModel(model)
    tree.setHeaderHidden(True)
    tree.setUniformRowHeights(True)  # lets the view skip measuring 10,000 rows
    tree.setAnimated(False)
    tree.setIconSize(QSize(32, 15))  # the 「New」 badge is wider than an icon
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    return tree
