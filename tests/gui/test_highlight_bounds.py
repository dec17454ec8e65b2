"""Highlighting and hit counting are bounded per text: a 1 MB field costs a fraction of a second per keystroke."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from gui.bookmark_model import BookmarkModel
from gui.detail_view import DetailView
from gui.rich_text import CHUNK_CHARS, MAX_SPANS, SCAN_CHARS, Highlighter, bounded_spans
from model.bookmarks import BookmarkStore
from model.search import Query, highlight_spans
from tests.factories import make_case


@pytest.mark.parametrize("shift", range(-6, 3))
def test_chunked_spans_equal_the_whole_text_spans_across_chunk_ends(shift: int) -> None:
    # a term straddling every chunk end, in wide and half-width forms (normalisation changes the lengths)
    unit = "あ" * (CHUNK_CHARS + shift - 4) + "ﾃﾞｼﾞﾀﾙ"
    text = unit * 5 + "デジタル"
    query = Query.parse("デジタル")
    assert bounded_spans(text, query) == (highlight_spans(text, query), False)


def test_many_hits_stop_at_the_bound_and_the_count_says_so() -> None:
    text = "研修 " * 100_000
    hl = Highlighter(Query.parse("研修"))
    assert len(hl.spans(text)) == MAX_SPANS
    assert hl.count_label([text]) == f"{MAX_SPANS}+"
    assert hl.count_label(["研修と研修"]) == "2"
    assert hl.count_label(["なし"]) == ""
    assert "<span" in hl.marked(text[:20])


def test_only_the_first_characters_are_searched() -> None:
    text = "あ" * SCAN_CHARS + "研修"
    hl = Highlighter(Query.parse("研修"))
    assert hl.spans(text) == []
    assert hl.spans(text[-10:]) == [(8, 10)]


def test_a_megabyte_field_costs_no_seconds_per_keystroke(qtbot: QtBot, tmp_path: Path) -> None:
    view = DetailView(BookmarkModel(BookmarkStore(tmp_path / "b.json")))
    qtbot.addWidget(view)
    big = ("デジタル変革の推進と職員研修。" * 70_000)[:1_000_000]
    view.set_case(make_case(overview=[big], effects=["効果" + big]))
    started = time.perf_counter()
    for typed in ("デ", "デジ", "デジタ", "デジタル", "xyz"):
        view.set_query(Query.parse(typed))
    # hang guard with a wide margin: the unbounded highlighter took 5-8 s per keystroke here, this one 0.1-0.3 s
    assert time.perf_counter() - started < 10
    view.set_query(Query.parse("研修"))
    assert view.tabs.tabText(1).endswith("+)")
