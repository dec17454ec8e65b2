"""The comparison of 2–6 cases: rows from the field table, which rows differ, the user's note and status."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from model.export.compare import CompareError, compare, preview
from model.export.sheets import comparison_xlsx
from model.export.table import UserData
from tests.factories import make_bare_case, make_case
from tests.libraries import many_cases


def test_too_few_or_too_many_cases_is_a_one_line_error() -> None:
    with pytest.raises(CompareError, match="2件以上"):
        compare([make_case()])
    with pytest.raises(CompareError, match="2件以上"):
        compare([make_case(), make_case()])  # the same case twice is one case
    with pytest.raises(CompareError, match="6件まで"):
        compare(many_cases(7))
    assert len(compare(many_cases(6)).cases) == 6


def test_rows_follow_the_issue_and_mark_differences() -> None:
    full, bare = make_case(), make_bare_case()
    comparison = compare([full, bare], UserData(notes={"1-04": "参考にする"}))
    rows = {r.key: r for r in comparison.rows}
    assert [r.label for r in comparison.rows][:4] == ["団体名", "都道府県", "人口規模・人口", "分類"]
    assert rows["organization"].differs
    assert rows["initial_cost"].cells[0].value == 68515000 and rows["initial_cost"].cells[0].text == "68,515千円"
    assert rows["initial_cost_per_resident"].cells[0].text == "39円/人"
    assert rows["initial_cost_per_resident"].cells[1].text == ""  # no cost, no figure
    assert "024-521-7134" in rows["contacts"].cells[0].text
    assert rows["note"].cells[0].text == "参考にする" and rows["note"].cells[1].text == ""
    assert "status" not in rows  # no status mapping given: no status row
    assert comparison.headings() == ["1-04 福島県", f"{bare.id} {bare.organization}"]


def test_same_values_are_not_differences_and_status_row_when_given() -> None:
    a = make_case()
    b = make_case(id="1-99", organization="福島県 ", title="別の事例")  # trailing blank: still the same
    comparison = compare([a, b], UserData(statuses={"1-04": "検討中", "1-99": "検討中"}))
    rows = {r.key: r for r in comparison.rows}
    assert not rows["organization"].differs and not rows["initial_cost"].differs
    assert rows["status"].label == "状態" and not rows["status"].differs
    assert [c.id for c in compare([b, a]).cases] == ["1-99", "1-04"]  # the order chosen


def test_preview_keeps_the_first_lines() -> None:
    assert preview("a\nb\nc\nd", 3) == ("a\nb\nc", True)
    assert preview("a\nb", 3) == ("a\nb", False)


def test_comparison_xlsx_has_one_column_per_case(tmp_path: Path) -> None:
    hostile = "=1+1"
    comparison = compare([make_case(), make_bare_case(organization=hostile)], UserData(notes={"1-04": "@x"}))
    path = tmp_path / "c.xlsx"
    path.write_bytes(comparison_xlsx(comparison))
    sheet = openpyxl.load_workbook(path).active
    assert sheet.cell(1, 2).value == "1-04 福島県"
    labels = [sheet.cell(r, 1).value for r in range(2, sheet.max_row + 1)]
    assert labels[0] == "団体名" and labels[-1] == "メモ"
    org = sheet.cell(2, 3)
    assert org.value == hostile and org.data_type == "s"
    cost = sheet.cell(labels.index("イニシャルコスト（税抜）") + 2, 2)
    assert cost.value == 68515000 and "千円" in cost.number_format
    assert sheet.cell(sheet.max_row, 2).value == "@x" and sheet.cell(sheet.max_row, 2).data_type == "s"
    assert sheet.freeze_panes == "B2"
    assert sheet.max_column == 3


def test_log_row_shows_the_latest_entry_of_each_bookmark() -> None:
    from model.bookmarks import Bookmark, LogEntry

    marks = [Bookmark("1-04", log=(LogEntry("2026-11-20", "資料受領", ""), LogEntry("2026-11-02", "電話で照会", ""))),
             Bookmark("1-11", log=(LogEntry("2026-10-01", "=メールで照会", ""),))]
    user = UserData.of(marks)
    assert user.logs == {"1-04": (("2026-11-02", "電話で照会"), ("2026-11-20", "資料受領")),
                         "1-11": (("2026-10-01", "=メールで照会"),)}
    rows = {r.key: r for r in compare([make_case(), make_bare_case(), make_case(id="1-77")], user).rows}
    assert [c.text for c in rows["log"].cells] == ["2026-11-20 資料受領\n（全2件）", "2026-10-01 =メールで照会", ""]
    assert rows["log"].label == "連絡記録" and rows["status"].cells[2].text == ""
    assert "log" not in {r.key for r in compare([make_case(), make_bare_case()], UserData()).rows}
