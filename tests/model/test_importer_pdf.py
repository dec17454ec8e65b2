"""PDF import: a volume drawn as the published slides imports with the same cases as its text, field by field;
a scanned, encrypted, truncated or foreign PDF is a one-line error that changes nothing."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pypdf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from model.case import Case
from model.importer import CasebookError, parse_volume, read_text
from model.importer.pdf import pdf_text
from model.importer.pdf_layout import Box, Glyph, page_lines
from model.paths import PROJECT_ROOT, SHIPPED_SOURCE_DIR
from tests.cli.test_cli import assert_clean_error, run
from tests.pdf_volume import FONT, register_font, write_volume

SEED = SHIPPED_SOURCE_DIR / "vol1-taisei-seibi.txt"
UNSEEN = PROJECT_ROOT / "tests" / "data" / "vol2-sample.txt"


def text_cases(source: Path) -> list[Case]:
    return parse_volume(read_text(source), "volume").cases


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pdf")
    out = {source.stem: write_volume(text_cases(source), folder / f"{source.stem}.pdf") for source in (SEED, UNSEEN)}
    # the same slides with every box drawn as four separate rules, as some authoring tools draw tables
    out |= {f"{source.stem}-rules": write_volume(text_cases(source), folder / f"{source.stem}-rules.pdf",
                                                  rules_as_lines=True) for source in (SEED, UNSEEN)}
    return out


def differences(expected: list[Case], got: list[Case]) -> list[str]:
    out = [f"{len(expected)} cases in the text, {len(got)} in the PDF"] if len(expected) != len(got) else []
    for a, b in zip(expected, got, strict=False):
        out += [f"{a.id}.{f.name}" for f in dataclasses.fields(a) if getattr(a, f.name) != getattr(b, f.name)]
    return out


@pytest.mark.parametrize("rules", ["", "-rules"], ids=["boxes", "rules"])
@pytest.mark.parametrize("source", [SEED, UNSEEN], ids=["seed", "vol2"])
def test_a_pdf_volume_imports_the_same_cases_as_its_text(pdfs: dict[str, Path], source: Path, rules: str) -> None:
    expected = text_cases(source)
    result = parse_volume(read_text(pdfs[source.stem + rules]), "volume")
    assert differences(expected, result.cases) == []
    # the same warnings too: 1-11's note that its interview is in another volume is drawn and read back
    assert result.warnings == parse_volume(read_text(source), "volume").warnings
    # the comparison covers every kind of field
    assert any(c.cost and c.schedule and c.providers for c in expected)
    assert all(c.interview and c.contacts for c in expected if c.id != "1-11")


def test_new_cases_keep_their_label(pdfs: dict[str, Path]) -> None:
    cases = parse_volume(read_text(pdfs[UNSEEN.stem]), "volume").cases
    assert [c.is_new for c in cases] == [True, False, True, False]


def test_the_extraction_puts_the_slides_in_reading_order(pdfs: dict[str, Path]) -> None:
    text = pdf_text(pdfs[SEED.stem])
    lines = text.splitlines()
    # the cost table's cells read as one row, the contact bar as the printed contact line
    assert any(line.startswith("イニシャルコスト ※税抜") and "ランニングコスト" in line for line in lines)
    assert "【担当部署】 愛媛県・市町DX推進会議事務局（愛媛県デジタルシフト推進課）（電話：089-912-2281、" \
           "メール：digitalshiftsuishin@pref.ehime.lg.jp）" in lines
    # the population badge top-right follows the header; pages are separated by form feeds
    header = next(k for k, line in enumerate(lines) if line.startswith("＜１．体制整備＞"))
    assert lines[header + 2] == "都道府県"
    assert text.count("\f") == len(pypdf.PdfReader(pdfs[SEED.stem]).pages) - 1 > 13


def test_drawing_order_alone_does_not_give_the_cases(pdfs: dict[str, Path]) -> None:
    # The fixture is no rendition of the text in drawing order: a plain extraction loses fields.
    plain = "\n".join(page.extract_text() for page in pypdf.PdfReader(pdfs[SEED.stem]).pages)
    try:
        got = parse_volume(plain, "volume").cases
    except CasebookError:
        got = []
    assert len(differences(text_cases(SEED), got)) > 10


# -- bad PDFs -----------------------------------------------------------------------------------------------------

def _canvas_pdf(draw: object) -> bytes:
    register_font()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=landscape(A4))
    draw(c)  # type: ignore[operator]
    c.showPage()
    c.save()
    return buffer.getvalue()


def _scanned() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("L", (600, 420), 255)
    ImageDraw.Draw(image).rectangle((40, 40, 560, 120), outline=0, width=4)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")

    def draw(c: Canvas) -> None:
        from reportlab.lib.utils import ImageReader

        c.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 20, 20, 800, 560)
    return _canvas_pdf(draw)


def _encrypted(source: Path) -> bytes:
    writer = pypdf.PdfWriter(clone_from=source)
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _minutes() -> bytes:
    def draw(c: Canvas) -> None:
        c.setFont(FONT, 12)
        c.drawString(50, 500, "令和６年度 第３回 情報政策会議 議事録")
        c.drawString(50, 480, "出席者：各課長、事務局")
    return _canvas_pdf(draw)


@pytest.mark.parametrize(
    ("kind", "needle"),
    [("scanned", "テキストを含まないPDFです（OCRが必要です）"), ("encrypted", "暗号化"),
     ("truncated", "PDFが壊れている"), ("minutes", "事例集のテキストではありません")],
)
def test_a_bad_pdf_is_a_one_line_error_that_changes_nothing(tmp_path: Path, user_home: Path, pdfs: dict[str, Path],
                                                          kind: str, needle: str) -> None:
    seed_pdf = pdfs[SEED.stem]
    data = {
        "scanned": _scanned,
        "encrypted": lambda: _encrypted(seed_pdf),
        "truncated": lambda: seed_pdf.read_bytes()[: seed_pdf.stat().st_size // 2],
        "minutes": _minutes,
    }[kind]()
    bad = tmp_path / f"{kind}.pdf"
    bad.write_bytes(data)
    with pytest.raises(CasebookError) as err:
        parse_volume(read_text(bad), str(bad))
    assert needle in str(err.value) and str(bad) in str(err.value)

    db = tmp_path / "db.json"
    assert run("--db", db, "import", UNSEEN, home=user_home).returncode == 0
    before = db.read_bytes()
    assert_clean_error(run("--db", db, "import", bad, home=user_home), needle, bad.name)
    assert_clean_error(run("--db", db, "import", seed_pdf, bad, home=user_home), bad.name)
    assert db.read_bytes() == before


def test_the_cli_imports_a_pdf(tmp_path: Path, user_home: Path, pdfs: dict[str, Path]) -> None:
    db = tmp_path / "db.json"
    proc = run("--db", db, "import", pdfs[UNSEEN.stem], home=user_home)
    assert proc.returncode == 0, proc.stderr
    listed = run("--db", db, "list", home=user_home).stdout
    assert "2-01" in listed and "北海道札幌市" in listed


def test_cli_refuses_a_fifo_and_an_oversize_pdf_at_once(tmp_path: Path, user_home: Path) -> None:
    import os

    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as f:
        f.write(b"%PDF-1.7\n")
        f.truncate(200 * 1024 * 1024)
    assert_clean_error(run("--db", tmp_path / "db.json", "import", huge, home=user_home), "大きすぎる", "huge.pdf")
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe.pdf"
        os.mkfifo(fifo)
        # run() has a timeout: a blocking open would fail the test instead of hanging it
        assert_clean_error(run("--db", tmp_path / "db.json", "import", fifo, home=user_home), "pipe.pdf")
    assert not (tmp_path / "db.json").exists()


def test_a_hostile_page_finishes_in_bounded_time() -> None:
    import time

    # 4,000 touching cells (one huge table) and 30,000 glyphs in 600 rows, some in no cell
    boxes = [Box(x * 10.0, y * 10.0, x * 10.0 + 10, y * 10.0 + 10) for x in range(80) for y in range(50)]
    glyphs = [Glyph("字", x * 1.3, y * 1.0, x * 1.3 + 1.2, y * 1.0 + 0.9) for x in range(50) for y in range(600)]
    started = time.monotonic()
    lines = page_lines(glyphs, boxes)
    assert time.monotonic() - started < 30  # hang guard with a wide margin: the page takes a few seconds at most
    assert sum(line.count("字") for line in lines) == len(glyphs)
    # a grid of 150 rules (5,600 crossings) with a glyph in every cell
    rules = [Box(0, y * 6.0, 450, y * 6.0 + 0.5) for y in range(75)] + \
            [Box(x * 6.0, 0, x * 6.0 + 0.5, 450) for x in range(75)]
    glyphs = [Glyph("字", x * 6.0 + 2, y * 6.0 + 2, x * 6.0 + 5, y * 6.0 + 5) for x in range(74) for y in range(74)]
    started = time.monotonic()
    lines = page_lines(glyphs, rules)
    assert time.monotonic() - started < 30
    assert sum(line.count("字") for line in lines) == len(glyphs)


def test_a_pdf_is_read_as_a_pdf_whatever_its_name(tmp_path: Path, pdfs: dict[str, Path]) -> None:
    renamed = tmp_path / "volume.txt"
    renamed.write_bytes(pdfs[UNSEEN.stem].read_bytes())
    assert parse_volume(read_text(renamed), "volume").cases == text_cases(UNSEEN)


_coord = st.floats(min_value=-50, max_value=900, allow_nan=False)


@st.composite
def _boxes(draw: st.DrawFn) -> Box:
    x, y = draw(_coord), draw(_coord)
    return Box(x, y, x + draw(st.floats(0, 400)), y + draw(st.floats(0, 300)))


@st.composite
def _glyphs(draw: st.DrawFn) -> Glyph:
    x, y = draw(_coord), draw(_coord)
    return Glyph(draw(st.sampled_from(["字", "a", "○", "➢", "担", " ", "【", "1"])), x, y,
                 x + draw(st.floats(0, 20)), y + draw(st.floats(0, 20)))


@settings(max_examples=150, deadline=None)
@given(st.lists(_glyphs(), max_size=120), st.lists(_boxes(), max_size=40))
def test_any_page_gives_lines_with_every_glyph(glyphs: list[Glyph], boxes: list[Box]) -> None:
    lines = page_lines(glyphs, boxes)
    printed = "".join(lines).replace(" ", "").replace("\uf0d8", "➢")
    assert sorted(printed) == sorted(g.text for g in glyphs if not g.text.isspace())


def _line(text: str, x: float, y: float, size: float = 9.0) -> list[Glyph]:
    return [Glyph(ch, x + n * size, y, x + (n + 1) * size, y + size) for n, ch in enumerate(text)]


def test_columns_are_read_one_after_the_other_even_where_their_boxes_line_up() -> None:
    # two columns of two panels each; the panels of both columns are equally high, so a horizontal gap (20 pt,
    # wider than the 12 pt gutter) runs through both columns between the first and the second row
    boxes = [Box(20, 300, 400, 400), Box(20, 100, 400, 280), Box(412, 300, 800, 400), Box(412, 100, 800, 280)]
    full = "あ" * 40  # lines as wide as the column: the text leaves no wider gutter than the boxes
    lines = [("左上" + full, 24, 302), ("左下" + full, 24, 265), ("続き", 24, 102), ("右上" + full, 416, 302),
             ("右下" + full, 416, 265), ("右の続き", 416, 102)]
    glyphs = [g for text, x, y in lines for g in _line(text, x, y)]
    assert [line for line in page_lines(glyphs, boxes) if line] == [
        "左上" + full, "左下" + full, "続き", "右上" + full, "右下" + full, "右の続き"]


def test_a_table_row_joins_its_cells_and_the_header_keeps_its_badge_apart() -> None:
    cells = [Box(20, 100, 120, 120), Box(120, 100, 300, 120), Box(300, 100, 400, 120), Box(400, 100, 500, 120)]
    badge = Box(700, 200, 760, 216)
    glyphs = (_line("＜１．体制整備＞", 20, 204) + _line("都道府県", 704, 204)
              + _line("初期", 24, 106) + _line("５円", 124, 106) + _line("運用", 304, 106) + _line("－円", 404, 106))
    assert page_lines(glyphs, [*cells, badge]) == ["＜１．体制整備＞", "", "都道府県", "", "初期 ５円 運用 －円"]
