"""The window's action factory, and its menu bar and toolbar.

`WindowMenus.action` makes an action with its shortcut (a platform binding with a usual fallback) that works even
when the menu bar is hidden; the window names its actions (MainWindow._make_actions, its public `*_action`
attributes) and `build` lays them out in the menus and the toolbar. gui/near_actions.py adds its entries to the
menus made here, by title.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPixmap

if TYPE_CHECKING:
    from gui.main_window import MainWindow


class WindowMenus(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def action(self, text: str, slot: object, shortcut: QKeySequence.StandardKey | str | None = None,
               fallback: str | None = None) -> QAction:
        window = self.window
        action = QAction(text, window)
        if isinstance(shortcut, str):
            action.setShortcut(QKeySequence(shortcut))
        elif shortcut is not None:
            # Platform themes without a binding (Quit outside KDE/GNOME) get the usual one.
            keys = QKeySequence.keyBindings(shortcut)
            action.setShortcuts(keys or [QKeySequence(fallback or "")])
        action.setShortcutVisibleInContextMenu(True)
        action.triggered.connect(slot)
        window.addAction(action)  # shortcuts work even when the menu bar is hidden
        return action

    def build(self) -> None:
        """The menu bar and the toolbar, from the window's actions."""
        w = self.window
        menus: list[tuple[str, list[QAction | None]]] = [
            (self.tr("ファイル(&F)"), [w.preview_action, w.print_action, w.pdf_action, None,
                                      w.print_bookmarks_action, w.pdf_bookmarks_action, None,
                                      w.export_cases_action, w.import_volumes_action,
                                      w.remove_volumes_action, None, w.quit_action]),
            (self.tr("検索(&S)"), [w.find_action]),
            (self.tr("表示(&V)"), list(w.detail.tab_actions)),  # Ctrl+1…Ctrl+5: the detail tabs
            (self.tr("移動(&G)"), [w.back_action, w.forward_action]),
            (self.tr("ブックマーク(&B)"), [w.bookmark_action, w.undo_action, None, w.export_action,
                                          w.import_action]),
            (self.tr("印刷(&P)"), [w.compare_action, w.meeting_pack_action]),
            (self.tr("ヘルプ(&H)"), [w.about_action]),
        ]
        bar = w.menuBar()
        for title, actions in menus:
            menu = bar.addMenu(title)
            for action in actions:
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)

        tools = w.addToolBar(self.tr("ツールバー"))
        tools.setObjectName("mainToolBar")
        tools.setMovable(False)
        tools.addAction(w.back_action)
        tools.addAction(w.forward_action)
        tools.addSeparator()
        tools.addAction(w.bookmark_action)
        tools.addAction(w.preview_action)
        # Blank icons of the toolbar's size until `arrow_icons`: the buttons keep their place and shape.
        blank = QPixmap(tools.iconSize())
        blank.fill(Qt.GlobalColor.transparent)
        w.back_action.setIcon(QIcon(blank))
        w.forward_action.setIcon(QIcon(blank))

    def arrow_icons(self) -> None:
        """The style's arrows on 戻る and 進む. Start-up time: QStyle's ~600 enum members take ~9 ms to load, so the
        staged window asks for them after its first paint (both arrows are greyed out then: no history yet)."""
        from PySide6.QtWidgets import QStyle

        w = self.window
        w.back_action.setIcon(w.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        w.forward_action.setIcon(w.style().standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
