"""The bigram index (model/search_index.py): a library searching with it finds exactly what a plain scan finds,
for fresh queries and while typing on, on random libraries and queries."""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from model.library import Library
from model.search import Query
from model.search_index import BigramIndex, bigrams
from tests.libraries import varied_cases, write_library

PIECES = ["デ", "ジ", "タル", "研", "修", "AI", "-OCR", "ＲＰＡ", "チャット", "ボット", "ちゃっと", "北海道", "県",
          "市", "町", " ", "　", "x", "量子", "DX", "推進", "窓口", "ふながた", "\U0001f600", "ああ", "1"]


@functools.cache
def libraries() -> tuple[Library, Library]:
    """The same library twice: one searching with a complete bigram index, one by scanning."""
    folder = Path(tempfile.mkdtemp(prefix="dx-test-bigrams-"))
    write_library(folder / "lib.json", varied_cases(300, seed=8))
    indexed, scanned = Library.open_db(folder / "lib.json"), Library.open_db(folder / "lib.json")
    assert indexed.prepare_index() is False  # nothing to index before the search text
    assert indexed.prepare_search() and scanned.prepare_search()
    steps = 1
    while not indexed.prepare_index(limit=64):
        steps += 1
    assert steps == 5  # 300 texts, 64 a call
    return indexed, scanned


def plain(library: Library, text: str) -> list[str]:
    terms = Query.parse(text).terms
    return [c.id for c in library.cases() if all(term in library.search_text(c.id) for term in terms)]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.sampled_from(PIECES), min_size=1, max_size=5), min_size=1, max_size=6))
def test_searching_with_the_index_finds_what_a_plain_scan_finds(words: list[list[str]]) -> None:
    indexed, scanned = libraries()
    for pieces in words:
        text = ""
        for piece in pieces:  # typed on, piece by piece (the index and the narrowing from the last result mix)
            text += piece
            expected = plain(scanned, text)
            assert [c.id for c in indexed.search(text)] == expected, text
            assert [c.id for c in scanned.search(text)] == expected, text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(st.characters(blacklist_categories=("Cs",)), max_size=12), min_size=1, max_size=12),
       st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=4))
def test_the_candidates_of_a_term_hold_every_text_that_holds_it(texts: list[str], term: str) -> None:
    texts = [*texts, texts[0] + term]  # at least one text holds it
    index = BigramIndex(texts)
    assert index.candidates(term) is None  # not complete yet
    assert index.add() is True
    holding = [i for i, t in enumerate(texts) if term in t]
    got = index.candidates(term)
    if got is None:
        assert len(term.encode("utf-16-le")) == 2  # one code unit: the index cannot tell
        return
    candidates, exact = got
    assert list(candidates) == sorted(set(candidates))
    assert set(holding) <= set(candidates)
    if exact:
        assert list(candidates) == holding


def test_bigrams_are_pairs_of_code_units() -> None:
    assert bigrams("") == set() and bigrams("a") == set()
    assert bigrams("abab") == {ord("a") | ord("b") << 16, ord("b") | ord("a") << 16}
    assert len(bigrams("\U0001f600")) == 1  # one character outside the BMP: two units, one bigram
