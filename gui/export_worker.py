"""Writing an export on a worker thread, with a progress dialog and cancel.

10,000 cases take about 3.5 s as XLSX (model/export/sheets.py), too long to freeze the window. `ExportTask` runs in a
QThread and only touches immutable cases, a copy of the user's notes and the output path; `ExportRun`, in the UI
thread, owns the progress dialog and receives the task's signals (queued, as the receiver lives in another thread).
Cancel is honoured between rows and before the file is written: a cancelled export leaves no file behind.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from gui.plain import plain
from model.case import Case
from model.export.output import ExportError, write_export
from model.export.sheets import export_bytes
from model.export.table import UserData


class _Cancelled(Exception):
    pass


class ExportTask(QObject):
    progressed = Signal(int)  # rows done
    succeeded = Signal(str)  # the file written
    failed = Signal(str)  # one line for the user
    cancelled = Signal()

    def __init__(self, fmt: str, cases: Sequence[Case], user: UserData, out: Path) -> None:
        super().__init__()
        self.fmt = fmt
        self.cases = list(cases)
        self.user = UserData(dict(user.notes), None if user.statuses is None else dict(user.statuses))
        self.out = out
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, done: int) -> None:
        if self._cancel.is_set():
            raise _Cancelled
        self.progressed.emit(done)

    @Slot()
    def run(self) -> None:
        try:
            data = export_bytes(self.fmt, self.cases, self.user, self._progress)
            if self._cancel.is_set():
                raise _Cancelled
            write_export(self.out, data)
        except _Cancelled:
            self.cancelled.emit()
        except ExportError as err:
            self.failed.emit(str(err))
        else:
            self.succeeded.emit(str(self.out))


class ExportRun(QObject):
    """One export in progress: the thread, the task and the progress dialog (UI thread)."""

    finished = Signal(bool)  # True when the file was written

    def __init__(self, parent: QWidget, fmt: str, cases: Sequence[Case], user: UserData, out: Path) -> None:
        # No Qt parent: kept alive in _RUNNING until it ends, so closing the window mid-export never deletes a
        # running thread (or this object while its deferred deletion is pending).
        super().__init__()
        self.parent_widget = parent
        self.out = out
        self.error: str | None = None
        self.total = len(cases)
        self.dialog = QProgressDialog(self.tr("書き出しています…"), self.tr("キャンセル"), 0, self.total + 1, parent)
        self.dialog.setWindowTitle(self.tr("書き出し"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)  # small exports finish before it would show
        self.worker_thread = QThread(self)
        self.task = ExportTask(fmt, cases, user, out)
        self.task.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self.task.run)
        # Deleted in its own thread as that thread ends (deleteLater from here would target a stopped thread).
        self.worker_thread.finished.connect(self.task.deleteLater)
        self.task.progressed.connect(self._on_progress)
        self.task.succeeded.connect(self._on_succeeded)
        self.task.failed.connect(self._on_failed)
        self.task.cancelled.connect(self._on_cancelled)
        # Not connected to the task itself: its thread is busy in run(), a queued call would wait for the end.
        self.dialog.canceled.connect(self._on_cancel_clicked)

    def start(self) -> None:
        self.worker_thread.start()

    @Slot()
    def _on_cancel_clicked(self) -> None:
        self.task.cancel()  # a threading.Event: safe from this thread

    @Slot(int)
    def _on_progress(self, done: int) -> None:
        self.dialog.setValue(done)
        if done >= self.total:
            self.dialog.setLabelText(self.tr("ファイルを仕上げています…"))

    def _finish(self, ok: bool) -> None:
        self.worker_thread.quit()
        self.worker_thread.wait()
        self.dialog.reset()
        self.dialog.deleteLater()
        self.finished.emit(ok)
        _RUNNING.discard(self)

    @Slot(str)
    def _on_succeeded(self, _path: str) -> None:
        self._finish(True)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.error = message
        self._finish(False)
        QMessageBox.warning(self.parent_widget, self.tr("書き出し"), plain(message))

    @Slot()
    def _on_cancelled(self) -> None:
        self._finish(False)


def start_export(parent: QWidget, fmt: str, cases: Sequence[Case], user: UserData, out: Path) -> ExportRun:
    """Start writing the export; `finished(ok)` says how it ended (a dialog has said why when it failed)."""
    run = ExportRun(parent, fmt, cases, user, out)
    _RUNNING.add(run)
    run.start()
    return run


_RUNNING: set[ExportRun] = set()
