"""`main.py export` and `main.py compare` as a user runs them: real processes, real files, one-line errors."""

from __future__ import annotations

import os
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from model.case import Case
from tests.cli.test_cli import assert_clean_error, run
from tests.factories import make_case
from tests.libraries import sample_cases, write_library
from tests.pdf_pages import page_texts


def test_export_xlsx_of_the_whole_library(tmp_path: Path, user_home: Path) -> None:
    out = tmp_path / "cases.xlsx"
    proc = run("export", "--format", "xlsx", "-o", out, home=user_home)
    assert proc.returncode == 0, proc.stderr
    sheet = openpyxl.load_workbook(out).active
    assert sheet.cell(1, 1).value == "事例番号" and sheet.max_row == 14
    assert [sheet.cell(r, 1).value for r in (2, 3)] == ["1-01", "1-02"]


def test_export_bookmarked_and_ids_with_notes(tmp_path: Path, user_home: Path) -> None:
    assert run("bookmarks", "add", "1-05", "--note", "=同規模の町", home=user_home).returncode == 0
    out = tmp_path / "marked.xlsx"
    assert run("export", "--format", "xlsx", "--bookmarked", "-o", out, home=user_home).returncode == 0
    sheet = openpyxl.load_workbook(out).active
    headers = [c.value for c in sheet[1]]
    assert sheet.max_row == 2 and sheet.cell(2, 1).value == "1-05"
    note = sheet.cell(2, headers.index("メモ") + 1)
    assert note.value == "=同規模の町" and note.data_type == "s"
    csv_out = tmp_path / "two.csv"
    assert run("export", "--format", "csv", "--ids", "1-07", "1-05", "-o", csv_out, home=user_home).returncode == 0
    lines = csv_out.read_bytes().decode("utf-8-sig").splitlines()
    assert lines[1].startswith("1-07,") and "'=同規模の町" in csv_out.read_text(encoding="utf-8-sig")


def test_export_errors_are_one_line(tmp_path: Path, user_home: Path) -> None:
    assert_clean_error(run("export", "--ids", "9-99", home=user_home), "9-99")
    assert_clean_error(run("export", "--bookmarked", home=user_home), "ブックマーク")
    locked = tmp_path / "locked.xlsx"
    locked.write_bytes(b"keep")
    locked.chmod(0o444)
    assert_clean_error(run("export", "--format", "xlsx", "-o", locked, home=user_home), "読み取り専用")
    assert locked.read_bytes() == b"keep"
    assert_clean_error(run("export", "--format", "xlsx", "-o", tmp_path / "no" / "a.xlsx", home=user_home))
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == ["locked.xlsx"]
    assert_clean_error(run("export", "--bookmarked", "--ids", "1-01", home=user_home))


def test_compare_text_table(user_home: Path) -> None:
    proc = run("compare", "1-04", "1-05", home=user_home)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert "1-04 福島県" in lines[0] and "1-05 山形県舟形町" in lines[0]
    assert any(line.startswith("* 団体名") for line in lines)
    assert any("68,515千円" in line for line in lines)


def test_compare_escapes_control_characters(tmp_path: Path, user_home: Path) -> None:
    hostile: Case = make_case(id="1-66", title="x", organization="悪意\x1b[31m市\x07")
    db = tmp_path / "lib.json"
    write_library(db, [*sample_cases(), hostile])
    proc = run("--db", db, "compare", "1-04", "1-66", home=user_home)
    assert proc.returncode == 0, proc.stderr
    assert "\x1b" not in proc.stdout and "\x07" not in proc.stdout
    assert "悪意\\x1b[31m市\\x07" in proc.stdout


@pytest.mark.parametrize("ids", [["1-04"], ["1-04", "1-04"], ["1-01", "1-02", "1-03", "1-04", "1-05", "1-06", "1-07"]])
def test_compare_needs_two_to_six_cases(ids: list[str], user_home: Path) -> None:
    assert_clean_error(run("compare", *ids, home=user_home))


def test_compare_unknown_id_and_unwritable_target(tmp_path: Path, user_home: Path) -> None:
    assert_clean_error(run("compare", "1-04", "9-99", home=user_home), "9-99")
    locked = tmp_path / "c.pdf"
    locked.write_bytes(b"keep")
    os.chmod(locked, 0o444)
    assert_clean_error(run("compare", "1-04", "1-05", "--pdf", locked, home=user_home), "読み取り専用")
    assert locked.read_bytes() == b"keep"
    assert_clean_error(run("compare", "1-04", "1-05", "--pdf", "a.pdf", "--xlsx", "b.xlsx", home=user_home))


def test_compare_to_xlsx_and_landscape_pdf(tmp_path: Path, user_home: Path) -> None:
    xlsx = tmp_path / "c.xlsx"
    assert run("compare", "1-04", "1-05", "1-01", "--xlsx", xlsx, home=user_home).returncode == 0
    sheet = openpyxl.load_workbook(xlsx).active
    assert [sheet.cell(1, c).value for c in (2, 3, 4)] == ["1-04 福島県", "1-05 山形県舟形町", "1-01 山口県"]
    pdf = tmp_path / "c.pdf"
    proc = run("compare", "1-04", "1-05", "1-01", "--pdf", pdf, home=user_home)
    assert proc.returncode == 0, proc.stderr
    pages = PdfReader(pdf).pages
    assert all(p.mediabox.width > p.mediabox.height for p in pages)  # A4 landscape
    texts = page_texts(pdf)
    assert "事例の比較" in texts[0] and "住民1人あたり初期費用" in "".join(texts)
    assert texts[-1].endswith(f"{len(pages)}/{len(pages)}") or f"{len(pages)}/{len(pages)}" in texts[-1]


def test_compare_pdf_in_english(tmp_path: Path, user_home: Path) -> None:
    pdf = tmp_path / "en.pdf"
    proc = run("--lang", "en", "compare", "1-04", "1-05", "--pdf", pdf, home=user_home)
    assert proc.returncode == 0, proc.stderr
    text = "".join(page_texts(pdf))
    assert "Organization" in text or "organization" in text.lower()


def test_wrapped_cells_never_start_a_line_with_closing_punctuation() -> None:
    from cli.compare_command import NO_LINE_START, width, wrap

    lines = wrap("デジタル化を推進する。" * 7, 10)
    assert all(width(line) <= 10 for line in lines)
    assert not any(line[0] in NO_LINE_START for line in lines if line)
    assert "".join(lines) == "デジタル化を推進する。" * 7


def _collection(home: Path) -> None:
    for case_id, extra in (("1-07", ["--note", "=課長に説明", "--status", "considering"]), ("1-05", []),
                           ("1-04", [])):
        cmd = ["bookmarks", "add", case_id, *extra]
        if case_id != "1-04":
            cmd += ["--collection", "12月課長会議"]
        assert run(*cmd, home=home).returncode == 0
    assert run("bookmarks", "log", "1-07", "電話で総務課に照会、<資料>送付の約束", "--date", "2026-11-02",
               home=home).returncode == 0


def test_a_collection_exported_compared_and_printed(tmp_path: Path, user_home: Path) -> None:
    _collection(user_home)
    out = tmp_path / "coll.xlsx"
    proc = run("export", "--format", "xlsx", "--collection", "12月課長会議", "-o", out, home=user_home)
    assert proc.returncode == 0, proc.stderr
    sheet = openpyxl.load_workbook(out).active
    headers = [c.value for c in sheet[1]]
    assert [sheet.cell(r, 1).value for r in range(2, sheet.max_row + 1)] == ["1-07", "1-05"]  # bookmark order
    assert sheet.cell(2, headers.index("メモ") + 1).value == "=課長に説明"
    assert sheet.cell(2, headers.index("状態") + 1).value == "検討中"
    proc = run("compare", "--collection", "12月課長会議", home=user_home)
    assert proc.returncode == 0, proc.stderr
    assert "1-07" in proc.stdout.splitlines()[0] and "1-05" in proc.stdout.splitlines()[0]
    assert "連絡記録" in proc.stdout and "2026-11-02 電話で総務課に照会" in proc.stdout
    xlsx = tmp_path / "cmp.xlsx"
    assert run("compare", "--collection", "12月課長会議", "--xlsx", xlsx, home=user_home).returncode == 0
    cells = [c.value for row in openpyxl.load_workbook(xlsx).active.iter_rows() for c in row]
    assert "連絡記録" in cells
    pdf = tmp_path / "coll.pdf"
    proc = run("print", "--collection", "12月課長会議", "--pdf", pdf, home=user_home)
    assert proc.returncode == 0, proc.stderr
    text = "".join(page_texts(pdf))
    assert "事例1-07" in text and "事例1-05" in text and "事例1-04" not in text and "=課長に説明" in text


def test_a_meeting_pack_of_a_collection_with_the_log(tmp_path: Path, user_home: Path) -> None:
    _collection(user_home)
    pdf = tmp_path / "pack.pdf"
    proc = run("pack", "1-04", "--collection", "12月課長会議", "--pdf", pdf, "--title", "12月課長会議資料",
               "--with-notes", "--with-log", home=user_home)
    assert proc.returncode == 0, proc.stderr
    texts = page_texts(pdf)
    assert "12月課長会議資料" in texts[0]
    assert texts[0].index("1-04") < texts[0].index("1-07") < texts[0].index("1-05")  # the ids first
    summaries = "".join(texts)
    assert "状態：検討中" in summaries and "=課長に説明" in summaries
    assert "2026-11-02電話で総務課に照会、<資料>送付の約束" in summaries
    plain = tmp_path / "plain.pdf"
    assert run("pack", "--collection", "12月課長会議", "--pdf", plain, home=user_home).returncode == 0
    text = "".join(page_texts(plain))
    assert "電話で総務課に照会" not in text and "=課長に説明" not in text
    assert "DX推進事例の検討資料" in page_texts(plain)[0]


def test_an_unknown_collection_is_one_line(tmp_path: Path, user_home: Path) -> None:
    _collection(user_home)
    assert run("collections", "list", home=user_home).returncode == 0
    for args in (("export", "--collection", "12月"), ("compare", "--collection", "12月"),
                 ("print", "--collection", "12月", "--pdf", tmp_path / "a.pdf"),
                 ("pack", "--collection", "12月", "--pdf", tmp_path / "b.pdf")):
        assert_clean_error(run(*args, home=user_home), "12月", "collections list")
    assert_clean_error(run("compare", "--collection", "\x1b[31m", home=user_home), "\\x1b")
    assert_clean_error(run("pack", "--pdf", tmp_path / "c.pdf", home=user_home), "--collection")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == []
