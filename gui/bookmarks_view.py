"""The 「ブックマーク」 tab of the left pane: bookmarked cases in the order added, each with its note's first line.

Bookmarks are few (a reading list), so the list is rebuilt on every change. Double-click or Enter on a row emits
`caseActivated(case_id)`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from gui.bookmark_model import BookmarkModel
from model.case import Case

NOTE_PREVIEW_CHARS = 60
CaseIdRole = Qt.ItemDataRole.UserRole + 2


class BookmarksView(QWidget):
    caseActivated = Signal(str)

    def __init__(self, bookmarks: BookmarkModel, lookup: Callable[[str], Case | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bookmarks = bookmarks
        self._lookup = lookup
        self.list = QListWidget()
        self.list.setObjectName("bookmarkList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(3)  # three-line entries need air between them to read as separate items
        self.list.itemActivated.connect(self._on_activated)
        self.empty_label = QLabel(self.tr("ブックマークはまだありません。\n事例を開いて Ctrl+D か ☆ で追加できます。"))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label)
        self.hint_label = QLabel(self.tr("ダブルクリックか Enter で事例を開きます。メモは右側で編集できます。"))
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color: #555555;")
        layout.addWidget(self.hint_label)
        bookmarks.changed.connect(self.refresh)
        bookmarks.reset.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        current = self.current_case_id()
        self.list.clear()
        for bm in self._bookmarks.all():
            case = self._lookup(bm.case_id)
            if case is not None:
                text = f"★ {case.id}  {case.organization}\n{case.title}"
            else:
                text = self.tr("★ {id}  （ライブラリにない事例）").format(id=bm.case_id)
            note = bm.note.strip().splitlines()[0] if bm.note.strip() else ""
            if note:
                if len(note) > NOTE_PREVIEW_CHARS:
                    note = note[:NOTE_PREVIEW_CHARS] + "…"
                text += "\n" + self.tr("メモ: {note}").format(note=note)
            item = QListWidgetItem(text)
            item.setData(CaseIdRole, bm.case_id)
            item.setToolTip(bm.note or text)
            self.list.addItem(item)
            if bm.case_id == current:
                self.list.setCurrentItem(item)
        has_any = self.list.count() > 0
        self.list.setVisible(has_any)
        self.hint_label.setVisible(has_any)
        self.empty_label.setVisible(not has_any)

    def current_case_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(CaseIdRole) if item is not None else None

    def case_ids(self) -> list[str]:
        return [self.list.item(i).data(CaseIdRole) for i in range(self.list.count())]

    def _on_activated(self, item: QListWidgetItem) -> None:
        self.caseActivated.emit(item.data(CaseIdRole))
