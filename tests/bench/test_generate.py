"""The benchmark's synthetic libraries: valid cases the app can open, varied enough that searches differ."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from bench.generate import (
    PREFECTURES,
    _templates,
    casebook_text,
    generate,
    generate_full,
    seed_volume,
    split_volume,
    write_library,
)
from model.case import POPULATION_BANDS, Case
from model.library import Library


def test_ids_are_unique_and_cases_round_trip_through_documents() -> None:
    cases = generate(2000, seed=3)
    assert len({c.id for c in cases}) == 2000
    for case in cases[:50]:
        assert Case.from_doc(case.to_doc()) == case


def test_same_seed_same_library_other_seed_other_library() -> None:
    assert generate(300, seed=1) == generate(300, seed=1)
    assert [c.title for c in generate(300, seed=1)] != [c.title for c in generate(300, seed=2)]


def test_organizations_bands_and_categories_are_varied_and_consistent() -> None:
    cases = generate(3000, seed=5)
    assert {c.prefecture for c in cases} == set(PREFECTURES)
    assert {c.category.number for c in cases} == set(range(1, 9))
    assert len({(c.category.number, c.subcategory.number) for c in cases}) >= 20
    assert set(Counter(c.population_band for c in cases)) == set(POPULATION_BANDS)
    for c in cases:
        assert c.organization == c.prefecture + (c.municipality or "")
        assert (c.population_band == "都道府県") == (c.municipality is None)
        assert c.population_band in POPULATION_BANDS


def test_written_library_opens_and_different_queries_find_different_cases(tmp_path: Path) -> None:
    cases = generate(1000, seed=7)
    library = Library.open_db(write_library(tmp_path / "lib.json", cases))
    assert len(library) == 1000
    counts = {q: len(library.search(q)) for q in ("RPA", "チャットボット", "北海道", "ガバメントクラウド", "量子")}
    assert counts["量子"] == 0
    hits = [counts[q] for q in ("RPA", "チャットボット", "北海道", "ガバメントクラウド")]
    assert all(0 < n < 1000 for n in hits)
    assert len(set(hits)) == len(hits)


def test_casebook_text_repeats_the_seed_volume_with_renumbered_cases() -> None:
    seed_blocks = split_volume(seed_volume())[1]
    text = casebook_text(40, seed=1)
    preamble, blocks = split_volume(text)
    assert len(blocks) == 40
    assert preamble == split_volume(seed_volume())[0]
    first_lines = [b.lstrip().split(" ", 1)[0] for b in blocks]
    assert first_lines[:3] == ["１", "２", "３"] and first_lines[-1] in ("40", "４０")
    assert len(text) > 3 * len("".join(seed_blocks))


def test_full_length_cases_keep_the_shipped_text_and_spread_over_the_country(tmp_path: Path) -> None:
    cases = generate_full(2000, seed=4)
    templates = _templates()
    assert len({c.id for c in cases}) == 2000
    assert {c.prefecture for c in cases} == set(PREFECTURES)
    assert {c.category.number for c in cases} == set(range(1, 9))
    # Every case carries one shipped case's interview, overview and contacts in full.
    shipped = {(tuple(t.overview), tuple(t.interview)) for t in templates}
    assert all((tuple(c.overview), tuple(c.interview)) in shipped for c in cases)
    path = write_library(tmp_path / "full.json", cases)
    assert Library.open_db(path).cases() == cases
