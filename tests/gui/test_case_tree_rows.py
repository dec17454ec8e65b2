"""The case tree's rows beyond the first: 「さらに n 件を表示」, revealing a case, sorting, the window driving them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSettings, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from gui.case_tree_model import (
    COL,
    ROWS_FLAT,
    ROWS_PER_GROUP,
    CaseIdRole,
    CaseTreeModel,
    MatchCountRole,
    NodeKind,
    NodeKindRole,
)
from gui.main_window import MainWindow
from model import paths
from model.bookmarks import BookmarkStore
from model.case import Case, Population
from tests.gui.library_fixtures import sample_cases, write_library


def _crowd(n: int) -> list[Case]:
    """`n` cases in one subcategory, numbered 1..n, with populations that order them differently."""
    base = sample_cases()[2]
    return [replace(base, id=f"1-{i:03d}", number=i, population=Population((i * 37) % 1000 * 10, "", None))
            for i in range(1, n + 1)]


def _sub(model: CaseTreeModel) -> QModelIndex:
    return model.index(0, 0, model.index(0, 0))


def _ids(model: CaseTreeModel, parent: QModelIndex) -> list[str]:
    return [model.index(r, 0, parent).data(CaseIdRole) for r in range(model.rowCount(parent))
            if model.index(r, 0, parent).data(NodeKindRole) == NodeKind.CASE]


def _last(model: CaseTreeModel, parent: QModelIndex) -> QModelIndex:
    return model.index(model.rowCount(parent) - 1, 0, parent)


def test_a_crowded_subcategory_shows_its_first_rows_and_a_more_row(qtmodeltester: ModelTester) -> None:
    model = CaseTreeModel(lambda _i: False)
    qtmodeltester.check(model)  # the tester keeps watching every change below
    n = 2 * ROWS_PER_GROUP + 30
    model.set_cases(_crowd(n))
    sub = _sub(model)
    assert sub.data().endswith(f"({n})")  # the heading counts every match
    assert model.index(0, 0).data(MatchCountRole) == n
    assert _ids(model, sub) == [f"1-{i:03d}" for i in range(1, ROWS_PER_GROUP + 1)]
    more = _last(model, sub)
    assert more.data(NodeKindRole) == NodeKind.MORE
    assert more.data() == f"さらに {ROWS_PER_GROUP} 件を表示（残り {n - ROWS_PER_GROUP} 件）"
    assert more.data(MatchCountRole) == n - ROWS_PER_GROUP
    assert more.data(CaseIdRole) is None
    assert more.data(Qt.ItemDataRole.ForegroundRole) is not None  # drawn as a link, unlike the case rows
    assert model.index_of("1-001").data(Qt.ItemDataRole.ForegroundRole) is None
    # Counts and the cases an export takes cover the hidden ones too.
    assert model.case_count() == n and len(model.case_ids()) == n
    assert model.matches(f"1-{n - 5:03d}") and not model.index_of(f"1-{n - 5:03d}").isValid()
    assert not model.matches("9-99")

    first_new = model.show_more(more)
    assert first_new.data(CaseIdRole) == f"1-{ROWS_PER_GROUP + 1:03d}"
    assert len(_ids(model, sub)) == 2 * ROWS_PER_GROUP
    assert _last(model, sub).data() == "さらに 30 件を表示"
    model.show_more(_last(model, sub))
    assert _ids(model, sub) == [f"1-{i:03d}" for i in range(1, n + 1)]
    assert _last(model, sub).data(NodeKindRole) == NodeKind.CASE  # no 「さらに」 row left
    assert not model.show_more(model.index_of("1-005")).isValid()  # a case row is not a 「さらに」 row


def test_reveal_makes_a_hidden_case_a_row_without_a_reset(qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    model = CaseTreeModel(lambda _i: False)
    n, target = 2 * ROWS_PER_GROUP + 30, ROWS_PER_GROUP + 27
    model.set_cases(_crowd(n))
    qtmodeltester.check(model)
    keep = QPersistentModelIndex(model.index_of("1-010"))
    with qtbot.assertNotEmitted(model.modelReset):
        index = model.reveal(f"1-{target:03d}")
    assert index.data(CaseIdRole) == f"1-{target:03d}" and index == model.index_of(f"1-{target:03d}")
    assert len(_ids(model, _sub(model))) == target
    assert _last(model, _sub(model)).data() == f"さらに {n - target} 件を表示"
    assert keep.isValid() and keep.data(CaseIdRole) == "1-010"
    assert not model.reveal("9-99").isValid()


def test_sorting_a_crowded_subcategory_shows_the_top_of_the_new_order(qtbot: QtBot,
                                                                      qtmodeltester: ModelTester) -> None:
    cases = _crowd(2 * ROWS_PER_GROUP + 30)
    model = CaseTreeModel(lambda _i: False)
    model.set_cases(cases)
    qtmodeltester.check(model)
    smallest = min(cases[:ROWS_PER_GROUP], key=lambda c: c.population.persons)  # type: ignore[union-attr]
    dropped = QPersistentModelIndex(model.index_of(smallest.id))  # a row now, not among the largest
    with qtbot.assertNotEmitted(model.modelReset):
        model.sort(COL["population"], Qt.SortOrder.DescendingOrder)
    largest = sorted(cases, key=lambda c: -c.population.persons)  # type: ignore[union-attr, operator]
    assert _ids(model, _sub(model)) == [c.id for c in largest[:ROWS_PER_GROUP]]
    assert _last(model, _sub(model)).data(MatchCountRole) == ROWS_PER_GROUP + 30  # as many rows as before
    assert not dropped.isValid()
    assert model.case_ids() == [c.id for c in largest]


def test_flat_list_pages_the_whole_library(qtmodeltester: ModelTester) -> None:
    model = CaseTreeModel(lambda _i: False)
    model.set_cases(_crowd(450))
    model.set_grouped(False)
    qtmodeltester.check(model)
    assert model.rowCount() == ROWS_FLAT + 1
    assert model.index(ROWS_FLAT, 0).data() == "さらに 200 件を表示（残り 250 件）"
    model.show_more(model.index(ROWS_FLAT, 0))
    assert model.rowCount() == 2 * ROWS_FLAT + 1
    model.show_more(model.index(2 * ROWS_FLAT, 0))  # as many again as shown: the last 50
    assert model.rowCount() == 450


def test_window_more_row_and_a_hidden_case_from_history(qtbot: QtBot, tmp_path: Path) -> None:
    library = write_library(tmp_path / "library.json", _crowd(2 * ROWS_PER_GROUP + 20))
    window = MainWindow(library, BookmarkStore(paths.bookmarks_path()),
                        QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    model, tree = window.tree_model, window.tree
    assert window.search_panel.count_label.text().startswith(str(2 * ROWS_PER_GROUP + 20))
    sub = _sub(model)
    more = _last(model, sub)
    assert tree.isExpanded(sub) and more.data(NodeKindRole) == NodeKind.MORE
    # Clicking the 「さらに」 row (or arrowing onto it) shows the next cases and moves on to the first of them.
    tree.scrollTo(more)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(more).center())
    after = f"1-{ROWS_PER_GROUP + 1:03d}"
    assert tree.currentIndex().data(CaseIdRole) == after
    assert tree.selectionModel().selectedRows() == [tree.currentIndex()]
    assert window.detail.case_id == after
    # A case behind the 「さらに」 row shown from elsewhere (history, a link) becomes the tree's current row.
    far = f"1-{2 * ROWS_PER_GROUP + 15:03d}"
    assert window.show_case(far)
    assert tree.currentIndex().data(CaseIdRole) == far
    window.go_back()
    assert tree.currentIndex().data(CaseIdRole) == after


def test_arrow_key_onto_the_more_row_moves_on_to_the_next_case(qtbot: QtBot, tmp_path: Path) -> None:
    library = write_library(tmp_path / "library.json", _crowd(ROWS_PER_GROUP + 10))
    window = MainWindow(library, BookmarkStore(paths.bookmarks_path()),
                        QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.show_case(f"1-{ROWS_PER_GROUP:03d}")
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Down)
    after = f"1-{ROWS_PER_GROUP + 1:03d}"
    assert window.tree.currentIndex().data(CaseIdRole) == after
    assert window.detail.case_id == after
    qtbot.keyClick(window.tree, Qt.Key.Key_End)
    assert window.tree.currentIndex().data(CaseIdRole) == f"1-{ROWS_PER_GROUP + 10:03d}"  # every case a row now
