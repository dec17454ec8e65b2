"""The comparison of 2–6 cases: one column per case, one row per field (labels from the field table).

`Comparison` is what the window's 比較 view, the A4-landscape printout, the XLSX sheet and `main.py compare` show.
A row `differs` when its cases do not all say the same thing (whitespace aside): the views highlight those rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from model import fields
from model.case import Case
from model.export.table import UserData
from model.i18n import translate
from model.range_mark import readable_range

MIN_CASES = 2
MAX_CASES = 6
PREVIEW_LINES = 3  # 事業の概要: the lines shown before the user expands the row

RowKind = Literal["text", "yen", "per_resident"]


class CompareError(ValueError):
    """The cases cannot be compared (too few, too many); str() is one line for the user."""


@dataclass(frozen=True)
class CompareCell:
    text: str  # plain text, "" for nothing; lines separated by "\n"
    value: int | None = None  # the figure behind a yen or yen-per-resident row


@dataclass(frozen=True)
class CompareRow:
    key: str
    label: str
    kind: RowKind
    cells: tuple[CompareCell, ...]
    expandable: bool = False  # long text: the screen shows PREVIEW_LINES lines until expanded

    @property
    def differs(self) -> bool:
        return len({" ".join(c.text.split()) for c in self.cells}) > 1


@dataclass(frozen=True)
class RowSpec:
    key: str
    label_key: str  # a field or a HEADINGS key
    keys: tuple[str, ...]  # the fields whose texts fill the cell, one after another
    kind: RowKind = "text"
    expandable: bool = False


ROWS: tuple[RowSpec, ...] = (
    RowSpec("organization", "organization", ("organization",)),
    RowSpec("prefecture", "prefecture", ("prefecture",)),
    RowSpec("population", "population_row", ("population_band", "population")),
    RowSpec("category", "category", ("category", "subcategory")),
    RowSpec("points", "points", ("points",)),
    RowSpec("overview", "overview", ("overview",), expandable=True),
    RowSpec("effects", "effects", ("effects",), expandable=True),
    RowSpec("initial_cost", "initial_cost", ("initial_cost",), "yen"),
    RowSpec("running_cost", "running_cost", ("running_cost",), "yen"),
    RowSpec("initial_cost_per_resident", "initial_cost_per_resident", ("initial_cost_per_resident",),
            "per_resident"),
    RowSpec("lead_time", "lead_time", ("lead_time",)),
    RowSpec("schedule", "schedule", ("schedule",), expandable=True),
    RowSpec("providers", "providers", ("companies", "service", "operation")),
    RowSpec("contacts", "contacts", ()),
)


def _contacts(case: Case) -> str:
    return "\n".join(fields.contact_line(ct.department, ct.phone, ct.email) for ct in case.contacts)


def _cell(spec: RowSpec, case: Case) -> CompareCell:
    if spec.key == "contacts":
        return CompareCell(_contacts(case))
    if spec.key in ("initial_cost", "running_cost"):
        entry = getattr(case.cost, spec.key.removesuffix("_cost")) if case.cost else None
        return CompareCell(entry.text if entry else "", entry.yen if entry else None)
    texts = [t for key in spec.keys if (t := fields.field(key).text(case))]
    if spec.key in ("lead_time", "schedule"):
        texts = [readable_range(t) for t in texts]
    value = fields.initial_cost_per_resident(case) if spec.kind == "per_resident" else None
    return CompareCell("\n".join(texts), value)


@dataclass(frozen=True)
class Comparison:
    cases: tuple[Case, ...]
    rows: tuple[CompareRow, ...]

    def headings(self) -> list[str]:
        """The column heading of each case: its id and organization."""
        return [f"{c.id} {c.organization}" for c in self.cases]


def check_count(count: int) -> None:
    if count < MIN_CASES:
        raise CompareError(translate("Compare", "比較するには事例を{min}件以上選んでください。").format(min=MIN_CASES))
    if count > MAX_CASES:
        raise CompareError(translate("Compare", "比較できるのは{max}件までです（{count}件選ばれています）。").format(
            max=MAX_CASES, count=count))


def unique(cases: Sequence[Case]) -> list[Case]:
    seen: set[str] = set()
    return [c for c in cases if not (c.id in seen or seen.add(c.id))]  # type: ignore[func-returns-value]


def compare(cases: Sequence[Case], user: UserData | None = None) -> Comparison:
    """The comparison of `cases` in the order given (repeats dropped); CompareError unless 2–6 cases remain.

    The note row is always there (empty cells for cases without a note); the status row only when
    `user.statuses` is given, the contact-log row (the latest entry) only when `user.logs` is.
    """
    chosen = unique(cases)
    check_count(len(chosen))
    user = user or UserData()
    out = [CompareRow(s.key, fields.label(s.label_key), s.kind, tuple(_cell(s, c) for c in chosen), s.expandable)
           for s in ROWS]
    if user.statuses is not None:
        statuses = user.statuses
        out.append(_user_row("status", lambda c: statuses.get(c.id, ""), chosen))
    if user.logs is not None:
        logs = user.logs
        out.append(_user_row("log", lambda c: latest_log(logs.get(c.id, ())), chosen))
    notes = user.notes
    out.append(_user_row("note", lambda c: notes.get(c.id, "").strip(), chosen))
    return Comparison(tuple(chosen), tuple(out))


def _user_row(key: str, text: Callable[[Case], str], cases: Sequence[Case]) -> CompareRow:
    return CompareRow(key, fields.label(key), "text", tuple(CompareCell(text(c)) for c in cases))


def latest_log(entries: Sequence[tuple[str, str]]) -> str:
    """The latest (date, text) entry as 「2026-11-02 電話で照会」, with how many there are when more than one."""
    if not entries:
        return ""
    day, text = max(enumerate(entries), key=lambda pair: (pair[1][0], pair[0]))[1]
    line = f"{day} {text.strip()}"
    if len(entries) > 1:
        line += "\n" + translate("Compare", "（全{count}件）").format(count=len(entries))
    return line


def preview(text: str, lines: int = PREVIEW_LINES) -> tuple[str, bool]:
    """The first `lines` lines of `text`, and whether anything was left out."""
    parts = text.split("\n")
    return "\n".join(parts[:lines]), len(parts) > lines
