"""The sort orders of the case list (tree columns and `list --sort`): each key, cases without a figure last."""

from __future__ import annotations

import pytest

from model.case import Cost, CostEntry, Numbered, Population, Schedule
from model.sorting import SORT_COLUMNS, lead_time_months, sort_cases
from tests.factories import make_bare_case


def _case(cid: str, org: str, pref: str, persons: int | None, initial: int | None, running: int | None,
          lead: str | None):
    cat, num = (int(x) for x in cid.split("-"))
    return make_bare_case(
        id=cid, number=num, category=Numbered(cat, "分類"), organization=org, prefecture=pref,
        population=None if persons is None else Population(persons, f"{persons}人", None),
        cost=Cost(initial=CostEntry(initial, "x"), running=None if running is None else CostEntry(running, "y")),
        schedule=None if lead is None else Schedule(lead, []))


CASES = [
    _case("1-01", "北海道札幌市", "北海道", 1_960_000, 5_000_000, None, "1年3か月"),
    _case("1-02", "沖縄県那覇市", "沖縄県", 310_000, None, 200_000, "４か月"),
    _case("1-03", "山形県舟形町", "山形県", None, 800_000, 100_000, None),
    _case("2-01", "愛知県", "愛知県", 7_480_000, 90_000_000, 3_000_000, "約6か月"),
    _case("2-02", "東京都八王子市", "東京都", 560_000, None, None, "－"),
]


def _ids(cases):
    return [c.id for c in cases]


@pytest.mark.parametrize(("text", "months"), [
    ("4か月", 4), ("４か月", 4), ("1年3か月", 15), ("約6か月", 6), ("2年", 24), ("1年半", 18), ("半年", 6),
    ("6ヶ月", 6), ("3カ月", 3), ("3～4か月", 4), ("約１年", 12), ("2週間", 7 * 2 / 30), ("－", None), ("", None),
    (None, None), ("未定", None),
])
def test_lead_time_months(text, months) -> None:
    assert lead_time_months(text) == (None if months is None else pytest.approx(months))


@pytest.mark.parametrize(("column", "ascending"), [
    ("number", ["1-01", "1-02", "1-03", "2-01", "2-02"]),
    ("prefecture", ["1-01", "1-03", "2-02", "2-01", "1-02"]),  # JIS order: 北海道, 山形, 東京, 愛知, 沖縄
    ("population", ["1-02", "2-02", "1-01", "2-01", "1-03"]),
    ("initial-cost", ["1-03", "1-01", "2-01", "1-02", "2-02"]),
    ("running-cost", ["1-03", "1-02", "2-01", "1-01", "2-02"]),
    ("lead-time", ["1-02", "2-01", "1-01", "1-03", "2-02"]),
])
def test_each_column_both_directions_without_figure_last(column, ascending) -> None:
    assert _ids(sort_cases(CASES, column)) == ascending
    with_figure = [i for i in ascending if i in _ids(_with_value(column))]
    without = [i for i in ascending if i not in with_figure]
    assert _ids(sort_cases(CASES, column, descending=True)) == with_figure[::-1] + without


def _with_value(column):
    from model.sorting import sort_value

    return [c for c in CASES if sort_value(c, column) is not None]


def test_organization_sorts_by_name_and_every_column_is_known() -> None:
    names = [c.organization for c in sort_cases(CASES, "organization")]
    assert names == sorted(names)
    assert set(SORT_COLUMNS) == {"number", "organization", "prefecture", "population", "initial-cost",
                                 "running-cost", "lead-time"}
    with pytest.raises(KeyError):
        sort_cases(CASES, "title")


def test_ties_keep_library_order() -> None:
    same = [_case(f"1-0{i}", "同じ町", "山形県", 1000, None, None, None) for i in (3, 1, 2)]
    assert _ids(sort_cases(same, "population")) == ["1-01", "1-02", "1-03"]
    assert _ids(sort_cases(same, "population", descending=True)) == ["1-01", "1-02", "1-03"]


def test_sort_values_reuses_what_each_case_sorts_by_and_follows_a_changed_case() -> None:
    from dataclasses import replace

    from model.sorting import SortValues

    sorter = SortValues()
    for column in SORT_COLUMNS:  # the cached sort and the one-off sort agree, both directions, twice over
        for descending in (False, True):
            assert _ids(sorter.sort(CASES, column, descending)) == _ids(sort_cases(CASES, column, descending))
            assert _ids(sorter.sort(CASES[::-1], column, descending)) == _ids(sort_cases(CASES, column, descending))
    # A reloaded case is a new object: its new figure counts, not the remembered one.
    bigger = replace(CASES[1], population=Population(9_000_000, "900万人", None))
    assert _ids(sorter.sort([CASES[0], bigger, *CASES[2:]], "population"))[-2:] == ["1-02", "1-03"]
