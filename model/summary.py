"""The printable summary of a case: one HTML document for the print preview, the printer, the PDF and the screen.

The HTML uses only the rich-text subset Qt's QTextDocument understands (tables for boxes and grids, CSS classes
from `SUMMARY_CSS`). Every piece of case text goes through `html.escape`, so a case that contains `<b>` or
`<a href="…">` prints those characters literally; links are printed as text with their URL in full, because paper
cannot be clicked. Field labels come from the field table (`model.fields`), the summary's own words from
`SummaryLabels`; `SummaryLabels.translated()` gives both in the UI language through `model.i18n`, without Qt.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from dataclasses import fields as dataclass_fields
from datetime import date

from model.case import Case, Cost, CostEntry, Providers, Schedule, population_band_label
from model.fields import labels as field_labels
from model.fields import population_text
from model.fields import sources as field_sources
from model.i18n import QT_TRANSLATE_NOOP, translate
from model.range_mark import readable_range

NOTE_PRINT_CHARS = 3000  # a note longer than this is printed shortened, with SummaryLabels.note_cut

# Qt's rich text understands this subset of CSS: sizes in pt, margins, colours, table borders and padding.
# Sizes are for A4 paper; the screen can scale the document's default font instead.
SUMMARY_CSS = """
body { font-size: 10pt; color: #1a1a1a; }
p { margin-top: 0px; margin-bottom: 3px; line-height: 135%; }
h1 { font-size: 14pt; font-weight: bold; margin-top: 2px; margin-bottom: 5px; color: #000000; line-height: 125%; }
h2 { font-size: 11pt; font-weight: bold; margin-top: 12px; margin-bottom: 4px; color: #0b3a6e;
     background-color: #e8eef7; }
h3 { font-size: 10pt; font-weight: bold; margin-top: 6px; margin-bottom: 2px; }
.kicker { font-size: 8.5pt; color: #555555; margin-bottom: 2px; }
.meta { font-size: 10pt; margin-bottom: 6px; }
.new { color: #ffffff; background-color: #c62828; font-weight: bold; }
.muted { color: #555555; }
.small { font-size: 8.5pt; }
.url { font-size: 8.5pt; color: #333333; }
.none { color: #555555; }
.source { font-size: 8pt; color: #555555; margin-top: 10px; }
table.box { border-width: 1px; border-style: solid; border-color: #7a9cc6; background-color: #eef3fa;
            margin-top: 4px; margin-bottom: 4px; }
table.note { border-width: 1px; border-style: solid; border-color: #c9a227; background-color: #fff8e1;
             margin-top: 4px; margin-bottom: 4px; }
table.grid { border-width: 1px; border-style: solid; border-color: #8c8c8c; border-collapse: collapse;
             margin-top: 2px; margin-bottom: 4px; }
table.grid th { background-color: #e6e6e6; font-weight: bold; text-align: left; border-width: 1px;
                border-style: solid; border-color: #8c8c8c; }
table.grid td { border-width: 1px; border-style: solid; border-color: #8c8c8c; }
td.amount { text-align: right; white-space: nowrap; }
td.label { background-color: #f2f2f2; font-weight: bold; white-space: nowrap; }
.q { font-weight: bold; margin-top: 5px; margin-bottom: 1px; }
.a { margin-left: 12px; margin-bottom: 3px; }
"""


@dataclass(frozen=True)
class SummaryLabels:
    """Every fixed word of the summary; Japanese by default, `translated()` for the current UI language.

    Field labels (事業の概要, 関連URL…) come from the field table (`model.fields`), in `fields`; the words here are
    the summary's own.
    """

    case_number: str = QT_TRANSLATE_NOOP("Summary", "事例 {id}")
    colon: str = QT_TRANSLATE_NOOP("Summary", "：")  # between a label and its value
    note: str = QT_TRANSLATE_NOOP("Summary", "メモ（ブックマーク）")
    cost_kind: str = QT_TRANSLATE_NOOP("Summary", "区分")
    no_cost: str = QT_TRANSLATE_NOOP("Summary", "この事例にはコストの掲載がありません。")
    cost_undisclosed: str = QT_TRANSLATE_NOOP("Summary", "コストは非公表です。")
    when: str = QT_TRANSLATE_NOOP("Summary", "時期")
    what: str = QT_TRANSLATE_NOOP("Summary", "内容")
    no_schedule: str = QT_TRANSLATE_NOOP("Summary", "この事例にはスケジュールの掲載がありません。")
    no_providers: str = QT_TRANSLATE_NOOP("Summary", "この事例にはサービス提供事業者等の掲載がありません。")
    cost_schedule_providers: str = QT_TRANSLATE_NOOP("Summary", "コスト・スケジュール・サービス提供事業者等")
    no_cost_schedule_providers: str = QT_TRANSLATE_NOOP(
        "Summary", "この事例にはコスト・スケジュール・サービス提供事業者等の掲載がありません。")
    no_contacts: str = QT_TRANSLATE_NOOP("Summary", "担当部署の掲載はありません。")
    interview_questions_only: str = QT_TRANSLATE_NOOP(
        "Summary", "（紙面の都合で質問のみ掲載しています。回答はアプリでご覧ください。）")
    interview_shortened: str = QT_TRANSLATE_NOOP(
        "Summary", "（紙面の都合で回答の一部を省略しています。全文はアプリでご覧ください。）")
    interview_cut: str = QT_TRANSLATE_NOOP("Summary", "（以下略）")
    note_cut: str = QT_TRANSLATE_NOOP("Summary", "…（メモの続きは省略）")
    source: str = QT_TRANSLATE_NOOP("Summary", "出典：総務省「自治体DX推進参考事例集」{volume}（事例 {id}）")
    printed_on: str = QT_TRANSLATE_NOOP("Summary", "印刷日：{date}")
    date_format: str = QT_TRANSLATE_NOOP("Summary", "{y}年{m}月{d}日")
    contents_title: str = QT_TRANSLATE_NOOP("Summary", "目次")
    contents_subtitle: str = QT_TRANSLATE_NOOP("Summary", "事例 {count} 件")
    contents_page: str = QT_TRANSLATE_NOOP("Summary", "ページ")
    fields: Mapping[str, str] = dataclass_field(default_factory=field_sources)  # field/heading key -> label

    @classmethod
    def translated(cls) -> SummaryLabels:
        """The labels in the UI language, through model.i18n (the GUI and CLI install Qt's translator there)."""
        words = {f.name: translate("Summary", getattr(cls, f.name)) for f in dataclass_fields(cls)
                 if f.name != "fields"}
        return cls(**words, fields=field_labels())

    def of(self, key: str) -> str:
        """The label of a field or heading of `model.fields` (an override in `fields`, else the casebook's)."""
        return self.fields.get(key) or field_sources()[key]

    def format_date(self, day: date) -> str:
        return self.date_format.format(y=day.year, m=day.month, d=day.day)


def esc(text: str) -> str:
    """Case text as rich text: escaped, line breaks kept."""
    return html.escape(text, quote=True).replace("\r\n", "\n").replace("\n", "<br>")


def is_undisclosed(entry: CostEntry) -> bool:
    return entry.yen is None and "非公表" in entry.text


def source_line(case: Case, labels: SummaryLabels) -> str:
    """The plain-text source of a case (for a page footer): volume and case number."""
    return labels.source.format(volume=case.source.volume, id=case.id)


def summary_html(case: Case, note: str | None, *, printed_on: date, labels: SummaryLabels | None = None,
                 answer_limit: int | None = None, source_footer: bool = True) -> str:
    """The whole summary of `case` as one rich-text document.

    `note` is the bookmark note (omitted when empty). `answer_limit` shortens each interview answer to about that
    many characters (0: questions only), saying so; the printer uses it when the whole summary would run past
    two pages. With `source_footer=False` the closing source and print-date line is left out: the printer paints
    both in every page's footer instead.
    """
    lab = labels or SummaryLabels()
    parts: list[str] = [f"<html><head><style>{SUMMARY_CSS}</style></head><body>"]
    parts += _header(case, lab)
    if note and note.strip():
        parts.append(_box("note", lab.note, [esc(printed_note(note, lab))]))
    if case.points:
        parts.append(_box("box", lab.of("points"), [esc(p) for p in case.points]))
    parts += _paragraph_section(lab.of("overview"), case.overview)
    parts += _paragraph_section(lab.of("effects"), case.effects)
    if case.cost is None and case.schedule is None and case.providers is None:
        # Most cases have no cost/schedule page: one line says so instead of three empty sections.
        parts += [f"<h2>{esc(lab.cost_schedule_providers)}</h2>",
                  f'<p class="none">{esc(lab.no_cost_schedule_providers)}</p>']
    else:
        parts += _cost_section(case.cost, lab)
        parts += _schedule_section(case.schedule, lab)
        parts += _providers_section(case.providers, lab)
    parts += _contacts_section(case, lab)
    parts += _links_section(case, lab)
    if case.awards:
        parts += _paragraph_section(lab.of("awards"), case.awards)
    parts += _interview_section(case, lab, answer_limit)
    if source_footer:
        printed = lab.printed_on.format(date=lab.format_date(printed_on))
        parts.append(f'<p class="source">{esc(source_line(case, lab))}　{esc(printed)}</p>')
    parts.append("</body></html>")
    return "\n".join(parts)


def contents_html(cases: Sequence[Case], labels: SummaryLabels | None = None, *,
                  pages: Sequence[int] | None = None, printed_on: date | None = None,
                  notes: Mapping[str, str] | None = None) -> str:
    """The contents page of a bulk print: one row per case, with its first page when `pages` is given."""
    lab = labels or SummaryLabels()
    parts = [f"<html><head><style>{SUMMARY_CSS}</style></head><body>",
             f"<h1>{esc(lab.contents_title)}</h1>"]
    subtitle = lab.contents_subtitle.format(count=len(cases))
    if printed_on is not None:
        subtitle += "　" + lab.printed_on.format(date=lab.format_date(printed_on))
    parts.append(f'<p class="kicker">{esc(subtitle)}</p>')
    parts.append('<table class="grid" width="100%" cellspacing="0" cellpadding="4">')
    head = [lab.case_number.format(id=""), lab.of("organization"), lab.of("title")]
    if pages is not None:
        head.append(lab.contents_page)
    # <thead>: Qt repeats header rows at the top of every page a table runs onto.
    parts.append("<thead><tr>" + "".join(f"<th>{esc(h.strip())}</th>" for h in head) + "</tr></thead>")
    for i, case in enumerate(cases):
        title = esc(case.title)
        note = (notes or {}).get(case.id, "").strip()
        if note:
            title += f'<br><span class="small muted">{esc(lab.note)}{esc(lab.colon)}{esc(_shorten(note, 60))}</span>'
        row = [f'<td style="white-space: nowrap;">{esc(case.id)}</td>',
               f'<td style="white-space: nowrap;">{esc(case.organization)}</td>',
               f"<td>{title}</td>"]
        if pages is not None:
            row.append(f'<td class="amount">{pages[i]}</td>')
        parts.append("<tr>" + "".join(row) + "</tr>")
    parts.append("</table></body></html>")
    return "\n".join(parts)


def printed_note(note: str, labels: SummaryLabels) -> str:
    """A note as printed: shortened to NOTE_PRINT_CHARS with a mark (a 100,000-character note is not 60 pages)."""
    note = note.strip()
    if len(note) <= NOTE_PRINT_CHARS:
        return note
    return note[:NOTE_PRINT_CHARS].rstrip() + labels.note_cut


def _shorten(text: str, limit: int) -> str:
    flat = " ".join(text[: 4 * limit].split())  # a long note is not split whole for a 60-character line
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _header(case: Case, lab: SummaryLabels) -> list[str]:
    kicker = f"{case.category.number}. {case.category.name} ＞ {case.subcategory.number}. {case.subcategory.name}"
    out = [f'<p class="kicker">{esc(kicker)}　{esc(lab.case_number.format(id=case.id))}</p>']
    title = esc(case.title)
    if case.is_new:
        title = f'<span class="new">&nbsp;{esc(lab.of("is_new"))}&nbsp;</span>&nbsp;' + title
    out.append(f"<h1>{title}</h1>")
    meta = [f"<b>{esc(case.organization)}</b>"]
    if case.population is not None:
        meta.append(f"{esc(lab.of('population'))}{esc(lab.colon)}{esc(population_text(case))}")
    meta.append(f"{esc(lab.of('population_band'))}{esc(lab.colon)}{esc(population_band_label(case.population_band))}")
    out.append(f'<p class="meta">{"　／　".join(meta)}</p>')
    return out


def _box(css_class: str, heading: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<table class="{css_class}" width="100%" cellspacing="0" cellpadding="6"><tr><td>'
            f"<p><b>{esc(heading)}</b></p>{body}</td></tr></table>")


def _paragraph_section(heading: str, paragraphs: list[str]) -> list[str]:
    if not paragraphs:
        return []
    return [f"<h2>{esc(heading)}</h2>"] + [f"<p>{esc(p)}</p>" for p in paragraphs]


def _cost_section(cost: Cost | None, lab: SummaryLabels) -> list[str]:
    out = [f"<h2>{esc(lab.of('cost'))}</h2>"]
    entries = [(lab.of("initial_cost"), cost.initial), (lab.of("running_cost"), cost.running)] if cost else []
    present = [(label, e) for label, e in entries if e is not None]
    if not present:
        return [*out, f'<p class="none">{esc(lab.no_cost)}</p>']
    if all(is_undisclosed(e) and not e.breakdown and not e.note for _, e in present) and not (cost and cost.note):
        return [*out, f"<p><b>{esc(lab.cost_undisclosed)}</b></p>"]
    out.append('<table class="grid" width="100%" cellspacing="0" cellpadding="4">')
    out.append(f'<thead><tr><th width="30%">{esc(lab.cost_kind)}</th><th width="16%">{esc(lab.of("amount"))}</th>'
               f"<th>{esc(lab.of('breakdown'))}</th></tr></thead>")
    for label, entry in present:
        amount = esc(lab.of("undisclosed")) if is_undisclosed(entry) else esc(entry.text)
        lines = [f"{esc(b.item)}　{esc(b.text)}" if b.item else esc(b.text) for b in entry.breakdown]
        if entry.note:
            lines.append(f'<span class="muted">{esc(lab.of("cost_note"))}{esc(lab.colon)}</span>{esc(entry.note)}')
        breakdown = "<br>".join(lines) if lines else "－"
        out.append(f'<tr><td class="label">{esc(label)}</td><td class="amount"><b>{amount}</b></td>'
                   f"<td>{breakdown}</td></tr>")
    out.append("</table>")
    if cost and cost.note:
        out.append(f'<p class="small">{esc(lab.of("cost_note"))}{esc(lab.colon)}{esc(cost.note)}</p>')
    return out


def _schedule_section(schedule: Schedule | None, lab: SummaryLabels) -> list[str]:
    out = [f"<h2>{esc(lab.of('schedule'))}</h2>"]
    if schedule is None or (not schedule.steps and not schedule.lead_time):
        return [*out, f'<p class="none">{esc(lab.no_schedule)}</p>']
    def shown(text: str) -> str:  # `R6.3~4` as 「R6.3～4」 (model/range_mark.py), escaped
        return esc(readable_range(text))

    out.append(f"<p>{esc(lab.of('lead_time'))}{esc(lab.colon)}<b>{shown(schedule.lead_time or '－')}</b></p>")
    if schedule.steps:
        out.append('<table class="grid" width="100%" cellspacing="0" cellpadding="3">')
        out.append(f'<thead><tr><th width="18%">{esc(lab.when)}</th><th>{esc(lab.what)}</th></tr></thead>')
        for step in schedule.steps:
            out.append(f'<tr><td style="white-space: nowrap;">{shown(step.when)}</td><td>{shown(step.what)}</td></tr>')
        out.append("</table>")
    return out


def _providers_section(providers: Providers | None, lab: SummaryLabels) -> list[str]:
    out = [f"<h2>{esc(lab.of('providers'))}</h2>"]
    rows: list[tuple[str, str]] = []
    if providers is not None:
        if providers.companies:
            rows.append((lab.of("companies"), "<br>".join(esc(c) for c in providers.companies)))
        if providers.service:
            rows.append((lab.of("service"), esc(providers.service)))
        if providers.operation:
            rows.append((lab.of("operation"), esc(providers.operation)))
        if providers.others:
            rows.append((lab.of("others"), "<br>".join(esc(o) for o in providers.others)))
    if not rows:
        return [*out, f'<p class="none">{esc(lab.no_providers)}</p>']
    out.append('<table class="grid" width="100%" cellspacing="0" cellpadding="3">')
    for label, value in rows:
        out.append(f'<tr><td class="label" width="22%">{esc(label)}</td><td>{value}</td></tr>')
    out.append("</table>")
    return out


def _contacts_section(case: Case, lab: SummaryLabels) -> list[str]:
    out = [f"<h2>{esc(lab.of('department'))}</h2>"]
    if not case.contacts:
        return [*out, f'<p class="none">{esc(lab.no_contacts)}</p>']
    for c in case.contacts:
        reach = []
        if c.phone:
            reach.append(f"{esc(lab.of('phone'))}{esc(lab.colon)}{esc(c.phone)}")
        if c.email:
            reach.append(f"{esc(lab.of('email'))}{esc(lab.colon)}{esc(c.email)}")
        line = f"<b>{esc(c.department)}</b>"
        if reach:
            line += "<br>" + "　".join(reach)
        out.append(f"<p>{line}</p>")
    return out


def _links_section(case: Case, lab: SummaryLabels) -> list[str]:
    if not case.links:
        return []
    out = [f"<h2>{esc(lab.of('links'))}</h2>"]
    for link in case.links:
        label = esc(link.label) if link.label and link.label != link.url else ""
        url = f'<span class="url">{esc(link.url)}</span>'
        out.append(f"<p>{label}<br>{url}</p>" if label else f"<p>{url}</p>")
    return out


def _interview_section(case: Case, lab: SummaryLabels, limit: int | None) -> list[str]:
    if not case.interview:
        if case.interview_note:
            return [f"<h2>{esc(lab.of('interview'))}</h2>", f'<p class="small muted">{esc(case.interview_note)}</p>']
        return []
    out = [f"<h2>{esc(lab.of('interview'))}</h2>"]
    if limit == 0:
        out.append(f'<p class="small muted">{esc(lab.interview_questions_only)}</p>')
    elif limit is not None and any(len(qa.answer) > limit for qa in case.interview):
        out.append(f'<p class="small muted">{esc(lab.interview_shortened)}</p>')
    for qa in case.interview:
        # h3, not p: the printer keeps headings with the paragraph that follows them.
        out.append(f'<h3 class="q">Q. {esc(qa.question)}</h3>')
        if limit != 0:
            answer = qa.answer if limit is None else shorten_answer(qa.answer, limit, lab.interview_cut)
            out.append(f'<p class="a">{esc(answer)}</p>')
    return out


def shorten_answer(text: str, limit: int, cut_mark: str) -> str:
    """`text` cut to at most `limit` characters, at the end of a sentence when one ends in the second half."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    end = head.rfind("。")
    if end >= limit // 2:
        head = head[: end + 1]
    return head.rstrip() + cut_mark
