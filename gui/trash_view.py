"""ゴミ箱: what was removed (bookmarks with their note, status, collections and log; collections with their members),
most recent first. 元に戻す restores the selected entries; ゴミ箱を空にする asks first and deletes for good.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.bookmark_model import BookmarkModel
from gui.collections_view import ask
from gui.plain import note_preview, plain_tooltip
from model.case import Case
from model.fields import label

KeyRole = Qt.ItemDataRole.UserRole + 20


def _when(stamp: str) -> str:
    return stamp[:16].replace("T", " ")


class TrashView(QWidget):
    def __init__(self, bookmarks: BookmarkModel, lookup: Callable[[str], Case | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bookmarks = bookmarks
        self._lookup = lookup
        self.tree = QTreeWidget()
        self.tree.setObjectName("trashList")
        self.tree.setAccessibleName(self.tr("ゴミ箱"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setHeaderLabels([self.tr("削除日時"), self.tr("種類"), self.tr("内容"), label("note")])
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemActivated.connect(lambda _item, _col: self.restore_selected())
        self.restore_button = QPushButton(self.tr("選んだものを戻す"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button = QPushButton(self.tr("ゴミ箱を空にする…"))
        self.empty_button.clicked.connect(self.empty)
        self.empty_label = QLabel(self.tr("ゴミ箱は空です。"))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.empty_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        bookmarks.reset.connect(self.refresh)
        bookmarks.changed.connect(lambda _id: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        self.tree.clear()
        for entry in self._bookmarks.trash():
            if entry.bookmark is not None:
                bm = entry.bookmark
                case = self._lookup(bm.case_id)
                what = f"{bm.case_id}  {case.title}" if case else bm.case_id
                row = [_when(entry.removed_at), self.tr("ブックマーク"), what, note_preview(bm.note)]
                tip = f"{what}\n{bm.status_label}\n\n{bm.note}"
                key = ("bookmark", bm.case_id)
            else:
                row = [_when(entry.removed_at), self.tr("コレクション"), entry.name,
                       self.tr("{n}件").format(n=len(entry.members))]
                tip = entry.name
                key = ("collection", entry.name)
            item = QTreeWidgetItem(row)
            item.setData(0, KeyRole, key)
            for col in range(len(row)):
                item.setToolTip(col, plain_tooltip(tip))
            self.tree.addTopLevelItem(item)
        for col in range(3):
            self.tree.resizeColumnToContents(col)
        has_any = self.tree.topLevelItemCount() > 0
        self.tree.setVisible(has_any)
        self.empty_label.setVisible(not has_any)
        self.empty_button.setEnabled(has_any and not self._bookmarks.read_only)
        self._update_buttons()

    def entries(self) -> list[tuple[str, str]]:
        items = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        return [item.data(0, KeyRole) for item in items if item is not None]

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.tree.selectedItems()) and not self._bookmarks.read_only)

    def restore_selected(self) -> None:
        keys = [item.data(0, KeyRole) for item in self.tree.selectedItems()]
        case_ids = [name for kind, name in keys if kind == "bookmark"]
        if case_ids:
            self._bookmarks.restore(case_ids)
        for kind, name in keys:
            if kind == "collection":
                self._bookmarks.restore_collection(name)

    def empty(self) -> None:
        count = len(self._bookmarks.trash())
        if count and ask(self, self.tr("ゴミ箱を空にする"), self.tr(
                "ゴミ箱の {n} 件を完全に削除しますか？\nメモ・状態・連絡記録も消え、元に戻せません。").format(n=count)):
            self._bookmarks.empty_trash()
