"""The filters of the case list, in model/ so that the window and the command line match cases the same way."""

from __future__ import annotations

from pathlib import Path

import orjson

from model.case import Case, Numbered
from model.filters import Filters, filter_cases
from model.library import Library, case_docs_table
from model.search import Query
from tests.factories import make_bare_case, make_case


def _library(tmp_path: Path, cases: list[Case]) -> Library:
    path = tmp_path / "library.json"
    path.write_bytes(orjson.dumps(case_docs_table(cases)))
    return Library.open_db(path)


def _cases() -> list[Case]:
    return [
        make_case(),  # 1-04 福島県, 都道府県
        make_bare_case(),  # 1-11 兵庫県神戸市, 30万人以上
        make_bare_case(id="1-12", number=12, organization="山形県舟形町", prefecture="山形県", municipality="舟形町",
                       population_band="1万人未満", title="全職員向け研修"),
        make_bare_case(id="2-01", number=1, organization="兵庫県", prefecture="兵庫県", municipality=None,
                       population_band="都道府県", category=Numbered(2, "行政手続のオンライン化"), links=[]),
    ]


def _ids(cases: list[Case]) -> list[str]:
    return [c.id for c in cases]


def test_no_filter_shows_every_case_in_library_order(tmp_path: Path) -> None:
    lib = _library(tmp_path, _cases())
    assert _ids(filter_cases(lib, Filters(), lambda _id: False)) == ["1-04", "1-11", "1-12", "2-01"]


def test_each_facet_narrows_and_facets_combine(tmp_path: Path) -> None:
    lib = _library(tmp_path, _cases())
    never = lambda _id: False  # noqa: E731
    assert _ids(filter_cases(lib, Filters(bands=frozenset({"都道府県"})), never)) == ["1-04", "2-01"]
    both = frozenset({"都道府県", "1万人未満"})
    assert _ids(filter_cases(lib, Filters(bands=both), never)) == ["1-04", "1-12", "2-01"]
    assert _ids(filter_cases(lib, Filters(prefecture="兵庫県"), never)) == ["1-11", "2-01"]
    assert _ids(filter_cases(lib, Filters(prefecture="兵庫県", bands=frozenset({"都道府県"})), never)) == ["2-01"]
    marked = {"1-12", "2-01"}
    assert _ids(filter_cases(lib, Filters(bookmarked_only=True), marked.__contains__)) == ["1-12", "2-01"]
    assert _ids(filter_cases(lib, Filters(text="全職員", bookmarked_only=True), marked.__contains__)) == ["1-12"]
    assert filter_cases(lib, Filters(prefecture="沖縄県"), never) == []


def test_text_is_matched_like_the_search(tmp_path: Path) -> None:
    lib = _library(tmp_path, _cases())
    # Full-width letters as the search normalises them; space-separated terms are ANDed.
    assert _ids(filter_cases(lib, Filters(text="ＩＣＴ"), lambda _id: False)) == ["1-04"]
    assert _ids(filter_cases(lib, Filters(text="兵庫　神戸"), lambda _id: False)) == ["1-11"]


def test_the_query_is_parsed_once_per_filters() -> None:
    filters = Filters(text="ＤＸ 研修")
    assert filters.query is filters.query
    assert filters.query == Query.parse("dx 研修")
    assert Filters(text="dx") == Filters(text="dx")  # still a plain value: equal filters compare equal
