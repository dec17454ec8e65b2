"""The PDF's text layer as a reader's search sees it: each line once, on its own page; ～ stays ～."""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from printing.pdf import write_pdf
from tests.factories import make_case
from tests.pdf_pages import page_texts

DAY = date(2026, 12, 1)


def _long_paragraphs() -> list[str]:
    """Two paragraphs of numbered sentences, each long enough to run over a page break."""
    return ["".join(f"第{i:03d}文です。" for i in range(j * 300, (j + 1) * 300)) for j in range(2)]


def _numbers(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"第(\d{3})文", text)]


@pytest.fixture
def long_pdf(tmp_path: Path, qapp: QGuiApplication) -> Path:
    out = tmp_path / "bulk.pdf"
    cases = [make_case(overview=_long_paragraphs()), make_case(id="1-05", number=5, overview=_long_paragraphs())]
    write_pdf(cases, {}, out, printed_on=DAY)
    return out


def test_no_line_is_repeated_at_the_top_of_the_next_page(long_pdf: Path) -> None:
    pages = page_texts(long_pdf)  # pypdf: every glyph drawn on the page, clipped or not
    per_page = [_numbers(page) for page in pages]
    assert sum(1 for numbers in per_page if numbers) >= 4  # each case's paragraphs cross page breaks
    for numbers in per_page:
        assert len(numbers) == len(set(numbers)), "a sentence drawn twice on one page"
    # Each case gives every sentence exactly once, and the pages continue where the last one stopped.
    counts = Counter(n for numbers in per_page for n in numbers)
    assert set(counts) == set(range(600)) and set(counts.values()) == {2}
    flowing = [n for numbers in per_page for n in numbers]
    breaks = [(a, b) for a, b in itertools.pairwise(flowing) if b != a + 1]
    assert breaks == [(599, 0)]  # the second case starts again at 000; nothing else goes back


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_poppler_finds_each_sentence_once(long_pdf: Path) -> None:
    text = subprocess.run(["pdftotext", str(long_pdf), "-"], capture_output=True, text=True, check=True).stdout
    counts = Counter(_numbers(re.sub(r"\s+", "", text)))
    assert set(counts.values()) == {2}


def test_full_width_tilde_is_copied_as_itself(tmp_path: Path, qapp: QGuiApplication) -> None:
    out = tmp_path / "tilde.pdf"
    write_pdf([make_case(overview=["受付は9時～17時、R6.3~4に実施"])], {}, out, printed_on=DAY)
    text = "".join(page_texts(out))
    assert "9時～17時" in text
    assert "\u301c" not in text  # not the wave dash that shares its glyph
    assert "R6.3～4" in text  # the schedule's range mark as printed (model/range_mark.py)
