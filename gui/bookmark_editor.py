"""The bookmark's working-set fields in the detail pane, under the note: status, collections and the contact log.

The status is a combo box (saved at once); the collections are listed with a button to add the case to one; the
contact log shows dated entries, newest last, with a row to add one (date defaults to today, editable; free text)
and a context menu to delete one. Everything is plain text. Hidden while the case is not bookmarked.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.bookmark_model import BookmarkModel
from gui.bookmark_table_model import STATUS_COLORS
from gui.plain import plain_tooltip
from model.bookmarks import MAX_LOG_TEXT_CHARS, STATUSES, LogEntry, status_label
from model.fields import label

EntryRole = Qt.ItemDataRole.UserRole + 30
LOG_ROWS_SHOWN = 3


class BookmarkEditor(QWidget):
    def __init__(self, bookmarks: BookmarkModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bookmarks = bookmarks
        self._case_id: str | None = None

        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statusCombo")
        self.status_combo.setAccessibleName(label("status"))
        for key in STATUSES:
            self.status_combo.addItem(status_label(key), key)
        self.status_combo.activated.connect(self._on_status)
        self.collections_label = QLabel()
        self.collections_label.setTextFormat(Qt.TextFormat.PlainText)
        self.collections_label.setWordWrap(True)
        self.collection_button = QToolButton()
        self.collection_button.setText(self.tr("コレクションに追加"))
        self.collection_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.collection_menu = QMenu(self.collection_button)
        self.collection_menu.aboutToShow.connect(self._fill_collection_menu)
        self.collection_button.setMenu(self.collection_menu)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(QLabel(label("status")))
        top.addWidget(self.status_combo)
        top.addSpacing(12)
        top.addWidget(self.collections_label, 1)
        top.addWidget(self.collection_button)

        self.log_list = QTreeWidget()
        self.log_list.setObjectName("contactLog")
        self.log_list.setAccessibleName(label("log"))
        self.log_list.setRootIsDecorated(False)
        self.log_list.setUniformRowHeights(True)
        self.log_list.setHeaderLabels([self.tr("日付"), label("log")])
        self.log_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.log_list.customContextMenuRequested.connect(self._log_menu)
        rows = self.log_list.fontMetrics().lineSpacing() + 6
        self.log_list.setFixedHeight(rows * (LOG_ROWS_SHOWN + 1) + 6)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setObjectName("logDate")
        self.date_edit.setAccessibleName(self.tr("日付"))
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setCalendarPopup(True)
        self.log_text = QLineEdit()
        self.log_text.setObjectName("logText")
        self.log_text.setAccessibleName(self.tr("連絡記録を追加"))
        self.log_text.setMaxLength(MAX_LOG_TEXT_CHARS)
        self.log_text.setPlaceholderText(self.tr("連絡記録を追加（例: 電話で総務課に照会、資料送付の約束）"))
        self.log_text.returnPressed.connect(self.add_entry)
        self.add_button = QPushButton(self.tr("記録する"))
        self.add_button.clicked.connect(self.add_entry)
        add_row = QHBoxLayout()
        add_row.setContentsMargins(0, 0, 0, 0)
        add_row.addWidget(self.date_edit)
        add_row.addWidget(self.log_text, 1)
        add_row.addWidget(self.add_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.log_list)
        layout.addLayout(add_row)
        bookmarks.changed.connect(self._on_changed)
        bookmarks.reset.connect(self.refresh)
        self.setVisible(False)

    def set_case_id(self, case_id: str | None) -> None:
        if case_id != self._case_id:
            self.log_text.clear()
            self.date_edit.setDate(QDate.currentDate())
        self._case_id = case_id
        self.refresh()

    def _on_changed(self, case_id: str) -> None:
        if case_id == self._case_id:
            self.refresh()

    def refresh(self) -> None:
        bm = self._bookmarks.get(self._case_id) if self._case_id else None
        self.setVisible(bm is not None)
        if bm is None:
            return
        writable = not self._bookmarks.read_only
        self.status_combo.setCurrentIndex(STATUSES.index(bm.status))
        background, foreground = STATUS_COLORS[bm.status]
        self.status_combo.setStyleSheet(f"QComboBox {{ background: {background}; color: {foreground}; }}")
        names = "、".join(bm.collections)
        self.collections_label.setText(self.tr("コレクション: {names}").format(names=names) if names
                                       else self.tr("コレクション: なし"))
        self.log_list.clear()
        for entry in bm.log:
            first = entry.text.split("\n", 1)[0]
            item = QTreeWidgetItem([entry.date, first])
            item.setData(0, EntryRole, entry)
            item.setToolTip(1, plain_tooltip(entry.text))
            self.log_list.addTopLevelItem(item)
        self.log_list.resizeColumnToContents(0)
        last = self.log_list.topLevelItem(len(bm.log) - 1) if bm.log else None
        if last is not None:
            self.log_list.scrollToItem(last)
        for widget in (self.status_combo, self.collection_button, self.log_text, self.add_button, self.date_edit):
            widget.setEnabled(writable)

    def entries(self) -> list[tuple[str, str]]:
        items = [self.log_list.topLevelItem(i) for i in range(self.log_list.topLevelItemCount())]
        return [(item.text(0), item.text(1)) for item in items if item is not None]

    def _on_status(self, index: int) -> None:
        if self._case_id is not None:
            self._bookmarks.set_status([self._case_id], self.status_combo.itemData(index))

    def add_entry(self) -> None:
        text = self.log_text.text().strip()
        if self._case_id is None or not text:
            return
        day = self.date_edit.date().toString("yyyy-MM-dd")
        if self._bookmarks.add_log(self._case_id, text, day) is not None:
            self.log_text.clear()

    def _log_menu(self, pos: QPoint) -> None:
        item = self.log_list.itemAt(pos)
        if item is None or self._case_id is None or self._bookmarks.read_only:
            return
        entry: LogEntry = item.data(0, EntryRole)
        case_id = self._case_id
        menu = QMenu(self)
        menu.addAction(self.tr("この記録を削除"), lambda: self._bookmarks.remove_log_entry(case_id, entry))
        menu.exec(self.log_list.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _fill_collection_menu(self) -> None:
        self.collection_menu.clear()
        bm = self._bookmarks.get(self._case_id) if self._case_id else None
        if bm is None:
            return
        for name in self._bookmarks.collections():
            action = self.collection_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(name in bm.collections)
            action.toggled.connect(lambda on, n=name, c=bm.case_id: self._toggle_collection(n, c, on))
        self.collection_menu.addSeparator()
        self.collection_menu.addAction(self.tr("新しいコレクション…"), self._new_collection)

    def _toggle_collection(self, name: str, case_id: str, on: bool) -> None:
        if on:
            self._bookmarks.add_to_collection(name, [case_id])
        else:
            self._bookmarks.remove_from_collection(name, [case_id])

    def _new_collection(self) -> None:
        if self._case_id is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("新しいコレクション"), self.tr("名前（例: 12月課長会議）:"))
        if ok:
            self._bookmarks.add_to_collection(name, [self._case_id])
