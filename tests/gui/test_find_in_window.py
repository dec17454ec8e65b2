"""Finding cases in the window: facets with counts, the empty state and 条件をクリア, the "no longer matches" banner,
note hits in the tree, status in the tree, sortable columns and their saved layout."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from gui.case_tree_model import COL
from gui.case_tree_view import column_menu
from gui.main_window import MainWindow
from model.filters import Filters
from tests.gui.test_main_window import WindowFactory, _count, _search, library, make_window, settings_path, window

__all__ = ["library", "make_window", "settings_path", "window"]  # fixtures


def test_region_facet_and_its_counts(window: MainWindow) -> None:
    panel = window.search_panel
    counts = window.facet_counts()
    assert counts["regions"] == {"東北": 2, "近畿": 1, "中国": 1, "北海道": 1}
    panel.region_button.refresh_counts()  # what opening the menu does
    assert panel.region_button.actions_["東北"].text() == "東北 (2)"
    panel.region_button.actions_["東北"].trigger()
    assert window.tree_model.case_ids() == ["1-04", "1-05"]
    assert panel.region_button.text() == "地方: 東北" and panel.region_button.font().bold()
    # the band counts now count 東北 cases only; the region counts stay those of every region
    counts = window.facet_counts()
    assert counts["bands"] == {"都道府県": 1, "1万人未満": 1}
    assert counts["regions"]["近畿"] == 1


def test_several_prefectures_through_the_interface_the_map_uses(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.search_panel
    with qtbot.waitSignal(panel.changed):
        panel.set_prefecture_selection(frozenset({"北海道", "山口県"}))
    assert panel.prefecture_selection() == {"北海道", "山口県"}
    assert window.tree_model.case_ids() == ["1-02", "2-01"]
    assert panel.prefecture_button.text() == "都道府県: 2件"
    # the menu groups them by region
    sections = [a.text() for a in panel.prefecture_button.menu_.actions() if a.isSeparator() and a.text()]
    assert sections == ["北海道", "東北", "近畿", "中国"]


def test_new_cost_and_status_facets(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.search_panel
    panel.new_check.setChecked(True)
    assert window.tree_model.case_ids() == ["1-05"]
    panel.new_check.setChecked(False)
    panel.cost_check.setChecked(True)
    assert window.tree_model.case_ids() == ["1-02", "1-04"]  # the full cases have an initial cost figure
    panel.cost_check.setChecked(False)
    window.bookmarks.toggle("1-11")
    window.bookmarks.set_status(["1-11"], "adopted")
    panel.status_button.actions_["adopted"].trigger()
    assert window.tree_model.case_ids() == ["1-11"]
    assert window.tree_model.index_of("1-11", COL["status"]).data() == "採用"
    qtbot.waitUntil(lambda: panel.new_check.text() == "新規のみ (0)")  # counts under the status facet
    window.bookmarks.set_status(["1-11"], "declined")  # the status column and the filter follow the bookmark
    assert window.tree_model.case_ids() == []


def test_empty_state_names_the_filters_and_clears_them(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.search_panel
    panel.band_actions["1万人未満"].trigger()
    _search(qtbot, window, "窓口", "5件中 0件")
    assert window.tree_stack.currentWidget() is window.empty_state
    message = window.empty_state.message.text()
    assert "検索「窓口」" in message and "人口規模: 1万人未満" in message
    qtbot.mouseClick(window.empty_state.clear_button, Qt.MouseButton.LeftButton)
    assert panel.filters() == Filters() and panel.field.text() == ""
    assert _count(window) == "5件中 5件"
    assert window.tree_stack.currentWidget() is window.tree
    assert not panel.clear_button.isEnabled()


def test_a_case_filtered_out_is_marked_in_the_detail_pane(qtbot: QtBot, window: MainWindow) -> None:
    window.show_case("1-05")
    assert window.detail.mismatch_label.isHidden()
    window.search_panel.band_actions["30万人以上"].trigger()
    assert window.detail.case_id == "1-05"
    assert not window.detail.mismatch_label.isHidden()
    window.search_panel.clear_bands()
    assert window.detail.mismatch_label.isHidden()


def test_note_hit_found_and_marked_in_the_tree(qtbot: QtBot, window: MainWindow) -> None:
    window.bookmarks.toggle("2-01")
    window.bookmarks.set_note("2-01", "課長会議で紹介する予定")
    _search(qtbot, window, "課長会議", "5件中 1件")
    index = window.tree_model.index_of("2-01", COL["title"])
    assert index.isValid()
    assert "メモに一致" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_columns_sort_group_and_are_saved(qtbot: QtBot, make_window: WindowFactory, settings_path) -> None:
    window = make_window()
    header = window.tree.header()
    assert header.isSectionHidden(COL["prefecture"])
    menu = column_menu(window.tree)
    next(a for a in menu.actions() if a.data() == "prefecture").setChecked(True)
    assert not header.isSectionHidden(COL["prefecture"])
    header.moveSection(header.visualIndex(COL["status"]), 1)
    window.search_panel.flat_check.setChecked(True)
    window.tree.sortByColumn(COL["population"], Qt.SortOrder.DescendingOrder)
    assert window.tree_model.case_ids()[:1] == ["1-02"] and window.tree_model.case_ids()[-1] == "1-05"
    window.close()

    again = make_window()
    header = again.tree.header()
    assert not header.isSectionHidden(COL["prefecture"]) and header.visualIndex(COL["status"]) == 1
    assert again.search_panel.flat_check.isChecked() and not again.tree_model.grouped()
    assert header.sortIndicatorSection() == COL["population"]
    assert again.tree_model.case_ids()[-1] == "1-05"


def test_an_old_single_prefecture_setting_is_restored(make_window: WindowFactory, settings_path) -> None:
    s = QSettings(str(settings_path), QSettings.Format.IniFormat)
    s.setValue("filters/prefecture", "山形県")
    s.sync()
    window = make_window()
    assert window.search_panel.prefecture_selection() == {"山形県"}
    assert window.tree_model.case_ids() == ["1-05"]
    assert window.search_panel.prefecture_button.font().bold()  # visible that it is in force
    assert window.search_panel.clear_button.isEnabled()
