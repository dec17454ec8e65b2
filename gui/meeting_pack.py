"""印刷 → 会議資料を作成…: the options (title, notes and status, the contact log, interviews in full or shortened,
the order of the cases) and then the print preview of the meeting pack (printing/meeting_pack.py)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from gui.window_geometry import resize_within_screen
from model.case import Case
from model.export.print_html import PackOptions
from model.fields import label

CaseRole = Qt.ItemDataRole.UserRole + 5


class MeetingPackDialog(QDialog):
    def __init__(self, cases: Sequence[Case], organization: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("会議資料を作成"))
        self.organization = organization
        self.title_edit = QLineEdit(self.tr("DX推進事例の検討資料"))
        self.title_edit.setObjectName("packTitle")
        self.include_user = QCheckBox(self.tr("メモと状態を含める"))
        self.include_user.setChecked(True)
        self.include_log = QCheckBox(self.tr("連絡記録を含める"))
        self.include_log.setObjectName("packIncludeLog")
        self.shortened = QRadioButton(self.tr("インタビューの回答を短くする（1事例2ページまで）"))
        self.full = QRadioButton(self.tr("インタビューの回答を全文で載せる"))
        self.shortened.setChecked(True)
        self.case_list = QListWidget()
        self.case_list.setDragDropMode(QListWidget.DragDropMode.InternalMove)  # drag to reorder
        for case in cases:
            item = QListWidgetItem(f"{case.id}  {case.organization}  {case.title}")
            item.setData(CaseRole, case)
            self.case_list.addItem(item)
        self.case_list.setCurrentRow(0)
        up = QPushButton(self.tr("上へ"))
        up.clicked.connect(lambda: self._move(-1))
        down = QPushButton(self.tr("下へ"))
        down.clicked.connect(lambda: self._move(1))
        order = QHBoxLayout()
        order.addWidget(up)
        order.addWidget(down)
        order.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("表題"), self.title_edit)
        form.addRow("", self.include_user)
        form.addRow("", self.include_log)
        form.addRow(label("interview"), self.shortened)
        form.addRow("", self.full)
        form.addRow(self.tr("事例の順序"), self.case_list)
        form.addRow("", order)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("プレビュー…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.title_edit.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        resize_within_screen(self, QSize(640, 480), parent)

    def _move(self, step: int) -> None:
        row = self.case_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.case_list.count():
            return
        item = self.case_list.takeItem(row)
        self.case_list.insertItem(target, item)
        self.case_list.setCurrentRow(target)

    def cases(self) -> list[Case]:
        return [self.case_list.item(i).data(CaseRole) for i in range(self.case_list.count())]

    def options(self) -> PackOptions:
        return PackOptions(self.title_edit.text().strip(), self.organization, self.include_user.isChecked(),
                           self.full.isChecked(), self.include_log.isChecked())
