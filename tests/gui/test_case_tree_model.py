"""The case tree: structure, counts, order, roles, and the one-row update on a bookmark toggle."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from gui.case_tree_model import (
    BookmarkedRole,
    CaseIdRole,
    CaseRole,
    CaseTreeModel,
    MatchCountRole,
    NodeKind,
    NodeKindRole,
)
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


def test_case_row_shows_number_organization_title_and_returns_the_case(qapp: object) -> None:
    model = CaseTreeModel(lambda _i: False)
    cases = sample_cases()
    model.set_cases(cases)
    index = model.index_of("1-05")
    assert index.data() == "5. 【山形県舟形町】DX推進計画の策定と全職員向け研修の実施"
    assert index.data(CaseRole) == next(c for c in cases if c.id == "1-05")
    assert index.data(NodeKindRole) == NodeKind.CASE
    # Only New cases carry the badge.
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index_of("1-04").data(Qt.ItemDataRole.DecorationRole) is None
    assert not model.index_of("9-99").isValid()


def test_bookmark_toggle_updates_only_that_row(qtbot: QtBot) -> None:
    marked: set[str] = set()
    model = CaseTreeModel(lambda i: i in marked)
    model.set_cases(sample_cases())
    index = model.index_of("1-11")
    assert not index.data().startswith("★")
    marked.add("1-11")
    with qtbot.waitSignal(model.dataChanged) as blocker, qtbot.assertNotEmitted(model.modelReset):
        model.refresh_case("1-11")
    top_left, bottom_right, roles = blocker.args
    assert top_left == index and bottom_right == index
    assert Qt.ItemDataRole.DisplayRole in roles
    assert index.data().startswith("★ ")
    assert index.data(BookmarkedRole) is True


def test_ten_thousand_cases_build_and_answer(qapp: object) -> None:
    model = CaseTreeModel(lambda _i: False)
    model.set_cases(many_cases(10_000))
    assert model.case_count() == 10_000
    assert model.rowCount() == 8
    assert sum(model.index(r, 0).data(MatchCountRole) for r in range(8)) == 10_000
