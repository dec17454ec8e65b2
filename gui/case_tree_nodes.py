"""The rows and columns of the case tree, without Qt: the node objects `build_groups` makes from a list of cases,
each case row's column texts, and the column table (`COLUMNS`, their headings' field keys and the model/sorting
column each sorts by). `gui.case_tree_model.CaseTreeModel` serves these to the views.

A *case parent* (a subcategory, or the root of the flat list) holds every matching case in `cases`, in the tree's
order, but only the first few as rows (`fill`): the rest stand behind one 「さらに n 件を表示」 row (`NodeKind.MORE`,
its `count` the cases it stands for). A QTreeView lays out every expanded row through the Python model after each
reset, so 10,000 case rows cost a search keystroke, a sort or a facet change ~50–100 ms; a few rows per subcategory
do not. The counts on the headings stay exact.
"""

from __future__ import annotations

import enum
import itertools
import operator
from collections.abc import Sequence

from model.case import Case, population_band_label
from model.fields import field
from model.library import sort_key
from model.sorting import PerCase


class NodeKind(enum.IntEnum):
    ROOT = 0
    CATEGORY = 1
    SUBCATEGORY = 2
    CASE = 3
    MORE = 4  # 「さらに n 件を表示」: the cases of a case parent beyond its rows


# Case rows a case parent shows until the user asks for more (grouped: per subcategory; flat: the whole list).
ROWS_PER_GROUP = 30
ROWS_FLAT = 200


class Node:
    """One row of the tree."""

    __slots__ = ("case", "cases", "children", "count", "kind", "label", "parent", "row", "texts")

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
        self.cases: list[Case] = []  # case parents: every matching case below, in the tree's order
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


Labels = dict[str, tuple[Case, tuple[str, ...]]]


_Place = tuple[tuple[int, int, int, str], tuple[int, int], Case]  # sort key, subcategory, the case


def places() -> PerCase[_Place]:
    """Each case's place in the tree, worked out once per Case object: its sort key and its subcategory (~1 ms for
    10,000 cases where computing `sort_key` and grouping in a Python loop cost ~8 ms)."""
    return PerCase(lambda c: (sort_key(c), (c.category.number, c.subcategory.number), c))


_KEY, _GROUP, _CASE = operator.itemgetter(0), operator.itemgetter(1), operator.itemgetter(2)


def build_groups(cases: Sequence[Case], grouped: bool = True, known: PerCase[_Place] | None = None
                 ) -> tuple[Node, list[Node]]:
    """The root node and the case parents over `cases` (each parent's `cases` sorted by category, subcategory,
    number), with no case rows yet (`fill` makes them); with `grouped` False the root is the one case parent."""
    root = Node(NodeKind.ROOT, None)
    entries = (known or places()).of(cases)
    keys = list(map(_KEY, entries))
    if not all(map(operator.le, keys, itertools.islice(keys, 1, None))):  # the library's own order needs no sort
        entries = [entries[i] for i in sorted(range(len(keys)), key=keys.__getitem__)]
    if not grouped:
        root.cases = list(map(_CASE, entries))
        return root, [root]
    parents: list[Node] = []
    cat: Node | None = None
    cat_key = -1
    for (cat_no, sub_no), group in itertools.groupby(entries, key=_GROUP):
        members = list(map(_CASE, group))
        first = members[0]
        if cat is None or cat_no != cat_key:
            cat, cat_key = Node(NodeKind.CATEGORY, root, f"{cat_no}. {first.category.name}"), cat_no
        sub = Node(NodeKind.SUBCATEGORY, cat, f"{sub_no}. {first.subcategory.name} ({len(members)})")
        sub.cases = members
        sub.count = len(members)
        cat.count += sub.count
        parents.append(sub)
    for cat in root.children:
        cat.label = f"{cat.label} ({cat.count})"
    return root, parents


def case_node(parent: Node, case: Case, labels: Labels) -> Node:
    """A case row under `parent` (not yet among its children); `labels` keeps each case's texts between calls,
    so each is formatted once rather than on every filter."""
    label = labels.get(case.id)
    if label is None or label[0] is not case:
        label = labels[case.id] = (case, case_texts(case))
    node = Node(NodeKind.CASE, None, label[1][0], case, label[1])
    node.parent = parent
    return node


def fill(parent: Node, rows: int | None, labels: Labels, by_id: dict[str, Node],
         keep: dict[str, Node] | None = None) -> None:
    """Make `parent`'s children the rows of its first `rows` cases (all with None) and, when cases are left over, a
    「さらに」 row standing for them; case rows are added to `by_id`; `keep` offers existing rows to reuse by id."""
    shown = parent.cases if rows is None else parent.cases[:rows]
    children: list[Node] = []
    for case in shown:
        node = keep.pop(case.id, None) if keep is not None else None
        if node is None:
            node = case_node(parent, case, labels)
        node.row = len(children)
        children.append(node)
        by_id[case.id] = node
    hidden = len(parent.cases) - len(shown)
    parent.children = children
    if hidden > 0:
        Node(NodeKind.MORE, parent).count = hidden


def build_tree(cases: Sequence[Case], labels: Labels | None = None, grouped: bool = True,
               rows: int | None = None) -> tuple[Node, dict[str, Node]]:
    """The whole tree over `cases`: `build_groups` and `fill` with at most `rows` case rows per case parent."""
    labels = {} if labels is None else labels
    root, parents = build_groups(cases, grouped)
    by_id: dict[str, Node] = {}
    for parent in parents:
        fill(parent, rows, labels, by_id)
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
