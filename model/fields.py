"""The field table: every field of a case declared once, with the label the casebook prints for it.

Each `Field` says what the field is called (the casebook's own wording, translated once in the context "Field"),
how to get its typed value and its plain text, whether the search indexes it and which detail tab shows it. The
detail tabs, the print summary, the CLI's `show` and the spreadsheet export (`model/export/table`) take their labels
from here, so screen, paper and terminal say the same thing; a new renderer (a comparison table, a spreadsheet,
sortable columns) iterates `FIELDS` instead of writing its own label list.

`HEADINGS` holds the few words that are not one field but a group of them (the cost box, the providers table,
the columns of a breakdown), shared the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from model.case import Case, CostEntry, population_band_label
from model.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class Field:
    """One field of a case. `source` is the untranslated label; `label()` is the label in the UI language."""

    key: str
    source: str
    get: Callable[[Case], Any]  # the typed value: int yen, int persons, list[str]…, None when the case has none
    pieces: Callable[[Case], list[str]]  # the field's text as the screen shows it, one piece per paragraph/item
    tab: str | None = None  # the detail tab showing it: overview, effects, cost, schedule, interview; None: header
    searchable: bool = True  # whether `Library.search` looks in it
    display: Callable[[Case], str] | None = None  # the plain text when it is not the pieces one a line


    def label(self) -> str:
        return translate("Field", self.source)

    def value(self, case: Case) -> Any:
        return self.get(case)

    def texts(self, case: Case) -> list[str]:
        """The non-empty pieces of text of this field (what search and highlight counting look at)."""
        return [t for t in self.pieces(case) if t]

    def text(self, case: Case) -> str:
        """The field as plain text for a reader (one piece a line), "" when the case has nothing for it."""
        if self.display is not None:
            return self.display(case)
        return "\n".join(self.texts(case))


# ---- how the values are read ---------------------------------------------------------------------------------

def _entry(case: Case, which: str) -> CostEntry | None:
    return getattr(case.cost, which) if case.cost is not None else None


def _yen(case: Case, which: str) -> int | None:
    entry = _entry(case, which)
    return entry.yen if entry is not None else None


def _cost_pieces(case: Case, which: str) -> list[str]:
    entry = _entry(case, which)
    if entry is None:
        return []
    return [entry.text, *(b.item for b in entry.breakdown), entry.note or ""]


def population_text(case: Case) -> str:
    """「0.5万人（令和６年１月１日現在）」, or "" when the casebook gives no population."""
    pop = case.population
    if pop is None:
        return ""
    if not pop.as_of:
        return pop.text
    return translate("Field", "{text}（{date}現在）").format(text=pop.text, date=pop.as_of)


def contact_line(department: str, phone: str | None, email: str | None) -> str:
    return " ".join(x for x in (department, phone, email) if x)


def _opt(value: str | None) -> list[str]:
    return [value] if value else []


# ---- the table -----------------------------------------------------------------------------------------------

FIELDS: tuple[Field, ...] = (
    # The header: what identifies a case and where it comes from.
    Field("id", QT_TRANSLATE_NOOP("Field", "事例番号"), lambda c: c.id, lambda c: [c.id]),
    Field("number", QT_TRANSLATE_NOOP("Field", "番号"), lambda c: c.number, lambda c: [str(c.number)],
          searchable=False),
    Field("category", QT_TRANSLATE_NOOP("Field", "分類"), lambda c: c.category, lambda c: [c.category.name],
          display=lambda c: f"{c.category.number}．{c.category.name}"),
    Field("subcategory", QT_TRANSLATE_NOOP("Field", "小分類"), lambda c: c.subcategory,
          lambda c: [c.subcategory.name], display=lambda c: f"{c.subcategory.number} {c.subcategory.name}"),
    Field("title", QT_TRANSLATE_NOOP("Field", "事例名"), lambda c: c.title, lambda c: [c.title]),
    Field("organization", QT_TRANSLATE_NOOP("Field", "団体名"), lambda c: c.organization,
          lambda c: [c.organization]),
    Field("prefecture", QT_TRANSLATE_NOOP("Field", "都道府県"), lambda c: c.prefecture, lambda c: [c.prefecture]),
    Field("municipality", QT_TRANSLATE_NOOP("Field", "市区町村"), lambda c: c.municipality,
          lambda c: _opt(c.municipality)),
    Field("population_band", QT_TRANSLATE_NOOP("Field", "人口規模"), lambda c: c.population_band,
          # Searched and exported as stored (Japanese: a filter key and a CSV value), shown in the UI language.
          lambda c: [c.population_band], display=lambda c: population_band_label(c.population_band)),
    Field("population", QT_TRANSLATE_NOOP("Field", "人口"),
          lambda c: c.population.persons if c.population is not None else None,
          lambda c: [population_text(c)], searchable=False),
    Field("is_new", QT_TRANSLATE_NOOP("Field", "New"), lambda c: c.is_new, lambda c: ["New" if c.is_new else ""],
          searchable=False),
    Field("points", QT_TRANSLATE_NOOP("Field", "Point"), lambda c: list(c.points), lambda c: list(c.points)),
    # 概要 tab.
    Field("overview", QT_TRANSLATE_NOOP("Field", "事業の概要"), lambda c: list(c.overview),
          lambda c: list(c.overview), tab="overview"),
    # 効果 tab.
    Field("effects", QT_TRANSLATE_NOOP("Field", "事業効果"), lambda c: list(c.effects), lambda c: list(c.effects),
          tab="effects"),
    # コスト tab: amounts in yen before tax, as the casebook prints them; running costs per year.
    Field("initial_cost", QT_TRANSLATE_NOOP("Field", "イニシャルコスト（税抜）"), lambda c: _yen(c, "initial"),
          lambda c: _cost_pieces(c, "initial"), tab="cost"),
    Field("running_cost", QT_TRANSLATE_NOOP("Field", "ランニングコスト（1年あたり・税抜）"),
          lambda c: _yen(c, "running"), lambda c: _cost_pieces(c, "running"), tab="cost"),
    Field("cost_note", QT_TRANSLATE_NOOP("Field", "備考"), lambda c: c.cost.note if c.cost else None,
          lambda c: _opt(c.cost.note if c.cost else None), tab="cost"),
    # スケジュール tab: the schedule, then the providers.
    Field("lead_time", QT_TRANSLATE_NOOP("Field", "検討開始から導入までの期間"),
          lambda c: c.schedule.lead_time if c.schedule else None,
          lambda c: _opt(c.schedule.lead_time if c.schedule else None), tab="schedule",
          searchable=False),  # a figure like the population; the search has never looked in it
    Field("schedule", QT_TRANSLATE_NOOP("Field", "スケジュール"),
          lambda c: list(c.schedule.steps) if c.schedule else [],
          lambda c: [f"{s.when} {s.what}" for s in c.schedule.steps] if c.schedule else [], tab="schedule"),
    Field("companies", QT_TRANSLATE_NOOP("Field", "サービス提供事業者"),
          lambda c: list(c.providers.companies) if c.providers else [],
          lambda c: list(c.providers.companies) if c.providers else [], tab="schedule"),
    Field("service", QT_TRANSLATE_NOOP("Field", "サービス名"), lambda c: c.providers.service if c.providers else None,
          lambda c: _opt(c.providers.service if c.providers else None), tab="schedule"),
    Field("operation", QT_TRANSLATE_NOOP("Field", "運用形態"),
          lambda c: c.providers.operation if c.providers else None,
          lambda c: _opt(c.providers.operation if c.providers else None), tab="schedule"),
    Field("others", QT_TRANSLATE_NOOP("Field", "その他参画主体"),
          lambda c: list(c.providers.others) if c.providers else [],
          lambda c: list(c.providers.others) if c.providers else [], tab="schedule"),
    # 概要 tab, below the overview: who to ask, where to read more.
    Field("department", QT_TRANSLATE_NOOP("Field", "担当部署"), lambda c: [ct.department for ct in c.contacts],
          lambda c: [ct.department for ct in c.contacts], tab="overview"),
    Field("phone", QT_TRANSLATE_NOOP("Field", "電話"), lambda c: [ct.phone for ct in c.contacts if ct.phone],
          lambda c: [ct.phone or "" for ct in c.contacts], tab="overview"),
    Field("email", QT_TRANSLATE_NOOP("Field", "メール"), lambda c: [ct.email for ct in c.contacts if ct.email],
          lambda c: [ct.email or "" for ct in c.contacts], tab="overview"),
    Field("links", QT_TRANSLATE_NOOP("Field", "関連URL"), lambda c: list(c.links),
          lambda c: [lk.label for lk in c.links], tab="overview"),
    Field("awards", QT_TRANSLATE_NOOP("Field", "受賞歴等"), lambda c: list(c.awards), lambda c: list(c.awards),
          tab="overview"),
    # インタビュー tab.
    Field("interview", QT_TRANSLATE_NOOP("Field", "インタビュー"), lambda c: list(c.interview),
          lambda c: [t for qa in c.interview for t in (qa.question, qa.answer)], tab="interview"),
    # A case whose interview the casebook prints in another volume says so (※…のインタビュー欄は『…』に掲載).
    Field("interview_note", QT_TRANSLATE_NOOP("Field", "インタビュー欄の掲載先"), lambda c: c.interview_note,
          lambda c: _opt(c.interview_note), tab="interview", searchable=False),
    Field("source", QT_TRANSLATE_NOOP("Field", "出典"), lambda c: c.source,
          lambda c: [f"{c.source.volume} ({c.source.file})"], searchable=False),
)


def initial_cost_per_resident(case: Case) -> int | None:
    """The initial cost divided by the population, in whole yen per resident; None unless both figures exist."""
    yen = _yen(case, "initial")
    persons = case.population.persons if case.population is not None else None
    if yen is None or not persons:
        return None
    return round(yen / persons)


def _per_resident_pieces(case: Case) -> list[str]:
    value = initial_cost_per_resident(case)
    return [] if value is None else [translate("Field", "{yen}円/人").format(yen=f"{value:,}")]


# Figures computed from the casebook's fields (the comparison and the spreadsheet show them); not printed in the
# casebook, so the detail tabs and the summary, which iterate FIELDS, leave them out. `field(key)` finds them.
DERIVED: tuple[Field, ...] = (
    Field("initial_cost_per_resident", QT_TRANSLATE_NOOP("Field", "住民1人あたり初期費用"), initial_cost_per_resident,
          _per_resident_pieces, tab="cost", searchable=False),
)

_BY_KEY: dict[str, Field] = {f.key: f for f in (*FIELDS, *DERIVED)}

def field(key: str) -> Field:
    """The field called `key` (KeyError for a key that is not in the table)."""
    return _BY_KEY[key]


def fields_on_tab(tab: str | None) -> list[Field]:
    return [f for f in FIELDS if f.tab == tab]


_SEARCHED: tuple[Callable[[Case], list[str]], ...] = tuple(f.pieces for f in FIELDS if f.searchable)


def search_texts(case: Case) -> list[str]:
    """Every piece of text of the searchable fields: what `Library.search` matches a query against."""
    return [t for pieces in _SEARCHED for t in pieces(case) if t]


def label(key: str) -> str:
    """The translated label of a field or of a heading (HEADINGS), by key."""
    f = _BY_KEY.get(key)
    return f.label() if f is not None else translate("Field", HEADINGS[key])


def sources() -> dict[str, str]:
    """Every field's and heading's untranslated label by key (the Japanese the casebook prints)."""
    return {**{f.key: f.source for f in FIELDS}, **HEADINGS}


def labels() -> dict[str, str]:
    """Every field's and heading's label by key, in the UI language."""
    return {key: label(key) for key in sources()}


# Words that name a group of fields or a column of a breakdown, not one field.
HEADINGS: dict[str, str] = {
    "cost": QT_TRANSLATE_NOOP("Field", "コスト"),
    "providers": QT_TRANSLATE_NOOP("Field", "サービス提供事業者等"),
    "breakdown": QT_TRANSLATE_NOOP("Field", "内訳"),
    "amount": QT_TRANSLATE_NOOP("Field", "金額"),
    "undisclosed": QT_TRANSLATE_NOOP("Field", "非公表"),
    # The user's own data next to a case (comparison, spreadsheet, meeting pack).
    "note": QT_TRANSLATE_NOOP("Field", "メモ"),
    "status": QT_TRANSLATE_NOOP("Field", "状態"),
    "log": QT_TRANSLATE_NOOP("Field", "連絡記録"),
    # Rows of the comparison that group several fields.
    "population_row": QT_TRANSLATE_NOOP("Field", "人口規模・人口"),
    "contacts": QT_TRANSLATE_NOOP("Field", "担当部署・電話・メール"),
    "population_as_of": QT_TRANSLATE_NOOP("Field", "人口の基準日"),
    # Short column headings of the case list (the field labels are too long for a column).
    "initial_cost_short": QT_TRANSLATE_NOOP("Field", "初期費用"),
    "running_cost_short": QT_TRANSLATE_NOOP("Field", "年間費用"),
    "lead_time_short": QT_TRANSLATE_NOOP("Field", "導入期間"),
    "bookmark": QT_TRANSLATE_NOOP("Field", "★"),
}
