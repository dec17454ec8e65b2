"""The window's last session in QSettings: geometry, splitter, search text, filters and the case being read.

Every value is read through `gui.settings_values`, so a garbage settings.ini falls back to the defaults.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from gui import settings_values
from gui.case_tree_model import CaseIdRole
from model.case import POPULATION_BANDS

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
    panel = window.search_panel
    panel.blockSignals(True)  # one filter pass for the whole restored state, not one per setting
    panel.set_bands(settings_values.choices(s, "filters/bands", POPULATION_BANDS))
    pref = settings_values.text(s, "filters/prefecture")
    if pref:
        i = panel.prefecture_combo.findData(pref)
        if i >= 0:
            panel.prefecture_combo.setCurrentIndex(i)
    panel.bookmarked_check.setChecked(settings_values.flag(s, "filters/bookmarkedOnly"))
    panel.field.setText(settings_values.text(s, "session/search"))
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
    s.setValue("filters/prefecture", filters.prefecture or "")
    s.setValue("filters/bookmarkedOnly", filters.bookmarked_only)
    s.sync()
