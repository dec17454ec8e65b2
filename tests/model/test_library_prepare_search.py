"""Library.prepare_search: building the search text ahead, in steps, finds exactly what the lazy first search finds."""

from __future__ import annotations

from pathlib import Path

from model import search_store
from model.library import Library
from tests.libraries import varied_cases, write_library


def test_prepared_in_steps_equals_built_by_the_first_search(tmp_path: Path) -> None:
    write_library(tmp_path / "lib.json", varied_cases(300, seed=11))
    path = tmp_path / "lib.json"
    queries = ("RPA", "でじたる 研修", "ＡＩ－ＯＣＲ", "北海道", "量子")
    lazy = Library.open_db(path)
    found = {query: [c.id for c in lazy.search(query)] for query in queries}  # built by the first search
    assert not search_store.store_path(path).exists()  # stored by a later prepare_search, not by a search
    stepped = Library.open_db(path)
    steps = 0
    while not stepped.prepare_search(limit=40):
        steps += 1
    assert steps == 7  # 300 cases, 40 at a time: the 8th call finishes
    for query in queries:
        assert [c.id for c in stepped.search(query)] == found[query]
    assert all(stepped.search_text(c.id) == lazy.search_text(c.id) for c in lazy.cases())


def test_a_zero_limit_does_nothing_and_an_empty_library_is_ready(tmp_path: Path) -> None:
    library = write_library(tmp_path / "lib.json", varied_cases(5, seed=1))
    assert library.prepare_search(limit=0) is False
    assert library.prepare_search() is True
    assert Library.open_db(tmp_path / "missing.json").prepare_search() is True


def test_search_text_asked_for_every_case_first_then_a_search(tmp_path: Path) -> None:
    library = write_library(tmp_path / "lib.json", varied_cases(20, seed=2))
    for case in library.cases():
        library.search_text(case.id)
    assert len(library.search("DX")) == 20
