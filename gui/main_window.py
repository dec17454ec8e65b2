"""The main window: layout and its actions, wiring the views to the library and the bookmarks.

Left: a tab with the search panel over the case tree, and a tab with the bookmarks. Right: the detail pane. The
window owns the few cross-view behaviours: filtering (model.filters + one model reset, keeping the selection) and
history. The library and the bookmarks are Qt adapters (LibraryModel, BookmarkModel) whose signals the views
follow, whoever changed the data; the window reloads both when it is activated, in case another process wrote
them. The menus and toolbar are gui/window_menus.py, the bookmark commands gui/bookmark_actions.py, printing
gui/print_actions.py, the saved session gui/session.py.

Start-up in stages (`staged=True`, the app's own window): `__init__` builds what the first paint shows (menus and every
action with its shortcut, toolbar, search panel, tree, detail pane, status bar) and `finish_start` the rest right after
the first paint (the bookmarks tab, the map and the 近い団体 tab, gui/near_actions.py, the status bar's
「取り込んだ版を使用中」, the toolbar's arrows), with their modules; their tabs and menu entries are there from the
start. Anything that needs a later part before then builds it on the spot (`bookmarks_view`,
`NearActions.map`), so nothing behaves differently, only sooner or later.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QModelIndex, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.bookmark_actions import BookmarkActions
from gui.bookmark_model import BookmarkModel
from gui.case_tree_model import CaseIdRole, CaseTreeModel
from gui.case_tree_view import case_tree_view, expand_groups
from gui.detail_view import DetailView
from gui.empty_state import EmptyState
from gui.export_actions import ExportActions
from gui.history import History
from gui.library_model import LibraryModel
from gui.near_actions import NearActions
from gui.plain import plain
from gui.print_actions import PrintActions
from gui.search_panel import SearchPanel
from gui.session import restore_session, save_session
from gui.undo_notice import install as install_undo
from gui.volume_actions import VolumeActions
from gui.window_geometry import fit_to_screen
from gui.window_menus import WindowMenus
from gui.window_start import StagedStart, replace_tab, report_problems
from model.bookmarks import BookmarkStore
from model.filters import Context, Filters, all_facet_counts, find_cases
from model.library import Library

if TYPE_CHECKING:
    from gui.bookmarks_view import BookmarksView

STATUS_TIMEOUT_MS = 8000


class MainWindow(QMainWindow):
    def __init__(self, library: Library, bookmarks: BookmarkStore, settings: QSettings,
                 parent: QWidget | None = None, *, staged: bool = False) -> None:
        """`staged`: build the parts the first paint does not show right after it (`finish_start`), not now."""
        super().__init__(parent)
        self.library = library
        self.library_model = LibraryModel(library, self)
        self.bookmarks = BookmarkModel(bookmarks, self)
        self.settings = settings
        self.history = History()
        self.printing = PrintActions(self)
        self._last_error: str | None = None
        self._syncing_tree = False  # True while the window itself moves the tree's current row
        self.pending_splitter: QByteArray | None = None  # restored on first show (gui/session.py)
        self.setWindowTitle(self.tr("DX事例ブラウザ"))

        self.search_panel = SearchPanel(self.library_model.prefectures())
        self.tree_model = CaseTreeModel(self.bookmarks.is_bookmarked, self, status_of=self._status_of)
        self.tree = case_tree_view(self.tree_model)
        self.empty_state = EmptyState()  # instead of the tree when nothing matches
        self.empty_state.clearRequested.connect(self.search_panel.clear_filters)
        self.tree_stack = QStackedWidget()
        self.tree_stack.addWidget(self.tree)
        self.tree_stack.addWidget(self.empty_state)
        self.search_panel.count_source = self.facet_counts
        self.search_panel.groupingChanged.connect(self.set_grouped)
        self._filters = Filters()  # the last applied (the facet counts use them: the query is parsed once)
        self._counts_timer = QTimer(self)  # the checkboxes' counts, once typing pauses (not on every keystroke)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(200)
        self._counts_timer.timeout.connect(self._update_facet_counts)
        # The detail pane's highlight follows a filter change on the next event-loop turn: the tree paints first.
        self._query_timer = QTimer(self)
        self._query_timer.setSingleShot(True)
        self._query_timer.setInterval(0)
        self._query_timer.timeout.connect(self._highlight_query)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current)

        cases_page = QWidget()
        cl = QVBoxLayout(cases_page)
        cl.setContentsMargins(4, 4, 4, 4)
        cl.addWidget(self.search_panel)
        cl.addWidget(self.tree_stack, 1)
        self._bookmarks_view: BookmarksView | None = None  # built by finish_start, in this tab's place
        self._bookmarks_page = QWidget()
        self.left_tabs = QTabWidget()
        self.left_tabs.setAccessibleName(self.tr("事例とブックマーク"))
        self.left_tabs.addTab(cases_page, self.tr("事例"))
        self.left_tabs.addTab(self._bookmarks_page, self.tr("ブックマーク"))

        self.detail = DetailView(self.bookmarks)
        self.detail.statusMessage.connect(self.status)
        self.detail.toggleBookmarkRequested.connect(self.toggle_bookmark)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.left_tabs)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)

        self._read_only_label = QLabel()
        self.statusBar().addPermanentWidget(self._read_only_label)
        self._read_only_label.setVisible(False)
        self.undo_action = install_undo(self, self.bookmarks)  # Ctrl+Z and 元に戻す in the status bar

        self.exporting = ExportActions(self)  # compare, export, meeting pack (multi-select in the tree)
        self.bookmarking = BookmarkActions(self)  # the toggle, the tree's context menu, reading lists
        self.volumes = VolumeActions(self)  # import in the background, imported volumes, 「取り込んだ版を使用中」
        self.menus = WindowMenus(self)  # the action factory, the menu bar and the toolbar (gui/window_menus.py)
        self._make_actions()
        self.menus.build()
        self.near = NearActions(self)  # the map dock, the 近い団体 tab, 自分の団体 (gui/near_actions.py)

        self.search_panel.changed.connect(self.apply_filters)
        self.search_panel.submitted.connect(self.select_first_match)
        self.bookmarks.changed.connect(self.bookmarking.on_bookmark_changed)
        self.bookmarks.reset.connect(self.apply_filters)
        self.bookmarks.failed.connect(self.show_storage_error)
        self.library_model.changed.connect(self._on_library_changed)
        self.bookmarks.follow_library(library)  # bookmarks on the cases with their keys (migrates old files)
        self.library_model.failed.connect(self.show_storage_error)

        self.start = StagedStart(self)  # the later stages and the idle search preparation
        self._first_show = True

        restore_session(self)
        fit_to_screen(self, restored=self.settings.value("window/geometry") is not None)
        if not staged:
            self.finish_start()

    # -- start-up in stages ----------------------------------------------------------------------------------

    def finish_start(self) -> None:
        """Build what the first paint does not show: the bookmarks tab, the map, the 近い団体 tab (once;
        gui/window_start.py)."""
        self.start.finish()

    @property
    def bookmarks_view(self) -> BookmarksView:
        """The ブックマーク tab (built now if the first paint has not happened yet)."""
        self.finish_start()
        assert self._bookmarks_view is not None
        return self._bookmarks_view

    def set_bookmarks_view(self, view: BookmarksView) -> None:
        self._bookmarks_view = view
        self.replace_left_tab(self._bookmarks_page, view)

    def replace_left_tab(self, placeholder: QWidget, widget: QWidget) -> None:
        """Put `widget` where the empty `placeholder` page held its tab (same title, same place, same current tab)."""
        replace_tab(self.left_tabs, placeholder, widget)

    # -- actions and menus -----------------------------------------------------------------------------------

    def _make_actions(self) -> None:
        SK = QKeySequence.StandardKey
        action = self.menus.action
        self.find_action = action(self.tr("検索"), self.focus_search, SK.Find, fallback="Ctrl+F")
        self.bookmark_action = action(self.tr("ブックマークの切り替え"), self.toggle_bookmark, "Ctrl+D")
        self.back_action = action(self.tr("戻る"), self.go_back, SK.Back, "Alt+Left")
        self.forward_action = action(self.tr("進む"), self.go_forward, SK.Forward, "Alt+Right")
        self.preview_action = action(self.tr("印刷プレビュー…"), self.printing.preview_current, SK.Print,
                                     fallback="Ctrl+P")
        self.print_action = action(self.tr("印刷…"), self.printing.print_current, "Ctrl+Shift+P")
        self.pdf_action = action(self.tr("この事例をPDFに出力…"), self.printing.pdf_current, "Ctrl+Shift+S")
        self.print_bookmarks_action = action(self.tr("ブックマークを一括印刷…"), self.printing.print_bookmarks,
                                             "Ctrl+Alt+P")
        self.pdf_bookmarks_action = action(self.tr("ブックマークをPDFに出力…"), self.printing.pdf_bookmarks,
                                           "Ctrl+Alt+S")
        self.pdf_bookmarks_action.setToolTip(self.tr("ブックマークした事例をまとめてPDFに出力します"))
        self.export_action = action(self.tr("ブックマークを書き出す…"), self.bookmarking.export, "Ctrl+Alt+E")
        self.import_action = action(self.tr("ブックマークを読み込む…"), self.bookmarking.import_file, "Ctrl+Alt+O")
        self.import_volumes_action = action(self.tr("事例集を取り込む…"), self.import_volumes, SK.Open,
                                            fallback="Ctrl+O")
        self.remove_volumes_action = action(self.tr("取り込んだ事例集を削除…"), self.volumes.remove_dialog,
                                            "Ctrl+Shift+Del")
        self.quit_action = action(self.tr("終了"), self.close, SK.Quit, fallback="Ctrl+Q")
        self.about_action = action(self.tr("このアプリについて"), self.show_about, SK.HelpContents, fallback="F1")
        self.compare_action = action(self.tr("選んだ事例を比較…"), self.exporting.compare_selected, "Ctrl+Shift+C")
        self.compare_action.setToolTip(self.tr("Ctrl/Shift+クリックで2〜6件を選んで比較します"))
        self.export_cases_action = action(self.tr("書き出し…"), self.exporting.export, "Ctrl+E")
        self.meeting_pack_action = action(self.tr("会議資料を作成…"), self.exporting.meeting_pack, "Ctrl+Shift+M")
        self._update_history_actions()

    # -- filtering and selection -----------------------------------------------------------------------------

    def apply_filters(self) -> None:
        """Refilter the tree from the search panel, keeping the current case selected if it is still shown."""
        filters = self._filters = self.search_panel.filters()
        found = find_cases(self.library, filters, self.filter_context())
        cases = found.cases
        current = self.detail.case_id
        self.tree_model.set_cases(cases, found.note_hits)
        expand_groups(self.tree, self.tree_model)
        self.search_panel.set_count(len(cases), len(self.library))
        if cases:
            self.tree_stack.setCurrentWidget(self.tree)
        else:
            self.empty_state.show_filters(filters, len(self.library))
            self.tree_stack.setCurrentWidget(self.empty_state)
        self._query_timer.start()  # the detail pane's highlight (parsed once, by the search above)
        if current is not None:
            self._select_in_tree(current)
        self.detail.set_matches(current is None or self.tree_model.matches(current))
        self._counts_timer.start()
        self.near.filters_applied(cases)  # the map and the 近い団体 ranking follow the filters

    def _highlight_query(self) -> None:
        self.detail.set_query(self._filters.query)

    def filter_context(self) -> Context:
        """What the filters read from the bookmarks: star, status, note and contact log."""
        return Context.of(self.bookmarks.store)

    def _status_of(self, case_id: str) -> str | None:
        bm = self.bookmarks.get(case_id)
        return bm.status if bm is not None else None

    def facet_counts(self) -> dict[str, dict[str, int]]:
        """How many cases each facet value would show under the other filters (the search panel's counts)."""
        return all_facet_counts(self.library, self._filters, self.filter_context())

    def schedule_facet_counts(self) -> None:
        """Recount the search panel's checkboxes once typing pauses."""
        self._counts_timer.start()

    def _update_facet_counts(self) -> None:
        self.search_panel.set_facet_counts(self.facet_counts())

    def set_grouped(self, grouped: bool) -> None:
        """Category → subcategory → case, or every case in one list (「分類でまとめない」)."""
        current = self.detail.case_id
        self.tree_model.set_grouped(grouped)
        expand_groups(self.tree, self.tree_model)
        if current is not None:
            self._select_in_tree(current)

    def _select_in_tree(self, case_id: str) -> None:
        """Make the case the tree's current row, without the tree asking the window to show it again."""
        index = self.tree_model.reveal(case_id)  # a row even when it stood behind 「さらに n 件を表示」
        self._syncing_tree = True
        try:
            if index.isValid():
                if self.tree.currentIndex() != index:
                    self.tree.setCurrentIndex(index)
                self.tree.scrollTo(index)
            else:
                self.tree.selectionModel().clearSelection()
        finally:
            self._syncing_tree = False

    def select_first_match(self) -> None:
        index = self.tree_model.first_case_index()
        if not index.isValid():
            self.status(self.tr("該当する事例はありません。"))
            return
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        self.left_tabs.setCurrentIndex(0)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_tree_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        more = self.tree_model.show_more(current)  # 「さらに n 件を表示」 chosen: its first case is next
        if more.isValid():
            self.tree.setCurrentIndex(more)
            return
        if self._syncing_tree:
            return
        case_id = current.data(CaseIdRole) if current.isValid() else None
        if case_id:
            self.show_case(case_id)

    def show_case(self, case_id: str, *, record: bool = True) -> bool:
        """Show a case in the detail pane (and select it in the tree when it is shown there)."""
        case = self.library.get(case_id)
        if case is None:
            self.status(self.tr("事例 {id} はライブラリにありません。").format(id=case_id))
            return False
        self.detail.set_case(case)
        self.detail.set_matches(self.tree_model.matches(case_id))
        if record:
            self.history.visit(case_id)
        self._update_history_actions()
        self._select_in_tree(case_id)
        self.setWindowTitle(self.tr("{org}｜{id} — DX事例ブラウザ").format(org=case.organization, id=case.id))
        return True

    def focus_search(self) -> None:
        self.left_tabs.setCurrentIndex(0)
        self.search_panel.focus_search()

    # -- history ---------------------------------------------------------------------------------------------

    def go_back(self) -> None:
        case_id = self.history.back()
        if case_id is not None:
            self.show_case(case_id, record=False)

    def go_forward(self) -> None:
        case_id = self.history.forward()
        if case_id is not None:
            self.show_case(case_id, record=False)

    def _update_history_actions(self) -> None:
        self.back_action.setEnabled(self.history.can_back())
        self.forward_action.setEnabled(self.history.can_forward())

    # -- bookmarks -------------------------------------------------------------------------------------------

    def toggle_bookmark(self, case_id: str | None = None) -> None:
        """Bookmark or un-bookmark a case (the current one by default): gui/bookmark_actions.py."""
        self.bookmarking.toggle(case_id)

    def case_context_menu(self, index: QModelIndex) -> QMenu | None:
        """The tree's context menu for a case row (None for category rows)."""
        return self.bookmarking.case_context_menu(index)

    def import_volumes(self) -> None:
        self.volumes.import_chosen()  # in the background; the tree and the filters follow library_model.changed

    def _on_library_changed(self) -> None:
        """The cases changed (an import here or in another process): refilter, and re-show the case being read."""
        self.bookmarks.follow_library(self.library)  # renumbered or removed cases: bookmarks follow their keys
        self.volumes.update_status()
        self.search_panel.set_prefectures(self.library_model.prefectures())
        self.bookmarks_view.refresh()  # a bookmarked case's title or organization may have changed
        current = self.detail.case_id
        if current is not None:
            case = self.library.get(current)
            self.detail.set_case(case, refresh=True)
        self.apply_filters()

    # -- messages --------------------------------------------------------------------------------------------

    def status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)

    def show_storage_error(self, message: str) -> None:
        """A write failed: say so in the status bar, and in a dialog unless it is the same message again."""
        self.statusBar().showMessage(message)
        if message != self._last_error:
            self._last_error = message
            QMessageBox.warning(self, self.tr("保存できませんでした"), plain(message))

    def startup_problems(self) -> list[str]:
        """Messages the user should see once the window is up (damaged files restored at open)."""
        return [m for m in (self.library.recovered, self.bookmarks.recovered) if m]

    def report_startup_problems(self, dialogs: bool = True) -> None:
        """Read-only bookmarks in the status bar; restored files in the status bar and (`dialogs`) a dialog."""
        report_problems(self, self._read_only_label, dialogs)

    def show_about(self) -> None:
        from gui.about import show_about  # the licences are read when asked for

        show_about(self, self.library.cases())

    # -- settings and events -----------------------------------------------------------------------------------

    def save_settings(self) -> None:
        save_session(self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._first_show:
            self._first_show = False
            if self.pending_splitter is not None:
                self.splitter.restoreState(self.pending_splitter)
            else:  # first run: about a third for the list, whatever the screen allows the window
                width = self.splitter.width()
                self.splitter.setSizes([int(width * 0.36), width - int(width * 0.36)])
            self.start.after_first_show()

    def changeEvent(self, event: QEvent) -> None:
        # Another window of the app or the CLI may have saved bookmarks or imported a volume meanwhile.
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.bookmarks.reload()
            self.library_model.reload_if_changed()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.detail.flush_note()
        self.save_settings()
        super().closeEvent(event)
