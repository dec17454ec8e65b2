"""Printed summaries as a reader gets them: the PDF's pages, text, fonts, headers and footers."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QGuiApplication

from model.case import QA, Link
from model.paths import PROJECT_ROOT
from printing.job import PrintError, SummaryPrintJob
from printing.pdf import write_pdf
from printing.text_layer import fix_text_layer
from printing.typeset import summary_document
from tests.factories import make_bare_case, make_case
from tests.pdf_pages import page_texts

DAY = date(2026, 11, 28)
HOSTILE = '<b>太字</b> <a href="file:///etc/passwd">リンク</a> <script>alert(1)</script>'


def norm(text: str) -> str:
    return re.sub(r"\s+", "", text)


def first_page_with(pages: list[str], text: str, start: int = 0) -> int:
    """1-based number of the first page (from `start`, 0-based) containing `text`; 0 when none."""
    for number, page in enumerate(pages[start:], start=start + 1):
        if norm(text) in page:
            return number
    return 0


@pytest.fixture
def pdf(tmp_path: Path, qapp: QGuiApplication) -> Path:
    return tmp_path / "out.pdf"


def test_full_case_pdf_has_every_section(pdf: Path) -> None:
    case = make_case()
    pages_written = write_pdf([case], {case.id: "来年度予算要求の参考に"}, pdf, printed_on=DAY)
    pages = page_texts(pdf)
    assert pages_written == len(pages) and 1 <= len(pages) <= 2
    text = "".join(pages)
    for piece in [case.title, "福島県", "174.0万人", "Point", case.points[0], "事業の概要", case.overview[0],
                  "事業効果", case.effects[1], "コスト", "イニシャルコスト", "68,515千円", "アドバイザーの派遣費用",
                  "ランニングコスト", "スケジュール", "４か月", "R6.5～6", "市町村へ募集", "サービス提供事業者等",
                  "ふくしまICT利活用推進協議会", "担当部署", "福島県企画調整部デジタル変革課", "024-521-7134",
                  "jouhou_kikaku@pref.fukushima.lg.jp", "関連URL", "福島県情報化推進計画",
                  "https://www.pref.fukushima.lg.jp/sec/11045a/jouhoukasuisihinkeikaku.html",
                  "メモ（ブックマーク）", "来年度予算要求の参考に", "インタビュー", case.interview[1].question,
                  case.interview[1].answer]:
        assert norm(piece) in text, piece
    for number, page in enumerate(pages, start=1):
        # Every page's footer: the source volume, the print date and the page number.
        assert norm("出典：総務省「自治体DX推進参考事例集」体制整備（事例 1-04）") in page
        assert norm("印刷日：2026年11月28日") in page
        assert page.endswith(f"{number}/{len(pages)}") or f"{number}/{len(pages)}" in page


def test_bare_case_fits_one_page_and_says_what_is_missing(pdf: Path) -> None:
    assert write_pdf([make_bare_case()], {}, pdf, printed_on=DAY) == 1
    page = page_texts(pdf)[0]
    assert norm("この事例にはコスト・スケジュール・サービス提供事業者等の掲載がありません。") in page
    assert "1/1" in page


def test_hostile_text_prints_literally(pdf: Path) -> None:
    case = make_case(title=HOSTILE, links=[Link(HOSTILE, "file:///etc/passwd")])
    write_pdf([case], {case.id: HOSTILE}, pdf, printed_on=DAY)
    text = "".join(page_texts(pdf))
    assert text.count(norm(HOSTILE)) >= 3  # title, note, link label (and the running header on page 2)
    assert "file:///etc/passwd" in text


def test_bulk_print_has_contents_and_each_case_on_its_own_page(pdf: Path) -> None:
    long_answer = "令和２年度にデジタルファースト推進室を新たに設置し、体制を整備しました。" * 12
    cases = [make_case(interview=[QA(f"質問{i}を教えてください。", long_answer) for i in range(3)]),
             make_bare_case(),
             make_case(id="1-05", number=5, title="係長級以下のWGから意見を吸い上げ", organization="山形県舟形町")]
    total = write_pdf(cases, {"1-11": "神戸市の例"}, pdf, printed_on=DAY)
    pages = page_texts(pdf)
    assert total == len(pages)
    contents = pages[0]
    assert "目次" in contents and norm("事例 3 件") in contents
    starts = [first_page_with(pages, case.title, start=1) for case in cases]
    assert starts[0] == 2
    assert starts[0] < starts[1] < starts[2] <= total
    assert starts[1] - starts[0] == 2  # the first case runs over two pages; the next starts on a fresh one
    for case, start in zip(cases, starts, strict=True):
        # The contents row gives the page where the case starts.
        assert re.search(re.escape(norm(case.title)) + r".*?" + str(start), contents), (case.id, start)
        # A case starts at the top of its page: the page before it belongs to another case (or the contents).
        assert norm(case.title) not in pages[start - 2] or start == 2
        assert norm(f"（事例 {case.id}）") in pages[start - 1]
    assert f"1/{total}" in contents and f"{total}/{total}" in pages[-1]


def test_long_interview_answers_are_shortened_to_stay_within_two_pages(pdf: Path) -> None:
    essay = ("今後も引き続き、意見を出しやすい環境づくりのための"
             "必要な情報の提供や共有を行っていきたいと考えています。") * 8
    case = make_case(interview=[QA(f"質問その{i}を教えてください。", essay) for i in range(8)])
    assert write_pdf([case], {}, pdf, printed_on=DAY) == 2
    pages = page_texts(pdf)
    # The running header names the case on its continuation page only.
    assert pages[1].startswith(norm(f"{case.title}（{case.organization}）"))
    assert pages[0].count(norm(case.title)) == 1
    text = "".join(pages)
    for i in range(8):
        assert norm(f"質問その{i}を教えてください。") in text
    assert norm("回答の一部を省略") in text
    assert text.count("（以下略）") == 8
    sentence = essay[: essay.index("。") + 1]
    assert text.count(sentence) >= 8 * 2  # each answer keeps at least its opening sentences
    assert essay not in text


def test_font_is_embedded(pdf: Path) -> None:
    write_pdf([make_case()], {}, pdf, printed_on=DAY)
    reader = PdfReader(pdf)
    embedded = []
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                descriptor = descendant.get_object().get("/FontDescriptor")
                if descriptor is not None:
                    descriptor = descriptor.get_object()
                    embedded.append((str(font["/BaseFont"]), "/FontFile2" in descriptor or "/FontFile3" in descriptor))
    assert embedded and all(ok for _, ok in embedded), embedded
    assert any("IPAexGothic" in name for name, _ in embedded)


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_pdffonts_reports_the_japanese_font_embedded(pdf: Path) -> None:
    write_pdf([make_case()], {}, pdf, printed_on=DAY)
    report = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in report.splitlines()[2:] if line.strip()]
    assert rows and all(row[-5] == "yes" for row in rows), report  # the "emb" column
    assert any(row[0].endswith("IPAexGothic") for row in rows), report


def test_unwritable_path_is_a_one_line_error_and_leaves_no_file(tmp_path: Path, qapp: QGuiApplication) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    out = blocker / "out.pdf"
    with pytest.raises(PrintError) as err:
        write_pdf([make_case()], {}, out, printed_on=DAY)
    assert str(out) in str(err.value) and "\n" not in str(err.value)
    assert blocker.read_text(encoding="utf-8") == "x"


def test_existing_pdf_is_replaced_whole(pdf: Path) -> None:
    pdf.write_bytes(b"old")
    write_pdf([make_bare_case()], {}, pdf, printed_on=DAY)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert [p.name for p in pdf.parent.iterdir()] == [pdf.name]  # no temporary file left behind


def test_nothing_to_print_is_an_error(pdf: Path) -> None:
    with pytest.raises(PrintError):
        write_pdf([], {}, pdf)


@pytest.mark.parametrize("extra_effects", range(0, 24, 2))
def test_no_heading_is_left_alone_at_the_bottom_of_a_page(qapp: QGuiApplication, extra_effects: int) -> None:
    """Shift the content down step by step so that each heading meets a page end somewhere."""
    case = make_case(effects=make_case().effects + [f"効果の補足その{i}。" * 3 for i in range(extra_effects)],
                     interview=[QA(f"質問{i}を教えてください。", "回答です。" * 20) for i in range(4)])
    job = SummaryPrintJob([case], {}, printed_on=DAY)
    body = QSizeF(650, 900)
    doc = job.layout(body)[0].document
    page_h = doc.pageSize().height()
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        nxt = block.next()
        if block.blockFormat().headingLevel() > 0 and nxt.isValid():
            heading_line = layout.blockBoundingRect(block).top() + block.layout().lineAt(0).y()
            heading_page = int((heading_line + 0.5) // page_h)
            first_line = layout.blockBoundingRect(nxt).top() + nxt.layout().lineAt(0).y()
            assert int((first_line + 0.5) // page_h) == heading_page, block.text()
        block = nxt


def test_copied_text_has_the_kanji_not_their_radical_twins(pdf: Path) -> None:
    """IPAexGothic shares glyphs between 人 and ⼈, 長 and ⻑, 戸 and ⼾…; the PDF must give back what was written."""
    case = make_bare_case(title="人口の少ない町長の戸別訪問", organization="兵庫県神戸市", overview=["日本の一人口月"])
    write_pdf([case], {}, pdf, printed_on=DAY)
    text = page_texts(pdf)[0]
    for word in ("人口の少ない町長の戸別訪問", "兵庫県神戸市", "日本の一人口月", "印刷日：2026年11月28日"):
        assert word in text
    assert not re.search("[\u2e80-\u2fdf]", text), "a Kangxi/CJK radical in the copied text"


def test_fix_text_layer_rewrites_targets_of_the_bundled_font_only() -> None:
    cmap = (b"3 beginbfrange\n<0000> <0000> <0000>\n<02BB> <02BC> [<2F08> <0041>]\n<2F08> <2F08> <2F08>\n"
            b"endbfrange\n1 beginbfchar\n<2F08> <2ED1>\nendbfchar\n")
    pdf = (b"%PDF-1.4\n11 0 obj\n<< /Type /Font\n/Subtype /Type0\n/BaseFont /IPAexGothic\n/ToUnicode 19 0 R>>\n"
           b"endobj\n12 0 obj\n<< /Type /Font\n/BaseFont /DejaVuSans\n/ToUnicode 20 0 R>>\nendobj\n"
           b"19 0 obj\n<< /Length 1 >>\nstream\n" + cmap + b"endstream\nendobj\n"
           b"20 0 obj\n<< /Length 1 >>\nstream\n" + cmap + b"endstream\nendobj\n")
    fixed = fix_text_layer(pdf)
    assert len(fixed) == len(pdf)
    ours, other = fixed.split(b"20 0 obj")
    assert b"<02BB> <02BC> [<4EBA> <0041>]" in ours  # codes (CIDs) kept, the target ⼈ -> 人
    assert b"<2F08> <2F08> <4EBA>" in ours
    assert b"<2F08> <9577>" in ours  # ⻑ -> 長
    assert cmap in other  # another font's map is left alone


def test_japanese_line_breaking_follows_kinsoku(qapp: QGuiApplication) -> None:
    """No printed line starts with a closing bracket, a comma or full stop, a prolonged sound mark or small kana,
    and none ends with an opening bracket: the volume's real sentences at many widths."""
    source = (PROJECT_ROOT / "data" / "source" / "vol1-taisei-seibi.txt").read_text(encoding="utf-8")
    # Without URLs and e-mail addresses: a run longer than the line can only be broken anywhere.
    paragraphs = [line for line in source.splitlines()
                  if len(line) > 40 and not re.search(r"[\w./:@-]{25,}", line)][:200]
    doc = summary_document("".join(f"<p>{html.escape(p)}</p>" for p in paragraphs))
    no_start = set("、。，．）」』】〕・ーっゃゅょァィゥェォッャュョ：；？！")
    no_end = set("（「『【〔")
    lines = 0
    for width in range(200, 700, 53):
        doc.setTextWidth(width)
        doc.size()  # lays the document out
        block = doc.begin()
        while block.isValid():
            text, layout = block.text(), block.layout()
            for i in range(1, layout.lineCount()):
                start = layout.lineAt(i).textStart()
                assert text[start] not in no_start, (width, text[start - 5:start + 5])
                assert text[start - 1] not in no_end, (width, text[start - 5:start + 5])
                lines += 1
            block = block.next()
    assert lines > 1000


def test_every_character_of_the_real_volume_has_a_glyph(qapp: QGuiApplication) -> None:
    """No box (glyph 0) anywhere in the printed summaries of the shipped volume's cases."""
    from model.importer import parse_volume, read_text

    source = PROJECT_ROOT / "data" / "source" / "vol1-taisei-seibi.txt"
    cases = parse_volume(read_text(source), source.name).cases
    assert len(cases) >= 10
    job = SummaryPrintJob(cases, {case.id: "メモ：①②③、髙橋さん" for case in cases}, printed_on=DAY)
    checked = 0
    for part in job.layout(QSizeF(650, 900)):
        block = part.document.begin()
        while block.isValid():
            # glyphRuns() with its default arguments returns nothing in PySide6 6.11: ask for the whole text.
            for run in block.layout().glyphRuns(0, len(block.text())):
                assert 0 not in list(run.glyphIndexes()), (block.text(), run.rawFont().familyName())
                checked += len(run.glyphIndexes())
            block = block.next()
    assert checked > 20_000


def test_an_over_long_note_is_printed_shortened_with_a_mark(pdf: Path, tmp_path: Path) -> None:
    from model.summary import NOTE_PRINT_CHARS

    case = make_bare_case()
    plain_pages = write_pdf([case], {case.id: "短いメモ"}, tmp_path / "short.pdf", printed_on=DAY)
    note = "".join(f"{i:06d}番目の行の長いメモ。\n" for i in range(100_000 // 16))
    pages = write_pdf([case], {case.id: note}, pdf, printed_on=DAY)
    assert pages <= plain_pages + 5  # 3,000 characters in short lines; the whole note took over 100 pages
    assert pdf.stat().st_size < 2_000_000
    text = "".join(page_texts(pdf))
    assert norm("（メモの続きは省略）") in text
    assert norm(note[:40]) in text and norm(note[NOTE_PRINT_CHARS + 100:NOTE_PRINT_CHARS + 140]) not in text
