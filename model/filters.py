"""What the user narrowed the library to: the search text and the facets, and the one place they are matched.

`Filters` is an immutable value (the search panel builds one per change; settings store its fields). The query is
parsed once per `Filters` (`Filters.query`) and handed to the library's search and to the detail view's
highlighting. `filter_cases` runs the search, then every facet rule in `RULES`.

Adding a facet is: a field on `Filters` (empty meaning "all"), and one rule function in `RULES` that returns the
predicate for a case, or None while the facet is not in use.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from model.case import Case
from model.search import Query

if TYPE_CHECKING:
    from model.library import Library

Predicate = Callable[[Case], bool]


@dataclass(frozen=True)
class Filters:
    text: str = ""
    bands: frozenset[str] = field(default_factory=frozenset)  # empty: every band
    prefecture: str | None = None  # None: every prefecture
    bookmarked_only: bool = False

    @cached_property
    def query(self) -> Query:
        """`text` parsed, once per Filters (the search and the highlighting share it)."""
        return Query.parse(self.text)


@dataclass(frozen=True)
class Context:
    """What a rule may need beyond the case itself (state that lives outside the library)."""

    is_bookmarked: Callable[[str], bool]


# ---- the facets ----------------------------------------------------------------------------------------------
# Each rule: Filters and Context -> a predicate over cases, or None when that facet does not narrow anything.

def _bands(f: Filters, _ctx: Context) -> Predicate | None:
    bands = f.bands
    return (lambda c: c.population_band in bands) if bands else None


def _prefecture(f: Filters, _ctx: Context) -> Predicate | None:
    pref = f.prefecture
    return (lambda c: c.prefecture == pref) if pref else None


def _bookmarked(f: Filters, ctx: Context) -> Predicate | None:
    return (lambda c: ctx.is_bookmarked(c.id)) if f.bookmarked_only else None


RULES: tuple[Callable[[Filters, Context], Predicate | None], ...] = (_bands, _prefecture, _bookmarked)


def predicates(filters: Filters, context: Context) -> list[Predicate]:
    """The predicates of the facets in use."""
    return [p for rule in RULES if (p := rule(filters, context)) is not None]


def filter_cases(library: Library, filters: Filters, is_bookmarked: Callable[[str], bool]) -> list[Case]:
    """The library's cases matching the text and every facet, in library order."""
    cases = library.search(filters.query)
    active = predicates(filters, Context(is_bookmarked))
    if not active:
        return cases
    if len(active) == 1:
        keep = active[0]
        return [c for c in cases if keep(c)]
    return [c for c in cases if all(p(c) for p in active)]
