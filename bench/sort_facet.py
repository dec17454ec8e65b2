"""The sort the benchmark measures: a click on a column header of the case tree, as a user sorts.

`show_sorted(window, column, descending)` sorts the tree by one of `COLUMNS` through the view
(`QTreeView.sortByColumn` → `CaseTreeModel.sort`: each subcategory's cases ordered by model/sorting, one layout
change, the rows each subcategory shows kept); the caller paints. The columns cycle so that every call really sorts.
"""

from __future__ import annotations

from typing import Any

COLUMNS: tuple[str, ...] = ("population", "initial_cost", "organization", "lead_time", "running_cost")


def show_sorted(window: Any, column: str, descending: bool = False) -> int:
    """Sort the window's tree by `column` (a gui.case_tree_nodes column key); the number of matching cases."""
    from PySide6.QtCore import Qt

    from gui.case_tree_model import COL

    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    window.tree.sortByColumn(COL[column], order)
    return int(window.tree_model.case_count())
