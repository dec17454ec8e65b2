"""The printed comparison (A4 landscape) and the meeting pack (cover, comparison, summaries, contacts)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtGui import QGuiApplication, QTextTable

from model.case import QA
from model.export.compare import compare
from model.export.print_html import PackOptions
from model.export.table import UserData
from printing.compare import comparison_job, write_comparison_pdf
from printing.meeting_pack import meeting_pack_job, write_meeting_pack_pdf
from printing.parts import _row_extent
from printing.text_layer import fix_text_layer
from tests.factories import make_bare_case, make_case
from tests.libraries import many_cases
from tests.pdf_pages import page_texts

DAY = date(2026, 12, 1)
HOSTILE = '<b>太字</b><script>alert(1)</script>'


def _landscape(pdf: Path) -> list[bool]:
    return [p.mediabox.width > p.mediabox.height for p in PdfReader(pdf).pages]


def test_six_cases_on_landscape_pages_numbered_with_every_line_whole(tmp_path: Path, qapp: QGuiApplication) -> None:
    out = tmp_path / "c.pdf"
    pages = write_comparison_pdf(compare(many_cases(6)), out, printed_on=DAY)
    assert pages >= 2 and _landscape(out) == [True] * pages
    texts = page_texts(out)
    for number, text in enumerate(texts, start=1):
        assert f"{number}/{pages}" in text
    # The header row (each case's id and organization) repeats on every page the table runs onto.
    assert all("東京都テスト市1" in text for text in texts)


def test_comparison_escapes_case_text(tmp_path: Path, qapp: QGuiApplication) -> None:
    out = tmp_path / "c.pdf"
    write_comparison_pdf(compare([make_case(organization=HOSTILE), make_bare_case()]), out, printed_on=DAY)
    assert "<b>太字</b><script>alert(1)</script>" in "".join(page_texts(out))


def test_meeting_pack_has_cover_comparison_summaries_and_contacts(tmp_path: Path, qapp: QGuiApplication) -> None:
    cases = [make_bare_case(), make_case()]  # the order chosen: 1-11 first
    options = PackOptions("課長会議資料（DX推進体制）", organization="〇〇市デジタル推進課")
    user = UserData(notes={"1-04": "県の支援を参考に"}, statuses={"1-04": "検討中"})
    out = tmp_path / "pack.pdf"
    pages = write_meeting_pack_pdf(cases, options, out, user, printed_on=DAY)
    texts = page_texts(out)
    assert len(texts) == pages
    cover = texts[0]
    assert "課長会議資料（DX推進体制）" in cover and "〇〇市デジタル推進課" in cover and "2026年12月1日" in cover
    orientation = _landscape(out)
    assert orientation[0] is False and orientation[1] is True  # portrait cover, landscape comparison
    assert orientation[-1] is False
    summaries = "".join(texts[2:])
    assert summaries.index(make_bare_case().title[:10]) < summaries.index(make_case().title[:10])
    assert "県の支援を参考に" in summaries and "検討中" in summaries
    assert "問い合わせ先一覧" in texts[-1] and "024-521-7134" in texts[-1]


def test_meeting_pack_without_notes_and_with_one_case(tmp_path: Path, qapp: QGuiApplication) -> None:
    out = tmp_path / "pack.pdf"
    user = UserData(notes={"1-04": "内部メモ"}, statuses={"1-04": "見送り"})
    write_meeting_pack_pdf([make_case()], PackOptions("資料", include_user_data=False), out, user, printed_on=DAY)
    text = "".join(page_texts(out))
    assert "内部メモ" not in text and "見送り" not in text
    assert not any(_landscape(out))  # one case: nothing to compare side by side


def test_interviews_in_full_or_shortened(qapp: QGuiApplication) -> None:
    long_answer = "回答の本文です。" * 400
    case = make_case(interview=[QA(f"質問{i}", long_answer) for i in range(4)])
    short = meeting_pack_job([case], PackOptions("資料"), printed_on=DAY)
    full = meeting_pack_job([case], PackOptions("資料", full_interviews=True), printed_on=DAY)
    summary_pages = [job.parts()[1].pages for job in (short, full)]
    assert summary_pages[0] <= 2 < summary_pages[1]
    assert "（以下略）" not in full.parts()[1].document.toPlainText()
    shortened = short.parts()[1].document.toPlainText()
    assert "（以下略）" in shortened or "質問のみ" in shortened


def test_table_rows_that_fit_a_page_are_never_split(qapp: QGuiApplication) -> None:
    cases = [make_case(id=f"1-{i:02d}", effects=["効果の説明です。" * (20 + 15 * i)] * 3) for i in range(1, 5)]
    job = comparison_job(compare(cases), printed_on=DAY)
    doc = job.parts()[0].document
    page_h = doc.pageSize().height()
    table = next(f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable))
    assert doc.pageCount() >= 2
    for row in range(1, table.rows()):
        top, bottom = _row_extent(doc, table, row)
        if bottom - top < page_h * 0.8:
            assert int((top + 0.5) // page_h) == int((bottom - 0.5) // page_h), row


def test_a_printer_gets_the_landscape_comparison_turned_on_portrait_paper(tmp_path: Path,
                                                                         qapp: QGuiApplication) -> None:
    # QPrinter cannot change orientation mid-job: the comparison page is drawn turned, full size.
    from PySide6.QtPrintSupport import QPrinter

    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    job = meeting_pack_job([make_case(), make_bare_case()], PackOptions("資料"), printed_on=DAY)
    printer.setPageLayout(job.first_layout)
    pages = job.render(printer)
    assert pages == len(PdfReader(out).pages) and not any(_landscape(out))
    out.write_bytes(fix_text_layer(out.read_bytes()))  # as print-to-file does (gui/print_dialogs.py)
    assert "事例の比較" in page_texts(out)[1]


def test_meeting_pack_prints_the_contact_log_when_chosen(tmp_path: Path, qapp: QGuiApplication) -> None:
    cases = [make_case(), make_bare_case()]
    user = UserData(notes={"1-04": "県の支援を参考に"}, statuses={"1-04": "問い合わせ済"},
                    logs={"1-04": (("2026-11-02", "電話で総務課に照会、" + HOSTILE), ("2026-11-20", "資料受領"))})
    with_log = tmp_path / "with.pdf"
    write_meeting_pack_pdf(cases, PackOptions("資料", include_log=True), with_log, user, printed_on=DAY)
    texts = page_texts(with_log)
    summary = next(t for t in texts if "電話で総務課に照会" in t and "県の支援を参考に" in t)
    assert summary.index("問い合わせ済") < summary.index("県の支援を参考に") < summary.index("2026-11-02")
    assert "2026-11-02電話で総務課に照会、<b>太字</b><script>alert(1)</script>" in summary  # escaped, not markup
    assert summary.index("2026-11-02") < summary.index("2026-11-20資料受領")
    comparison = "".join(t for t, wide in zip(texts, _landscape(with_log), strict=True) if wide)
    assert "連絡記録2026-11-20資料受領" in comparison  # the comparison's row: the latest entry
    without = tmp_path / "without.pdf"
    write_meeting_pack_pdf(cases, PackOptions("資料"), without, user, printed_on=DAY)
    text = "".join(page_texts(without))
    assert "電話で総務課に照会" not in text and "資料受領" not in text and "県の支援を参考に" in text
    only_log = tmp_path / "only_log.pdf"
    write_meeting_pack_pdf(cases, PackOptions("資料", include_user_data=False, include_log=True), only_log, user,
                           printed_on=DAY)
    text = "".join(page_texts(only_log))
    assert "資料受領" in text and "県の支援を参考に" not in text and "問い合わせ済" not in text
