"""The search field and facets above the case tree: widgets that produce a `model.filters.Filters`.

Typing filters live (a short debounce so a burst of keystrokes filters once); Enter asks for the first match;
Esc clears the field. Facets (gui/facet_menus.FacetButton, several values each, none checked = all): region,
prefecture (grouped by region), population band, bookmark status; and 新規のみ, コスト情報あり, ブックマークのみ. Each
value shows how many cases it would show under the other filters (model.filters.facet_counts, through
`count_source`). An active facet is shown bold, so filters restored from the last session are visible; 条件をクリア
clears them all. The matching itself is `model.filters.find_cases`, which the window follows with one model reset.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.facet_menus import FacetButton
from model.bookmarks import STATUSES, status_label
from model.case import POPULATION_BANDS, population_band_label
from model.fields import label
from model.filters import BOOL_FACETS, Filters
from model.prefectures import REGIONS, prefecture_order, region_label, region_of

SEARCH_DELAY_MS = 120

# facet -> counts per value (model.filters.all_facet_counts); the window provides it
CountSource = Callable[[], dict[str, dict[str, int]]]


def _prefecture_sections(prefectures: Iterable[str]) -> list[tuple[str | None, list[tuple[str, str]]]]:
    """The prefectures offered, under their region's title, in JIS order."""
    ordered = prefecture_order(prefectures)
    sections: list[tuple[str | None, list[tuple[str, str]]]] = []
    for region in REGIONS:
        prefs = [(p, p) for p in ordered if region_of(p) == region]
        if prefs:
            sections.append((region_label(region), prefs))
    other = [(p, p) for p in ordered if region_of(p) is None]
    if other:
        sections.append((None, other))
    return sections


class SearchPanel(QWidget):
    changed = Signal()  # the filters changed (text debounced)
    submitted = Signal()  # Enter in the field
    groupingChanged = Signal(bool)  # True: category → subcategory → case; False: one flat list

    def __init__(self, prefectures: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit()
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName(self.tr("事例を検索"))
        self.field.setPlaceholderText(self.tr("検索（Ctrl+F）: 団体名、キーワード、メモ…"))
        self.field.textChanged.connect(self._on_text_changed)
        self.field.returnPressed.connect(self._on_return)
        esc = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.field)
        esc.setContext(Qt.ShortcutContext.WidgetShortcut)
        esc.activated.connect(self.field.clear)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.count_source: CountSource | None = None
        self._blocking = False  # True while several facets change at once (one `changed` at the end)

        self.region_button = FacetButton(self.tr("地方"), self.tr("すべての地方"),
                                         [(None, [(r, region_label(r)) for r in REGIONS])])
        self.region_button.setAccessibleName(self.tr("地方で絞り込む"))
        self.prefecture_button = FacetButton(label("prefecture"), self.tr("すべての都道府県"),
                                             _prefecture_sections(prefectures))
        self.prefecture_button.setAccessibleName(self.tr("都道府県で絞り込む"))
        self.band_button = FacetButton(label("population_band"), self.tr("すべての人口規模"),
                                       [(None, [(b, population_band_label(b)) for b in POPULATION_BANDS])])
        self.band_button.setAccessibleName(self.tr("人口規模で絞り込む"))
        self.status_button = FacetButton(label("status"), self.tr("すべての状態"),
                                         [(None, [(s, status_label(s)) for s in STATUSES])])
        self.status_button.setAccessibleName(self.tr("ブックマークの状態で絞り込む"))
        self.facet_buttons: dict[str, FacetButton] = {
            "regions": self.region_button, "prefectures": self.prefecture_button, "bands": self.band_button,
            "statuses": self.status_button}
        for facet, button in self.facet_buttons.items():
            button.setObjectName(facet + "Facet")
            button.selectionChanged.connect(self._emit_now)
            button.count_source = lambda f=facet: self._counts_of(f)
        self.band_menu = self.band_button.menu_
        self.band_actions: dict[str, QAction] = self.band_button.actions_

        self.new_check = QCheckBox(self.tr("新規のみ"))
        self.cost_check = QCheckBox(self.tr("コスト情報あり"))
        self.cost_check.setToolTip(self.tr("初期費用か年間費用の金額が載っている事例"))
        self.bookmarked_check = QCheckBox(self.tr("ブックマークのみ"))
        self.checks: dict[str, QCheckBox] = {
            "new_only": self.new_check, "has_cost": self.cost_check, "bookmarked_only": self.bookmarked_check}
        self._check_texts = {facet: check.text() for facet, check in self.checks.items()}
        for check in self.checks.values():
            check.toggled.connect(self._on_check_toggled)

        self.flat_check = QCheckBox(self.tr("分類でまとめない"))
        self.flat_check.setObjectName("flatCheck")
        self.flat_check.setToolTip(self.tr("すべての事例を一つの一覧にして、ライブラリ全体を並べ替えます"))
        self.flat_check.toggled.connect(lambda flat: self.groupingChanged.emit(not flat))
        self.clear_button = QPushButton(self.tr("条件をクリア"))
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.clicked.connect(self.clear_filters)

        self.count_label = QLabel()
        self.count_label.setObjectName("matchCount")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.region_button, 0, 0)
        grid.addWidget(self.prefecture_button, 0, 1)
        grid.addWidget(self.band_button, 1, 0)
        grid.addWidget(self.status_button, 1, 1)
        layout.addLayout(grid)
        row = QHBoxLayout()
        for check in self.checks.values():
            row.addWidget(check)
        row.addStretch(1)
        layout.addLayout(row)
        row2 = QHBoxLayout()
        row2.addWidget(self.flat_check)
        row2.addStretch(1)
        row2.addWidget(self.clear_button)
        row2.addWidget(self.count_label)
        layout.addLayout(row2)
        self._update_active()

    # -- state -----------------------------------------------------------------------------------------------

    def filters(self) -> Filters:
        return Filters(
            text=self.field.text(),
            bands=self.band_button.selection(),
            prefectures=self.prefecture_button.selection(),
            regions=self.region_button.selection(),
            new_only=self.new_check.isChecked(),
            has_cost=self.cost_check.isChecked(),
            bookmarked_only=self.bookmarked_check.isChecked(),
            statuses=self.status_button.selection(),
        )

    def set_filters(self, filters: Filters) -> None:
        """Show `filters` (the text too); one `changed` when anything changed."""
        before = self.filters()
        self._blocking = True
        try:
            self.field.setText(filters.text)
            self._timer.stop()
            for facet, button in self.facet_buttons.items():
                button.set_selection(getattr(filters, facet))
            for facet, check in self.checks.items():
                check.setChecked(bool(getattr(filters, facet)))
        finally:
            self._blocking = False
        self._update_active()
        if self.filters() != before:
            self.changed.emit()

    def clear_filters(self) -> None:
        """条件をクリア: the search text and every facet."""
        self.set_filters(Filters())

    def set_count(self, shown: int, total: int) -> None:
        self.count_label.setText(self.tr("{total}件中 {shown}件").format(total=total, shown=shown))

    def set_prefectures(self, prefectures: Iterable[str]) -> None:
        """Offer these prefectures (after an import added some), keeping the ones chosen that are still there."""
        self.prefecture_button.set_sections(_prefecture_sections(prefectures))

    def set_prefecture_selection(self, prefs: frozenset[str]) -> None:
        """Choose exactly these prefectures (the map's clicks); one `changed`."""
        self.prefecture_button.set_selection(prefs)

    def prefecture_selection(self) -> frozenset[str]:
        return self.prefecture_button.selection()

    def set_bands(self, bands: Iterable[str]) -> None:
        self.band_button.set_selection(bands)

    def clear_bands(self) -> None:
        self.set_bands(())

    def set_grouped(self, grouped: bool) -> None:
        self.flat_check.setChecked(not grouped)

    def focus_search(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def flush(self) -> None:
        """Apply pending typing now."""
        if self._timer.isActive():
            self._timer.stop()
            self.changed.emit()

    # -- counts ----------------------------------------------------------------------------------------------

    def _counts_of(self, facet: str) -> dict[str, int]:
        return self.count_source().get(facet, {}) if self.count_source is not None else {}

    def set_facet_counts(self, counts: dict[str, dict[str, int]]) -> None:
        """Show the counts of every facet value (the checkboxes now; the menus refresh when they open)."""
        for facet, button in self.facet_buttons.items():
            if facet in counts:
                button.set_counts(counts[facet])
        for facet in BOOL_FACETS:
            if facet in counts:
                n = counts[facet].get(facet, 0)
                self.checks[facet].setText(f"{self._check_texts[facet]} ({n})")

    # -- slots -----------------------------------------------------------------------------------------------

    def _on_text_changed(self) -> None:
        self._update_active()
        if not self._blocking:
            self._timer.start()

    def _on_return(self) -> None:
        self.flush()
        self.submitted.emit()

    def _on_check_toggled(self) -> None:
        self._emit_now()

    def _emit_now(self) -> None:
        self._update_active()
        if self._blocking:
            return
        self._timer.stop()
        self.changed.emit()

    def _update_active(self) -> None:
        """Bold for every checkbox in force; 条件をクリア only while something narrows the list."""
        for check in self.checks.values():
            font = check.font()
            font.setBold(check.isChecked())
            check.setFont(font)
        facets = any(b.selection() for b in self.facet_buttons.values()) or any(
            c.isChecked() for c in self.checks.values())
        self.clear_button.setEnabled(facets or bool(self.field.text().strip()))
