"""The bookmark store as a Qt object: the same operations, plus signals the views listen to, and undo.

`model.bookmarks.BookmarkStore` does the work (atomic, locked file writes). This wrapper turns its changes into
`changed(case_id)` (one bookmark added, removed or edited) and `reset()` (several changed: import, reload, a
collection), a failed write (`StorageError`) or a refused value (`BookmarkInputError`) into `failed(message)` so the
window can tell the user while the app keeps running; the file is unchanged after a failure.

Removing bookmarks or a collection moves them to the trash and can be undone: `undoable(message)` is emitted with a
line for the status bar, and `undo()` brings back what the last removal took (Ctrl+Z, the status bar's button).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from model.bookmarks import Bookmark, BookmarkInputError, BookmarkStore, LogEntry, TrashEntry
from model.storage import StorageError

if TYPE_CHECKING:
    from model.library import Library

T = TypeVar("T")
UNDO_DEPTH = 20


class BookmarkModel(QObject):
    changed = Signal(str)  # case id
    reset = Signal()
    failed = Signal(str)  # a one-line message for the user
    undoable = Signal(str)  # something was moved to the trash; the message says what
    undone = Signal(str)  # undo() brought it back; the message says what

    def __init__(self, store: BookmarkStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        # What was repaired when the file was opened; kept for the start-up dialog even after later reloads.
        self._recovered = store.recovered
        self._undo: list[tuple[str, list[str]]] = []  # ("bookmarks", case ids) or ("collection", [name])

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

    def collections(self) -> list[str]:
        return self.store.collections()

    def members(self, collection: str) -> list[Bookmark]:
        return self.store.members(collection)

    def trash(self) -> list[TrashEntry]:
        return self.store.trash()

    def _snapshot(self) -> list[Bookmark]:
        return self.store.all()

    def _announce(self, case_id: str, before: list[Bookmark]) -> None:
        """`changed(case_id)`, or `reset()` when the write also brought in changes another app or the CLI made."""
        others_before = [b for b in before if b.case_id != case_id]
        others_after = [b for b in self._snapshot() if b.case_id != case_id]
        if others_before != others_after:
            self.reset.emit()
        else:
            self.changed.emit(case_id)

    def _do(self, action: Callable[[], T]) -> tuple[bool, T | None]:
        try:
            return True, action()
        except (StorageError, BookmarkInputError) as exc:
            self.failed.emit(str(exc))
            return False, None

    def _one(self, case_id: str, action: Callable[[], T]) -> tuple[bool, T | None]:
        before = self._snapshot()
        ok, result = self._do(action)
        if ok:
            self._announce(case_id, before)
        return ok, result

    def _many(self, action: Callable[[], T]) -> tuple[bool, T | None]:
        ok, result = self._do(action)
        if ok:
            self.reset.emit()
        return ok, result

    def reload(self) -> None:
        """Pick up what another instance or the CLI saved meanwhile (the window calls this when activated)."""
        before = self._snapshot(), self.store.collections(), len(self.store.trash())
        try:
            self.store.reload()
        except StorageError as exc:
            self.failed.emit(str(exc))
            return
        if self.store.recovered:  # damaged while the app ran (edited by hand?) and restored from a backup
            self._recovered = self.store.recovered
            self.failed.emit(self.store.recovered)
        if (self._snapshot(), self.store.collections(), len(self.store.trash())) != before:
            self.reset.emit()

    def follow_library(self, library: Library) -> None:
        """Bring every bookmark to the case with its key (model/case_identity.reconcile) after the library changed;
        `reset` when any moved."""
        from model.case_identity import reconcile

        if self.store.read_only:
            return
        ok, count = self._do(lambda: reconcile(self.store, library))
        if ok and count:
            self.reset.emit()

    # -- bookmarks -------------------------------------------------------------------------------------------

    def toggle(self, case_id: str) -> bool | None:
        """The new state, or None when the write failed (`failed` was emitted). Un-bookmarking goes to the trash."""
        ok, state = self._one(case_id, lambda: self.store.toggle(case_id))
        if not ok:
            return None
        if state is False:
            self._push("bookmarks", [case_id])
        return bool(state)

    def remove(self, case_ids: Iterable[str]) -> list[str]:
        """Move bookmarks to the trash (undoable); the ids that were removed."""
        ids = list(case_ids)
        ok, removed = self._many(lambda: self.store.remove_many(ids))
        if ok and removed:
            self._push("bookmarks", removed)
        return removed or []

    def restore(self, case_ids: Iterable[str]) -> bool:
        ids = list(case_ids)
        ok, _ = self._many(lambda: self.store.restore_many(ids))
        return ok

    def empty_trash(self) -> int | None:
        ok, count = self._many(self.store.empty_trash)
        if ok:
            self._undo.clear()
        return count if ok else None

    def set_note(self, case_id: str, note: str, base: str | None = None) -> bool:
        """Save a note; False when it could not be written (`failed` was emitted).

        ``base`` is the note as the editor loaded it: when the file's note changed since (a colleague's note merged
        by the CLI), both are kept and `changed` makes the editor show the merged note.
        """
        bm = self.store.get(case_id)
        if bm is None or (bm.note == note and base is None):
            return bm is not None
        ok, _ = self._one(case_id, lambda: self.store.set_note(case_id, note, base=base))
        return ok

    def set_status(self, case_ids: Iterable[str], status: str) -> bool:
        ids = list(case_ids)
        if len(ids) == 1:
            return self._one(ids[0], lambda: self.store.set_status(ids, status))[0]
        return self._many(lambda: self.store.set_status(ids, status))[0]

    def add_log(self, case_id: str, text: str, day: str | None = None) -> LogEntry | None:
        return self._one(case_id, lambda: self.store.add_log(case_id, text, day))[1]

    def remove_log_entry(self, case_id: str, entry: LogEntry) -> bool:
        return self._one(case_id, lambda: self.store.remove_log_entry(case_id, entry))[0]

    # -- collections -----------------------------------------------------------------------------------------

    def create_collection(self, name: str) -> str | None:
        return self._many(lambda: self.store.create_collection(name))[1]

    def rename_collection(self, old: str, new: str) -> str | None:
        return self._many(lambda: self.store.rename_collection(old, new))[1]

    def remove_collection(self, name: str) -> bool:
        ok, removed = self._many(lambda: self.store.remove_collection(name))
        if ok and removed:
            self._push("collection", [name])
        return bool(ok and removed)

    def restore_collection(self, name: str) -> bool:
        return bool(self._many(lambda: self.store.restore_collection(name))[1])

    def add_to_collection(self, name: str, case_ids: Iterable[str]) -> bool:
        ids = list(case_ids)
        return self._many(lambda: self.store.add_to_collection(name, ids))[0]

    def remove_from_collection(self, name: str, case_ids: Iterable[str]) -> bool:
        ids = list(case_ids)
        return self._many(lambda: self.store.remove_from_collection(name, ids))[0]

    # -- undo ------------------------------------------------------------------------------------------------

    def _push(self, kind: str, keys: list[str]) -> None:
        self._undo = [*self._undo, (kind, keys)][-UNDO_DEPTH:]
        if kind == "collection":
            message = self.tr("コレクション「{name}」をゴミ箱へ移しました。").format(name=keys[0])
        elif len(keys) == 1:
            message = self.tr("{id} をゴミ箱へ移しました（メモ・状態・記録ごと）。").format(id=keys[0])
        else:
            message = self.tr("{n}件のブックマークをゴミ箱へ移しました。").format(n=len(keys))
        self.undoable.emit(message)

    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo(self) -> bool:
        """Bring back what the last removal moved to the trash; False when there is nothing to undo."""
        if not self._undo:
            return False
        kind, keys = self._undo.pop()
        if kind == "collection":
            ok = self.restore_collection(keys[0])
            message = self.tr("コレクション「{name}」を元に戻しました。").format(name=keys[0])
        else:
            ok = self.restore(keys)
            message = self.tr("{n}件のブックマークを元に戻しました。").format(n=len(keys))
        if ok:
            self.undone.emit(message)
        return ok

    # -- reading lists ---------------------------------------------------------------------------------------

    def export(self, path: Path, collection: str | None = None) -> int | None:
        return self._do(lambda: self.store.export(path, collection))[1]

    def import_file(self, path: Path) -> int | None:
        return self._many(lambda: self.store.import_file(path))[1]
