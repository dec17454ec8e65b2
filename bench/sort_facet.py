"""The hook the benchmark sorts and filters through: one place to point at the app's own sort when it has one.

`sort_cases(cases, column)` is what "sort 10,000 rows by a column" measures. Until the tree has sortable columns
(model/sorting.sort_cases, the `find` branch) it is a Python sort of the cases by the column's value with the cases
without one last — the work any sort of the tree does — and `show_sorted` shows the result in the tree with one
model reset, painted. When model/sorting exists, `sort_cases` uses it, so the row then measures the app's sort.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from model.case import Case

COLUMNS: dict[str, Callable[[Case], Any]] = {
    "population": lambda c: c.population.persons if c.population and c.population.persons is not None else None,
    "initial_cost": lambda c: c.cost.initial.yen if c.cost and c.cost.initial and c.cost.initial.yen is not None
    else None,
    "organization": lambda c: c.organization,
}


def sort_cases(cases: Sequence[Case], column: str) -> list[Case]:
    try:  # the app's own sort, once it has one
        from model.sorting import sort_cases as app_sort  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        pass
    else:
        return list(app_sort(cases, column))
    value = COLUMNS[column]
    keyed = [(value(c), c) for c in cases]
    present = sorted((k for k in keyed if k[0] is not None), key=lambda k: k[0])
    return [c for _v, c in present] + [c for v, c in keyed if v is None]


def show_sorted(window: Any, column: str) -> int:
    """Sort what the tree shows by `column` and show it: the sort plus a forced model reset, parents expanded."""
    cases = sort_cases(window.tree_model._shown, column)
    model = window.tree_model
    model._shown = []  # force the reset even though the rows are the same objects
    model.set_cases(cases)
    for index in model.expandable_indexes():
        window.tree.setExpanded(index, True)
    return len(cases)
