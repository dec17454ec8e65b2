"""The search field and filters above the case tree: widgets that produce a `model.filters.Filters`.

Typing filters live (a short debounce so a burst of keystrokes filters once); Enter asks for the first match;
Esc clears the field. Filters: population bands (multi-select, none checked = all), prefecture, bookmarked only.
The matching itself is `model.filters.filter_cases`, which the window follows with one model reset.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from model.case import POPULATION_BANDS, population_band_label
from model.fields import label
from model.filters import Filters
from model.prefectures import prefecture_order

SEARCH_DELAY_MS = 120


class _StayOpenMenu(QMenu):
    """A menu of checkboxes that stays open while the user ticks several."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        action = self.activeAction()
        if action is not None and action.isEnabled() and action.isCheckable():
            action.trigger()
            return
        super().mouseReleaseEvent(event)


class SearchPanel(QWidget):
    changed = Signal()  # the filters changed (text debounced)
    submitted = Signal()  # Enter in the field

    def __init__(self, prefectures: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit()
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName(self.tr("事例を検索"))
        self.field.setPlaceholderText(self.tr("検索（Ctrl+F）: 団体名、キーワード…"))
        self.field.textChanged.connect(self._on_text_changed)
        self.field.returnPressed.connect(self._on_return)
        esc = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.field)
        esc.setContext(Qt.ShortcutContext.WidgetShortcut)
        esc.activated.connect(self.field.clear)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.changed)

        self.band_button = QToolButton()
        self.band_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.band_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.band_menu = _StayOpenMenu(self.band_button)
        self.band_actions: dict[str, QAction] = {}
        all_bands = self.band_menu.addAction(self.tr("すべての人口規模"))
        all_bands.triggered.connect(self.clear_bands)
        self.band_menu.addSeparator()
        for band in POPULATION_BANDS:
            action = self.band_menu.addAction(population_band_label(band))
            action.setCheckable(True)
            action.toggled.connect(self._on_band_toggled)
            self.band_actions[band] = action
        self.band_button.setMenu(self.band_menu)

        self.prefecture_combo = QComboBox()
        self.prefecture_combo.addItem(self.tr("すべて"), None)
        for pref in prefecture_order(prefectures):
            self.prefecture_combo.addItem(pref, pref)
        self.prefecture_combo.setToolTip(label("prefecture"))
        self.prefecture_combo.setAccessibleName(self.tr("都道府県で絞り込む"))
        self.band_button.setAccessibleName(self.tr("人口規模で絞り込む"))
        self.prefecture_combo.currentIndexChanged.connect(self._emit_now)

        self.bookmarked_check = QCheckBox(self.tr("ブックマークのみ"))
        self.bookmarked_check.toggled.connect(self._emit_now)

        self.count_label = QLabel()
        self.count_label.setObjectName("matchCount")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        row = QHBoxLayout()
        row.addWidget(self.band_button, 1)
        pref_caption = QLabel(label("prefecture"))
        row.addWidget(pref_caption)
        row.addWidget(self.prefecture_combo)
        layout.addLayout(row)
        row2 = QHBoxLayout()
        row2.addWidget(self.bookmarked_check)
        row2.addStretch(1)
        row2.addWidget(self.count_label)
        layout.addLayout(row2)
        self._update_band_text()

    # -- state -----------------------------------------------------------------------------------------------

    def filters(self) -> Filters:
        return Filters(
            text=self.field.text(),
            bands=frozenset(b for b, a in self.band_actions.items() if a.isChecked()),
            prefecture=self.prefecture_combo.currentData(),
            bookmarked_only=self.bookmarked_check.isChecked(),
        )

    def set_count(self, shown: int, total: int) -> None:
        self.count_label.setText(self.tr("{total}件中 {shown}件").format(total=total, shown=shown))

    def set_prefectures(self, prefectures: Iterable[str]) -> None:
        """Offer these prefectures (after an import added some), keeping the one chosen if it is still there."""
        current = self.prefecture_combo.currentData()
        self.prefecture_combo.blockSignals(True)
        while self.prefecture_combo.count() > 1:  # item 0 is "all"
            self.prefecture_combo.removeItem(1)
        for pref in prefecture_order(prefectures):
            self.prefecture_combo.addItem(pref, pref)
        self.prefecture_combo.setCurrentIndex(max(0, self.prefecture_combo.findData(current)))
        self.prefecture_combo.blockSignals(False)

    def set_bands(self, bands: Iterable[str]) -> None:
        wanted = set(bands)
        for band, action in self.band_actions.items():
            action.blockSignals(True)
            action.setChecked(band in wanted)
            action.blockSignals(False)
        self._update_band_text()
        self._emit_now()

    def clear_bands(self) -> None:
        self.set_bands(())

    def focus_search(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def flush(self) -> None:
        """Apply pending typing now."""
        if self._timer.isActive():
            self._timer.stop()
            self.changed.emit()

    # -- slots -----------------------------------------------------------------------------------------------

    def _on_text_changed(self) -> None:
        self._timer.start()

    def _on_return(self) -> None:
        self.flush()
        self.submitted.emit()

    def _emit_now(self) -> None:
        self._timer.stop()
        self.changed.emit()

    def _on_band_toggled(self) -> None:
        self._update_band_text()
        self._emit_now()

    def _update_band_text(self) -> None:
        checked = [b for b, a in self.band_actions.items() if a.isChecked()]
        if not checked:
            text = self.tr("人口規模: すべて")
        elif len(checked) == 1:
            text = self.tr("人口規模: {band}").format(band=population_band_label(checked[0]))
        else:
            text = self.tr("人口規模: {n}区分").format(n=len(checked))
        self.band_button.setText(text)
        self.band_button.setToolTip("\n".join(map(population_band_label, checked)) if checked else text)
