"""The window's 「近い団体」 parts: the map dock, the 近い団体 tab, the 自分の団体 menu entry and first-launch prompt.

The window calls `filters_applied(cases)` after every refilter; everything else is wired here, so the window
keeps a few lines. The map's selection filters the tree through the search panel (`apply_map_selection`, the one
place that knows how the panel takes prefectures); the map's counts are the cases matching every other filter
(`_map_counts`, model.filters.facet_counts).

Built in two steps for a fast start: `__init__` makes what the first paint shows (the dock, still empty and
hidden unless the saved state opens it, the 近い団体 tab's title, the actions with their shortcuts and menu
entries), `build` (the window's `finish_start`, right after the first paint) the map, the ranking view and the
first-launch prompt, with their modules. Whatever needs them first builds them (`map`, `similar`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu, QToolBar, QWidget

from model.case import Case
from model.filters import facet_counts

if TYPE_CHECKING:
    from gui.japan_map import JapanMap
    from gui.main_window import MainWindow
    from gui.my_organization import OrganizationPrompt
    from gui.similar_view import SimilarView


def _menu(window: MainWindow, title: str) -> QMenu:
    """The menu bar's menu called `title`, made when missing, before the last menu (ヘルプ stays last)."""
    bar = window.menuBar()
    actions = bar.actions()
    for action in actions:
        menu = action.menu()
        if isinstance(menu, QMenu) and action.text() == title:
            return menu
    menu = QMenu(title, bar)
    if actions:
        bar.insertMenu(actions[-1], menu)
    else:
        bar.addMenu(menu)
    return menu


class NearActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.settings = window.settings
        self._cases: Sequence[Case] = ()
        self._dock_sized = window.settings.value("window/state") is not None  # the saved state has its width
        self._map: JapanMap | None = None  # these three: `build`
        self._similar: SimilarView | None = None
        self.prompt: OrganizationPrompt | None = None

        self.dock = QDockWidget(self.tr("地図"), window)
        self.dock.setObjectName("mapDock")  # saved in the window state
        self.dock.setAllowedAreas(Qt.DockWidgetArea.AllDockWidgetAreas)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()  # until the user opens it (表示 → 地図); the saved state wins afterwards
        self.dock.visibilityChanged.connect(self._on_dock_visibility)
        self.map_action = self.dock.toggleViewAction()
        self.map_action.setText(self.tr("地図"))
        self.map_action.setShortcut("Ctrl+Shift+J")
        self.map_action.setToolTip(self.tr("都道府県ごとの件数を地図で表示し、クリックで絞り込みます"))

        self._similar_page = QWidget()  # the tab's place until `build`
        window.left_tabs.addTab(self._similar_page, self.tr("近い団体"))

        self.organization_action = QAction(self.tr("自分の団体…"), window)
        self.organization_action.setShortcut("Ctrl+Shift+U")  # U: うちの団体
        self.organization_action.triggered.connect(self.edit_organization)
        window.addAction(self.organization_action)
        view = _menu(window, self.tr("表示(&V)"))  # the window's 表示 menu (the detail tabs), the map below them
        view.addSeparator()
        view.addAction(self.map_action)
        _menu(window, self.tr("ツール(&T)")).addAction(self.organization_action)
        toolbar = window.findChild(QToolBar, "mainToolBar")
        if isinstance(toolbar, QToolBar):
            toolbar.addAction(self.map_action)

    def build(self) -> None:
        """The map, the 近い団体 view and the first-launch prompt (once; the window calls it after the first paint)."""
        if self._map is not None:
            return
        # Start-up time: the official list of municipalities and the ranking load after the first paint.
        from gui.japan_map import JapanMap
        from gui.my_organization import OrganizationPrompt, should_prompt
        from gui.similar_view import SimilarView

        window = self.window
        self._similar = SimilarView()
        self._map = JapanMap()  # from here on `build` returns at once
        self._map.selectionChanged.connect(self.apply_map_selection)
        self.dock.setWidget(self._map)
        self._similar.caseActivated.connect(window.show_case)
        self._similar.setOrganizationRequested.connect(self.edit_organization)
        window.replace_left_tab(self._similar_page, self._similar)
        if should_prompt(self.settings):
            self.prompt = OrganizationPrompt()
            self.prompt.setRequested.connect(self.edit_organization)
            self.prompt.dismissed.connect(self._skip_prompt)
            window.statusBar().addPermanentWidget(self.prompt)
        self._organization_changed()
        self.filters_applied(self._cases)

    @property
    def map(self) -> JapanMap:
        self.build()
        assert self._map is not None
        return self._map

    @property
    def similar(self) -> SimilarView:
        self.build()
        assert self._similar is not None
        return self._similar

    # -- the window calls this after every refilter -------------------------------------------------------------

    def filters_applied(self, cases: Sequence[Case]) -> None:
        self._cases = cases
        if self._map is None:  # not built yet: `build` shows them
            return
        self.similar.set_cases(cases)
        filters = self.window.search_panel.filters()
        self.map.set_selected(filters.prefectures)
        self.map.set_highlighted_regions(filters.regions)
        if self.dock.isVisible():
            self.map.set_counts(self._map_counts())

    # -- the map -------------------------------------------------------------------------------------------------

    def _map_counts(self) -> dict[str, int]:
        """Cases per prefecture under every filter but the prefecture one (the facet's own counts)."""
        w = self.window
        return facet_counts(w.library, w.search_panel.filters(), w.filter_context(), "prefectures")

    def apply_map_selection(self, prefs: frozenset[str]) -> None:
        """The map's selection is the search panel's prefecture facet (which then refilters the tree); a
        prefecture without a matching case is not added (the tree would only go empty): the status bar says so."""
        panel = self.window.search_panel
        before = panel.prefecture_selection()
        counts = self._map_counts()
        empty = sorted(p for p in prefs - before if not counts.get(p))
        if empty:
            self.map.set_selected(before)
            self.window.status(self.tr("{pref}の事例はありません。").format(pref=empty[0]))
            return
        panel.set_prefecture_selection(frozenset(prefs))

    def _on_dock_visibility(self, visible: bool) -> None:
        if not visible:
            return
        self.map.set_counts(self._map_counts())
        if not self._dock_sized and not self.dock.isFloating():
            # First opening: about a third of the window (the map scales to fit; the detail pane keeps room).
            self._dock_sized = True
            width = min(self.map.sizeHint().width(), int(self.window.width() * 0.36))
            self.window.resizeDocks([self.dock], [width], Qt.Orientation.Horizontal)

    # -- 自分の団体 ------------------------------------------------------------------------------------------------

    def edit_organization(self) -> None:
        from gui.my_organization import edit_organization

        if edit_organization(self.window, self.settings):
            self._organization_changed()
            org = self.similar.organization()
            if org is not None:
                self.window.left_tabs.setCurrentWidget(self.similar)
                self.window.status(self.tr("自分の団体を {org} に設定しました。").format(
                    org=org.municipality.organization))

    def _organization_changed(self) -> None:
        from gui.my_organization import load_organization

        org = load_organization(self.settings)
        self.similar.set_organization(org)
        self.map.set_own_prefecture(None if org is None else org.municipality.prefecture)
        if org is not None and self.prompt is not None:
            self._remove_prompt()

    def _skip_prompt(self) -> None:
        from gui.my_organization import mark_prompt_done

        mark_prompt_done(self.settings)
        self._remove_prompt()

    def _remove_prompt(self) -> None:
        if self.prompt is not None:
            self.window.statusBar().removeWidget(self.prompt)
            self.prompt.deleteLater()
            self.prompt = None
