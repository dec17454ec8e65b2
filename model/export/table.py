"""The spreadsheet of cases: one row per case, one column per field, headers from the field table.

XLSX and CSV have exactly these columns, in this order. A column has a `kind` that tells the writers how to type
its cells: text, an id (text that must not turn into a date), an amount in yen (a number; the casebook's text such as
「－円」 or 「（非公表）」 when there is no figure), a count of persons, yen per resident, or a link.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from model import fields
from model.case import Case, CostEntry

if TYPE_CHECKING:
    from model.bookmarks import Bookmark

Kind = Literal["id", "text", "long", "yen", "persons", "per_resident", "link"]


@dataclass(frozen=True)
class Link:
    """A hyperlink cell: what the user reads, and where it goes."""

    url: str
    text: str


Cell = str | int | Link | None


@dataclass(frozen=True)
class UserData:
    """What the user added to the cases, keyed by case id. `statuses` holds each status as the user reads it
    (e.g. 「検討中」); None leaves the status column out (a library without statuses). `logs` holds each case's
    contact log as (date, text) pairs, oldest first (cases without entries left out); None: no log row."""

    notes: Mapping[str, str] = field(default_factory=dict)
    statuses: Mapping[str, str] | None = None
    logs: Mapping[str, tuple[tuple[str, str], ...]] | None = None

    @classmethod
    def of(cls, bookmarks: Iterable[Bookmark]) -> UserData:
        """The notes and statuses of these bookmarks (what the window and the CLI export next to the cases)."""
        marks = list(bookmarks)
        return cls(notes={b.case_id: b.note for b in marks if b.note},
                   statuses={b.case_id: b.status_label for b in marks},
                   logs={b.case_id: tuple((e.date, e.text) for e in sorted(b.log, key=lambda e: e.date))
                         for b in marks if b.log})


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    cell: Callable[[Case], Cell]
    kind: Kind = "text"
    width: int = 16  # characters, as a spreadsheet counts them (a kanji is about two)


def _lines(items: Sequence[str]) -> str:
    return "\n".join(items)


def _per_contact(values: Sequence[str | None]) -> Cell:
    """One line per contact, lined up with the departments (「－」 for a contact without one)."""
    if not any(values):
        return None
    return _lines([v or "－" for v in values])


def _amount(entry: CostEntry | None) -> Cell:
    if entry is None:
        return None
    return entry.yen if entry.yen is not None else entry.text


def _text(key: str) -> Callable[[Case], Cell]:
    f = fields.field(key)
    return lambda c: f.text(c) or None


def _link(case: Case, index: int) -> Cell:
    if index >= len(case.links):
        return None
    link = case.links[index]
    return Link(link.url, link.url) if link.url else (link.label or None)


def _column(key: str, kind: Kind = "text", width: int = 16) -> Column:
    return Column(key, fields.label(key), _text(key), kind, width)


def columns(cases: Sequence[Case], user: UserData | None = None) -> list[Column]:
    """The columns for exporting `cases`: as many link columns as the case with the most links needs."""
    user = user or UserData()
    notes = user.notes
    cols = [
        Column("id", fields.label("id"), lambda c: c.id, "id", 9),
        _column("title", "long", 40),
        _column("organization", width=16),
    ]
    if user.statuses is not None:
        statuses = user.statuses
        cols.append(Column("status", fields.label("status"), lambda c: statuses.get(c.id) or None, "text", 12))
    cols += [
        Column("note", fields.label("note"), lambda c: notes.get(c.id, "").strip() or None, "long", 30),
        _column("category", width=14),
        _column("subcategory", "long", 30),
        _column("prefecture", width=10),
        _column("municipality", width=12),
        Column("population_band", fields.label("population_band"), lambda c: c.population_band, "text", 18),
        Column("population", fields.label("population"), fields.field("population").value, "persons", 12),
        Column("population_as_of", fields.label("population_as_of"),
               lambda c: (c.population.as_of if c.population else None) or None, "text", 16),
        Column("is_new", fields.label("is_new"), lambda c: "New" if c.is_new else None, "text", 6),
        _column("points", "long", 40),
        _column("overview", "long", 50),
        _column("effects", "long", 50),
        Column("initial_cost", fields.label("initial_cost"),
               lambda c: _amount(c.cost.initial if c.cost else None), "yen", 16),
        Column("running_cost", fields.label("running_cost"),
               lambda c: _amount(c.cost.running if c.cost else None), "yen", 16),
        Column("initial_cost_per_resident", fields.label("initial_cost_per_resident"),
               fields.initial_cost_per_resident, "per_resident", 14),
        _column("cost_note", "long", 24),
        _column("lead_time", width=14),
        _column("schedule", "long", 40),
        _column("companies", "long", 24),
        _column("service", "long", 20),
        _column("operation", width=14),
        _column("others", "long", 20),
        _column("department", "long", 24),
        Column("phone", fields.label("phone"), lambda c: _per_contact([ct.phone for ct in c.contacts]), "text", 14),
        Column("email", fields.label("email"), lambda c: _per_contact([ct.email for ct in c.contacts]), "text", 28),
    ]
    most_links = max((len(c.links) for c in cases), default=0)
    for i in range(max(1, most_links)):
        header = fields.label("links") + (f" {i + 1}" if i else "")
        cols.append(Column(f"link{i + 1}", header, functools.partial(_link, index=i), "link", 36))
    cols += [
        _column("awards", "long", 24),
        Column("interview", fields.label("interview"),
               lambda c: _lines([f"Q. {qa.question}\nA. {qa.answer}" for qa in c.interview]) or None, "long", 50),
        _column("source", width=24),
    ]
    return cols


def rows(cases: Sequence[Case], cols: Sequence[Column]) -> list[list[Cell]]:
    return [[col.cell(case) for col in cols] for case in cases]
