"""BookmarkStore: the user's working set of cases (bookmarks with note, status, collections and contact log),
its collections and its trash, kept in one small file through :mod:`model.storage`.

Every change is an atomic, locked read-modify-write with backups (the file is re-read under its lock, so two app
instances, or the app and the CLI, never lose each other's changes). It never reads the case library: its cost
depends only on the number of bookmarks. Bookmarks of cases that are not in the library are kept.

Nothing is lost by one keystroke: removing a bookmark (or a collection) moves it with everything it held to the
trash, from which ``restore`` brings it back at its old place; bookmarking a case that is in the trash restores it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from model import storage
from model.bookmarks.entries import (
    MAX_BOOKMARKS,
    MAX_LOG_ENTRIES,
    MAX_NOTE_CHARS,
    Bookmark,
    BookmarkInputError,
    LogEntry,
    check_case_id,
    check_collection_name,
    check_date,
    check_log_text,
    check_note,
    check_status,
    now,
    today,
)
from model.bookmarks.exchange import ReadingListOperations
from model.bookmarks.fileformat import (
    STORE_VERSION,
    NewerFileError,
    Tables,
    file_version,
    keep_pre_migration_copy,
    state_of,
    tables_of,
    validate_bookmark_tables,
)
from model.bookmarks.merge import merge_bookmarks, merge_concurrent_note
from model.bookmarks.working_set import (
    State,
    TrashEntry,
    bookmark_for,
    ensure_collections,
    put,
    restore_into,
    too_many,
)
from model.i18n import translate
from model.storage import DamagedFileError, ReadOnlyError, StorageError

T = TypeVar("T")


class BookmarkStore(ReadingListOperations):
    """The user's bookmarks in ``path`` (normally ``model.paths.bookmarks_path()``).

    Reads come from memory (``reload()`` re-reads the file); every change re-reads the file under its lock.
    Changes raise StorageError (the file is then unchanged) or BookmarkInputError for a value that is not allowed.
    """

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            from model.paths import bookmarks_path

            path = bookmarks_path()
        self.path = Path(path)
        self.read_only = not storage.folder_writable(self.path.parent)
        # One line for the user when the file was found damaged at the last open/reload, and what was done.
        self.recovered: str | None = None
        self._blocked: str | None = None  # why changes are refused (a newer or unreadable file), else None
        self._state = State()
        self._by_id: dict[str, Bookmark] = {}
        self.reload()

    # -- reading ---------------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the file (another process may have changed it); a damaged file is repaired first and
        ``recovered`` says what happened (None when the file was fine). A version-1 file is migrated."""
        self._blocked = None
        try:
            # A file of the wrong shape counts as damaged: moved aside and restored from its newest valid backup.
            tables, self.recovered = storage.recover_and_read(self.path, validate=validate_bookmark_tables)
        except StorageError:
            tables = {}  # could not be repaired (read-only folder, disk full); the message says so
        except ValueError:
            tables = {}
            self._blocked = self.recovered = translate(
                "Bookmarks", "{name} の内容が正しくないため読み込めませんでした。ファイルはそのまま残してあります。"
            ).format(name=self.path.name)
        try:
            state = state_of(tables)
        except NewerFileError as exc:
            self._blocked = self.recovered = translate(
                "Bookmarks", "{name} は新しい版の DX事例ブラウザで保存されたため変更できません（形式の版 {version}）。"
                "新しい版をお使いください。").format(name=self.path.name, version=exc.args[0])
            state = State()
        self._set(state)
        if state.legacy and not self.read_only and self._blocked is None:
            self._migrate()

    def _migrate(self) -> None:
        """Rewrite a version-1 file in this version, after keeping a copy of it that is never pruned."""
        try:
            self._change(lambda state: None)
        except StorageError as exc:
            self.recovered = str(exc)

    def all(self) -> list[Bookmark]:
        return list(self._state.bookmarks)

    def get(self, case_id: str) -> Bookmark | None:
        return self._by_id.get(case_id)

    def __contains__(self, case_id: object) -> bool:
        return case_id in self._by_id

    def __len__(self) -> int:
        return len(self._state.bookmarks)

    def __iter__(self) -> Iterator[Bookmark]:
        return iter(list(self._state.bookmarks))

    def searchable_text(self, case_id: str) -> str:
        """The words of a bookmark's note and contact log (for search), "" when not bookmarked."""
        bm = self._by_id.get(case_id)
        if bm is None:
            return ""
        return "\n".join([bm.note, *(e.text for e in bm.log)]).strip()

    def trash(self) -> list[TrashEntry]:
        """What was removed, most recently removed first."""
        return sorted(self._state.trash, key=lambda t: t.removed_at, reverse=True)

    def in_trash(self, case_id: str) -> bool:
        return any(t.bookmark is not None and t.bookmark.case_id == case_id for t in self._state.trash)

    # -- case identity ---------------------------------------------------------------------------------------

    def follow_cases(self, moves: dict[str, tuple[str, str]]) -> int:
        """Give bookmarks (working set and trash) a new display id and key: ``{case_id: (new_id, key)}``, all in
        one save (model/case_identity.reconcile computes it from the library). The first save that adds keys
        to a file without them keeps a copy of the file first. Returns how many bookmarks changed."""
        if not moves:
            return 0

        def moved(bm: Bookmark) -> Bookmark:
            target = moves.get(bm.case_id)
            if target is None or (bm.case_id, bm.key) == target:
                return bm
            return replace(bm, case_id=target[0], key=target[1])

        def change(state: State) -> int:
            had_keys = any(b.key for b in state.bookmarks)
            count = 0
            merged: dict[str, int] = {}
            out: list[Bookmark] = []
            for bm in state.bookmarks:
                new = moved(bm)
                count += new is not bm
                i = merged.get(new.case_id)
                if i is None:
                    merged[new.case_id] = len(out)
                    out.append(new)
                else:  # two bookmarks of one case (its old and its new id): one bookmark holding both
                    out[i] = replace(merge_bookmarks(out[i], new).bookmark, key=out[i].key or new.key)
            state.bookmarks = out
            for n, t in enumerate(state.trash):
                if t.bookmark is not None:
                    state.trash[n] = replace(t, bookmark=moved(t.bookmark))
                elif t.members:
                    state.trash[n] = replace(t, members=tuple(moves.get(m, (m, ""))[0] for m in t.members))
            if count and not had_keys:
                keep_pre_migration_copy(self.path, "before-keys")
            return count

        return self._change(change)

    # -- bookmarks -------------------------------------------------------------------------------------------

    def add(self, case_id: str, note: str | None = None, *, status: str | None = None,
            collections: Iterable[str] = ()) -> Bookmark:
        """Bookmark ``case_id``, or update only the given fields of an existing bookmark (``collections`` are
        added to). A case in the trash comes back with what it held, at its old place."""
        check_case_id(case_id)
        clean = None if note is None else check_note(note)
        status = None if status is None else check_status(status)
        names = [check_collection_name(n) for n in collections]

        def change(state: State) -> Bookmark:
            bm = bookmark_for(state, case_id)
            stamp = now()
            if clean is not None and clean != bm.note:
                bm = replace(bm, note=clean, updated=replace(bm.updated, note=stamp))
            if status is not None and status != bm.status:
                bm = replace(bm, status=status, updated=replace(bm.updated, status=stamp))
            new_names = tuple(n for n in names if n not in bm.collections)
            if new_names:
                bm = replace(bm, collections=bm.collections + new_names, updated=replace(bm.updated, collections=stamp))
            put(state, bm)
            return bm

        return self._change(change)

    def remove(self, case_id: str) -> bool:
        """Move the bookmark to the trash; False when there was none."""
        return bool(self.remove_many([case_id]))

    def remove_many(self, case_ids: Iterable[str]) -> list[str]:
        """Move bookmarks to the trash in one save; returns the ids that were bookmarked."""
        wanted = list(dict.fromkeys(case_ids))

        def change(state: State) -> list[str]:
            stamp = now()
            removed = []
            for case_id in wanted:
                i = state.index(case_id)
                if i >= 0:
                    bm = state.bookmarks.pop(i)
                    state.trash = [t for t in state.trash if not (t.bookmark and t.bookmark.case_id == case_id)]
                    state.trash.append(TrashEntry("bookmark", stamp, bookmark=bm))
                    removed.append(case_id)
            return removed

        return self._change(change)

    def restore(self, case_id: str) -> Bookmark | None:
        """Bring a bookmark back from the trash (note, status, collections, log, place); None when not there."""
        restored = self.restore_many([case_id])
        return restored[0] if restored else None

    def restore_many(self, case_ids: Iterable[str]) -> list[Bookmark]:
        wanted = list(dict.fromkeys(case_ids))

        def change(state: State) -> list[Bookmark]:
            out = []
            for case_id in wanted:
                if restore_into(state, case_id):
                    found = state.get(case_id)
                    assert found is not None
                    out.append(found)
            if len(state.bookmarks) > MAX_BOOKMARKS:
                raise too_many()
            ensure_collections(state)
            return out

        return self._change(change)

    def empty_trash(self) -> int:
        """Delete everything in the trash for good; returns how many entries."""

        def change(state: State) -> int:
            count = len(state.trash)
            state.trash = []
            return count

        return self._change(change)

    def toggle(self, case_id: str) -> bool:
        """Bookmark (restoring it from the trash when it is there) or move to the trash; returns the new state
        (True = bookmarked). Decided on the file's content."""
        check_case_id(case_id)

        def change(state: State) -> bool:
            i = state.index(case_id)
            if i >= 0:
                state.trash = [t for t in state.trash if not (t.bookmark and t.bookmark.case_id == case_id)]
                state.trash.append(TrashEntry("bookmark", now(), bookmark=state.bookmarks.pop(i)))
                return False
            put(state, bookmark_for(state, case_id))
            return True

        return self._change(change)

    def set_note(self, case_id: str, note: str, *, base: str | None = None) -> Bookmark:
        """Set the note; a case that is not bookmarked yet is bookmarked (a note is never dropped).

        With ``base`` (the note as the window last read it) the save is a compare-and-set: when the stored note
        changed since (another process merged a colleague's note, say) both are kept. The returned bookmark has
        the note as saved, which the window should then show.
        """
        check_case_id(case_id)
        clean = check_note(note)

        def change(state: State) -> Bookmark:
            bm = bookmark_for(state, case_id)
            text = clean if base is None else merge_concurrent_note(base, clean, bm.note)
            if len(text) > MAX_NOTE_CHARS:
                check_note(text)
            if text != bm.note:
                bm = replace(bm, note=text, updated=replace(bm.updated, note=now()))
            put(state, bm)
            return bm

        return self._change(change)

    def set_status(self, case_ids: str | Iterable[str], status: str) -> None:
        ids = [case_ids] if isinstance(case_ids, str) else list(case_ids)
        status = check_status(status)
        for case_id in ids:
            check_case_id(case_id)

        def change(state: State) -> None:
            stamp = now()
            for case_id in ids:
                bm = bookmark_for(state, case_id)
                if bm.status != status:
                    bm = replace(bm, status=status, updated=replace(bm.updated, status=stamp))
                put(state, bm)

        self._change(change)

    def add_log(self, case_id: str, text: str, day: str | None = None) -> LogEntry:
        """Add a dated entry to the contact log (``day`` YYYY-MM-DD, today by default)."""
        check_case_id(case_id)
        entry = LogEntry(check_date(today() if day is None else day), check_log_text(text.strip()), now())

        def change(state: State) -> LogEntry:
            bm = bookmark_for(state, case_id)
            if len(bm.log) >= MAX_LOG_ENTRIES:
                raise BookmarkInputError(translate("Bookmarks", "記録は1件の事例につき {limit} 件までです。").format(
                    limit=f"{MAX_LOG_ENTRIES:,}"))
            log = tuple(sorted((*bm.log, entry), key=lambda e: (e.date, e.added)))
            put(state, replace(bm, log=log))
            return entry

        return self._change(change)

    def remove_log_entry(self, case_id: str, entry: LogEntry) -> bool:
        def change(state: State) -> bool:
            bm = state.get(case_id)
            if bm is None or entry not in bm.log:
                return False
            put(state, replace(bm, log=tuple(e for e in bm.log if e != entry)))
            return True

        return self._change(change)

    # -- internals -------------------------------------------------------------------------------------------

    def _set(self, state: State) -> None:
        self._state = state
        self._by_id = {b.case_id: b for b in state.bookmarks}

    def _change(self, change: Callable[[State], T]) -> T:
        if self.read_only:
            raise ReadOnlyError(storage.read_only_message(self.path.name))
        if self._blocked is not None:
            raise StorageError(self._blocked)
        try:
            with storage.transaction(self.path, validate=validate_bookmark_tables) as db:
                tables: Tables = db.storage.read() or {}
                state = self._state_in(tables)
                result = change(state)
                new = tables_of(state, tables)
                if new != tables:
                    if state.legacy and file_version(tables) < STORE_VERSION:
                        keep_pre_migration_copy(self.path, "version-1")
                    db.storage.write(new)
        except DamagedFileError:
            # Damaged since we opened it (edited by hand?): repair now, and say the change was not made.
            self.reload()
            raise StorageError(translate(
                "Bookmarks", "{recovered} この変更は保存されていません。もう一度操作してください。"
            ).format(recovered=self.recovered)) from None
        state.legacy = False
        self._set(state)
        return result

    def _state_in(self, tables: Tables) -> State:
        try:
            validate_bookmark_tables(tables)
            return state_of(tables)
        except NewerFileError:
            self.reload()
            raise StorageError(self._blocked or "") from None
        except ValueError:
            raise DamagedFileError(translate("Storage", "{name} が壊れているため読み込めませんでした。").format(
                name=self.path.name)) from None
