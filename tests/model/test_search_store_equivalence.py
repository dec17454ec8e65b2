"""A library searching on its stored text finds exactly what a plain scan over freshly built text finds, and the
store gives back every text exactly (any characters, any slice sizes)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from model import search_store
from model.library import Library
from model.search import Query
from tests.libraries import varied_cases, write_library

# Texts of any characters but the separator: astral ones (two UTF-16 units), combining marks, empty texts.
TEXTS = st.lists(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")), min_size=1,
                 max_size=30)


@settings(max_examples=100, deadline=None)
@given(TEXTS, st.lists(st.integers(min_value=0, max_value=7), min_size=1, max_size=12))
def test_stored_texts_come_back_exactly_in_any_slices(texts: list[str], slices: list[int]) -> None:
    folder = Path(tempfile.mkdtemp(prefix="dx-test-store-"))
    source = folder / "lib.json"
    source.write_bytes(b"{}")
    ids = [f"id-{i}" for i in range(len(texts))]
    stamp = {"size": 2}
    assert search_store.write(source, stamp, ids, texts)
    stored = search_store.read(search_store.store_path(source), stamp, ids)
    assert stored is not None
    got: list[tuple[str, str]] = []
    for size in slices:
        taken = stored.take(size)
        assert taken is not None
        got += taken
    got += stored.take() or []
    assert got == list(zip(ids, texts, strict=True))


QUERY_PIECES = ["デジタル", "研修", "AI", "ＲＰＡ", "ちゃっと", "北海道", "市", "量子", "dx", "窓口", "ふながた",
                "推進", "zz", "1"]


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=0, max_value=10_000), st.integers(min_value=1, max_value=60),
       st.lists(st.lists(st.sampled_from(QUERY_PIECES), min_size=1, max_size=3), min_size=1, max_size=5))
def test_a_library_on_its_stored_text_finds_what_a_plain_scan_finds(seed: int, n: int,
                                                                     queries: list[list[str]]) -> None:
    path = Path(tempfile.mkdtemp(prefix="dx-test-store-lib-")) / "lib.json"
    built = write_library(path, varied_cases(n, seed=seed))
    assert built.prepare_search() is True  # built from the cases, and stored
    texts = {c.id: built.search_text(c.id) for c in built.cases()}
    stored = Library.open_db(path)
    while not stored.prepare_search(limit=7):
        pass
    assert sum(source.pending for source in stored._sources) == len(stored)  # read from the store, no document
    assert {c.id: stored.search_text(c.id) for c in stored.cases()} == texts
    for pieces in queries:
        query = " ".join(pieces)
        terms = Query.parse(query).terms
        plain = [c.id for c in built.cases() if all(term in texts[c.id] for term in terms)]
        assert [c.id for c in stored.search(query)] == plain
