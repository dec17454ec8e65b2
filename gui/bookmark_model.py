"""The bookmark store as a Qt object: the same operations, plus signals the views listen to.

`model.bookmarks.BookmarkStore` does the work (atomic, locked file writes). This wrapper turns its changes into
`changed(case_id)` (one bookmark added, removed or re-noted) and `reset()` (the whole list changed: import, reload),
and a failed write (`StorageError`) into `failed(message)` so the window can tell the user while the app keeps
running; the file is unchanged after a failure.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from model.bookmarks import Bookmark, BookmarkStore
from model.storage import StorageError


class BookmarkModel(QObject):
    changed = Signal(str)  # case id
    reset = Signal()
    failed = Signal(str)  # a one-line message for the user

    def __init__(self, store: BookmarkStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        # What was repaired when the file was opened; kept for the start-up dialog even after later reloads.
        self._recovered = store.recovered

    @property
    def read_only(self) -> bool:
        return bool(self.store.read_only)

    @property
    def recovered(self) -> str | None:
        return self._recovered

    def __contains__(self, case_id: str) -> bool:
        return case_id in self.store

    def is_bookmarked(self, case_id: str) -> bool:
        return case_id in self.store

    def all(self) -> list[Bookmark]:
        return self.store.all()

    def get(self, case_id: str) -> Bookmark | None:
        return self.store.get(case_id)

    def note(self, case_id: str) -> str:
        bm = self.store.get(case_id)
        return bm.note if bm is not None else ""

    def _snapshot(self) -> list[tuple[str, str]]:
        return [(b.case_id, b.note) for b in self.store.all()]

    def _announce(self, case_id: str, before: list[tuple[str, str]]) -> None:
        """`changed(case_id)`, or `reset()` when the write also brought in changes another app or the CLI made."""
        others_before = [b for b in before if b[0] != case_id]
        others_after = [b for b in self._snapshot() if b[0] != case_id]
        if others_before != others_after:
            self.reset.emit()
        else:
            self.changed.emit(case_id)

    def reload(self) -> None:
        """Pick up what another instance or the CLI saved meanwhile (the window calls this when activated)."""
        before = self._snapshot()
        try:
            self.store.reload()
        except StorageError as exc:
            self.failed.emit(str(exc))
            return
        if self.store.recovered:  # damaged while the app ran (edited by hand?) and restored from a backup
            self._recovered = self.store.recovered
            self.failed.emit(self.store.recovered)
        if self._snapshot() != before:
            self.reset.emit()

    def toggle(self, case_id: str) -> bool | None:
        """The new state, or None when the write failed (`failed` was emitted)."""
        before = self._snapshot()
        try:
            state = self.store.toggle(case_id)
        except StorageError as exc:
            self.failed.emit(str(exc))
            return None
        self._announce(case_id, before)
        return state

    def set_note(self, case_id: str, note: str) -> bool:
        """Save a note; False when it could not be written (`failed` was emitted)."""
        bm = self.store.get(case_id)
        if bm is None or bm.note == note:
            return bm is not None
        before = self._snapshot()
        try:
            self.store.set_note(case_id, note)
        except StorageError as exc:
            self.failed.emit(str(exc))
            return False
        self._announce(case_id, before)
        return True

    def export(self, path: Path) -> int | None:
        try:
            return self.store.export(path)
        except StorageError as exc:
            self.failed.emit(str(exc))
            return None

    def import_file(self, path: Path) -> int | None:
        try:
            count = self.store.import_file(path)
        except StorageError as exc:
            self.failed.emit(str(exc))
            return None
        self.reset.emit()
        return count
