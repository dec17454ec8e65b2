"""The window's last session in QSettings: geometry, splitter, search text, filters, the case list's columns
(order, widths, hidden ones, sort: the header state) and grouping, and the case being read.

Every value is read through `gui.settings_values`, so a garbage settings.ini falls back to the defaults.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from gui import settings_values
from gui.case_tree_model import CaseIdRole
from model.bookmarks import STATUSES
from model.case import POPULATION_BANDS
from model.filters import Filters
from model.prefectures import PREFECTURES, REGIONS

if TYPE_CHECKING:
    from gui.main_window import MainWindow


def restore_session(window: MainWindow) -> None:
    """Apply the saved session to a new window: one filter pass for the whole state, then the last case."""
    s = window.settings
    geometry = settings_values.byte_array(s, "window/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    state = settings_values.byte_array(s, "window/state")
    if state is not None:
        window.restoreState(state)
    # Applied on first show: sizes restored before the window has its final size get redistributed.
    window.pending_splitter = settings_values.byte_array(s, "window/splitter")
    header = settings_values.byte_array(s, "tree/header")
    if header is not None:
        window.tree.header().restoreState(header)  # sorts the model by the saved column
    grouped = settings_values.flag(s, "tree/grouped", True)
    panel = window.search_panel
    panel.blockSignals(True)  # one filter pass for the whole restored state, not one per setting
    panel.set_grouped(grouped)
    window.tree_model.set_grouped(grouped)
    prefectures = settings_values.choices(s, "filters/prefectures", PREFECTURES)
    old = settings_values.text(s, "filters/prefecture")  # one prefecture, as versions before several saved it
    if not prefectures and old in PREFECTURES:
        prefectures = [old]
    panel.set_filters(Filters(
        text=settings_values.text(s, "session/search"),
        bands=frozenset(settings_values.choices(s, "filters/bands", POPULATION_BANDS)),
        prefectures=frozenset(prefectures),
        regions=frozenset(settings_values.choices(s, "filters/regions", REGIONS)),
        new_only=settings_values.flag(s, "filters/newOnly"),
        has_cost=settings_values.flag(s, "filters/hasCost"),
        bookmarked_only=settings_values.flag(s, "filters/bookmarkedOnly"),
        statuses=frozenset(settings_values.choices(s, "filters/statuses", STATUSES)),
    ))
    panel.flush()
    panel.blockSignals(False)
    window.apply_filters()
    last = settings_values.text(s, "session/case", limit=100)
    if not (last and window.show_case(last)):
        first = window.tree_model.first_case_index()
        if first.isValid():
            window.show_case(first.data(CaseIdRole))


def save_session(window: MainWindow) -> None:
    s = window.settings
    s.setValue("window/geometry", window.saveGeometry())
    s.setValue("window/state", window.saveState())
    s.setValue("window/splitter", window.splitter.saveState())
    filters = window.search_panel.filters()
    s.setValue("session/search", filters.text)
    s.setValue("session/case", window.detail.case_id or "")
    s.setValue("filters/bands", sorted(filters.bands))
    s.setValue("filters/prefectures", sorted(filters.prefectures))
    s.remove("filters/prefecture")
    s.setValue("filters/regions", sorted(filters.regions))
    s.setValue("filters/statuses", sorted(filters.statuses))
    s.setValue("filters/newOnly", filters.new_only)
    s.setValue("filters/hasCost", filters.has_cost)
    s.setValue("filters/bookmarkedOnly", filters.bookmarked_only)
    s.setValue("tree/header", window.tree.header().saveState())
    s.setValue("tree/grouped", window.tree_model.grouped())
    s.sync()
