"""The collections list beside the bookmarks: すべて, each collection with its size, and ゴミ箱.

Selecting an entry emits `selected(kind, name)` with kind "all", "collection" or "trash". Collections are created,
renamed and deleted here (buttons, context menu, F2 and Delete); deleting asks first and moves the collection to the
trash (undoable); its bookmarks stay. A collection's cases are printed, exported, compared or taken to a meeting
pack from its context menu or the 「使う」 button: the view emits `actionRequested(action, name)` with action one of
ACTIONS, and gui/export_actions.py runs it.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui import file_dialogs
from gui.bookmark_model import BookmarkModel

ACTIONS = ("print", "export", "compare", "pack")
KindRole = Qt.ItemDataRole.UserRole + 10
NameRole = Qt.ItemDataRole.UserRole + 11


class _List(QListWidget):
    deletePressed = Signal()
    renamePressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete:
            self.deletePressed.emit()
        elif event.key() == Qt.Key.Key_F2:
            self.renamePressed.emit()
        else:
            super().keyPressEvent(event)


class CollectionsView(QWidget):
    selected = Signal(str, str)  # kind, name
    actionRequested = Signal(str, str)  # one of ACTIONS, the collection's name

    def __init__(self, bookmarks: BookmarkModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bookmarks = bookmarks
        self.list = _List()
        self.list.setObjectName("collectionsList")
        self.list.setAccessibleName(self.tr("コレクション"))
        self.list.setIconSize(QSize(16, 16))
        self.list.currentItemChanged.connect(self._on_current)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.deletePressed.connect(self.delete_current)
        self.list.renamePressed.connect(self.rename_current)
        self.new_button = QToolButton()
        self.new_button.setText(self.tr("＋ 新しいコレクション"))
        self.new_button.clicked.connect(lambda: self.new_collection())
        self.rename_button = QToolButton()
        self.rename_button.setText(self.tr("名前を変更"))
        self.rename_button.clicked.connect(self.rename_current)
        self.delete_button = QToolButton()
        self.delete_button.setText(self.tr("削除"))
        self.delete_button.clicked.connect(self.delete_current)
        self.use_button = QToolButton()
        self.use_button.setText(self.tr("使う"))
        self.use_button.setToolTip(self.tr("このコレクションを印刷・書き出し・比較・会議資料に"))
        self.use_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.use_menu = QMenu(self)
        self.use_menu.aboutToShow.connect(lambda: self._fill_use_menu(self.use_menu))
        self.use_button.setMenu(self.use_menu)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for b in (self.new_button, self.use_button, self.rename_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        bookmarks.changed.connect(lambda _id: self.refresh())
        bookmarks.reset.connect(self.refresh)
        self.refresh()

    def current(self) -> tuple[str, str]:
        item = self.list.currentItem()
        return (item.data(KindRole), item.data(NameRole)) if item is not None else ("all", "")

    def names(self) -> list[str]:
        return [self.list.item(i).data(NameRole) for i in range(self.list.count())
                if self.list.item(i).data(KindRole) == "collection"]

    def refresh(self) -> None:
        kind, name = self.current()
        self.list.blockSignals(True)
        self.list.clear()
        entries = [("all", "", self.tr("すべてのブックマーク ({n})").format(n=len(self._bookmarks.all())))]
        entries += [("collection", c, f"{c} ({len(self._bookmarks.members(c))})")
                    for c in self._bookmarks.collections()]
        entries.append(("trash", "", self.tr("ゴミ箱 ({n})").format(n=len(self._bookmarks.trash()))))
        chosen = 0
        for i, (k, n, text) in enumerate(entries):
            item = QListWidgetItem(("★ " if k == "all" else "") + text)
            if k != "all":
                pixmap = QStyle.StandardPixmap.SP_TrashIcon if k == "trash" else QStyle.StandardPixmap.SP_DirIcon
                item.setIcon(self.style().standardIcon(pixmap))
            item.setData(KindRole, k)
            item.setData(NameRole, n)
            self.list.addItem(item)
            if (k, n) == (kind, name):
                chosen = i
        self.list.setCurrentRow(chosen)
        self.list.blockSignals(False)
        self._update_buttons()
        if entries[chosen][:2] != (kind, name):
            self.selected.emit(*entries[chosen][:2])  # the collection shown went away (deleted elsewhere)

    def select(self, kind: str, name: str = "") -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if (item.data(KindRole), item.data(NameRole)) == (kind, name):
                self.list.setCurrentRow(i)

    def _on_current(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        self._update_buttons()
        if current is not None:
            self.selected.emit(current.data(KindRole), current.data(NameRole))

    def _update_buttons(self) -> None:
        is_collection = self.current()[0] == "collection"
        writable = not self._bookmarks.read_only
        self.use_button.setEnabled(is_collection)
        self.rename_button.setEnabled(is_collection and writable)
        self.delete_button.setEnabled(is_collection and writable)
        self.new_button.setEnabled(writable)

    def _context_menu(self, pos: QPoint) -> None:
        item = self.list.itemAt(pos)
        menu = QMenu(self)
        menu.addAction(self.tr("新しいコレクション…"), lambda: self.new_collection())
        if item is not None and item.data(KindRole) == "collection":
            self.list.setCurrentItem(item)
            menu.addSeparator()
            self._fill_use_menu(menu)
            menu.addSeparator()
            menu.addAction(self.tr("名前を変更…"), self.rename_current)
            menu.addAction(self.tr("このコレクションを書き出す…"), self.export_current)
            menu.addAction(self.tr("削除…"), self.delete_current)
        menu.exec(self.list.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _fill_use_menu(self, menu: QMenu) -> None:
        """The commands on the current collection's cases (the context menu and the 「使う」 button)."""
        if menu is self.use_menu:
            menu.clear()
        texts = {"print": self.tr("印刷プレビュー…"), "export": self.tr("Excel・CSV・JSON に書き出す…"),
                 "compare": self.tr("比較…"), "pack": self.tr("会議資料を作成…")}
        for action in ACTIONS:
            menu.addAction(texts[action], functools.partial(self.request, action))

    def request(self, action: str) -> None:
        """Ask for `action` (one of ACTIONS) on the collection selected."""
        kind, name = self.current()
        if kind == "collection":
            self.actionRequested.emit(action, name)

    def new_collection(self, name: str | None = None) -> str | None:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("新しいコレクション"), self.tr("名前（例: 12月課長会議）:"))
            if not ok:
                return None
        created = self._bookmarks.create_collection(name)
        if created:
            self.select("collection", created)
        return created

    def export_current(self) -> None:
        """Write the collection as a reading list for a colleague (the same format as exporting all)."""
        kind, name = self.current()
        if kind != "collection":
            return
        path = file_dialogs.save_file(self, file_dialogs.BOOKMARKS, self.tr("コレクションを書き出す"),
                                      f"{_file_safe(name)}.json", self.tr("リーディングリスト (*.json)"), ".json")
        if path:
            self._bookmarks.export(path, name)

    def rename_current(self) -> None:
        kind, old = self.current()
        if kind != "collection":
            return
        new, ok = QInputDialog.getText(self, self.tr("コレクションの名前を変更"), self.tr("新しい名前:"),
                                       QLineEdit.EchoMode.Normal, old)
        if ok and new.strip() and new.strip() != old:
            renamed = self._bookmarks.rename_collection(old, new)
            if renamed:
                self.select("collection", renamed)

    def delete_current(self) -> None:
        kind, name = self.current()
        if kind != "collection":
            return
        if ask(self, self.tr("コレクションを削除"),
               self.tr("コレクション「{name}」を削除しますか？\nブックマーク自体は残ります。"
                       "ゴミ箱から、または Ctrl+Z で元に戻せます。").format(name=name)):
            self._bookmarks.remove_collection(name)


def _file_safe(name: str) -> str:
    return "".join("_" if ch in '\\/:*?"<>|' else ch for ch in name).strip(". ") or "collection"


def ask(parent: QWidget, title: str, text: str) -> bool:
    """A yes/cancel question shown as plain text (names and notes are never markup)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes
