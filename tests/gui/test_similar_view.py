"""「近い団体の事例」 in the window: the ranked list and its reasons, the empty state, the map dock and the prompt."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from gui import my_organization
from gui.main_window import MainWindow
from gui.my_organization import MyOrganizationDialog, load_organization, save_organization
from gui.similar_view import SimilarView
from model import paths
from model.bookmarks import BookmarkStore
from model.library import Library
from model.similar import MyOrganization
from tests.gui.library_fixtures import sample_cases, type_text, write_library

SAKATA = MyOrganization.parse("山形県酒田市", "100000")


@pytest.fixture
def library(tmp_path: Path) -> Library:
    return write_library(tmp_path / "library.json", sample_cases())


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot: QtBot, library: Library, settings: QSettings) -> Callable[[], MainWindow]:
    def make() -> MainWindow:
        window = MainWindow(library, BookmarkStore(paths.bookmarks_path()), settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def _rows(view: SimilarView) -> list[tuple[str, ...]]:
    m = view.model
    return [tuple(str(m.index(r, c).data()) for c in range(m.columnCount())) for r in range(m.rowCount())]


def test_the_list_ranks_cases_with_their_reasons(qtbot: QtBot) -> None:
    view = SimilarView()
    qtbot.addWidget(view)
    view.set_organization(SAKATA)
    view.set_cases(sample_cases())
    view.refresh()
    rows = _rows(view)
    assert [r[0] for r in rows] == ["北海道北見市", "山形県舟形町", "福島県", "兵庫県神戸市", "山口県"]
    assert rows[0][1:3] == ("10万人以上30万人未満", "同じ人口規模・約 640 km")
    assert rows[1][2] == "山形県・約 49 km"
    assert rows[2][2] == "東北・約 140 km"
    assert rows[1][3] == "DX推進計画の策定と全職員向け研修の実施"
    assert view.model.headerData(2, Qt.Orientation.Horizontal) == "理由"
    assert "山形県酒田市（10万人以上30万人未満）" in view.heading.text()


def test_activating_a_row_asks_for_the_case(qtbot: QtBot) -> None:
    view = SimilarView()
    qtbot.addWidget(view)
    view.set_organization(SAKATA)
    view.set_cases(sample_cases())
    view.show()
    with qtbot.waitSignal(view.caseActivated) as sig:
        view.view.activated.emit(view.model.index(1, 0))
    assert sig.args == ["1-05"]


def test_without_an_organization_it_says_so_and_offers_the_dialog(qtbot: QtBot) -> None:
    view = SimilarView()
    qtbot.addWidget(view)
    view.set_cases(sample_cases())
    view.show()
    assert view.is_empty_state() and view.model.rowCount() == 0
    assert "自分の団体が設定されていません" in view.empty_label.text()
    with qtbot.waitSignal(view.setOrganizationRequested):
        qtbot.mouseClick(view.set_button, Qt.MouseButton.LeftButton)


def test_the_tab_follows_the_filters_and_the_setting(qtbot: QtBot, settings: QSettings,
                                                     make_window: Callable[[], MainWindow]) -> None:
    save_organization(settings, SAKATA)
    window = make_window()
    similar = window.near.similar
    window.left_tabs.setCurrentWidget(similar)
    assert similar.case_ids() == ["2-01", "1-05", "1-04", "1-11", "1-02"]
    window.search_panel.field.setFocus()
    type_text(window.search_panel.field, "窓口")
    qtbot.waitUntil(lambda: similar.case_ids() == ["2-01"])
    window.search_panel.field.clear()
    qtbot.waitUntil(lambda: len(similar.case_ids()) == 5)

    save_organization(settings, MyOrganization.parse("山形県舟形町", "5000"))
    window.near._organization_changed()
    assert similar.case_ids()[0] == "1-05"
    assert _rows(similar)[0][2] == "同じ人口規模・自分の団体"
    similar.view.activated.emit(similar.model.index(2, 0))
    assert window.detail.case_id == "1-11"


def test_the_menu_entry_opens_the_dialog_and_ok_saves(qtbot: QtBot, settings: QSettings,
                                                      make_window: Callable[[], MainWindow],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    assert window.near.similar.is_empty_state()

    def fill_and_accept(self: MyOrganizationDialog) -> int:
        self.search_field.setText("山形県舟形町")
        self.population_field.setText("0.5万")
        assert self.ok_button().isEnabled()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(MyOrganizationDialog, "exec", fill_and_accept)
    window.near.organization_action.trigger()
    assert load_organization(settings) == MyOrganization.parse("山形県舟形町", "5000")
    assert not window.near.similar.is_empty_state()
    assert window.left_tabs.currentWidget() is window.near.similar
    assert window.near.map.tooltip_text("山形県").endswith("（自分の団体）")

    def cancel(self: MyOrganizationDialog) -> int:
        self.population_field.setText("-1")
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(MyOrganizationDialog, "exec", cancel)
    window.near.organization_action.trigger()
    assert load_organization(settings) == MyOrganization.parse("山形県舟形町", "5000")


def test_first_launch_prompt_is_skippable_and_stays_away(qtbot: QtBot, settings: QSettings,
                                                         make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    prompt = window.near.prompt
    assert prompt is not None and prompt.set_button.text() == "自分の団体を設定"
    qtbot.mouseClick(prompt.skip_button, Qt.MouseButton.LeftButton)
    assert window.near.prompt is None
    assert not my_organization.should_prompt(settings)
    window.close()
    assert make_window().near.prompt is None


def test_map_click_filters_the_tree_and_counts_ignore_the_prefecture(
        qtbot: QtBot, settings: QSettings, make_window: Callable[[], MainWindow]) -> None:
    save_organization(settings, SAKATA)
    window = make_window()
    near = window.near
    near.map_action.trigger()  # ビュー → 地図
    assert near.dock.isVisible()
    assert near.map.counts() == {"福島県": 1, "山形県": 1, "兵庫県": 1, "山口県": 1, "北海道": 1}
    qtbot.mouseClick(near.map, Qt.MouseButton.LeftButton, pos=near.map.tile_rect("山形県").center().toPoint())
    qtbot.waitUntil(lambda: window.tree_model.case_ids() == ["1-05"])
    assert window.search_panel.filters().prefectures == {"山形県"}
    assert near.map.selected() == {"山形県"}
    assert near.map.counts()["北海道"] == 1  # the other prefectures keep their counts
    window.left_tabs.setCurrentWidget(near.similar)  # ranked when the tab is shown
    assert near.similar.case_ids() == ["1-05"]

    qtbot.mouseClick(near.map, Qt.MouseButton.LeftButton, pos=near.map.tile_rect("山形県").center().toPoint())
    qtbot.waitUntil(lambda: len(window.tree_model.case_ids()) == 5)
    assert near.map.selected() == frozenset()

    # the search panel's prefecture facet moves the map's selection too
    window.search_panel.set_prefecture_selection(frozenset({"北海道"}))
    assert near.map.selected() == {"北海道"}

    # Ctrl+click adds a second prefecture
    qtbot.mouseClick(near.map, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     pos=near.map.tile_rect("山形県").center().toPoint())
    qtbot.waitUntil(lambda: window.search_panel.filters().prefectures == {"北海道", "山形県"})
    assert len(window.tree_model.case_ids()) == 2
    assert near.map.selected() == {"北海道", "山形県"}
    window.search_panel.set_prefecture_selection(frozenset({"北海道"}))

    # a prefecture with no case: nothing to filter, the selection stays
    qtbot.mouseClick(near.map, Qt.MouseButton.LeftButton, pos=near.map.tile_rect("沖縄県").center().toPoint())
    assert window.search_panel.filters().prefectures == {"北海道"} and near.map.selected() == {"北海道"}
    assert "沖縄県の事例はありません" in window.statusBar().currentMessage()


def test_the_map_dock_is_saved_with_the_window(qtbot: QtBot, make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    window.near.map_action.trigger()
    assert window.near.dock.isVisible()
    window.close()
    again = make_window()
    assert again.near.dock.isVisible()


def test_a_burst_of_refilters_ranks_once_after_the_last(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    view = SimilarView()
    qtbot.addWidget(view)
    view.set_organization(SAKATA)
    view.show()
    calls: list[int] = []
    rank = MyOrganization.rank
    monkeypatch.setattr(MyOrganization, "rank", lambda self, cases: calls.append(1) or rank(self, cases))
    cases = sample_cases()
    for k in range(1, 4):  # three keystrokes' worth of filtered cases
        view.set_cases(cases[:k])
    assert calls == [] and view.case_ids() == []
    qtbot.waitUntil(lambda: len(view.case_ids()) == 3)
    assert calls == [1]
