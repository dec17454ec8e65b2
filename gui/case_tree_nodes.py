"""The rows and columns of the case tree, without Qt: the node objects `build_tree` makes from a list of cases, each
case row's column texts, and the column table (`COLUMNS`, their headings' field keys and the model/sorting column each
sorts by). `gui.case_tree_model.CaseTreeModel` serves these to the views.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

from model.case import Case, population_band_label
from model.fields import field
from model.library import sort_key


class NodeKind(enum.IntEnum):
    ROOT = 0
    CATEGORY = 1
    SUBCATEGORY = 2
    CASE = 3


class Node:
    """One row of the tree."""

    __slots__ = ("case", "children", "count", "kind", "label", "parent", "row", "texts")

    def __init__(self, kind: NodeKind, parent: Node | None, label: str = "", case: Case | None = None,
                 texts: tuple[str, ...] = ()) -> None:
        self.kind = kind
        self.parent = parent
        self.row = len(parent.children) if parent is not None else 0
        self.children: list[Node] = []
        self.label = label
        self.case = case
        self.count = 0
        self.texts = texts  # case rows: the text of each column
        if parent is not None:
            parent.children.append(self)


def case_label(case: Case) -> str:
    """A case as the casebook lists it: number, organization and title (the number column's accessible text)."""
    return f"{case.number}. 【{case.organization}】{case.title}"


def _first_text(case: Case, key: str) -> str:
    texts = field(key).texts(case)
    return texts[0] if texts else ""


def _cost_text(case: Case, which: str) -> str:
    entry = getattr(case.cost, which) if case.cost is not None else None
    return entry.text if entry is not None else ""


def case_texts(case: Case) -> tuple[str, ...]:
    """The display text of each column of a case row (★ and 状態 come from the bookmarks, New is a badge)."""
    return (
        case.title,
        "",
        case.id,
        case.organization,
        case.prefecture,
        population_band_label(case.population_band),
        case.population.text if case.population is not None else "",
        _cost_text(case, "initial"),
        _cost_text(case, "running"),
        _first_text(case, "lead_time"),
        "", "",
    )


def build_tree(cases: Sequence[Case], labels: dict[str, tuple[Case, tuple[str, ...]]] | None = None,
               grouped: bool = True) -> tuple[Node, dict[str, Node]]:
    """The root node over `cases` (sorted by category, subcategory, number) and the case nodes by id; with
    `grouped` False every case is a child of the root (one flat list).

    `labels` keeps case rows' texts between calls, so each is formatted once rather than on every filter.
    """
    labels = {} if labels is None else labels
    root = Node(NodeKind.ROOT, None)
    by_id: dict[str, Node] = {}
    cat_nodes: dict[int, Node] = {}
    sub_nodes: dict[tuple[int, int], Node] = {}
    ordered = sorted(cases, key=sort_key)
    for case in ordered:
        label = labels.get(case.id)
        if label is None or label[0] is not case:
            label = labels[case.id] = (case, case_texts(case))
        if not grouped:
            by_id[case.id] = Node(NodeKind.CASE, root, label[1][0], case, label[1])
            continue
        cat = cat_nodes.get(case.category.number)
        if cat is None:
            cat = cat_nodes[case.category.number] = Node(
                NodeKind.CATEGORY, root, f"{case.category.number}. {case.category.name}")
        key = (case.category.number, case.subcategory.number)
        sub = sub_nodes.get(key)
        if sub is None:
            sub = sub_nodes[key] = Node(NodeKind.SUBCATEGORY, cat,
                                        f"{case.subcategory.number}. {case.subcategory.name}")
        by_id[case.id] = Node(NodeKind.CASE, sub, label[1][0], case, label[1])
        sub.count += 1
        cat.count += 1
    for cat in root.children:
        if cat.kind == NodeKind.CASE:
            break
        cat.label = f"{cat.label} ({cat.count})"
        for sub in cat.children:
            sub.label = f"{sub.label} ({sub.count})"
    return root, by_id


# The columns, in their default order: the key, the heading's key in model/fields, the model/sorting column.
# The first holds the tree: the category and subcategory rows' names (with their counts) and the case titles.
COLUMNS: tuple[str, ...] = ("title", "bookmark", "number", "organization", "prefecture", "population_band",
                            "population", "initial_cost", "running_cost", "lead_time", "is_new", "status")
HEADING_KEY: dict[str, str] = {"initial_cost": "initial_cost_short", "running_cost": "running_cost_short",
                            "lead_time": "lead_time_short"}
_SORT_BY: dict[str, str] = {"title": "number", "number": "number", "organization": "organization",
                            "prefecture": "prefecture",
                            "population_band": "population", "population": "population",
                            "initial_cost": "initial-cost", "running_cost": "running-cost", "lead_time": "lead-time"}
HIDDEN_BY_DEFAULT: tuple[str, ...] = ("prefecture", "population_band")
COL: dict[str, int] = {key: i for i, key in enumerate(COLUMNS)}


def sort_column_of(column: int) -> str:
    """The model/sorting column a tree column sorts by (number order for the ones without a figure)."""
    key = COLUMNS[column] if 0 <= column < len(COLUMNS) else "number"
    return _SORT_BY.get(key, "number")
