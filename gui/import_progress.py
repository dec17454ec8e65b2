"""The progress window of an import: 「ファイル k / N ・ 事例 m 件」, a progress bar and キャンセル.

It only shows what an `ImportWorker` reports and passes キャンセル on; whoever started the import listens to the
worker's `finished` / `failed` / `cancelled` for the outcome. The window is not modal, so the main window stays
usable while the import runs; it closes itself when the work has ended. Closing it (Esc, the title bar) cancels,
as キャンセル does: the work stops at its next check and writes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from gui.import_worker import ImportWorker, Work


class ImportProgressDialog(QDialog):
    def __init__(self, worker: ImportWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self._ended = False
        self.setWindowTitle(QCoreApplication.translate("ImportProgress", "事例集を取り込んでいます"))
        self.setWindowModality(Qt.WindowModality.NonModal)

        self.label = QLabel(QCoreApplication.translate("ImportProgress", "読み込みを始めています…"))
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the first report says how many files there are
        self.cancel_button = QPushButton(QCoreApplication.translate("ImportProgress", "キャンセル"))
        self.cancel_button.clicked.connect(self.cancel)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        self.setMinimumWidth(360)

        worker.progressed.connect(self._progressed)
        worker.finished.connect(self._ended_by)
        worker.failed.connect(self._ended_by)
        worker.cancelled.connect(self._ended_by)

    @classmethod
    def start(cls, work: Work, parent: QWidget | None = None) -> ImportProgressDialog:
        """Show the window and run `work` in a new worker (`dialog.worker`: connect to its outcome first-hand)."""
        dialog = cls(ImportWorker(work), parent)
        dialog.show()
        dialog.worker.start()
        return dialog

    @Slot(int, int, int)
    def _progressed(self, done: int, total: int, cases: int) -> None:
        if self.worker.cancel_requested:
            return  # keep saying 「キャンセルしています…」
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))
        text = QCoreApplication.translate("ImportProgress", "ファイル {done} / {total} ・ 事例 {cases} 件")
        self.label.setText(text.format(done=done, total=total, cases=cases))

    @Slot()
    def cancel(self) -> None:
        if self._ended:
            return
        self.worker.cancel()
        self.cancel_button.setEnabled(False)
        self.label.setText(QCoreApplication.translate("ImportProgress", "キャンセルしています…"))

    def _ended_by(self, *_: object) -> None:
        self._ended = True
        self.accept()

    def reject(self) -> None:
        """Esc: cancel the work; the window closes when the work has stopped."""
        if self._ended:
            super().reject()
        else:
            self.cancel()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._ended:
            super().closeEvent(event)
        else:
            self.cancel()
            event.ignore()
