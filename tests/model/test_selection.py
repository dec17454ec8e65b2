"""What a print or export covers: named cases, then bookmarks, no repeats, their notes, and what is missing."""

from __future__ import annotations

from pathlib import Path

from model.bookmarks import Bookmark
from model.selection import select_cases
from tests.libraries import sample_cases, write_library


def _marks(*pairs: tuple[str, str]) -> list[Bookmark]:
    return [Bookmark(case_id=i, note=n, added_at="2026-11-28T10:00:00+09:00") for i, n in pairs]


def test_ids_first_then_bookmarks_in_their_order_without_repeats(tmp_path: Path) -> None:
    lib = write_library(tmp_path / "lib.json", sample_cases())
    marks = _marks(("1-11", "神戸の例"), ("1-04", ""), ("1-05", "同規模"))
    sel = select_cases(lib, marks, ["1-05", "2-01"], bookmarked=True)
    assert [c.id for c in sel.cases] == ["1-05", "2-01", "1-11", "1-04"]
    assert sel.notes == {"1-11": "神戸の例", "1-05": "同規模"}
    assert sel.unknown == [] and sel.missing == []


def test_only_the_named_cases_and_their_notes_without_bookmarked(tmp_path: Path) -> None:
    lib = write_library(tmp_path / "lib.json", sample_cases())
    sel = select_cases(lib, _marks(("1-11", "神戸の例"), ("1-05", "同規模")), ["1-05"])
    assert [c.id for c in sel.cases] == ["1-05"] and sel.notes == {"1-05": "同規模"}


def test_unknown_ids_and_bookmarks_of_vanished_cases_are_reported(tmp_path: Path) -> None:
    lib = write_library(tmp_path / "lib.json", sample_cases())
    sel = select_cases(lib, _marks(("9-99", "消えた事例"), ("1-04", "")), ["1-04", "8-01"], bookmarked=True)
    assert [c.id for c in sel.cases] == ["1-04"]
    assert sel.unknown == ["8-01"] and sel.missing == ["9-99"] and sel.notes == {}


def test_a_collection_in_bookmark_order_after_the_named_ids(tmp_path: Path) -> None:
    lib = write_library(tmp_path / "lib.json", sample_cases())
    marks = [Bookmark("1-11", "神戸の例", collections=("課長会議",)), Bookmark("1-04", "", collections=("予算",)),
             Bookmark("1-05", "同規模", collections=("予算", "課長会議")), Bookmark("9-99", collections=("課長会議",))]
    sel = select_cases(lib, marks, ["1-05"], collection="課長会議", collections=["課長会議", "予算"])
    assert [c.id for c in sel.cases] == ["1-05", "1-11"]
    assert sel.notes == {"1-11": "神戸の例", "1-05": "同規模"}
    assert sel.missing == ["9-99"] and sel.unknown_collection is None
    empty = select_cases(lib, marks, collection="空", collections=["課長会議", "予算", "空"])
    assert empty.cases == [] and empty.unknown_collection is None  # exists, has no case yet


def test_an_unknown_collection_is_reported(tmp_path: Path) -> None:
    lib = write_library(tmp_path / "lib.json", sample_cases())
    marks = [Bookmark("1-11", collections=("課長会議",))]
    assert select_cases(lib, marks, collection="課長", collections=["課長会議"]).unknown_collection == "課長"
    assert select_cases(lib, marks, collection="課長").unknown_collection == "課長"  # no names given: by the marks
    assert select_cases(lib, marks, collection="課長会議").unknown_collection is None
