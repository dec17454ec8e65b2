"""What an import (or a volume's removal) does to the user's library file, planned as pure functions.

The user's library file holds three tables (docs/data-format.md):

- `cases`: the imported volumes' case documents;
- `archived`: the last version of cases that left the library while bookmarked (a new edition dropped them, or
  their imported volume was removed), each under an id of its own (`1-09-old`) so that it never takes the display
  id of a case that is in the library; the bookmark follows it and the user can still open it (「最新版に掲載なし」);
- `aliases`: `{from, to}` — a case whose key changed between editions (a retitled case paired by organization and
  subcategory, model/editions.match_editions): a bookmark holding the old key finds the case by the new one.

Bookmarks hold the stable key (`model.editions.case_key`) of their case; `model/case_identity.reconcile` resolves
each bookmark to the case with its key (following aliases, then the archive) after every change of the library,
so the library is written first and the bookmarks after it, and a crash in between is repaired at the next open
by the same rule: a bookmark never moves onto a case with another key.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson

from model.case import Case
from model.editions import EditionDiff, case_key, match_editions

CASES = "cases"
ARCHIVED = "archived"
ALIASES = "aliases"


@dataclass
class UserFile:
    """The user's library file's content as objects."""

    cases: list[Case] = field(default_factory=list)
    archived: list[Case] = field(default_factory=list)
    aliases: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of_tables(cls, tables: dict[str, Any]) -> UserFile:
        def docs(name: str) -> list[dict[str, Any]]:
            table = tables.get(name) or {}
            return [table[k] for k in sorted(table, key=int)]

        return cls([Case.from_doc(d) for d in docs(CASES)], [Case.from_doc(d) for d in docs(ARCHIVED)],
                   {d["from"]: d["to"] for d in docs(ALIASES)})

    def tables(self, sort_key: Any) -> dict[str, Any]:
        """The file's tables as they are written: the cases stay `Case` objects, which orjson writes as their
        documents (the JSON of `Case.to_doc()`, byte for byte, at a tenth of its cost: `dataclasses.asdict` took
        0.7 s of a 10,000-case import). `documents(tables)` is the same tree as documents, for the validator."""
        out: dict[str, Any] = {CASES: _numbered(sorted(self.cases, key=sort_key))}
        if self.archived:
            out[ARCHIVED] = _numbered(self.archived)
        if self.aliases:
            out[ALIASES] = _numbered({"from": k, "to": v} for k, v in self.aliases.items())
        return out


def _numbered(docs: Iterable[Any]) -> dict[str, Any]:
    return {str(i): d for i, d in enumerate(docs, start=1)}


def documents(tables: dict[str, Any]) -> dict[str, Any]:
    """`tables` (from `UserFile.tables`) with every case as the document its JSON reads back as, each made when it
    is looked at and dropped after: `model.case_schema.validate_case_tables(documents(tables))` checks exactly what
    is written, without a second tree of every document in memory."""
    return {name: _Documents(table) if name in (CASES, ARCHIVED) else table for name, table in tables.items()}


class _Documents(Mapping[str, dict[str, Any]]):
    def __init__(self, cases: dict[str, Case]) -> None:
        self._cases = cases

    def __getitem__(self, key: str) -> dict[str, Any]:
        doc: dict[str, Any] = orjson.loads(orjson.dumps(self._cases[key]))
        return doc

    def __iter__(self) -> Iterator[str]:
        return iter(self._cases)

    def __len__(self) -> int:
        return len(self._cases)


ARCHIVED_MARK = "-old"


def is_archived_id(case_id: str) -> bool:
    """Whether `case_id` names the kept copy of a case that left the library (`1-09-old`, `1-09-old2`)."""
    head, mark, tail = case_id.rpartition(ARCHIVED_MARK)
    return bool(head and mark) and (tail == "" or tail.isdigit())


def archived_id(case: Case, taken: set[str]) -> str:
    """An id for the kept copy of a case that left the library, never one a volume prints (`1-09-old`, `-old2`)."""
    base = f"{case.id}{ARCHIVED_MARK}"
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}{n}"
    return candidate


def shown_cases(user: UserFile, shipped: Sequence[Case], category: int) -> list[Case]:
    """The cases of `category` the library shows now: the user's volume, else the shipped one."""
    mine = [c for c in user.cases if c.category.number == category]
    return mine if mine else [c for c in shipped if c.category.number == category]


def apply_volume(user: UserFile, shipped: Sequence[Case], category: int, new: list[Case],
                 kept_identities: set[str], *, imported: bool = True) -> EditionDiff:
    """Put `new` in place of the shown cases of `category` (`imported=False`: remove the user's volume, so the
    shipped cases show again) and return the diff. Bookmarked cases (by id or key in `kept_identities`) that
    leave go to the archive; retitled pairs get an alias."""
    old = shown_cases(user, shipped, category)
    # A new category pairs nothing: every case is added (matching would fold 10,000 titles for nothing).
    diff = match_editions(old, new) if old else EditionDiff(added=list(new))
    if imported:
        from model import library  # merge_volume is the library's one rule for what a volume replaces

        user.cases = library.merge_volume(user.cases, new)
    else:
        user.cases = [c for c in user.cases if c.category.number != category]
    # Only an archive or an alias (kept, or made from a pair below) is checked against the new keys.
    present_keys = {case_key(c) for c in new} if user.archived or user.aliases or diff.pairs else set()
    # A case that comes back (the shipped edition again) leaves the archive.
    user.archived = [c for c in user.archived if case_key(c) not in present_keys]
    taken = {c.id for c in user.archived}
    for gone in diff.removed:
        key = case_key(gone)
        if gone.id in kept_identities or key in kept_identities:
            archived = _with_id(gone, archived_id(gone, taken))
            taken.add(archived.id)
            user.archived.append(archived)
    for before, after in diff.pairs:
        old_key, new_key = case_key(before), case_key(after)
        if old_key != new_key:
            user.aliases[old_key] = new_key
    for old_key in list(user.aliases):  # an alias whose old key is a case again is no longer needed
        if old_key in present_keys:
            del user.aliases[old_key]
    return diff


def _with_id(case: Case, new_id: str) -> Case:
    from dataclasses import replace

    return replace(case, id=new_id)
