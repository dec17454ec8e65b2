"""The rich text of the printed comparison and of the meeting pack's cover and contact list (Qt's HTML subset).

Pure Python, like model.summary (whose CSS and escaping it shares): printing/ typesets and paginates it. Every
piece of case text, note and title typed by the user is escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from model import fields
from model.case import Case
from model.export.compare import Comparison
from model.i18n import translate
from model.summary import SUMMARY_CSS, SummaryLabels, esc

COMPARE_CSS = SUMMARY_CSS + """
body { font-size: 8.5pt; }
p { margin-bottom: 1px; line-height: 125%; }
table.compare { border-width: 1px; border-style: solid; border-color: #8c8c8c; border-collapse: collapse; }
table.compare th { background-color: #dce6f1; font-weight: bold; text-align: left; border-width: 1px;
                   border-style: solid; border-color: #8c8c8c; }
table.compare td { border-width: 1px; border-style: solid; border-color: #8c8c8c; vertical-align: top; }
td.rowlabel { background-color: #f2f2f2; font-weight: bold; }
td.differs { background-color: #fff2cc; font-weight: bold; }
.cover-title { font-size: 22pt; font-weight: bold; margin-top: 120px; margin-bottom: 18px; }
.cover-line { font-size: 12pt; margin-bottom: 6px; }
"""


@dataclass(frozen=True)
class PackOptions:
    """What the user chose in 会議資料を作成…"""

    title: str
    organization: str | None = None  # the user's own organization, printed on the cover
    include_user_data: bool = True  # the notes and statuses
    full_interviews: bool = False  # False: answers shortened so each summary fits two pages
    include_log: bool = False  # each summary shows the case's dated contact log under the note and status


def _lines(text: str) -> str:
    return "<br>".join(esc(line) for line in text.split("\n")) if text else "－"


def comparison_html(comparison: Comparison, *, printed_on: date, title: str | None = None,
                    labels: SummaryLabels | None = None) -> str:
    """The comparison as one table: a label column and one column per case; rows that differ have their label
    shaded. The header row repeats on every page the table runs onto."""
    lab = labels or SummaryLabels()
    n = len(comparison.cases)
    label_w = 13
    case_w = (100 - label_w) // n
    heading = title or translate("Compare", "事例の比較（{count}件）").format(count=n)
    shaded = translate("Compare", "網掛けの項目は事例によって内容が異なります。")
    parts = [f"<html><head><style>{COMPARE_CSS}</style></head><body>", f"<h1>{esc(heading)}</h1>",
             f'<p class="kicker">{esc(lab.printed_on.format(date=lab.format_date(printed_on)))}　'
             f"{esc(shaded)}</p>",
             '<table class="compare" width="100%" cellspacing="0" cellpadding="3">',
             f'<thead><tr><th width="{label_w}%"></th>'
             + "".join(f'<th width="{case_w}%">{esc(case.id)}<br>{esc(case.organization)}</th>'
                       for case in comparison.cases) + "</tr></thead>"]
    for row in comparison.rows:
        css = "differs" if row.differs else "rowlabel"
        cells = "".join(f"<td>{_lines(cell.text)}</td>" for cell in row.cells)
        parts.append(f'<tr><td class="{css}">{esc(row.label)}</td>{cells}</tr>')
    parts.append("</table></body></html>")
    return "\n".join(parts)


def cover_html(cases: Sequence[Case], options: PackOptions, *, printed_on: date,
               pages: Sequence[int] | None = None, sections: Sequence[tuple[str, int]] = (),
               labels: SummaryLabels | None = None) -> str:
    """The cover: the title, the date, the organization, and the contents: each case with the page it starts on
    (`pages`), and `sections` (the comparison, the contact list: a heading and its first page) around them."""
    lab = labels or SummaryLabels()
    parts = [f"<html><head><style>{COMPARE_CSS}</style></head><body>",
             '<p style="font-size: 36pt;">&nbsp;</p>',  # Qt's rich text ignores a top margin on the first block
             f'<p class="cover-title">{esc(options.title)}</p>',
             f'<p class="cover-line">{esc(lab.format_date(printed_on))}</p>']
    if options.organization:
        parts.append(f'<p class="cover-line">{esc(options.organization)}</p>')
    parts.append('<p style="font-size: 18pt;">&nbsp;</p>')
    parts.append(f'<p class="cover-line">{esc(lab.contents_subtitle.format(count=len(cases)))}</p>')
    parts.append('<table class="grid" width="100%" cellspacing="0" cellpadding="4">')
    head = [lab.case_number.format(id="").strip(), fields.label("organization"), fields.label("title")]
    if pages is not None:
        head.append(lab.contents_page)
    parts.append("<thead><tr>" + "".join(f"<th>{esc(h)}</th>" for h in head) + "</tr></thead>")
    before = [s for s in sections if pages is None or not pages or s[1] < pages[0]]
    after = [s for s in sections if s not in before]

    def section_row(title: str, page: int) -> str:
        cells = f'<td colspan="3"><b>{esc(title)}</b></td>'
        return f'<tr>{cells}<td class="amount">{page}</td></tr>' if pages is not None else f"<tr>{cells}</tr>"

    parts += [section_row(title, page) for title, page in before]
    for i, case in enumerate(cases):
        row = [f'<td style="white-space: nowrap;">{esc(case.id)}</td>',
               f'<td style="white-space: nowrap;">{esc(case.organization)}</td>', f"<td>{esc(case.title)}</td>"]
        if pages is not None:
            row.append(f'<td class="amount">{pages[i]}</td>')
        parts.append("<tr>" + "".join(row) + "</tr>")
    parts += [section_row(title, page) for title, page in after]
    parts.append("</table></body></html>")
    return "\n".join(parts)


def contacts_title() -> str:
    return translate("Compare", "問い合わせ先一覧")


def contacts_html(cases: Sequence[Case]) -> str:
    """The contact list: one row per department (団体, 部署, 電話, メール)."""
    title = contacts_title()
    head = [fields.label("organization"), fields.label("department"), fields.label("phone"), fields.label("email")]
    parts = [f"<html><head><style>{COMPARE_CSS}</style></head><body>", f"<h1>{esc(title)}</h1>",
             '<table class="grid" width="100%" cellspacing="0" cellpadding="4">',
             "<thead><tr>" + "".join(f"<th>{esc(h)}</th>" for h in head) + "</tr></thead>"]
    for case in cases:
        for ct in case.contacts or []:
            cells = [f"{esc(case.organization)}<br>"
                     f'<span class="small muted">{esc(case.id)}</span>', esc(ct.department),
                     f'<span style="white-space: nowrap;">{esc(ct.phone or "－")}</span>', esc(ct.email or "－")]
            parts.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        if not case.contacts:
            parts.append(f"<tr><td>{esc(case.organization)}</td><td>－</td><td>－</td><td>－</td></tr>")
    parts.append("</table></body></html>")
    return "\n".join(parts)
