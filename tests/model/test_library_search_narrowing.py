"""Library.search narrows from the last result while the user types on: always the same cases as a full scan."""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from model.library import Library
from model.search import Query
from tests.libraries import varied_cases, write_library


@functools.cache
def library() -> Library:
    folder = Path(tempfile.mkdtemp(prefix="dx-test-narrow-"))
    return write_library(folder / "lib.json", varied_cases(400, seed=21))


def full_scan(lib: Library, text: str) -> list[str]:
    q = Query.parse(text)
    return [c.id for c in lib.cases() if q.matches(lib.search_text(c.id))]


# Pieces of words the varied cases contain, so that typed sequences hit, narrow and miss.
PIECES = ["デ", "ジ", "タル", "研", "修", "AI", "-OCR", "ＲＰＡ", "チャット", "ボット", "ちゃっと", "北海道", "県",
          "市", "町", " ", "　", "x", "量子", "DX", "推進", "窓口"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.sampled_from(PIECES), min_size=1, max_size=5), min_size=1, max_size=6))
def test_any_sequence_of_typed_queries_finds_what_a_full_scan_finds(words: list[list[str]]) -> None:
    lib = library()
    for pieces in words:
        # Type the query one piece at a time, as a user typing on (and sometimes starting over).
        text = ""
        for piece in pieces:
            text += piece
            assert [c.id for c in lib.search(text)] == full_scan(lib, text), text


def test_deleting_characters_widens_again() -> None:
    lib = library()
    narrow = lib.search("研修 ＲＰＡ")
    wide = lib.search("研修")
    assert len(wide) > len(narrow) > 0
    assert [c.id for c in wide] == full_scan(lib, "研修")


def test_typing_on_finds_a_longer_term_that_first_occurs_after_the_shorter_one(tmp_path: Path) -> None:
    from dataclasses import replace

    from tests.libraries import sample_cases

    base = sample_cases()
    cases = [replace(base[0], overview=["鶴の話のあと、鶴亀算を解いた。"]),  # 鶴 first alone, 鶴亀 later
             replace(base[1], overview=["鶴だけ。"]),
             replace(base[2], overview=["鶴亀から始めた。"])]
    lib = write_library(tmp_path / "lib.json", cases)
    assert [c.id for c in lib.search("鶴")] == [c.id for c in cases]
    assert [c.id for c in lib.search("鶴亀")] == full_scan(lib, "鶴亀") == [base[0].id, base[2].id]
    assert [c.id for c in lib.search("鶴亀算")] == full_scan(lib, "鶴亀算") == [base[0].id]
