"""The sort orders of the case list: by number, organization, prefecture, population, costs or lead time.

One place for the tree's sortable columns and the CLI's `list --sort`. Cases without the figure a column sorts by
(no population, a cost printed as －円 or 非公表, a lead time of －) go last whichever the direction; ties keep the
library order (`model.library.sort_key`).
"""

from __future__ import annotations

import operator
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Generic, TypeVar

from model.case import Case
from model.fields import field
from model.library import sort_key
from model.prefectures import prefecture_code

# The CLI's names, in the order the tree shows the columns.
SORT_COLUMNS: tuple[str, ...] = (
    "number", "organization", "prefecture", "population", "initial-cost", "running-cost", "lead-time",
)

_YEARS = re.compile(r"(\d+(?:\.\d+)?)\s*年(半)?")
_MONTHS = re.compile(r"(\d+(?:\.\d+)?)\s*[かカヶケ箇ヵ]?月")
_WEEKS = re.compile(r"(\d+(?:\.\d+)?)\s*週")
_DAYS = re.compile(r"(\d+(?:\.\d+)?)\s*日")
_HALF_YEAR = "半年"


def lead_time_months(text: str | None) -> float | None:
    """「4か月」→ 4, 「1年3か月」→ 15, 「約6か月」→ 6, 「1年半」→ 18, 「半年」→ 6, 「2週間」→ 0.5; None for －
    or text without a period in it. Full-width digits count; a range 「3～4か月」 counts its upper end."""
    if not text:
        return None
    t = unicodedata.normalize("NFKC", text)
    months = 0.0
    found = False
    years = _YEARS.findall(t)
    for number, half in years:
        months += float(number) * 12 + (6 if half else 0)
        found = True
    rest = _YEARS.sub(" ", t)
    if not years and _HALF_YEAR in rest:
        months += 6
        found = True
    month_values = [float(m) for m in _MONTHS.findall(rest)]
    if month_values:
        months += max(month_values)  # 「3～4か月」: the upper end
        found = True
    if not found:
        weeks = [float(w) for w in _WEEKS.findall(rest)]
        days = [float(d) for d in _DAYS.findall(rest)]
        if weeks:
            return max(weeks) * 7 / 30
        if days:
            return max(days) / 30
        return None
    return months


def _organization(case: Case) -> str:
    return unicodedata.normalize("NFKC", case.organization)


# column -> the figure or text it sorts by (None: the case has none, sorted last)
_KEYS: dict[str, Callable[[Case], Any]] = {
    "number": lambda c: (c.category.number, c.number),
    "organization": _organization,
    "prefecture": lambda c: (prefecture_code(c.prefecture) or 99, c.prefecture),
    "population": lambda c: field("population").value(c),
    "initial-cost": lambda c: field("initial_cost").value(c),
    "running-cost": lambda c: field("running_cost").value(c),
    "lead-time": lambda c: lead_time_months(field("lead_time").value(c)),
}


def sort_value(case: Case, column: str) -> Any:
    """What `column` sorts `case` by (None when the case has no such figure)."""
    return _KEYS[column](case)


def sort_cases(cases: Iterable[Case], column: str, descending: bool = False) -> list[Case]:
    """`cases` ordered by `column` (one of SORT_COLUMNS; KeyError otherwise); cases without the figure last in both
    directions, ties in library order."""
    return SortValues().sort(cases, column, descending)


T = TypeVar("T")
_Entry = tuple[Any, tuple[int, int, int, str], Case]  # what the case sorts by, its library order, the case
_VALUE, _ORDER, _CASE = operator.itemgetter(0), operator.itemgetter(1), operator.itemgetter(2)


class PerCase(Generic[T]):
    """A value worked out once per Case object (`make`), looked up by object identity through C-level `map` calls:
    the tree gets up to the whole library again on every keystroke, sort and filter, and looking 10,000 values up
    costs ~1 ms where working them out costs ~10. `make`'s value must hold the case, so that its id stays its own
    while cached; the cache starts again past `LIMIT` entries (a reloaded library brings new objects)."""

    LIMIT = 50_000

    def __init__(self, make: Callable[[Case], T]) -> None:
        self._make = make
        self._by_object: dict[int, T] = {}

    def of(self, cases: Sequence[Case]) -> list[T]:
        table = self._by_object
        if len(table) > max(self.LIMIT, 3 * len(cases)):
            table.clear()
        values: list[T | None] = list(map(table.get, map(id, cases)))
        if None in values:
            for i, case in enumerate(cases):
                if values[i] is None:
                    values[i] = table[id(case)] = self._make(case)
        return values  # type: ignore[return-value]


class SortValues:
    """`sort_cases` with what each case sorts by worked out once per Case object and column (`PerCase`): the tree
    sorts the same cases again on every header click and every filter."""

    def __init__(self) -> None:
        self._by_column: dict[str, PerCase[_Entry]] = {}

    def sort(self, cases: Iterable[Case], column: str, descending: bool = False) -> list[Case]:
        per_case = self._by_column.get(column)
        if per_case is None:
            key = _KEYS[column]
            per_case = self._by_column[column] = PerCase(lambda c: (key(c), sort_key(c), c))
        entries = per_case.of(list(cases))
        with_value = [e for e in entries if e[0] is not None]
        without = [e for e in entries if e[0] is None]
        # Library order first; sort() is stable, and reverse=True keeps equal items in their original order too.
        with_value.sort(key=_ORDER)
        with_value.sort(key=_VALUE, reverse=descending)
        without.sort(key=_ORDER)
        return list(map(_CASE, with_value)) + list(map(_CASE, without))
