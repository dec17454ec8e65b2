"""The start-up index (model/library_index.py): used when current, ignored and rebuilt when stale or damaged, and
a case read from it is the same case as one read from the whole file."""

from __future__ import annotations

from pathlib import Path

import orjson

from model import library_index, paths
from model.case import Case, Numbered
from model.library import Library, read_shipped_docs
from tests.factories import make_case
from tests.libraries import sample_cases, write_library


def _indexed(library: Library) -> int:
    """How many of the library's cases still wait for their full document (0: read from the whole file)."""
    return sum(source.pending for source in library._sources)


def test_second_open_reads_the_index_and_gives_the_same_cases(tmp_path: Path) -> None:
    path = tmp_path / "lib.json"
    first = write_library(path, sample_cases())
    assert library_index.index_path(path).exists()
    expected = [Case.from_doc(c.to_doc()) for c in first.cases()]
    second = Library.open_db(path)
    assert _indexed(second) == len(expected)
    # Reading the tree's fields loads nothing; the interview of one case loads that case only.
    assert [c.title for c in second.cases()] == [c.title for c in expected]
    assert _indexed(second) == len(expected)
    shown = second.get("1-04")
    assert shown is not None and shown.interview == next(c for c in expected if c.id == "1-04").interview
    assert _indexed(second) == len(expected) - 1
    assert second.cases() == expected
    assert [c.id for c in second.search("舟形")] == ["1-05"]


def test_an_import_makes_the_index_stale_and_the_new_cases_are_read(tmp_path: Path) -> None:
    path = tmp_path / "lib.json"
    write_library(path, sample_cases())
    other = Library.open_db(path)
    other.import_cases([make_case(id="3-01", number=1, title="新しい巻の事例", category=Numbered(3, "新しい巻"))])
    reopened = Library.open_db(path)
    assert "新しい巻の事例" in [c.title for c in reopened.cases()]
    assert reopened.cases() == [Case.from_doc(c.to_doc()) for c in other.cases()]


def test_a_damaged_index_is_ignored_and_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "lib.json"
    expected = [Case.from_doc(c.to_doc()) for c in write_library(path, sample_cases()).cases()]
    index = library_index.index_path(path)
    good = orjson.loads(index.read_bytes())
    bad_columns = dict(good, columns=dict(good["columns"], title=good["columns"]["title"][:-1]))
    bad_ranges = dict(good, ranges=[[r[1], r[0]] for r in good["ranges"]])
    for damage in (b"\x00garbage", orjson.dumps(bad_columns), orjson.dumps(bad_ranges), b"[]"):
        index.write_bytes(damage)
        library = Library.open_db(path)
        assert _indexed(library) == 0  # read from the file itself
        assert library.cases() == expected
        assert library_index.read(index, library_index.source_stamp(path)) is not None  # and rebuilt


def test_ranges_that_no_longer_fit_the_file_fall_back_to_the_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "lib.json"
    expected = [Case.from_doc(c.to_doc()) for c in write_library(path, sample_cases()).cases()]
    library = Library.open_db(path)
    assert _indexed(library) == len(expected)
    # Someone rewrites the file in place with the same documents in another layout: the descriptor reads the new
    # bytes, the ranges point into the middle of documents, and each case is found by its id instead.
    with open(path, "r+b") as f:
        data = orjson.loads(f.read())
        f.seek(0)
        f.write(orjson.dumps(data, option=orjson.OPT_INDENT_2))
    assert library.cases() == expected


def test_the_committed_shipped_index_is_current() -> None:
    stamp = library_index.source_stamp(paths.SHIPPED_LIBRARY, with_mtime=False)
    found = library_index.read(library_index.index_path(paths.SHIPPED_LIBRARY), stamp)
    assert found is not None, "run python -m model.shipped"
    library = Library(paths.SHIPPED_LIBRARY, None)
    assert _indexed(library) == len(read_shipped_docs(paths.SHIPPED_LIBRARY))
    assert library.cases() == sorted((Case.from_doc(d) for d in read_shipped_docs(paths.SHIPPED_LIBRARY)),
                                     key=lambda c: (c.category.number, c.subcategory.number, c.number, c.id))
