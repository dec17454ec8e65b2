"""Importing casebook volumes from the window: choose files, import them off the UI thread, say what happened.

The same library call as `main.py import` (`Library.import_files`): every file is parsed, then all are written in
one transaction, so a bad file, a failed write or キャンセル leaves the library as it was. The work runs in an
`ImportWorker` with the `ImportProgressDialog` (file k of N, cases so far, キャンセル); the window stays usable.
pypdfium2 is not thread-safe, so one import runs at a time (`ImportRun.running`; the window disables its action).
When it is done the LibraryModel announces `changed` (the tree and the bookmarks follow), and the summary shows
the counts, the importer's warnings and, for a new edition of a volume, what changed per case (in a scrollable
details area). Errors are one line in a dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from gui import file_dialogs
from gui.import_progress import ImportProgressDialog
from gui.library_model import LibraryModel
from gui.plain import plain
from model.import_result import VolumeImport

MAX_WARNINGS_SHOWN = 15


def choose_files(parent: QWidget) -> list[Path]:
    names = file_dialogs.open_files(
        parent, file_dialogs.IMPORT, QCoreApplication.translate("VolumeImport", "事例集を取り込む"),
        QCoreApplication.translate("VolumeImport", "事例集のPDF・テキスト (*.pdf *.txt);;すべてのファイル (*)"))
    return [Path(n) for n in names]


def summary_lines(done: list[VolumeImport]) -> tuple[list[str], list[str]]:
    """(what the summary says, its details): one line per volume with its warnings; the edition reports."""
    lines: list[str] = []
    details: list[str] = []
    for volume in done:
        lines.append(volume.describe())
        shown = volume.warnings[:MAX_WARNINGS_SHOWN]
        lines += ["  ・" + w for w in shown]
        if len(volume.warnings) > len(shown):
            more = len(volume.warnings) - len(shown)
            lines.append("  " + QCoreApplication.translate("VolumeImport", "ほか {n} 件の警告").format(n=more))
        report = volume.report_lines()
        if report:
            lines += ["  " + line for line in report[:MAX_WARNINGS_SHOWN]]
            if len(report) > MAX_WARNINGS_SHOWN:
                more = len(report) - MAX_WARNINGS_SHOWN
                text = QCoreApplication.translate("VolumeImport", "ほか {n} 行（詳細を表示）")
                lines.append("  " + text.format(n=more))
            details.append(f"{volume.category.number}．{volume.category.name}")
            details += ["  " + line for line in report]
    return lines, details


def summary_dialog(parent: QWidget | None, done: list[VolumeImport]) -> QMessageBox:
    """The summary as plain text (case text is untrusted); the per-case report in the details area."""
    lines, details = summary_lines(done)
    title = QCoreApplication.translate("VolumeImport", "取り込みました")
    box = QMessageBox(QMessageBox.Icon.Information, title, "\n".join(lines), QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setInformativeText(
            QCoreApplication.translate("VolumeImport", "事例ごとの変更は「詳細を表示」で確認できます。"))
        box.setDetailedText("\n".join(details))
    return box


class ImportRun(QObject):
    """One import in the background: the worker, its progress window, then the summary (or a one-line error)."""

    ended = Signal()

    running: ImportRun | None = None  # one import at a time (pypdfium2 is not thread-safe)

    def __init__(self, parent: QWidget, library: LibraryModel, files: list[Path], keep: set[str],
                 on_imported: Callable[[list[VolumeImport]], None] | None = None) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.library = library
        self.files = files
        self.summary: QMessageBox | None = None
        self.outcome: str | None = None  # "finished", "failed" or "cancelled"
        self._on_imported = on_imported

        def work(progress: Callable[[int, int, int], None], cancelled: Callable[[], bool]) -> list[VolumeImport]:
            # The worker parses and writes; the library shows the result once the UI thread adopts it (below),
            # so the window never reads a library that is being replaced.
            return library.library.import_files(files, keep=keep, progress=progress, cancelled=cancelled,
                                                deferred=True)

        self.progress = ImportProgressDialog.start(work, parent)
        worker = self.progress.worker
        worker.finished.connect(self._finished)
        worker.failed.connect(self._failed)
        worker.cancelled.connect(self._cancelled)
        ImportRun.running = self

    def _end(self, outcome: str) -> None:
        self.outcome = outcome
        if ImportRun.running is self:
            ImportRun.running = None
        self.ended.emit()

    def _finished(self, done: list[VolumeImport]) -> None:
        self.library.library.adopt_import()  # on the UI thread: the new cases are the library from here on
        self.library.announce()  # the tree, the filters and the bookmarks follow
        if self._on_imported is not None:
            self._on_imported(done)
        self.summary = summary_dialog(self.parent_widget, done)
        self.summary.open()
        self._end("finished")

    def _failed(self, message: str) -> None:
        title = QCoreApplication.translate("VolumeImport", "取り込めませんでした")
        QMessageBox.warning(self.parent_widget, title, plain(message))
        self._end("failed")

    def _cancelled(self) -> None:
        self._end("cancelled")


def import_in_background(parent: QWidget, library: LibraryModel, files: list[Path], keep: set[str],
                         on_imported: Callable[[list[VolumeImport]], None] | None = None) -> ImportRun | None:
    """Start importing `files` (folders expanded); None when another import is running or nothing to import."""
    if ImportRun.running is not None or not files:
        return None
    return ImportRun(parent, library, files, keep, on_imported)
