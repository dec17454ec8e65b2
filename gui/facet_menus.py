"""A facet as a button with a menu of checkable values (several at once), each value with its count.

The button's text says what is chosen (「地方: 東北」, 「都道府県: 3件」, 「人口規模: すべて」) and turns bold while the
facet narrows the list, so a filter restored from the last session is visible. The counts (how many cases each value
would show under the other active filters, model.filters.facet_counts) are asked for when the menu opens.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolButton, QWidget

# (value, label) pairs, optionally under section titles: [(section or None, [(value, label), …]), …]
Sections = Sequence[tuple[str | None, Sequence[tuple[str, str]]]]


class StayOpenMenu(QMenu):
    """A menu of checkboxes that stays open while the user ticks several."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        action = self.activeAction()
        if action is not None and action.isEnabled() and action.isCheckable():
            action.trigger()
            return
        super().mouseReleaseEvent(event)


class FacetButton(QToolButton):
    """A multi-valued facet: none checked means every value."""

    selectionChanged = Signal()  # the user (or set_selection with emit) changed what is checked

    def __init__(self, caption: str, all_text: str, sections: Sections, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = caption
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(caption)
        self.menu_ = StayOpenMenu(self)
        self.menu_.aboutToShow.connect(self.refresh_counts)
        self.setMenu(self.menu_)
        self._all_text = all_text
        self.actions_: dict[str, QAction] = {}
        self._labels: dict[str, str] = {}
        self._counts: dict[str, int] | None = None
        self.count_source: Callable[[], dict[str, int]] | None = None
        self.set_sections(sections)

    # -- values ----------------------------------------------------------------------------------------------

    def set_sections(self, sections: Sections) -> None:
        """Offer these values (keeping the checked ones that are still offered), without emitting."""
        checked = self.selection()
        self.menu_.clear()
        self.actions_.clear()
        self._labels.clear()
        clear = self.menu_.addAction(self._all_text)
        clear.triggered.connect(self.clear)
        for title, values in sections:
            if title is not None:
                self.menu_.addSection(title)
            elif values:
                self.menu_.addSeparator()
            for value, text in values:
                action = self.menu_.addAction(text)
                action.setCheckable(True)
                action.setChecked(value in checked)
                action.toggled.connect(self._on_toggled)
                self.actions_[value] = action
                self._labels[value] = text
        self._show_counts()
        self._update_text()

    def values(self) -> list[str]:
        return list(self.actions_)

    def selection(self) -> frozenset[str]:
        return frozenset(v for v, a in self.actions_.items() if a.isChecked())

    def set_selection(self, values: Iterable[str], *, emit: bool = True) -> None:
        """Check exactly `values` (those offered); one `selectionChanged` when `emit` and something changed."""
        wanted = set(values)
        before = self.selection()
        for value, action in self.actions_.items():
            action.blockSignals(True)
            action.setChecked(value in wanted)
            action.blockSignals(False)
        self._update_text()
        if emit and self.selection() != before:
            self.selectionChanged.emit()

    def clear(self) -> None:
        self.set_selection(())

    # -- counts ----------------------------------------------------------------------------------------------

    def set_counts(self, counts: dict[str, int] | None) -> None:
        self._counts = counts
        self._show_counts()

    def refresh_counts(self) -> None:
        """Ask `count_source` for fresh counts (the menu is about to open)."""
        if self.count_source is not None:
            self.set_counts(self.count_source())

    def _show_counts(self) -> None:
        for value, action in self.actions_.items():
            text = self._labels[value]
            if self._counts is not None:
                text = f"{text} ({self._counts.get(value, 0)})"
            action.setText(text)

    # -- text ------------------------------------------------------------------------------------------------

    def _on_toggled(self) -> None:
        self._update_text()
        self.selectionChanged.emit()

    def _update_text(self) -> None:
        chosen = [v for v, a in self.actions_.items() if a.isChecked()]
        if not chosen:
            text = self.tr("{caption}: すべて").format(caption=self.caption)
        elif len(chosen) == 1:
            text = f"{self.caption}: {self._labels[chosen[0]]}"
        else:
            text = self.tr("{caption}: {n}件").format(caption=self.caption, n=len(chosen))
        self.setText(text)
        self.setToolTip("\n".join(self._labels[v] for v in chosen) if chosen else text)
        font = self.font()
        font.setBold(bool(chosen))
        self.setFont(font)
