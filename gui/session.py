"""The window's last session in QSettings: geometry, splitter, search text, filters and the case being read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray

from gui.case_tree_model import CaseIdRole

if TYPE_CHECKING:
    from gui.main_window import MainWindow


def restore_session(window: MainWindow) -> None:
    """Apply the saved session to a new window: one filter pass for the whole state, then the last case."""
    s = window.settings
    geometry = s.value("window/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    state = s.value("window/state")
    if state is not None:
        window.restoreState(state)
    # Applied on first show: sizes restored before the window has its final size get redistributed.
    splitter = s.value("window/splitter")
    window.pending_splitter = splitter if isinstance(splitter, QByteArray) else None
    panel = window.search_panel
    panel.blockSignals(True)  # one filter pass for the whole restored state, not one per setting
    bands = s.value("filters/bands") or []
    # An INI file gives back a one-item list as a plain string.
    panel.set_bands([bands] if isinstance(bands, str) else [str(b) for b in bands])
    pref = s.value("filters/prefecture")
    if pref:
        i = panel.prefecture_combo.findData(pref)
        if i >= 0:
            panel.prefecture_combo.setCurrentIndex(i)
    panel.bookmarked_check.setChecked(str(s.value("filters/bookmarkedOnly", "false")).lower() == "true")
    panel.field.setText(str(s.value("session/search", "") or ""))
    panel.flush()
    panel.blockSignals(False)
    window.apply_filters()
    last = s.value("session/case")
    if not (last and window.show_case(str(last))):
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
