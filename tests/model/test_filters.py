"""The filters of the case list, in model/ so that the window and the command line match cases the same way."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import orjson

from model.case import Case, Numbered
from model.filters import FACETS, Context, Filters, all_facet_counts, describe, facet_counts, filter_cases, find_cases
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
    assert _ids(filter_cases(lib, Filters(prefectures=frozenset({"兵庫県"})), never)) == ["1-11", "2-01"]
    hyogo_prefs = Filters(prefectures=frozenset({"兵庫県"}), bands=frozenset({"都道府県"}))
    assert _ids(filter_cases(lib, hyogo_prefs, never)) == ["2-01"]
    marked = {"1-12", "2-01"}
    assert _ids(filter_cases(lib, Filters(bookmarked_only=True), marked.__contains__)) == ["1-12", "2-01"]
    assert _ids(filter_cases(lib, Filters(text="全職員", bookmarked_only=True), marked.__contains__)) == ["1-12"]
    assert filter_cases(lib, Filters(prefectures=frozenset({"沖縄県"})), never) == []


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


# ---- the facets of issue 10/12 -------------------------------------------------------------------------------

def _facet_cases() -> list[Case]:
    from model.case import Cost, CostEntry

    return [
        *_cases(),
        make_bare_case(id="2-02", number=2, organization="沖縄県那覇市", prefecture="沖縄県", municipality="那覇市",
                       population_band="30万人以上", category=Numbered(2, "行政手続のオンライン化"), is_new=True,
                       cost=Cost(initial=None, running=CostEntry(1200000, "1,200千円"))),
        make_bare_case(id="2-03", number=3, organization="宮城県仙台市", prefecture="宮城県", municipality="仙台市",
                       population_band="30万人以上", category=Numbered(2, "行政手続のオンライン化"), is_new=True,
                       cost=Cost(initial=CostEntry(None, "（非公表）"), running=CostEntry(None, "－円"))),
    ]


class _Marks:
    """Bookmarks as the rules see them: status and note per case id."""

    def __init__(self, statuses: dict[str, str], notes: dict[str, str] | None = None) -> None:
        self.statuses = statuses
        self.notes = notes or {}

    def context(self) -> Context:
        return Context(is_bookmarked=self.statuses.__contains__, status_of=self.statuses.get,
                       note_text=lambda i: self.notes.get(i, ""), noted_ids=lambda: list(self.statuses))


def test_region_facet_takes_every_prefecture_of_the_region(tmp_path: Path) -> None:
    lib = _library(tmp_path, _facet_cases())
    ctx = _Marks({}).context()
    assert _ids(filter_cases(lib, Filters(regions=frozenset({"東北"})), ctx)) == ["1-04", "1-12", "2-03"]
    assert _ids(filter_cases(lib, Filters(regions=frozenset({"東北", "九州・沖縄"})), ctx)) == [
        "1-04", "1-12", "2-02", "2-03"]
    # region and prefecture together: both must hold
    both = Filters(regions=frozenset({"東北"}), prefectures=frozenset({"山形県", "兵庫県"}))
    assert _ids(filter_cases(lib, both, ctx)) == ["1-12"]


def test_several_prefectures_and_bands(tmp_path: Path) -> None:
    lib = _library(tmp_path, _facet_cases())
    ctx = _Marks({}).context()
    prefs = Filters(prefectures=frozenset({"山形県", "沖縄県"}))
    assert _ids(filter_cases(lib, prefs, ctx)) == ["1-12", "2-02"]
    assert _ids(filter_cases(lib, replace(prefs, bands=frozenset({"1万人未満"})), ctx)) == ["1-12"]


def test_new_only_and_has_cost(tmp_path: Path) -> None:
    lib = _library(tmp_path, _facet_cases())
    ctx = _Marks({}).context()
    assert _ids(filter_cases(lib, Filters(new_only=True), ctx)) == ["2-02", "2-03"]
    # 1-04 has an initial cost figure, 2-02 a running one; 2-03's are 非公表 and －円: no figure
    assert _ids(filter_cases(lib, Filters(has_cost=True), ctx)) == ["1-04", "2-02"]
    assert _ids(filter_cases(lib, Filters(has_cost=True, new_only=True), ctx)) == ["2-02"]


def test_status_facet_several_statuses(tmp_path: Path) -> None:
    lib = _library(tmp_path, _facet_cases())
    ctx = _Marks({"1-11": "contacted", "2-02": "adopted", "1-04": "todo"}).context()
    assert _ids(filter_cases(lib, Filters(statuses=frozenset({"adopted", "contacted"})), ctx)) == ["1-11", "2-02"]
    assert _ids(filter_cases(lib, Filters(statuses=frozenset({"declined"})), ctx)) == []
    assert _ids(filter_cases(lib, Filters(bookmarked_only=True), ctx)) == ["1-04", "1-11", "2-02"]


def test_facet_counts_count_under_the_other_filters(tmp_path: Path) -> None:
    lib = _library(tmp_path, _facet_cases())
    ctx = _Marks({"1-11": "contacted", "2-02": "adopted"}).context()
    f = Filters(regions=frozenset({"東北"}), bands=frozenset({"30万人以上"}))
    # the region counts ignore the region facet but keep the band one: 30万人以上 cases per region
    assert facet_counts(lib, f, ctx, "regions") == {"近畿": 1, "九州・沖縄": 1, "東北": 1}
    # the band counts ignore the band facet but keep the region: 東北 cases per band
    assert facet_counts(lib, f, ctx, "bands") == {"都道府県": 1, "1万人未満": 1, "30万人以上": 1}
    assert facet_counts(lib, f, ctx, "prefectures") == {"宮城県": 1}
    assert facet_counts(lib, Filters(), ctx, "statuses") == {"contacted": 1, "adopted": 1}
    # booleans: the number shown with the facet on, under the others
    assert facet_counts(lib, f, ctx, "new_only") == {"new_only": 1}
    assert facet_counts(lib, Filters(), ctx, "has_cost") == {"has_cost": 2}
    assert facet_counts(lib, Filters(text="那覇"), ctx, "bookmarked_only") == {"bookmarked_only": 1}
    every = all_facet_counts(lib, f, ctx)
    assert every["regions"] == facet_counts(lib, f, ctx, "regions")
    assert set(every) == set(FACETS)


def test_facet_counts_match_filtering_each_value(tmp_path: Path) -> None:
    """Each count is what the list shows when that value is chosen instead (same rules, no second copy)."""
    lib = _library(tmp_path, _facet_cases())
    ctx = _Marks({"1-11": "contacted", "2-02": "adopted"}).context()
    f = Filters(new_only=True, has_cost=True)
    for region, n in facet_counts(lib, f, ctx, "regions").items():
        assert len(filter_cases(lib, replace(f, regions=frozenset({region})), ctx)) == n


def test_note_hits_found_and_marked(tmp_path: Path) -> None:
    lib = _library(tmp_path, _facet_cases())
    marks = _Marks({"2-02": "todo", "1-11": "todo"}, {"2-02": "電話で総務課に照会、資料送付の約束", "1-11": "神戸の件"})
    found = find_cases(lib, Filters(text="資料送付"), marks.context())
    assert _ids(found.cases) == ["2-02"]
    assert found.note_hits == {"2-02"}
    # found by its own text: not a note hit, even when the note also says it
    found = find_cases(lib, Filters(text="神戸"), marks.context())
    assert "1-11" in _ids(found.cases) and found.note_hits == frozenset()
    # one term in the case, another in the note
    found = find_cases(lib, Filters(text="那覇 総務課"), marks.context())
    assert _ids(found.cases) == ["2-02"] and found.note_hits == {"2-02"}
    # a facet that hides the case drops the mark too
    found = find_cases(lib, Filters(text="資料送付", new_only=False, bands=frozenset({"1万人未満"})), marks.context())
    assert found.cases == [] and found.note_hits == frozenset()


def test_describe_names_the_search_and_each_filter() -> None:
    f = Filters(text=" 研修 ", regions=frozenset({"東北"}), prefectures=frozenset({"山形県", "宮城県"}),
                bands=frozenset({"1万人未満"}), new_only=True, has_cost=True, bookmarked_only=True,
                statuses=frozenset({"adopted", "todo"}))
    assert describe(f) == ["検索「研修」", "地方: 東北", "都道府県: 宮城県・山形県", "人口規模: 1万人未満", "新規のみ",
                           "コスト情報あり", "ブックマークのみ", "状態: 未着手・採用"]
    assert describe(Filters()) == [] and Filters().is_empty() and not f.is_empty()


def test_context_of_a_real_bookmark_store(tmp_path: Path) -> None:
    from model.bookmarks import BookmarkStore

    lib = _library(tmp_path, _facet_cases())
    store = BookmarkStore(tmp_path / "bookmarks.json")
    store.add("1-12", "舟形町の議事録を取り寄せる", status="considering")
    ctx = Context.of(store)
    assert ctx.status_of("1-12") == "considering" and ctx.status_of("1-04") is None
    found = find_cases(lib, Filters(text="議事録", statuses=frozenset({"considering"})), ctx)
    assert _ids(found.cases) == ["1-12"] and found.note_hits == {"1-12"}
