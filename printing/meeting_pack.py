"""The meeting pack (会議資料): a cover, the comparison, each case's summary and a contact list, in one job.

The cover (portrait) says the title the user typed, the date, the user's organization and where each case starts;
the comparison is on A4 landscape (only for 2–6 cases: more do not fit side by side); the summaries are the same as
the case print, with the interview answers in full or shortened to two pages a case, as the user chose, and (when
chosen) the note and status and the dated contact log in the note box at the top.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from model.case import Case
from model.export.compare import MAX_CASES, MIN_CASES, compare
from model.export.print_html import PackOptions, contacts_html, contacts_title, cover_html
from model.export.table import UserData
from model.i18n import translate
from model.summary import SummaryLabels
from printing.compare import comparison_part, write_job_pdf
from printing.job import PrintError, SummaryPrintJob
from printing.parts import A4_PORTRAIT, Part, PartsJob, body_size


def meeting_pack_job(cases: Sequence[Case], options: PackOptions, user: UserData | None = None, *,
                     printed_on: date | None = None) -> PartsJob:
    """The whole meeting pack for `cases`, in the order given. `user` supplies the notes and statuses, printed
    only when `options.include_user_data`, and the contact logs, printed only when `options.include_log`."""
    if not cases:
        raise PrintError(QCoreApplication.translate("Printing", "印刷する事例がありません。"))
    chosen = list(cases)
    day = printed_on or date.today()
    labels = SummaryLabels.translated()
    logs = (user.logs or {}) if (user is not None and options.include_log) else {}
    shown = UserData(user.notes, user.statuses) if (user is not None and options.include_user_data) else UserData()
    if options.include_log:  # the comparison's 連絡記録 row
        shown = UserData(shown.notes, shown.statuses, logs)
    printed = labels.printed_on.format(date=labels.format_date(day))
    source = QCoreApplication.translate("Printing", "出典：総務省「自治体DX推進参考事例集」")

    def build(job: PartsJob) -> list[Part]:
        body: list[Part] = []
        if MIN_CASES <= len(chosen) <= MAX_CASES:
            body.append(comparison_part(job, compare(chosen, shown), day, labels))
        summaries = SummaryPrintJob(chosen, dict(shown.notes), printed_on=day, labels=labels)
        size = body_size(A4_PORTRAIT)
        starts: list[int] = []
        first = 2 + sum(p.pages for p in body)  # after a one-page cover
        for case in chosen:
            note = _user_text(case.id, shown, logs.get(case.id, ()))
            if options.full_interviews:
                doc = summaries._case_document(case, note, size)  # the summary print's own layout
            else:
                doc = summaries._fitted_case_document(case, note, size)
            footer = labels.source.format(volume=case.source.volume, id=case.id) + "　" + printed
            part = Part(doc, A4_PORTRAIT, f"{case.title}（{case.organization}）", footer)
            starts.append(first)
            first += part.pages
            body.append(part)
        sections: list[tuple[str, int]] = []
        if body and body[0].layout is not A4_PORTRAIT:
            sections.append((translate("Compare", "事例の比較（{count}件）").format(count=len(chosen)), 2))
        contacts = job.document(contacts_html(chosen), A4_PORTRAIT)
        sections.append((contacts_title(), first))
        body.append(Part(contacts, A4_PORTRAIT, contacts_title(), source + "　" + printed))
        cover = job.document(cover_html(chosen, options, printed_on=day, pages=starts, sections=sections,
                                        labels=labels), A4_PORTRAIT)
        return [Part(cover, A4_PORTRAIT, options.title, source + "　" + printed), *body]

    return PartsJob(options.title, build)


def _user_text(case_id: str, user: UserData, log: Sequence[tuple[str, str]] = ()) -> str | None:
    """The plain text of the note box: the status, the note, then the contact log (one dated line an entry);
    summary_html escapes it."""
    lines: list[str] = []
    status = (user.statuses or {}).get(case_id)
    if status:
        lines.append(QCoreApplication.translate("Printing", "状態：{status}").format(status=status))
    note = user.notes.get(case_id, "").strip()
    if note:
        lines.append(note)
    if log:
        lines.append(QCoreApplication.translate("Printing", "【連絡記録】"))
        lines += [f"{day}　{' '.join(text.split())}" for day, text in log]
    return "\n".join(lines) or None


def write_meeting_pack_pdf(cases: Sequence[Case], options: PackOptions, out: Path,
                           user: UserData | None = None, *, printed_on: date | None = None) -> int:
    return write_job_pdf(meeting_pack_job(cases, options, user, printed_on=printed_on), out)


