"""The 比較 window: 2–6 cases side by side, one column per case, one row per field of the comparison.

Rows whose cases differ have their label shaded (and can be shown alone); long rows show their first lines until
「全文を表示」 or a double-click on the row; columns are reordered by dragging their headers or with ◀ ▶, and
removed with 「列を削除」 (down to two). Printing, PDF and XLSX use the order on screen. Cells are plain text
(QTableWidgetItem never renders rich text).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui import file_dialogs
from gui.plain import plain
from gui.window_geometry import resize_within_screen
from model.case import Case
from model.export.compare import MIN_CASES, CompareError, Comparison, compare, preview
from model.export.output import ExportError, write_export
from model.export.sheets import comparison_xlsx
from model.export.table import UserData

DIFFERS = QColor("#fff2cc")


class CompareView(QDialog):
    def __init__(self, cases: Sequence[Case], user: UserData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("事例の比較"))
        self.setObjectName("compareView")
        self.user = user
        self.cases = list(cases)
        compare(self.cases, user)  # CompareError before the window opens
        self.table = QTableWidget()
        self.table.setObjectName("compareTable")
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)  # drag a case's column to reorder
        header.sectionMoved.connect(self._on_section_moved)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self.differences_only = QCheckBox(self.tr("違いのある項目だけ表示"))
        self.differences_only.toggled.connect(self._apply_row_visibility)
        self.full_text = QCheckBox(self.tr("全文を表示"))
        self.full_text.setToolTip(self.tr("事業の概要などの長い項目を最初の数行ではなく全文で表示します"))
        self.full_text.toggled.connect(self.rebuild)
        self.left_button = QPushButton(self.tr("◀ 左へ"))
        self.left_button.clicked.connect(lambda: self.move_column(-1))
        self.right_button = QPushButton(self.tr("右へ ▶"))
        self.right_button.clicked.connect(lambda: self.move_column(1))
        self.remove_button = QPushButton(self.tr("列を削除"))
        self.remove_button.clicked.connect(self.remove_column)
        self.preview_button = QPushButton(self.tr("印刷プレビュー…"))
        self.preview_button.clicked.connect(self.print_preview)
        self.pdf_button = QPushButton(self.tr("PDFに出力…"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.xlsx_button = QPushButton(self.tr("Excelに書き出す…"))
        self.xlsx_button.clicked.connect(self.save_xlsx)

        top = QHBoxLayout()
        top.addWidget(self.differences_only)
        top.addWidget(self.full_text)
        top.addStretch(1)
        for button in (self.left_button, self.right_button, self.remove_button):
            top.addWidget(button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        for button in (self.preview_button, self.pdf_button, self.xlsx_button):
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.cellDoubleClicked.connect(self.toggle_row)
        self.expanded: set[str] = set()  # rows the user opened by double-clicking
        resize_within_screen(self, QSize(1100, 720), parent)
        self.rebuild()

    # ---- the table ------------------------------------------------------------------------------------------

    def comparison(self) -> Comparison:
        return compare(self.cases, self.user)

    def rebuild(self) -> None:
        selected = self.selected_column()
        comparison = self.comparison()
        table = self.table
        table.clear()
        table.setColumnCount(len(comparison.cases))
        table.setRowCount(len(comparison.rows))
        table.setHorizontalHeaderLabels([h.replace(" ", "\n", 1) for h in comparison.headings()])
        bold = QFont(table.font())
        bold.setBold(True)
        for r, row in enumerate(comparison.rows):
            label = QTableWidgetItem(("≠ " if row.differs else "") + row.label)
            if row.differs:
                label.setBackground(QBrush(DIFFERS))
                label.setFont(bold)
                label.setToolTip(self.tr("事例によって内容が異なります"))
            table.setVerticalHeaderItem(r, label)
            for c, cell in enumerate(row.cells):
                text = cell.text or "－"
                shortened = False
                if row.expandable and not self.full_text.isChecked() and row.key not in self.expanded:
                    text, shortened = preview(text)
                item = QTableWidgetItem(text + ("\n…" if shortened else ""))
                item.setToolTip(self.tr("ダブルクリックで全文を表示") if shortened else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if row.differs:
                    item.setBackground(QBrush(DIFFERS.lighter(106)))
                table.setItem(r, c, item)
        self._apply_row_visibility()
        if selected is not None and selected < table.columnCount():
            table.selectColumn(selected)
        self._update_buttons()

    def toggle_row(self, row: int, _column: int = 0) -> None:
        """Double-click: show a long row in full, or back to its first lines."""
        key = self.comparison().rows[row].key
        self.expanded.symmetric_difference_update({key})
        self.rebuild()

    def _apply_row_visibility(self) -> None:
        only = self.differences_only.isChecked()
        for r, row in enumerate(self.comparison().rows):
            self.table.setRowHidden(r, only and not row.differs)

    def selected_column(self) -> int | None:
        cols = {i.column() for i in self.table.selectedIndexes()}
        return next(iter(cols)) if len(cols) == 1 else None

    def _update_buttons(self) -> None:
        col = self.selected_column()
        self.left_button.setEnabled(col is not None and col > 0)
        self.right_button.setEnabled(col is not None and col < len(self.cases) - 1)
        self.remove_button.setEnabled(col is not None and len(self.cases) > MIN_CASES)

    def move_column(self, step: int) -> None:
        col = self.selected_column()
        if col is None or not 0 <= col + step < len(self.cases):
            return
        self.cases.insert(col + step, self.cases.pop(col))
        self.rebuild()
        self.table.selectColumn(col + step)

    def remove_column(self) -> None:
        col = self.selected_column()
        if col is None or len(self.cases) <= MIN_CASES:
            return
        del self.cases[col]
        self.rebuild()

    def _on_section_moved(self, _logical: int, old_visual: int, new_visual: int) -> None:
        # Keep the model's order the one on screen, then show it without the header's own mapping.
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.moveSection(new_visual, old_visual)
        header.blockSignals(False)
        self.cases.insert(new_visual, self.cases.pop(old_visual))
        self.rebuild()
        self.table.selectColumn(new_visual)

    # ---- output ---------------------------------------------------------------------------------------------

    def _ask_path(self, title: str, name: str, filter_text: str, suffix: str) -> Path | None:
        return file_dialogs.save_file(self, file_dialogs.EXPORT, title, name, filter_text, suffix)

    def _file_name(self, suffix: str) -> str:
        name = self.tr("事例の比較_{ids}").format(ids="_".join(c.id for c in self.cases)) + suffix
        return "".join("_" if ch in '\\/:*?"<>|' else ch for ch in name)

    def save_xlsx(self) -> None:
        out = self._ask_path(self.tr("Excelに書き出す"), self._file_name(".xlsx"), self.tr("Excel ブック (*.xlsx)"),
                             ".xlsx")
        if out is None:
            return
        try:
            write_export(out, comparison_xlsx(self.comparison()))
        except ExportError as err:
            QMessageBox.warning(self, self.tr("Excelに書き出す"), plain(str(err)))

    def save_pdf(self) -> None:
        from printing.compare import write_comparison_pdf
        from printing.job import PrintError

        out = self._ask_path(self.tr("PDFに出力"), self._file_name(".pdf"), self.tr("PDF ファイル (*.pdf)"), ".pdf")
        if out is None:
            return
        try:
            write_comparison_pdf(self.comparison(), out)
        except PrintError as err:
            QMessageBox.warning(self, self.tr("PDFに出力"), plain(str(err)))

    def print_preview(self) -> None:
        from gui.parts_preview import preview_job
        from printing.compare import comparison_job

        preview_job(self, comparison_job(self.comparison()))


def open_compare(parent: QWidget, cases: Sequence[Case], user: UserData) -> CompareView | None:
    """Open the 比較 window for `cases` (modeless); a dialog says why when they cannot be compared."""
    try:
        view = CompareView(cases, user, parent)
    except CompareError as err:
        QMessageBox.information(parent, QCoreApplication.translate("CompareView", "事例の比較"), plain(str(err)))
        return None
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view.show()
    return view
