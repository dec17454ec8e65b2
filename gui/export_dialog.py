"""ファイル → 書き出し…: what to export (the list on screen, the bookmarks, a collection, the whole library), in
which format, to which file. The bytes come from model.export.sheets; the write is atomic (model.export.output).

Measured at 10,000 cases on the shared 2-core machine: XLSX 3.5 s, CSV 0.6 s (13 cases: 8 ms), so the file is
written on a worker thread with progress and cancel (gui/export_worker.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gui import file_dialogs
from gui.export_worker import ExportRun, start_export
from model.case import Case
from model.export.table import UserData

FORMATS = ("xlsx", "csv", "json")
MAX_SCOPES_UNSCROLLED = 8


Scope = tuple[str, list[Case]]  # what the user reads (e.g. 「コレクション: 12月課長会議」) and its cases


class ExportDialog(QDialog):
    """Choose the scope and the format. `scopes`: (label, cases) pairs; `current` the one selected first
    (an index into `scopes`)."""

    def __init__(self, scopes: Sequence[Scope], current: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("書き出し"))
        self.scopes = list(scopes)
        self.group = QButtonGroup(self)
        form = QFormLayout()
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        for i, (label, cases) in enumerate(self.scopes):
            text = self.tr("{scope}（{count}件）").format(scope=label, count=len(cases))
            radio = QRadioButton(text.replace("&", "&&"))  # a collection name is never a shortcut
            radio.setEnabled(bool(cases))
            self.group.addButton(radio, i)
            box.addWidget(radio)
        start = current if self.scopes[current][1] else next((i for i, s in enumerate(self.scopes) if s[1]), 0)
        button = self.group.button(start)
        if button is not None:
            button.setChecked(True)
        if len(self.scopes) > MAX_SCOPES_UNSCROLLED:  # many collections: the dialog stays on the screen
            area = QScrollArea()
            area.setWidget(holder)
            area.setWidgetResizable(True)
            area.setMinimumHeight(MAX_SCOPES_UNSCROLLED * holder.sizeHint().height() // len(self.scopes))
            form.addRow(QLabel(self.tr("対象")), area)
        else:
            form.addRow(QLabel(self.tr("対象")), holder)
        self.format_combo = QComboBox()
        self.format_combo.addItem(self.tr("Excel ブック (.xlsx)"), "xlsx")
        self.format_combo.addItem(self.tr("CSV（UTF-8, Excel 用）(.csv)"), "csv")
        self.format_combo.addItem(self.tr("JSON（事例データ）(.json)"), "json")
        form.addRow(self.tr("形式"), self.format_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen_cases(self) -> list[Case]:
        return self.scopes[max(0, self.group.checkedId())][1]

    def chosen_format(self) -> str:
        return str(self.format_combo.currentData())


def run_export(parent: QWidget, scopes: Sequence[Scope], current: int, user: UserData) -> ExportRun | None:
    """The whole 書き出し… flow: scope and format, file name, then the export on a worker (None when cancelled)."""
    dialog = ExportDialog(scopes, current, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    cases, fmt = dialog.chosen_cases(), dialog.chosen_format()
    if not cases:
        return None
    name = parent.tr("事例一覧_{date}").format(date=date.today().strftime("%Y%m%d")) + "." + fmt
    filters = {"xlsx": parent.tr("Excel ブック (*.xlsx)"), "csv": parent.tr("CSV ファイル (*.csv)"),
               "json": parent.tr("JSON ファイル (*.json)")}
    out = file_dialogs.save_file(parent, file_dialogs.EXPORT, parent.tr("書き出し"), name, filters[fmt], "." + fmt)
    if out is None:
        return None
    return start_export(parent, fmt, cases, user, out)
