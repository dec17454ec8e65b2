"""XLSX and CSV export read back as a spreadsheet would: headers, types, formats, links, and formula safety."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from model.case import Contact, Link
from model.export.sheets import to_csv, to_json, to_xlsx
from model.export.table import UserData
from tests.factories import make_bare_case, make_case

HOSTILE = ['=HYPERLINK("http://evil.example/","研修")', "+1+2", "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1"]


def unescape(text: str) -> str:
    """What Excel shows for a stored string: OOXML writes control characters as _xHHHH_ (openpyxl leaves them)."""
    return re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), text)


def _sheet(data: bytes, tmp_path: Path) -> openpyxl.worksheet.worksheet.Worksheet:
    path = tmp_path / "out.xlsx"
    path.write_bytes(data)
    return openpyxl.load_workbook(path).active


def _by_header(sheet: openpyxl.worksheet.worksheet.Worksheet) -> dict[str, int]:
    return {cell.value: cell.column for cell in sheet[1]}


def test_xlsx_has_japanese_headers_typed_cells_and_formats(tmp_path: Path) -> None:
    cases = [make_case(), make_bare_case()]
    user = UserData(notes={"1-04": "県の支援の参考に"}, statuses={"1-04": "検討中"})
    sheet = _sheet(to_xlsx(cases, user), tmp_path)
    cols = _by_header(sheet)
    for header in ("事例番号", "事例名", "団体名", "メモ", "状態", "電話", "メール", "関連URL",
                   "イニシャルコスト（税抜）", "住民1人あたり初期費用"):
        assert header in cols, header
    row = {h: sheet.cell(row=2, column=c) for h, c in cols.items()}
    assert row["事例番号"].value == "1-04" and row["事例番号"].data_type == "s"
    assert row["事例番号"].number_format == "@"  # Excel keeps 1-04 as text, not 2001-01-04
    assert row["メモ"].value == "県の支援の参考に" and row["状態"].value == "検討中"
    cost = row["イニシャルコスト（税抜）"]
    assert cost.value == 68515000 and cost.data_type == "n" and "千円" in cost.number_format
    assert row["ランニングコスト（1年あたり・税抜）"].value == "－円"  # no figure: the casebook's text
    assert row["住民1人あたり初期費用"].value == 39  # 68,515,000 円 / 1,740,000 人
    assert row["人口"].value == 1740000 and row["人口"].data_type == "n"
    assert row["電話"].value == "024-521-7134"
    assert row["メール"].value == "jouhou_kikaku@pref.fukushima.lg.jp"
    link = row["関連URL"]
    assert link.hyperlink is not None and link.hyperlink.target == make_case().links[0].url
    assert sheet.freeze_panes == "C2"
    assert sheet.auto_filter.ref is not None and sheet.auto_filter.ref.startswith("A1:")
    assert sheet.column_dimensions["B"].width >= 30  # the title column is wide
    assert sheet.max_row == 3


def test_without_statuses_there_is_no_status_column(tmp_path: Path) -> None:
    sheet = _sheet(to_xlsx([make_case()]), tmp_path)
    assert "状態" not in _by_header(sheet) and "メモ" in _by_header(sheet)


def test_csv_has_the_same_headers_and_columns_as_xlsx(tmp_path: Path) -> None:
    cases = [make_case(), make_bare_case()]
    user = UserData(notes={"1-11": "窓口"}, statuses={})
    raw = to_csv(cases, user)
    assert raw.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    sheet = _sheet(to_xlsx(cases, user), tmp_path)
    assert table[0] == [c.value for c in sheet[1]]
    rows = [dict(zip(table[0], r, strict=True)) for r in table[1:]]
    assert rows[0]["イニシャルコスト（税抜）"] == "68515000" and rows[1]["メモ"] == "窓口"
    assert rows[0]["電話"] == "024-521-7134"


def test_several_contacts_line_up_in_their_own_columns(tmp_path: Path) -> None:
    case = make_case(contacts=[Contact("企画課", "011-111-1111", None), Contact("情報課", None, "a@b.jp")])
    sheet = _sheet(to_xlsx([case]), tmp_path)
    cols = _by_header(sheet)
    assert sheet.cell(2, cols["担当部署"]).value == "企画課\n情報課"
    assert sheet.cell(2, cols["電話"]).value == "011-111-1111\n－"
    assert sheet.cell(2, cols["メール"]).value == "－\na@b.jp"


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_text_stays_text_in_xlsx(hostile: str, tmp_path: Path) -> None:
    case = make_case(title=hostile, organization=hostile, links=[Link(hostile, "javascript:alert(1)")])
    sheet = _sheet(to_xlsx([case], UserData(notes={"1-04": hostile}, statuses={"1-04": hostile})), tmp_path)
    cols = _by_header(sheet)
    for header in ("事例名", "団体名", "メモ", "状態"):
        cell = sheet.cell(2, cols[header])
        assert cell.data_type == "s", header  # a string, never a formula ("f")
        expected = hostile.strip() if header == "メモ" else hostile  # notes are exported without edge blanks
        assert unescape(cell.value) == expected, header  # the user reads what the case says
        assert cell.quotePrefix  # and it stays text when edited
    link = sheet.cell(2, cols["関連URL"])
    assert link.hyperlink is None and link.value == "javascript:alert(1)"  # not a live link


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_text_gets_an_apostrophe_in_csv(hostile: str) -> None:
    case = make_case(title=hostile, organization=hostile)
    raw = to_csv([case], UserData(notes={"1-04": hostile}))
    header, row = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    cells = dict(zip(header, row, strict=True))
    for name in ("事例名", "団体名", "メモ"):
        assert cells[name] == "'" + (hostile.strip() if name == "メモ" else hostile), name
    assert cells["事例番号"] == "1-04"  # harmless text is untouched


def test_json_is_the_documented_case_format() -> None:
    case = make_case(title=HOSTILE[0])
    docs = json.loads(to_json([case]))
    assert docs == [case.to_doc()]  # JSON is data, not a spreadsheet: nothing escaped


def test_control_characters_round_trip_through_xlsx(tmp_path: Path) -> None:
    text = "改行\nと\x07ベルと_x0041_"
    with zipfile.ZipFile(io.BytesIO(to_xlsx([replace(make_case(), title=text)]))) as book:
        shared = book.read("xl/sharedStrings.xml").decode("utf-8")
    # OOXML's escaping: a control character as _xHHHH_, a literal "_x0041_" with its underscore escaped.
    assert "改行\nと_x0007_ベルと_x005F_x0041_" in shared
