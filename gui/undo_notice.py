"""元に戻す for removed bookmarks and collections: a message with a button in the status bar, and Ctrl+Z.

`install(window, bookmarks)` adds both to a main window. The notice appears when something goes to the trash and
hides itself after a while or once undone. Ctrl+Z is a window shortcut, so in the note editor or another text field
it still undoes typing there (a focused text widget takes its own Ctrl+Z first).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QPushButton, QWidget

from gui.bookmark_model import BookmarkModel

NOTICE_MS = 15_000


class UndoNotice(QWidget):
    def __init__(self, bookmarks: BookmarkModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bookmarks = bookmarks
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton(self.tr("元に戻す"))
        self.button.setObjectName("undoButton")
        self.button.setToolTip(self.tr("ゴミ箱へ移したものを元に戻します (Ctrl+Z)"))
        self.button.clicked.connect(self._undo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(NOTICE_MS)
        self._timer.timeout.connect(self.hide)
        bookmarks.undoable.connect(self.show_message)
        bookmarks.undone.connect(self._on_undone)
        self.setVisible(False)

    def show_message(self, message: str) -> None:
        self.label.setText(message)
        self.button.setVisible(True)
        self.setVisible(True)
        self._timer.start()

    def _undo(self) -> None:
        self._bookmarks.undo()

    def _on_undone(self, message: str) -> None:
        self.label.setText(message)
        self.button.setVisible(self._bookmarks.can_undo())
        self._timer.start()


def install(window: QMainWindow, bookmarks: BookmarkModel) -> QAction:
    """Put the undo notice in `window`'s status bar and give the window a Ctrl+Z 元に戻す action."""
    notice = UndoNotice(bookmarks, window)
    notice.setObjectName("undoNotice")
    window.statusBar().addPermanentWidget(notice)
    action = QAction(QCoreApplication.translate("UndoNotice", "元に戻す"), window)
    action.setObjectName("undoAction")
    action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo) or [QKeySequence("Ctrl+Z")])
    action.triggered.connect(bookmarks.undo)
    window.addAction(action)
    return action
