"""The left pane's view of the case tree: sortable, movable, hideable columns; group rows that keep their count.

The header's context menu shows or hides columns (`column_menu`); the header state (order, widths, hidden columns,
sort) is saved by gui/session.py. `expand_groups` expands the category rows and lets their names span the columns.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QPoint, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QMenu, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

from gui.case_tree_model import COL, COLUMNS, HIDDEN_BY_DEFAULT, CaseTreeModel, NodeKind, NodeKindRole


class _GroupRowDelegate(QStyledItemDelegate):
    """Category and subcategory rows elide their name in the middle, so that the case count 「(4)」 at the end
    stays visible in a narrow pane (the first column only: ~40 calls a paint)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if index.data(NodeKindRole) != NodeKind.CASE:
            option.textElideMode = Qt.TextElideMode.ElideMiddle


def case_tree_view(model: CaseTreeModel) -> QTreeView:
    """The left pane's view over `model`: sortable columns (hide them from the header's context menu, drag to
    reorder), one selected case (Ctrl/Shift for several), a context menu."""
    tree = QTreeView()
    tree.setObjectName("caseTree")
    tree.setAccessibleName(QCoreApplication.translate("MainWindow", "事例の一覧"))
    tree.setModel(model)
    tree.setUniformRowHeights(True)  # lets the view skip measuring 10,000 rows
    tree.setAnimated(False)
    tree.setAllColumnsShowFocus(True)
    tree.setIconSize(QSize(32, 15))  # the 「New」 badge is wider than an icon
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    delegate = _GroupRowDelegate(tree)
    tree.setItemDelegateForColumn(0, delegate)
    header = tree.header()
    header.setSectionsMovable(True)
    header.setStretchLastSection(False)
    header.setSortIndicatorShown(True)
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header.customContextMenuRequested.connect(lambda pos: _header_menu(tree, pos))
    # The first column holds the tree's indentation (two levels) before the number.
    widths = {"number": 105, "organization": 110, "title": 200, "prefecture": 70, "population_band": 110,
              "population": 70, "initial_cost": 82, "running_cost": 75, "lead_time": 62, "is_new": 42,
              "bookmark": 26, "status": 105}
    for key, width in widths.items():
        header.resizeSection(COL[key], width)
    for key in HIDDEN_BY_DEFAULT:
        header.setSectionHidden(COL[key], True)
    header.moveSection(header.visualIndex(COL["bookmark"]), 1)  # the star next to the number, always in view
    tree.setSortingEnabled(True)
    tree.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    return tree


def column_menu(tree: QTreeView) -> QMenu:
    """Checkable actions showing or hiding each column (the first cannot be hidden: it holds the tree)."""
    header = tree.header()
    model = tree.model()
    menu = QMenu(tree)
    menu.setObjectName("columnMenu")
    for column, key in enumerate(COLUMNS):
        action = menu.addAction(str(model.headerData(column, Qt.Orientation.Horizontal)))
        action.setCheckable(True)
        action.setChecked(not header.isSectionHidden(column))
        action.setEnabled(column != 0)
        action.setData(key)
        action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
    return menu


def _header_menu(tree: QTreeView, pos: QPoint) -> None:
    menu = column_menu(tree)
    menu.exec(tree.header().mapToGlobal(pos))
    menu.deleteLater()


def expand_groups(tree: QTreeView, model: CaseTreeModel) -> None:
    """Expand every category and subcategory row and let its name span the columns."""
    # Not expandAll(): that visits every case row through Python; only ~50 rows have children.
    for index in model.expandable_indexes():
        tree.setFirstColumnSpanned(index.row(), index.parent(), True)
        tree.setExpanded(index, True)
