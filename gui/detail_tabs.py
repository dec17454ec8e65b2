"""The HTML of the detail pane's five tabs (概要, 効果, コスト, スケジュール, インタビュー) for one case.

Pure functions of a case and a `Highlighter` (the current query): every piece of case text goes through
`Highlighter.marked` (escaped, search hits highlighted), so nothing from the data is ever interpreted as markup.
Field labels and which fields a tab shows come from the field table (`model.fields`). A tab with no data says so in
one clear line instead of showing nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from gui.rich_text import Highlighter, esc, format_yen
from model.case import Case, CostEntry
from model.fields import fields_on_tab, label
from model.range_mark import readable_range

# Qt's rich text understands this subset of CSS; one sheet for every tab keeps them alike.
STYLE_SHEET = """
h3 { color: #1f4e79; font-size: large; margin-top: 14px; margin-bottom: 4px; }
p { margin-top: 2px; margin-bottom: 6px; }
.empty { color: #666666; }
.note { color: #444444; }
.q { color: #1f4e79; font-weight: bold; margin-top: 12px; margin-bottom: 2px; }
.a { margin-left: 16px; margin-bottom: 8px; }
.when { color: #1f4e79; font-weight: bold; white-space: nowrap; }
.url { color: #666666; }
td { padding: 3px 8px 3px 0px; }
th { padding: 3px 8px 3px 0px; text-align: left; }
"""


# Called by this name with literal strings so that pyside6-lupdate finds them (it does not see through helpers).
translate = QCoreApplication.translate


def _h(title: str) -> str:
    return f"<h3>{esc(title)}</h3>"


def _empty(text: str) -> str:
    return f'<p class="empty">{esc(text)}</p>'


def _paragraphs(texts: list[str], hl: Highlighter) -> str:
    return "".join(f"<p>{hl.marked(t)}</p>" for t in texts)


def _items(texts: list[str], hl: Highlighter) -> str:
    return "<ul>" + "".join(f"<li>{hl.marked(t)}</li>" for t in texts) + "</ul>"


def overview_html(case: Case, hl: Highlighter) -> str:
    parts = [_h(label("overview"))]
    if case.overview:
        parts.append(_paragraphs(case.overview, hl))
    else:
        parts.append(_empty(translate("DetailTabs", "事業の概要の掲載がありません。")))

    parts.append(_h(label("department")))
    if case.contacts:
        rows = []
        phone_label = esc(label("phone"))
        for c in case.contacts:
            phone = hl.marked(c.phone) if c.phone else "—"
            email = hl.link(f"mailto:{c.email}", c.email) if c.email else "—"
            rows.append(f"<tr><td>{hl.marked(c.department)}</td><td>{phone_label} {phone}</td>"
                        f"<td>{email}</td></tr>")
        parts.append("<table>" + "".join(rows) + "</table>")
    else:
        parts.append(_empty(translate("DetailTabs", "担当部署の掲載がありません。")))

    parts.append(_h(label("links")))
    if case.links:
        parts.append("<ul>" + "".join(
            f'<li>{hl.link(lk.url, lk.label or lk.url)}<br><span class="url">{esc(lk.url)}</span></li>'
            for lk in case.links) + "</ul>")
    else:
        parts.append(_empty(translate("DetailTabs", "関連URLの掲載がありません。")))

    if case.awards:
        parts.append(_h(label("awards")))
        parts.append(_items(case.awards, hl))
    return "".join(parts)


def effects_html(case: Case, hl: Highlighter) -> str:
    heading = _h(label("effects"))
    if not case.effects:
        return heading + _empty(translate("DetailTabs", "この事例には事業効果の掲載がありません。"))
    return heading + _paragraphs(case.effects, hl)


def amount_text(entry: CostEntry) -> str:
    """The figure of a cost entry for a reader: 「68,515千円」, or a clear word when there is no figure."""
    if entry.yen is not None:
        return format_yen(entry.yen)
    if "非公表" in entry.text:
        return translate("DetailTabs", "非公表（金額は公表されていません）")
    if entry.text:
        return translate("DetailTabs", "{text}（金額の記載なし）").format(text=entry.text)
    return translate("DetailTabs", "金額の記載なし")


def _cost_entry(title: str, entry: CostEntry | None, hl: Highlighter) -> str:
    parts = [_h(title)]
    if entry is None:
        return "".join(parts) + _empty(translate("DetailTabs", "掲載がありません。"))
    parts.append(f"<p><b>{hl.marked(amount_text(entry))}</b></p>")
    if entry.breakdown:
        rows = "".join(
            f"<tr><td>{hl.marked(line.item)}</td>"
            f"<td align=\"right\">{esc(format_yen(line.yen) if line.yen is not None else line.text)}</td></tr>"
            for line in entry.breakdown)
        item_label, amount_label = esc(label("breakdown")), esc(label("amount"))
        parts.append(f'<table><tr><th>{item_label}</th><th align="right">{amount_label}</th></tr>{rows}</table>')
    if entry.note:
        note_label = esc(label("cost_note"))
        parts.append(f'<p class="note">{note_label}: {hl.marked(entry.note)}</p>')
    return "".join(parts)


def cost_html(case: Case, hl: Highlighter) -> str:
    cost = case.cost
    if cost is None or (cost.initial is None and cost.running is None and not cost.note):
        return _empty(translate("DetailTabs", "この事例にはコストの掲載がありません。"))
    # The casebook's own headings: its figures are before tax, running costs per year.
    parts = [_cost_entry(label("initial_cost"), cost.initial, hl),
             _cost_entry(label("running_cost"), cost.running, hl)]
    if cost.note:
        note_label = esc(label("cost_note"))
        parts.append(f'<p class="note">{note_label}: {hl.marked(cost.note)}</p>')
    return "".join(parts)


def schedule_html(case: Case, hl: Highlighter) -> str:
    sched, prov = case.schedule, case.providers
    if sched is None and prov is None:
        return _empty(translate("DetailTabs", "この事例にはスケジュールの掲載がありません。"))
    parts = [_h(label("schedule"))]
    if sched is None:
        parts.append(_empty(translate("DetailTabs", "スケジュールの掲載がありません。")))
    else:
        shown = readable_range  # `R6.3~4` as 「R6.3～4」 (model/range_mark.py)
        lead = hl.marked(shown(sched.lead_time)) if sched.lead_time else esc(translate("DetailTabs", "記載なし"))
        lead_label = esc(label("lead_time"))
        parts.append(f"<p>{lead_label}: <b>{lead}</b></p>")
        if sched.steps:
            # A two-column table with a rule between the dates and the steps reads as a timeline.
            steps = "".join(
                f'<tr><td class="when" style="border-right: 3px solid #1f4e79;">{hl.marked(shown(s.when))}</td>'
                f"<td style=\"padding-left: 10px;\">{hl.marked(shown(s.what))}</td></tr>"
                for s in sched.steps)
            parts.append(f'<table cellspacing="0">{steps}</table>')
        else:
            parts.append(_empty(translate("DetailTabs", "手順の掲載がありません。")))

    parts.append(_h(label("providers")))
    if prov is None:
        parts.append(_empty(translate("DetailTabs", "サービス提供事業者等の掲載がありません。")))
    else:
        fields: list[tuple[str, str]] = [
            (label("companies"), "、".join(hl.marked(c) for c in prov.companies)),
            (label("service"), hl.marked(prov.service) if prov.service else ""),
            (label("operation"), hl.marked(prov.operation) if prov.operation else ""),
            (label("others"), "<br>".join(hl.marked(o) for o in prov.others)),
        ]
        parts.append("<table>" + "".join(
            f"<tr><th>{esc(name)}</th><td>{value or esc('—')}</td></tr>" for name, value in fields) + "</table>")
    return "".join(parts)


def interview_html(case: Case, hl: Highlighter) -> str:
    if not case.interview:
        if case.interview_note:  # printed in another volume: say where, in the casebook's words
            return _h(label("interview")) + f"<p>{hl.marked(case.interview_note)}</p>"
        return _empty(translate("DetailTabs", "この事例にはインタビューの掲載がありません。"))
    parts = [_h(label("interview"))]
    for qa in case.interview:
        parts.append(f'<p class="q">Q. {hl.marked(qa.question)}</p>')
        parts.append(f'<p class="a">{hl.marked(qa.answer)}</p>')
    return "".join(parts)


@dataclass(frozen=True)
class TabSpec:
    key: str
    title: str
    render: Callable[[Case, Highlighter], str]
    texts: Callable[[Case], list[str]]  # the case text shown on the tab, to count search hits
    has_data: Callable[[Case], bool]  # False: the tab only says there is nothing (its title is dimmed)


def _texts_on(tab: str) -> Callable[[Case], list[str]]:
    """The case text a tab shows (to count search hits on it): its fields' texts, from the field table."""
    on_tab = fields_on_tab(tab)
    return lambda c: [t for f in on_tab for t in f.texts(c)]


def tab_specs() -> list[TabSpec]:
    """The tabs in display order, with translated titles."""
    return [
        TabSpec("overview", translate("DetailTabs", "概要"), overview_html, _texts_on("overview"),
                lambda c: bool(c.overview or c.contacts or c.links or c.awards)),
        TabSpec("effects", translate("DetailTabs", "効果"), effects_html, _texts_on("effects"),
                lambda c: bool(c.effects)),
        TabSpec("cost", label("cost"), cost_html, _texts_on("cost"),
                lambda c: c.cost is not None and bool(c.cost.initial or c.cost.running or c.cost.note)),
        TabSpec("schedule", label("schedule"), schedule_html, _texts_on("schedule"),
                lambda c: c.schedule is not None or c.providers is not None),
        TabSpec("interview", label("interview"), interview_html, _texts_on("interview"),
                lambda c: bool(c.interview)),
    ]
