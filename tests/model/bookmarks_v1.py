"""A frozen copy of model/bookmarks.py as released before the working set (file format version 1), used by
tests/model/test_bookmarks_file.py to check what the previous app does with a file this version writes.

Bookmarks: the cases a user marked, in the order marked, each with a free-text note.

The store is one small TinyDB file (table ``bookmarks``, documents ``{case_id, note, added_at}``) kept through
:mod:`model.storage`, so every change is an atomic, locked read-modify-write with backups, and two app
instances (or the app and the CLI) never lose each other's bookmarks. It never reads the case library: its cost
depends only on the number of bookmarks. Bookmarks of cases that are not in the library are kept (the volume
may be imported later).

Reading-list files (``export``/``import_file``) are a separate, documented JSON format::

    {"format": "dx-casebook-bookmarks", "version": 1, "exported_at": "2026-11-28T17:40:00+09:00",
     "bookmarks": [{"case_id": "1-0001", "note": "…", "added_at": "2026-11-28T17:39:12+09:00"}, …]}

``import_file`` also accepts a bookmarks.json of the app itself (for instance a file from ``backups/``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

import orjson
from tinydb.table import Table

from model import storage
from model.i18n import translate
from model.storage import DamagedFileError, ReadOnlyError, StorageError

TABLE = "bookmarks"
EXPORT_FORMAT = "dx-casebook-bookmarks"
EXPORT_VERSION = 1
MAX_IMPORT_BYTES = 20 * 1024 * 1024  # a reading list is a few kB; anything this large is not one

T = TypeVar("T")


@dataclass(frozen=True)
class Bookmark:
    case_id: str
    note: str  # free text: any Unicode, newlines kept
    added_at: str  # ISO-8601 with the local UTC offset, e.g. "2026-11-29T02:40:00+09:00"


class BookmarkFileError(StorageError, ValueError):
    """A file given to ``import_file`` is not a reading list we can read; ``str()`` says why, in one line."""


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def _clean_note(note: str) -> str:
    # A lone surrogate (pasted from a broken source) cannot be stored as UTF-8; keep the rest of the text.
    return note.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _check_case_id(case_id: str) -> str:
    if not isinstance(case_id, str) or not case_id.strip():
        raise ValueError("case_id must be a non-empty string")
    return case_id


def _bookmarks_of(tables: storage.Tables) -> list[Bookmark]:
    """The bookmarks in a file's tables, in the order added; documents edited into nonsense are skipped."""
    docs = tables.get(TABLE, {})
    found: list[Bookmark] = []
    seen: set[str] = set()
    for key in sorted(docs, key=int):
        doc = docs[key]
        case_id, note, added_at = doc.get("case_id"), doc.get("note", ""), doc.get("added_at", "")
        if not isinstance(case_id, str) or not case_id or case_id in seen:
            continue
        seen.add(case_id)
        found.append(Bookmark(case_id, note if isinstance(note, str) else "",
                              added_at if isinstance(added_at, str) else ""))
    return found


def _merge_note(mine: str, theirs: str) -> str:
    """Importing never throws away a note: a different incoming note is appended (once)."""
    if not theirs or theirs in mine:
        return mine
    if not mine:
        return theirs
    return f"{mine}\n\n{theirs}"


class BookmarkStore:
    """The user's bookmarks in ``path`` (normally ``model.paths.bookmarks_path()``).

    Reads come from memory (``reload()`` re-reads the file); every change re-reads the file under its lock, so
    changes made by another process since are kept. Changes raise StorageError (the file is then unchanged).
    """

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            from model.paths import bookmarks_path

            path = bookmarks_path()
        self.path = Path(path)
        self.read_only = not storage.folder_writable(self.path.parent)
        # One line for the user when the file was found damaged at the last open/reload, and what was done.
        self.recovered: str | None = None
        self._items: list[Bookmark] = []
        self._by_id: dict[str, Bookmark] = {}
        self.reload()

    # -- reading ---------------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the file (another process may have changed it); a damaged file is repaired first and
        ``recovered`` says what happened (None when the file was fine)."""
        self.recovered = storage.recover(self.path)
        try:
            tables = storage.read_tables(self.path)
        except StorageError:
            tables = {}  # could not be repaired (read-only folder, disk full); the message says so
        self._set(_bookmarks_of(tables))

    def all(self) -> list[Bookmark]:
        return list(self._items)

    def get(self, case_id: str) -> Bookmark | None:
        return self._by_id.get(case_id)

    def __contains__(self, case_id: object) -> bool:
        return case_id in self._by_id

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[Bookmark]:
        return iter(list(self._items))

    # -- changing --------------------------------------------------------------------------------------------

    def add(self, case_id: str, note: str | None = None) -> Bookmark:
        """Bookmark ``case_id``; an existing bookmark keeps its place and gets ``note`` when it is not None."""
        _check_case_id(case_id)
        clean = None if note is None else _clean_note(note)

        def change(table: Table) -> Bookmark:
            doc = _find(table, case_id)
            if doc is None:
                table.insert({"case_id": case_id, "note": clean or "", "added_at": _now()})
            elif clean is not None and doc.get("note") != clean:
                table.update({"note": clean}, doc_ids=[doc.doc_id])
            found = _find(table, case_id)
            assert found is not None
            return Bookmark(case_id, found.get("note", ""), found.get("added_at", ""))

        return self._change(change)

    def remove(self, case_id: str) -> bool:
        """Remove the bookmark; False when there was none."""

        def change(table: Table) -> bool:
            ids = [d.doc_id for d in table.all() if d.get("case_id") == case_id]
            if ids:
                table.remove(doc_ids=ids)
            return bool(ids)

        return self._change(change)

    def toggle(self, case_id: str) -> bool:
        """Bookmark or un-bookmark; returns the new state (True = bookmarked). Decided on the file's content."""
        _check_case_id(case_id)

        def change(table: Table) -> bool:
            doc = _find(table, case_id)
            if doc is None:
                table.insert({"case_id": case_id, "note": "", "added_at": _now()})
                return True
            table.remove(doc_ids=[doc.doc_id])
            return False

        return self._change(change)

    def set_note(self, case_id: str, note: str) -> Bookmark:
        """Set the note; a case that is not bookmarked yet is bookmarked (a note is never dropped)."""
        return self.add(case_id, note)

    # -- reading lists ---------------------------------------------------------------------------------------

    def export(self, path: Path) -> int:
        """Write the bookmarks as a reading-list file (atomically); returns how many."""
        self.reload()
        items = self.all()
        document = {
            "format": EXPORT_FORMAT,
            "version": EXPORT_VERSION,
            "exported_at": _now(),
            "bookmarks": [{"case_id": b.case_id, "note": b.note, "added_at": b.added_at} for b in items],
        }
        path = Path(path)
        try:
            storage.atomic_write_bytes(path, storage.serialize(document))
        except OSError as exc:
            raise storage.write_error(path, exc) from exc
        return len(items)

    def import_file(self, path: Path) -> int:
        """Merge a reading-list file; returns how many new bookmarks were added.

        Existing bookmarks keep their place; a different note from the file is appended to theirs. A file that is
        not a reading list raises BookmarkFileError and changes nothing.
        """
        entries = read_reading_list(Path(path))

        def change(table: Table) -> int:
            existing = {d.get("case_id"): d for d in table.all()}
            new: dict[str, dict[str, str]] = {}
            for entry in entries:
                doc = existing.get(entry.case_id)
                if doc is not None:
                    merged = _merge_note(doc.get("note", ""), entry.note)
                    if merged != doc.get("note"):
                        doc["note"] = merged
                        table.update({"note": merged}, doc_ids=[doc.doc_id])
                elif entry.case_id in new:
                    new[entry.case_id]["note"] = _merge_note(new[entry.case_id]["note"], entry.note)
                else:
                    new[entry.case_id] = {"case_id": entry.case_id, "note": entry.note,
                                          "added_at": entry.added_at or _now()}
            table.insert_multiple(new.values())
            return len(new)

        return self._change(change)

    # -- internals -------------------------------------------------------------------------------------------

    def _set(self, items: list[Bookmark]) -> None:
        self._items = items
        self._by_id = {b.case_id: b for b in items}

    def _change(self, change: Callable[[Table], T]) -> T:
        if self.read_only:
            raise ReadOnlyError(storage.read_only_message(self.path.name))
        try:
            with storage.transaction(self.path) as db:
                table = db.table(TABLE)
                result = change(table)
                items = _bookmarks_of(db.storage.read() or {})
        except DamagedFileError:
            # Damaged since we opened it (edited by hand?): repair now, and say the change was not made.
            self.reload()
            raise StorageError(translate(
                "Bookmarks", "{recovered} この変更は保存されていません。もう一度操作してください。"
            ).format(recovered=self.recovered)) from None
        self._set(items)
        return result


def _find(table: Table, case_id: str) -> Any:
    for doc in table.all():
        if doc.get("case_id") == case_id:
            return doc
    return None


def read_reading_list(path: Path) -> list[Bookmark]:
    """The bookmarks of a reading-list file (or of an app bookmarks.json). Raises BookmarkFileError."""
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise BookmarkFileError(translate(
                "Bookmarks", "{name} は大きすぎるため、ブックマークのファイルではありません。").format(name=name))
        raw = path.read_bytes()
    except OSError as exc:
        raise BookmarkFileError(translate("Bookmarks", "{name} を読み込めませんでした（{reason}）。").format(
            name=name, reason=exc.strerror)) from exc
    try:
        data = orjson.loads(raw.removeprefix(b"\xef\xbb\xbf"))  # Notepad may add a BOM
    except orjson.JSONDecodeError as exc:
        raise BookmarkFileError(translate(
            "Bookmarks", "{name} は JSON ではないため、ブックマークとして読み込めませんでした。").format(name=name)
        ) from exc
    foreign = BookmarkFileError(
        translate("Bookmarks", "{name} は DX事例ブラウザのブックマークファイルではありません。").format(name=name))
    if not isinstance(data, dict):
        raise foreign
    if "format" not in data and isinstance(data.get(TABLE), dict):
        # The app's own TinyDB file, e.g. a backup: documents in doc-id order.
        docs = data[TABLE]
        if not all(isinstance(k, str) and k.isascii() and k.isdigit() for k in docs):
            raise foreign
        rows: Any = [docs[k] for k in sorted(docs, key=int)]
    else:
        if data.get("format") != EXPORT_FORMAT:
            raise foreign
        version = data.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise foreign
        if version > EXPORT_VERSION:
            raise BookmarkFileError(translate(
                "Bookmarks",
                "{name} は新しい版の DX事例ブラウザで書き出されたため読み込めません（形式の版 {version}）。",
            ).format(name=name, version=version))
        rows = data.get("bookmarks")
        if not isinstance(rows, list):
            raise foreign
    entries: list[Bookmark] = []
    for number, row in enumerate(rows, start=1):
        case_id = row.get("case_id") if isinstance(row, dict) else None
        note = row.get("note", "") if isinstance(row, dict) else None
        added_at = row.get("added_at", "") if isinstance(row, dict) else None
        if not (isinstance(case_id, str) and case_id.strip() and len(case_id) <= 200
                and isinstance(note, str) and isinstance(added_at, str)):
            raise BookmarkFileError(translate(
                "Bookmarks", "{name} の {number} 件目のブックマークが正しくありません。"
            ).format(name=name, number=number))
        entries.append(Bookmark(case_id, _clean_note(note), added_at))
    return entries
