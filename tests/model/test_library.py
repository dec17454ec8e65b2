"""The library a user sees: shipped volumes plus imported ones, never doubled, the shipped file never written."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from model import paths
from model.case import Numbered
from model.library import Library
from tests.factories import make_case


def test_imported_volume_replaces_its_category_and_keeps_the_others(tmp_path: Path) -> None:
    shipped_before = paths.SHIPPED_LIBRARY.read_bytes()
    user = tmp_path / "library.json"
    lib = Library.open(user=user)
    assert len(lib) == 13
    # A second volume (category 2) adds to the shipped one.
    vol2 = [make_case(id=f"2-0{n}", number=n, category=Numbered(2, "人材確保・育成")) for n in (1, 2, 3)]
    assert lib.import_cases(vol2) == 3
    assert [c.id for c in lib.cases()][-3:] == ["2-01", "2-02", "2-03"] and len(lib) == 16
    # Importing it again (a corrected text with one case less) replaces, never doubles.
    lib.import_cases(vol2[:2])
    assert len(lib) == 15 and lib.get("2-03") is None
    # A new edition of the shipped volume (category 1) takes the shipped cases' place.
    edition = [replace(make_case(), id="1-01", number=1, title="新しい版の事例")]
    lib.import_cases(edition)
    assert [c.id for c in lib.cases() if c.category.number == 1] == ["1-01"]
    assert lib.get("1-01").title == "新しい版の事例"  # type: ignore[union-attr]
    # Another process opening the same files sees the same library; the shipped file is untouched.
    assert [c.id for c in Library.open(user=user).cases()] == [c.id for c in lib.cases()]
    assert paths.SHIPPED_LIBRARY.read_bytes() == shipped_before


def test_search_after_import_sees_the_new_cases(tmp_path: Path) -> None:
    lib = Library.open(user=tmp_path / "library.json")
    assert lib.search("舟形") and not lib.search("札幌")
    lib.import_cases([make_case(id="2-01", organization="北海道札幌市", category=Numbered(2, "人材確保・育成"))])
    assert [c.id for c in lib.search("札幌")] == ["2-01"]
