"""What the user narrowed the library to: the search text and the facets, and the one place they are matched.

`Filters` is an immutable value (the search panel builds one per change; settings store its fields). The query is
parsed once per `Filters` (`Filters.query`) and handed to the library's search and to the detail view's
highlighting. `find_cases` runs the search (the case text through `Library.search`, plus a second pass over the
user's own notes and contact logs: a case found only there is a *note hit*), then every facet rule in `RULES`.
`facet_counts` says how many cases each facet value would show under the other active filters.

Adding a facet is: a field on `Filters` (empty meaning "all"), and one rule function in `RULES` that returns the
predicate for a case, or None while the facet is not in use.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from operator import attrgetter
from typing import TYPE_CHECKING, Protocol

from model.bookmarks.entries import STATUSES, status_label
from model.case import POPULATION_BANDS, Case, population_band_label
from model.i18n import translate
from model.prefectures import REGIONS, prefecture_order, region_label, region_of
from model.search import Query, normalize

if TYPE_CHECKING:
    from model.library import Library

Predicate = Callable[[Case], bool]


@dataclass(frozen=True)
class Filters:
    text: str = ""
    bands: frozenset[str] = field(default_factory=frozenset)  # empty: every band
    prefectures: frozenset[str] = field(default_factory=frozenset)  # empty: every prefecture
    regions: frozenset[str] = field(default_factory=frozenset)  # keys of model.prefectures.REGIONS; empty: all
    new_only: bool = False
    has_cost: bool = False  # a figure for the initial or the running cost
    bookmarked_only: bool = False
    statuses: frozenset[str] = field(default_factory=frozenset)  # bookmark status keys; empty: any (or none)

    @cached_property
    def query(self) -> Query:
        """`text` parsed, once per Filters (the search and the highlighting share it)."""
        return Query.parse(self.text)

    def is_empty(self) -> bool:
        """True when nothing narrows the library (no text, no facet)."""
        return self.query.is_empty and not self.facets_active()

    def facets_active(self) -> bool:
        return any(getattr(self, name) for name in FACETS)


class BookmarkSource(Protocol):
    """What a Context reads from the bookmarks (model.bookmarks.BookmarkStore has it)."""

    def __contains__(self, case_id: object) -> bool: ...

    def get(self, case_id: str) -> object: ...

    def searchable_text(self, case_id: str) -> str: ...

    def all(self) -> Sequence[object]: ...


def _none(_case_id: str) -> None:
    return None


def _empty(_case_id: str) -> str:
    return ""


def _no_ids() -> Iterable[str]:
    return ()


@dataclass(frozen=True)
class Context:
    """What a rule may need beyond the case itself (state that lives outside the library)."""

    is_bookmarked: Callable[[str], bool]
    status_of: Callable[[str], str | None] = _none  # the bookmark's status key, None when not bookmarked
    note_text: Callable[[str], str] = _empty  # the words of the user's note and contact log ("" when none)
    noted_ids: Callable[[], Iterable[str]] = _no_ids  # the cases whose note_text may be non-empty

    @classmethod
    def of(cls, bookmarks: BookmarkSource) -> Context:
        """The context over a bookmark store (status, note and log come from it)."""
        def status_of(case_id: str) -> str | None:
            bm = bookmarks.get(case_id)
            return getattr(bm, "status", None) if bm is not None else None

        return cls(is_bookmarked=bookmarks.__contains__, status_of=status_of,
                   note_text=bookmarks.searchable_text,
                   noted_ids=lambda: [getattr(b, "case_id", "") for b in bookmarks.all()])


def _context(context: Context | Callable[[str], bool]) -> Context:
    return context if isinstance(context, Context) else Context(is_bookmarked=context)


# ---- the facets ----------------------------------------------------------------------------------------------
# Each rule: Filters and Context -> a predicate over cases, or None when that facet does not narrow anything.

def has_cost_figure(case: Case) -> bool:
    """Whether the casebook gives an amount for the initial or the running cost."""
    cost = case.cost
    if cost is None:
        return False
    return any(e is not None and e.yen is not None for e in (cost.initial, cost.running))


def _bands(f: Filters, _ctx: Context) -> Predicate | None:
    bands = f.bands
    return (lambda c: c.population_band in bands) if bands else None


def _prefectures(f: Filters, _ctx: Context) -> Predicate | None:
    prefs = f.prefectures
    return (lambda c: c.prefecture in prefs) if prefs else None


def _regions(f: Filters, _ctx: Context) -> Predicate | None:
    if not f.regions:
        return None
    prefs = frozenset(p for r in f.regions for p in REGIONS.get(r, ()))
    return lambda c: c.prefecture in prefs


def _new(f: Filters, _ctx: Context) -> Predicate | None:
    return (lambda c: c.is_new) if f.new_only else None


def _cost(f: Filters, _ctx: Context) -> Predicate | None:
    return has_cost_figure if f.has_cost else None


def _bookmarked(f: Filters, ctx: Context) -> Predicate | None:
    return (lambda c: ctx.is_bookmarked(c.id)) if f.bookmarked_only else None


def _statuses(f: Filters, ctx: Context) -> Predicate | None:
    statuses = f.statuses
    return (lambda c: ctx.status_of(c.id) in statuses) if statuses else None


# The facet (a Filters field) each rule narrows by, in the order the panel shows them.
RULES: dict[str, Callable[[Filters, Context], Predicate | None]] = {
    "regions": _regions,
    "prefectures": _prefectures,
    "bands": _bands,
    "new_only": _new,
    "has_cost": _cost,
    "bookmarked_only": _bookmarked,
    "statuses": _statuses,
}
FACETS: tuple[str, ...] = tuple(RULES)
MULTI_FACETS: tuple[str, ...] = ("bands", "prefectures", "regions", "statuses")
BOOL_FACETS: tuple[str, ...] = ("new_only", "has_cost", "bookmarked_only")


def predicates(filters: Filters, context: Context) -> list[Predicate]:
    """The predicates of the facets in use."""
    return [p for rule in RULES.values() if (p := rule(filters, context)) is not None]


# ---- the search ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Found:
    """The cases matching the filters, in library order, and which of them matched the query only in the user's
    note or contact log."""

    cases: list[Case]
    note_hits: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=4096)
def _normalized_note(text: str) -> str:
    return normalize(text)


def text_matches(library: Library, query: Query, context: Context) -> Found:
    """The cases whose own text or whose note/log holds every term (case text and note combined)."""
    hits = library.search(query)
    if query.is_empty:
        return Found(hits)
    noted = list(context.noted_ids())
    if not noted:  # no notes or logs: nothing to add (and no set of the hits' ids to build on every keystroke)
        return Found(hits)
    seen = {c.id for c in hits}
    extra: set[str] = set()
    for case_id in noted:
        if case_id in seen:
            continue
        note = context.note_text(case_id)
        if not note or library.get(case_id) is None:
            continue
        # A term may be in the case and another in the note: the note adds to what the case says.
        if query.matches(library.search_text(case_id) + "\n" + _normalized_note(note)):
            extra.add(case_id)
    if not extra:
        return Found(hits)
    wanted = seen | extra
    return Found([c for c in library.cases() if c.id in wanted], frozenset(extra))


def find_cases(library: Library, filters: Filters, context: Context | Callable[[str], bool]) -> Found:
    """The library's cases matching the text (case text, or the user's note) and every facet, in library order."""
    ctx = _context(context)
    found = text_matches(library, filters.query, ctx)
    active = predicates(filters, ctx)
    if not active:
        return found
    if len(active) == 1:
        keep = active[0]
        cases = [c for c in found.cases if keep(c)]
    else:
        cases = [c for c in found.cases if all(p(c) for p in active)]
    kept = {c.id for c in cases} if found.note_hits else set()
    return Found(cases, frozenset(found.note_hits & kept))


def filter_cases(library: Library, filters: Filters, context: Context | Callable[[str], bool]) -> list[Case]:
    """The library's cases matching the text and every facet, in library order (`find_cases` without the marks)."""
    return find_cases(library, filters, context).cases


# ---- facet counts --------------------------------------------------------------------------------------------

def _count_facet(facet: str, base: list[Case], ctx: Context, noted: Callable[[], list[str]]) -> dict[str, int]:
    """Counts per value of `facet` over `base` (C-speed counters where the value is an attribute)."""
    if facet == "bands":
        return dict(Counter(map(attrgetter("population_band"), base)))
    if facet in ("prefectures", "regions"):
        per_pref = Counter(map(attrgetter("prefecture"), base))
        if facet == "prefectures":
            return dict(per_pref)
        regions: dict[str, int] = {}
        for pref, n in per_pref.items():
            region = region_of(pref)
            if region is not None:
                regions[region] = regions.get(region, 0) + n
        return regions
    if facet == "new_only":
        return {facet: sum(map(attrgetter("is_new"), base))}
    if facet == "has_cost":
        return {facet: sum(map(has_cost_figure, base))}
    # the bookmark facets: only bookmarked cases count, and there are few of them
    ids = set(map(attrgetter("id"), base))
    marked = [i for i in noted() if i in ids]
    if facet == "bookmarked_only":
        return {facet: sum(1 for i in marked if ctx.is_bookmarked(i))}
    if facet == "statuses":
        return dict(Counter(s for s in map(ctx.status_of, marked) if s is not None))
    raise KeyError(facet)


def all_facet_counts(library: Library, filters: Filters, context: Context | Callable[[str], bool],
                     facets: Iterable[str] = FACETS) -> dict[str, dict[str, int]]:
    """`facet_counts` for several facets, searching the text once and testing each case's facets once.

    A case counts for facet F when it passes every active facet except F: so one pass records, per case, which
    active facets it fails, and a case failing two or more counts nowhere.
    """
    ctx = _context(context)
    cases = text_matches(library, filters.query, ctx).cases
    active = [(name, p) for name, rule in RULES.items() if (p := rule(filters, ctx)) is not None]
    failing_one: dict[str, list[Case]] = {name: [] for name in RULES}  # fails exactly that one
    if not active:
        passing = cases
    else:
        passing = []  # passes every active facet
        for case in cases:
            failed: str | None = None
            for name, p in active:
                if not p(case):
                    if failed is not None:
                        failed = "*"
                        break
                    failed = name
            if failed is None:
                passing.append(case)
            elif failed != "*":
                failing_one[failed].append(case)
    noted_cache: list[list[str]] = []

    def noted() -> list[str]:
        if not noted_cache:
            noted_cache.append(list(ctx.noted_ids()))
        return noted_cache[0]

    out: dict[str, dict[str, int]] = {}
    for facet in facets:
        extra = failing_one[facet]
        base = passing + extra if extra else passing  # the cases the other filters let through
        out[facet] = _count_facet(facet, base, ctx, noted)
    return out


def facet_counts(library: Library, filters: Filters, context: Context | Callable[[str], bool],
                 facet: str) -> dict[str, int]:
    """For a multi-valued facet ("bands", "prefectures", "regions", "statuses"): how many cases each value would
    show under all the *other* active filters; for a boolean one ("new_only", "has_cost", "bookmarked_only"):
    ``{facet: n}``, the number shown with that facet on."""
    if facet not in RULES:
        raise KeyError(facet)
    return all_facet_counts(library, filters, context, (facet,))[facet]


# ---- describing the filters ----------------------------------------------------------------------------------

def describe(filters: Filters) -> list[str]:
    """The active search and filters, one short phrase each, in the UI language (for "nothing matches" messages)."""
    out: list[str] = []
    if filters.text.strip():
        out.append(translate("Filters", "検索「{text}」").format(text=filters.text.strip()))
    if filters.regions:
        out.append(translate("Filters", "地方: {values}").format(
            values="・".join(region_label(r) for r in REGIONS if r in filters.regions)))
    if filters.prefectures:
        out.append(translate("Filters", "都道府県: {values}").format(
            values="・".join(prefecture_order(filters.prefectures))))
    if filters.bands:
        out.append(translate("Filters", "人口規模: {values}").format(
            values="・".join(population_band_label(b) for b in POPULATION_BANDS if b in filters.bands)))
    if filters.new_only:
        out.append(translate("Filters", "新規のみ"))
    if filters.has_cost:
        out.append(translate("Filters", "コスト情報あり"))
    if filters.bookmarked_only:
        out.append(translate("Filters", "ブックマークのみ"))
    if filters.statuses:
        out.append(translate("Filters", "状態: {values}").format(
            values="・".join(status_label(s) for s in STATUSES if s in filters.statuses)))
    return out
