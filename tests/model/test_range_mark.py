"""Schedule ranges read as ranges: `R6.3~4` shows as 「R6.3～4」 in the summary and the comparison, stored as is."""

from __future__ import annotations

from datetime import date

from model.case import Schedule, ScheduleStep
from model.export.compare import compare
from model.range_mark import readable_range
from model.search import normalize
from model.summary import summary_html
from tests.factories import make_case


def test_ascii_tilde_becomes_the_full_width_range_mark() -> None:
    assert readable_range("R6.3~4") == "R6.3～4"
    assert readable_range("令和6年4月~令和7年3月") == "令和6年4月～令和7年3月"
    assert readable_range("R6.7") == "R6.7"
    assert readable_range("") == ""


def test_addresses_keep_their_tilde() -> None:
    text = "詳細 https://example.jp/~dx/plan.html 参照（R6.3~4）、問合せ ~user@example.jp"
    shown = readable_range(text)
    assert "https://example.jp/~dx/plan.html" in shown
    assert "（R6.3～4）" in shown
    assert len(shown) == len(text)  # one for one: search highlight spans stay on the same characters


def test_both_marks_normalise_alike_so_a_search_finds_either() -> None:
    assert normalize("R6.3~4") == normalize("R6.3～4")


def test_print_summary_shows_the_range_mark_and_the_case_keeps_its_text() -> None:
    case = make_case(schedule=Schedule("4か月~半年", [ScheduleStep("R6.3~4", "照会~決定")]))
    html = summary_html(case, None, printed_on=date(2026, 12, 1))
    assert "R6.3～4" in html and "照会～決定" in html and "4か月～半年" in html
    assert "~" not in html
    assert case.schedule is not None and case.schedule.steps[0].when == "R6.3~4"


def test_comparison_shows_the_range_mark_in_schedule_rows_only() -> None:
    first = make_case(id="1-01", overview=["概要~メモ"])
    second = make_case(id="1-02")
    rows = {row.key: row for row in compare([first, second]).rows}
    assert "R6.3～4" in rows["schedule"].cells[0].text
    assert "~" not in rows["schedule"].cells[1].text
    assert "概要~メモ" in rows["overview"].cells[0].text
