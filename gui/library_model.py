"""The case library as a Qt object: the same reads, plus a `changed` signal the views follow.

`model.library.Library` does the work. This wrapper announces every change of the cases (an import from the window,
another process's import picked up by `reload_if_changed`) with `changed()`, and turns a failed reload into
`failed(message)` (one line for a dialog) while the library stays as it was; a failed import raises, for the import
dialog to explain. The tree, the filters' prefecture
list and the detail pane refresh from `changed`, whoever changed the library.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from model.case import Case
from model.editions import EditionDiff
from model.import_result import VolumeImport
from model.library import Library
from model.storage import StorageError


class LibraryModel(QObject):
    changed = Signal()  # the cases changed: re-read them
    failed = Signal(str)  # a one-line message for the user; the library is unchanged

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library

    def cases(self) -> list[Case]:
        return self.library.cases()

    def get(self, case_id: str) -> Case | None:
        return self.library.get(case_id)

    def __len__(self) -> int:
        return len(self.library)

    def prefectures(self) -> list[str]:
        """The prefectures of the cases (any order; the search panel sorts them)."""
        return sorted({c.prefecture for c in self.library.cases()})

    def import_files(self, files: list[Path]) -> list[VolumeImport]:
        """Import volume files, all or nothing (`Library.import_files`; raises CasebookError or StorageError)."""
        done = self.library.import_files(files)
        self.changed.emit()
        return done

    def announce(self) -> None:
        """Say the cases changed (an import done on a worker thread wrote and reloaded the library)."""
        self.changed.emit()

    def remove_volume(self, category: int, keep: set[str]) -> EditionDiff:
        """Remove the user's volume of `category` (the shipped one shows again); raises StorageError."""
        diff = self.library.remove_volume(category, keep)
        self.changed.emit()
        return diff

    def reload_if_changed(self) -> bool:
        """Re-read the user's file when another process wrote it; True (and `changed`) when it did."""
        if not self.library.changed_on_disk():
            return False
        try:
            self.library.reload()
        except StorageError as exc:
            self.failed.emit(str(exc))
            return False
        if self.library.recovered:  # damaged while the app ran and restored from a backup
            self.failed.emit(self.library.recovered)
        self.changed.emit()
        return True
