"""The left pane's view of the case tree: sortable, movable, hideable columns; group rows that keep their count.

The header's context menu shows or hides columns (`column_menu`); the header state (order, widths, hidden columns,
sort) is saved by gui/session.py. `expand_groups` expands the category rows. Text elides in the middle, so a group
row's count stays visible in the first column.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QMenu, QTreeView

from gui.case_tree_model import COL, COLUMNS, HIDDEN_BY_DEFAULT, CaseTreeModel


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
    # Category and subcategory rows end with their case count 「(4)」: eliding in the middle keeps it visible in a
    # narrow pane. (A delegate choosing the mode per row cost ~20% of a keystroke's paint, measured.)
    tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    header = tree.header()
    header.setSectionsMovable(True)
    header.setStretchLastSection(False)
    header.setSortIndicatorShown(True)
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header.customContextMenuRequested.connect(lambda pos: _header_menu(tree, pos))
    # The first column holds the tree's indentation (two levels) before the title.
    widths = {"number": 52, "organization": 110, "title": 300, "prefecture": 70, "population_band": 110,
              "population": 70, "initial_cost": 82, "running_cost": 75, "lead_time": 62, "is_new": 42,
              "bookmark": 26, "status": 105}
    for key, width in widths.items():
        header.resizeSection(COL[key], width)
    for key in HIDDEN_BY_DEFAULT:
        header.setSectionHidden(COL[key], True)
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
    """Expand every category and subcategory row."""
    # Not expandAll(): that visits every case row through Python; only ~50 rows have children.
    for index in model.expandable_indexes():
        tree.setExpanded(index, True)
