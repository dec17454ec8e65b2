"""The HTML of the detail pane's five tabs (概要, 効果, コスト, スケジュール, インタビュー) for one case.

Pure functions of a case and the current search query: every piece of case text goes through `rich_text.marked`
(escaped, search hits highlighted), so nothing from the data is ever interpreted as markup. A tab with no data says
so in one clear line instead of showing nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from gui.rich_text import esc, format_yen, link, marked
from model.case import Case, CostEntry
from model.search import Query

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


def _paragraphs(texts: list[str], q: Query | None) -> str:
    return "".join(f"<p>{marked(t, q)}</p>" for t in texts)


def _items(texts: list[str], q: Query | None) -> str:
    return "<ul>" + "".join(f"<li>{marked(t, q)}</li>" for t in texts) + "</ul>"


def overview_html(case: Case, q: Query | None) -> str:
    parts = [_h(translate("DetailTabs", "事業の概要"))]
    if case.overview:
        parts.append(_paragraphs(case.overview, q))
    else:
        parts.append(_empty(translate("DetailTabs", "事業の概要の掲載がありません。")))

    parts.append(_h(translate("DetailTabs", "担当部署")))
    if case.contacts:
        rows = []
        phone_label = esc(translate("DetailTabs", "電話"))
        for c in case.contacts:
            phone = marked(c.phone, q) if c.phone else "—"
            email = link(f"mailto:{c.email}", c.email, q) if c.email else "—"
            rows.append(f"<tr><td>{marked(c.department, q)}</td><td>{phone_label} {phone}</td>"
                        f"<td>{email}</td></tr>")
        parts.append("<table>" + "".join(rows) + "</table>")
    else:
        parts.append(_empty(translate("DetailTabs", "担当部署の掲載がありません。")))

    parts.append(_h(translate("DetailTabs", "関連リンク")))
    if case.links:
        parts.append("<ul>" + "".join(
            f'<li>{link(lk.url, lk.label or lk.url, q)}<br><span class="url">{esc(lk.url)}</span></li>'
            for lk in case.links) + "</ul>")
    else:
        parts.append(_empty(translate("DetailTabs", "関連リンクの掲載がありません。")))

    if case.awards:
        parts.append(_h(translate("DetailTabs", "受賞歴")))
        parts.append(_items(case.awards, q))
    return "".join(parts)


def effects_html(case: Case, q: Query | None) -> str:
    heading = _h(translate("DetailTabs", "事業効果"))
    if not case.effects:
        return heading + _empty(translate("DetailTabs", "この事例には事業効果の掲載がありません。"))
    return heading + _paragraphs(case.effects, q)


def amount_text(entry: CostEntry) -> str:
    """The figure of a cost entry for a reader: 「68,515千円」, or a clear word when there is no figure."""
    if entry.yen is not None:
        return format_yen(entry.yen)
    if "非公表" in entry.text:
        return translate("DetailTabs", "非公表（金額は公表されていません）")
    if entry.text:
        return translate("DetailTabs", "{text}（金額の記載なし）").format(text=entry.text)
    return translate("DetailTabs", "金額の記載なし")


def _cost_entry(title: str, entry: CostEntry | None, q: Query | None) -> str:
    parts = [_h(title)]
    if entry is None:
        return "".join(parts) + _empty(translate("DetailTabs", "掲載がありません。"))
    parts.append(f"<p><b>{esc(amount_text(entry))}</b></p>")
    if entry.breakdown:
        rows = "".join(
            f"<tr><td>{marked(line.item, q)}</td>"
            f"<td align=\"right\">{esc(format_yen(line.yen) if line.yen is not None else line.text)}</td></tr>"
            for line in entry.breakdown)
        item_label, amount_label = esc(translate("DetailTabs", "内訳")), esc(translate("DetailTabs", "金額"))
        parts.append(f'<table><tr><th>{item_label}</th><th align="right">{amount_label}</th></tr>{rows}</table>')
    if entry.note:
        note_label = esc(translate("DetailTabs", "備考"))
        parts.append(f'<p class="note">{note_label}: {marked(entry.note, q)}</p>')
    return "".join(parts)


def cost_html(case: Case, q: Query | None) -> str:
    cost = case.cost
    if cost is None or (cost.initial is None and cost.running is None and not cost.note):
        return _empty(translate("DetailTabs", "この事例にはコストの掲載がありません。"))
    # The casebook's own headings: its figures are before tax, running costs per year.
    parts = [_cost_entry(translate("DetailTabs", "イニシャルコスト（税抜）"), cost.initial, q),
             _cost_entry(translate("DetailTabs", "ランニングコスト（1年あたり・税抜）"), cost.running, q)]
    if cost.note:
        note_label = esc(translate("DetailTabs", "備考"))
        parts.append(f'<p class="note">{note_label}: {marked(cost.note, q)}</p>')
    return "".join(parts)


def schedule_html(case: Case, q: Query | None) -> str:
    sched, prov = case.schedule, case.providers
    if sched is None and prov is None:
        return _empty(translate("DetailTabs", "この事例にはスケジュールの掲載がありません。"))
    parts = [_h(translate("DetailTabs", "スケジュール"))]
    if sched is None:
        parts.append(_empty(translate("DetailTabs", "スケジュールの掲載がありません。")))
    else:
        lead = marked(sched.lead_time, q) if sched.lead_time else esc(translate("DetailTabs", "記載なし"))
        lead_label = esc(translate("DetailTabs", "導入までの期間"))
        parts.append(f"<p>{lead_label}: <b>{lead}</b></p>")
        if sched.steps:
            # A two-column table with a rule between the dates and the steps reads as a timeline.
            steps = "".join(
                f'<tr><td class="when" style="border-right: 3px solid #1f4e79;">{marked(s.when, q)}</td>'
                f"<td style=\"padding-left: 10px;\">{marked(s.what, q)}</td></tr>"
                for s in sched.steps)
            parts.append(f'<table cellspacing="0">{steps}</table>')
        else:
            parts.append(_empty(translate("DetailTabs", "手順の掲載がありません。")))

    parts.append(_h(translate("DetailTabs", "サービス提供事業者等")))
    if prov is None:
        parts.append(_empty(translate("DetailTabs", "サービス提供事業者等の掲載がありません。")))
    else:
        fields: list[tuple[str, str]] = [
            (translate("DetailTabs", "提供事業者"), "、".join(marked(c, q) for c in prov.companies)),
            (translate("DetailTabs", "サービス名称"), marked(prov.service, q) if prov.service else ""),
            (translate("DetailTabs", "運用形態"), marked(prov.operation, q) if prov.operation else ""),
            (translate("DetailTabs", "その他の参画主体"), "<br>".join(marked(o, q) for o in prov.others)),
        ]
        parts.append("<table>" + "".join(
            f"<tr><th>{esc(name)}</th><td>{value or esc('—')}</td></tr>" for name, value in fields) + "</table>")
    return "".join(parts)


def interview_html(case: Case, q: Query | None) -> str:
    if not case.interview:
        return _empty(translate("DetailTabs", "この事例にはインタビューの掲載がありません。"))
    parts = [_h(translate("DetailTabs", "インタビュー"))]
    for qa in case.interview:
        parts.append(f'<p class="q">Q. {marked(qa.question, q)}</p>')
        parts.append(f'<p class="a">{marked(qa.answer, q)}</p>')
    return "".join(parts)


@dataclass(frozen=True)
class TabSpec:
    key: str
    title: str
    render: Callable[[Case, Query | None], str]
    texts: Callable[[Case], list[str]]  # the case text shown on the tab, to count search hits
    has_data: Callable[[Case], bool]  # False: the tab only says there is nothing (its title is dimmed)


def _overview_texts(c: Case) -> list[str]:
    out = list(c.overview)
    for ct in c.contacts:
        out += [ct.department, ct.phone or "", ct.email or ""]
    return out + [lk.label for lk in c.links] + c.awards


def _cost_texts(c: Case) -> list[str]:
    if c.cost is None:
        return []
    out: list[str] = [c.cost.note or ""]
    for e in (c.cost.initial, c.cost.running):
        if e:
            out += [b.item for b in e.breakdown] + [e.note or ""]
    return out


def _schedule_texts(c: Case) -> list[str]:
    out: list[str] = []
    if c.schedule:
        out.append(c.schedule.lead_time or "")
        for s in c.schedule.steps:
            out += [s.when, s.what]
    if c.providers:
        out += c.providers.companies + c.providers.others
        out += [c.providers.service or "", c.providers.operation or ""]
    return out


def tab_specs() -> list[TabSpec]:
    """The tabs in display order, with translated titles."""
    return [
        TabSpec("overview", translate("DetailTabs", "概要"), overview_html, _overview_texts,
                lambda c: bool(c.overview or c.contacts or c.links or c.awards)),
        TabSpec("effects", translate("DetailTabs", "効果"), effects_html, lambda c: list(c.effects),
                lambda c: bool(c.effects)),
        TabSpec("cost", translate("DetailTabs", "コスト"), cost_html, _cost_texts,
                lambda c: c.cost is not None and bool(c.cost.initial or c.cost.running or c.cost.note)),
        TabSpec("schedule", translate("DetailTabs", "スケジュール"), schedule_html, _schedule_texts,
                lambda c: c.schedule is not None or c.providers is not None),
        TabSpec("interview", translate("DetailTabs", "インタビュー"), interview_html,
                lambda c: [t for qa in c.interview for t in (qa.question, qa.answer)], lambda c: bool(c.interview)),
    ]
