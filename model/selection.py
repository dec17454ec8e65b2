"""Which cases, with which notes, a print or an export covers: the one rule for the window and the command line.

Cases named by id come first, in the order given; then (with `collection`) the cases of that collection, then
(with `bookmarked`) the bookmarked cases, each in bookmark order; no case twice. The notes are the bookmark notes
of the cases selected. Ids the library does not have are reported, not guessed at: `unknown` for ids the user
named (an error for the CLI), `missing` for bookmarks whose case is gone (a volume re-imported without it: a
warning). A collection that does not exist is `unknown_collection` (an error for the CLI).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from model.case import Case
from model.library import Library


class Mark(Protocol):
    """A bookmark as the selection needs it (model.bookmarks.Bookmark is one)."""

    @property
    def case_id(self) -> str: ...

    @property
    def note(self) -> str: ...

    @property
    def collections(self) -> tuple[str, ...]: ...


@dataclass(frozen=True)
class Selection:
    cases: list[Case] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)  # case id -> its bookmark note (non-empty ones only)
    unknown: list[str] = field(default_factory=list)  # ids asked for that the library does not have
    missing: list[str] = field(default_factory=list)  # bookmarked ids that the library does not have
    unknown_collection: str | None = None  # the collection asked for, when there is none of that name


def select_cases(library: Library, marks: Sequence[Mark], ids: Sequence[str] = (), *,
                 bookmarked: bool = False, collection: str | None = None,
                 collections: Collection[str] | None = None) -> Selection:
    """The cases named by `ids`, then those of `collection`, then (with `bookmarked`) the bookmarked ones, and their
    notes. `collections` are the names that exist (a collection may be empty, so the marks cannot tell); without
    it, a collection no bookmark is in counts as unknown."""
    cases: list[Case] = []
    seen: set[str] = set()
    unknown: list[str] = []
    missing: list[str] = []

    def take(case_id: str, not_found: list[str]) -> None:
        case = library.get(case_id)
        if case is None:
            not_found.append(case_id)
        elif case.id not in seen:
            seen.add(case.id)
            cases.append(case)

    for case_id in ids:
        take(case_id, unknown)
    unknown_collection = None
    if collection is not None:
        members = [m for m in marks if collection in m.collections]
        if (collection not in collections) if collections is not None else not members:
            unknown_collection = collection
        for mark in members:
            take(mark.case_id, missing)
    if bookmarked:
        for mark in marks:
            take(mark.case_id, missing)
    notes = {m.case_id: m.note for m in marks if m.note and m.case_id in seen}
    return Selection(cases, notes, unknown, missing, unknown_collection)
