"""The main window's start-up in stages: what the first paint does not show is built right after it.

`MainWindow.__init__` builds what the first paint shows (menus and every action with its shortcut, toolbar,
search panel, tree, detail pane, empty pages for the ブックマーク and 近い団体 tabs); `StagedStart.finish` the rest
(the bookmarks tab, the map and the 近い団体 tab, the toolbar's arrows, 「取り込んだ版を使用中」), and
`StagedStart.idle` prepares search (the stored search text, then the bigram index) in frame-sized slices while the
user reads, so that the first keystroke at 10,000 cases does not wait for it. Both start once the window has been
painted (`after_first_paint`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox, QTabWidget, QWidget

from gui.plain import plain

if TYPE_CHECKING:
    from gui.main_window import MainWindow


class StagedStart:
    """The later stages of one window's start-up."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.finished = False  # `finish` has run
        self.idle = QTimer(window)
        self.idle.setInterval(0)
        self.idle.timeout.connect(self._prepare_search_slice)

    def finish(self) -> None:
        """Build what the first paint does not show (once)."""
        if self.finished:
            return
        self.finished = True
        w = self.window
        w.menus.arrow_icons()
        from gui.bookmarks_view import BookmarksView  # start-up time: its modules load after the first paint

        view = BookmarksView(w.bookmarks, w.library.get)
        view.caseActivated.connect(w.show_case)
        w.set_bookmarks_view(view)
        w.exporting.attach_bookmarks_view(view, [w.compare_action, w.meeting_pack_action])
        w.near.build()
        w.volumes.update_status()  # 「取り込んだ版を使用中」 (~7 ms at 10,000 cases)

    def after_first_show(self) -> None:
        """Called by the window's first showEvent: the later stages follow its first paint."""
        self.after_first_paint(self.idle.start)
        self.after_first_paint(self.finish)  # installed last, run first: before the search slices

    def after_first_paint(self, then: Callable[[], object]) -> None:
        """Run `then` once the window has been painted for the first time, tree and detail pane included (idle
        work and the parts of the window not on screen must not delay the first paint). The window itself is
        watched, not the tree: the tree is not painted while another left tab is current. Two hops of the event
        loop: the first frame is out and whatever else waited for that paint (the --startup-report line) has run."""

        class _Once(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    watched.removeEventFilter(self)
                    # After the whole frame (the window is painted before its children), then once more.
                    QTimer.singleShot(0, lambda: QTimer.singleShot(0, then))
                    self.deleteLater()
                return False

        self.window.installEventFilter(_Once(self.window))

    def _prepare_search_slice(self) -> None:
        # The search text first (250 cases a turn), then the bigram index that speeds search up (32 texts a turn).
        library = self.window.library
        if library.prepare_search(250) and library.prepare_index(32):
            self.idle.stop()


def replace_tab(tabs: QTabWidget, placeholder: QWidget, widget: QWidget) -> None:
    """Put `widget` where the empty `placeholder` page held its tab (same title, same place, same current tab)."""
    index = tabs.indexOf(placeholder)
    current = tabs.currentIndex()
    title = tabs.tabText(index)
    tabs.removeTab(index)
    tabs.insertTab(index, widget, title)
    tabs.setCurrentIndex(current)
    placeholder.deleteLater()


def report_problems(window: MainWindow, read_only_label: QLabel, dialogs: bool) -> None:
    """What the user should know once the window is up: bookmarks that cannot be saved, files restored at open."""
    if window.bookmarks.read_only:
        read_only_label.setText(
            QCoreApplication.translate("MainWindow", "読み取り専用: ブックマークの変更は保存できません"))
        read_only_label.setVisible(True)
        window.bookmark_action.setEnabled(False)
    problems = window.startup_problems()
    if not problems:
        return
    window.statusBar().showMessage(problems[-1])
    if dialogs:
        QMessageBox.information(window, QCoreApplication.translate("MainWindow", "ファイルを復元しました"),
                                plain("\n\n".join(problems)))
