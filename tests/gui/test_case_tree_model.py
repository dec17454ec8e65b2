"""The case tree: structure, counts, order, roles, and the one-row update on a bookmark toggle."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from gui.case_tree_model import (
    COL,
    COLUMNS,
    BookmarkedRole,
    CaseIdRole,
    CaseRole,
    CaseTreeModel,
    MatchCountRole,
    NodeKind,
    NodeKindRole,
    NoteHitRole,
    StatusRole,
)
from model.case import Numbered, Population
from tests.gui.library_fixtures import many_cases, sample_cases


def _rows(model: CaseTreeModel, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def test_model_passes_qtmodeltester_full_and_empty_and_after_reset(qtmodeltester: ModelTester) -> None:
    marked: set[str] = {"1-05"}
    model = CaseTreeModel(lambda i: i in marked)
    model.set_cases(sample_cases())
    qtmodeltester.check(model)
    model.set_cases([])
    qtmodeltester.check(model)
    model.set_cases(sample_cases()[:2])
    qtmodeltester.check(model)


def test_tree_is_category_subcategory_case_with_match_counts(qapp: object) -> None:
    model = CaseTreeModel(lambda _i: False)
    model.set_cases(sample_cases())
    assert _rows(model) == ["1. 体制整備 (4)", "2. 行政手続のオンライン化 (1)"]
    cat1 = model.index(0, 0)
    assert cat1.data(NodeKindRole) == NodeKind.CATEGORY
    assert cat1.data(MatchCountRole) == 4
    assert cat1.data(CaseRole) is None
    subs = _rows(model, cat1)
    assert subs[0] == "1. 県が中心となって管内市町村とともにDXを推進する体制の整備 (2)"
    assert len(subs) == 3
    # Sorted by number within the subcategory, whatever order the cases came in.
    first_sub = model.index(0, 0, cat1)
    assert [model.index(r, 0, first_sub).data(CaseIdRole) for r in range(2)] == ["1-02", "1-04"]
    assert model.case_ids() == ["1-02", "1-04", "1-05", "1-11", "2-01"]


def test_case_row_columns_and_the_case(qapp: object) -> None:
    model = CaseTreeModel(lambda _i: False)
    cases = sample_cases()
    model.set_cases(cases)
    row = [model.index_of("1-05", c).data() for c in range(len(COLUMNS))]
    assert row == ["DX推進計画の策定と全職員向け研修の実施", "", "1-05", "山形県舟形町", "山形県", "1万人未満",
                   "0.5万人", "", "", "", "", ""]
    full = [model.index_of("1-04", COL[k]).data() for k in ("initial_cost", "running_cost", "lead_time")]
    assert full == ["68,515千円", "－円", "４か月"]
    index = model.index_of("1-05")
    assert index.data(CaseRole) == next(c for c in cases if c.id == "1-05")
    assert index.data(NodeKindRole) == NodeKind.CASE
    # Only New cases carry the badge, in the New column.
    assert model.index_of("1-05", COL["is_new"]).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index_of("1-04", COL["is_new"]).data(Qt.ItemDataRole.DecorationRole) is None
    assert not model.index_of("9-99").isValid()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))]
    assert headers == ["事例名", "★", "番号", "団体名", "都道府県", "人口規模", "人口", "初期費用", "年間費用",
                       "導入期間", "New", "状態"]
    assert model.headerData(COL["initial_cost"], Qt.Orientation.Horizontal,
                            Qt.ItemDataRole.ToolTipRole) == "イニシャルコスト（税抜）"


def test_title_tooltip_is_escaped_plain_text(qapp: object) -> None:
    model = CaseTreeModel(lambda _i: False)
    model.set_cases([replace(sample_cases()[2], title='<img src="file:///etc/passwd">危険 & 題')])
    tip = model.index_of("1-11", COL["title"]).data(Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tip and "&lt;img" in tip and "&amp;" in tip


def test_bookmark_toggle_updates_only_that_row(qtbot: QtBot) -> None:
    marked: dict[str, str] = {}
    model = CaseTreeModel(marked.__contains__, status_of=marked.get)
    model.set_cases(sample_cases())
    star = model.index_of("1-11", COL["bookmark"])
    assert star.data() == "" and model.index_of("1-11", COL["status"]).data() == ""
    marked["1-11"] = "contacted"
    with qtbot.waitSignal(model.dataChanged) as blocker, qtbot.assertNotEmitted(model.modelReset):
        model.refresh_case("1-11")
    top_left, bottom_right, roles = blocker.args
    assert top_left == model.index_of("1-11") and bottom_right == model.index_of("1-11", len(COLUMNS) - 1)
    assert Qt.ItemDataRole.DisplayRole in roles
    assert star.data() == "★"
    assert star.data(BookmarkedRole) is True
    status = model.index_of("1-11", COL["status"])
    assert status.data() == "問い合わせ済" and status.data(StatusRole) == "contacted"
    assert status.data(Qt.ItemDataRole.DecorationRole) is not None  # the status dot
    assert "問い合わせ済" in model.index_of("1-11").data(Qt.ItemDataRole.ToolTipRole)


def test_note_hits_are_marked(qapp: object) -> None:
    model = CaseTreeModel(lambda _i: True)
    model.set_cases(sample_cases(), frozenset({"1-05"}))
    title = model.index_of("1-05", COL["title"])
    assert title.data(NoteHitRole) is True and title.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "メモに一致" in title.data(Qt.ItemDataRole.ToolTipRole)
    other = model.index_of("1-04", COL["title"])
    assert other.data(NoteHitRole) is False and other.data(Qt.ItemDataRole.DecorationRole) is None
    # the same cases, the mark gone: no reset, the rows repaint
    model.set_cases(list(model._shown), frozenset())
    assert title.data(NoteHitRole) is False


def _sorted_cases(n: int) -> list:
    base = sample_cases()[2]
    return [replace(base, id=f"1-{i:02d}", number=i,
                    population=None if i == 3 else Population(p, f"{p}人", None),
                    subcategory=Numbered(1 + i % 2, f"小分類{1 + i % 2}"))
            for i, p in zip(range(1, n + 1), (800, 90, 5000, 40, 700, 60), strict=False)]


def test_header_sort_orders_each_subcategory_without_figures_last(qtmodeltester: ModelTester) -> None:
    model = CaseTreeModel(lambda _i: False)
    model.set_cases(_sorted_cases(6))
    cat = model.index(0, 0)
    subs = [model.index(r, 0, cat) for r in range(model.rowCount(cat))]

    def order() -> list[list[str]]:
        return [[model.index(r, 0, s).data(CaseIdRole) for r in range(model.rowCount(s))] for s in subs]

    assert order() == [["1-02", "1-04", "1-06"], ["1-01", "1-03", "1-05"]]
    keep = QPersistentModelIndex(model.index_of("1-05"))
    with qtbotless_reset_check(model):
        model.sort(COL["population"], Qt.SortOrder.AscendingOrder)
    assert order() == [["1-04", "1-06", "1-02"], ["1-05", "1-01", "1-03"]]  # 1-03: no population, last
    assert keep.row() == 0 and keep.data(CaseIdRole) == "1-05"  # the selection follows its row
    model.sort(COL["population"], Qt.SortOrder.DescendingOrder)
    assert order() == [["1-02", "1-06", "1-04"], ["1-01", "1-05", "1-03"]]  # still last
    qtmodeltester.check(model)
    model.sort(COL["number"], Qt.SortOrder.AscendingOrder)
    assert order() == [["1-02", "1-04", "1-06"], ["1-01", "1-03", "1-05"]]


def test_flat_mode_sorts_the_whole_library(qtmodeltester: ModelTester) -> None:
    model = CaseTreeModel(lambda _i: False)
    model.set_cases(_sorted_cases(6))
    model.set_grouped(False)
    assert model.rowCount() == 6 and model.expandable_indexes() == []
    model.sort(COL["population"], Qt.SortOrder.DescendingOrder)
    assert model.case_ids() == ["1-01", "1-05", "1-02", "1-06", "1-04", "1-03"]
    assert model.first_case_index().data(CaseIdRole) == "1-01"
    qtmodeltester.check(model)
    model.set_grouped(True)
    assert model.rowCount() == 1
    qtmodeltester.check(model)


class qtbotless_reset_check:
    """Asserts that the block emits no model reset (sorting is a layout change)."""

    def __init__(self, model: CaseTreeModel) -> None:
        self.model = model
        self.resets = 0

    def _count(self) -> None:
        self.resets += 1

    def __enter__(self) -> None:
        self.model.modelReset.connect(self._count)

    def __exit__(self, *exc: object) -> None:
        self.model.modelReset.disconnect(self._count)
        assert self.resets == 0


def test_ten_thousand_cases_build_and_answer(qapp: object) -> None:
    model = CaseTreeModel(lambda _i: False)
    model.set_cases(many_cases(10_000))
    assert model.case_count() == 10_000
    assert model.rowCount() == 8
    assert sum(model.index(r, 0).data(MatchCountRole) for r in range(8)) == 10_000
