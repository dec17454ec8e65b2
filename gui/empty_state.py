"""What the case list shows when nothing matches: which search and filters hide the cases, and 条件をクリア.

The phrases come from model.filters.describe, so the message names exactly the filters in force (a filter
restored from the last session included). Shown as plain text: the search text is the user's, never markup.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from model.filters import Filters, describe


class EmptyState(QWidget):
    clearRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.message = QLabel()
        self.message.setObjectName("emptyMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.clear_button = QPushButton(self.tr("条件をクリア"))
        self.clear_button.setObjectName("emptyClear")
        self.clear_button.clicked.connect(self.clearRequested)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def show_filters(self, filters: Filters, total: int) -> None:
        """Say that none of `total` cases matches `filters`, naming each active search and filter."""
        phrases = describe(filters)
        if not phrases:  # an empty library: nothing to clear
            self.message.setText(self.tr("ライブラリに事例がありません。ファイル → 事例集を取り込む… で追加できます。"))
            self.clear_button.setVisible(False)
            return
        self.message.setText(self.tr("{total}件の事例のうち、次の条件に合うものはありません。\n\n{filters}").format(
            total=total, filters="\n".join(phrases)))
        self.clear_button.setVisible(True)
