"""The window's last session in QSettings: geometry, splitter, search text, filters, the case list's columns
(order, widths, hidden ones, sort: the header state) and grouping, and the case being read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

from gui.case_tree_model import CaseIdRole
from model.filters import Filters

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
    header = s.value("tree/header")
    if isinstance(header, QByteArray):
        window.tree.header().restoreState(header)  # sorts the model by the saved column
    grouped = _flag(s, "tree/grouped", True)
    panel = window.search_panel
    panel.blockSignals(True)  # one filter pass for the whole restored state, not one per setting
    panel.set_grouped(grouped)
    window.tree_model.set_grouped(grouped)
    prefectures = _strings(s, "filters/prefectures")
    old = s.value("filters/prefecture")  # a single prefecture, as versions before several were possible saved it
    if not prefectures and isinstance(old, str) and old:
        prefectures = [old]
    panel.set_filters(Filters(
        text=str(s.value("session/search", "") or ""),
        bands=frozenset(_strings(s, "filters/bands")),
        prefectures=frozenset(prefectures),
        regions=frozenset(_strings(s, "filters/regions")),
        new_only=_flag(s, "filters/newOnly"),
        has_cost=_flag(s, "filters/hasCost"),
        bookmarked_only=_flag(s, "filters/bookmarkedOnly"),
        statuses=frozenset(_strings(s, "filters/statuses")),
    ))
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


def _strings(s: QSettings, key: str) -> list[str]:
    """A saved list of strings (an INI file gives back a one-item list as a plain string, an empty one as "")."""
    value = s.value(key) or []
    return [value] if isinstance(value, str) else [str(v) for v in value]


def _flag(s: QSettings, key: str, default: bool = False) -> bool:
    return str(s.value(key, "true" if default else "false")).lower() == "true"
