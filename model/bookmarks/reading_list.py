"""Reading-list files: the bookmarks (all, or one collection) written out for a colleague, and read back in.

A documented JSON format::

    {"format": "dx-casebook-bookmarks", "version": 2, "exported_at": "2026-11-28T17:40:00+09:00",
     "collection": "12月課長会議" | null, "collections": ["12月課長会議", …],
     "bookmarks": [{"case_id": "1-0001", "note": "…", "added_at": "…", "status": "considering",
                    "collections": ["12月課長会議"], "log": [{"date": "2026-11-30", "text": "…", "added": "…"}],
                    "updated": {"note": "…", "status": "…", "collections": "…"}}, …]}

Version 1 files (``case_id``, ``note``, ``added_at`` only) are read too, and so is a bookmarks.json of the app itself
(for instance a file from ``backups/``). Only a regular file is read, at most MAX_IMPORT_BYTES, with at most
MAX_BOOKMARKS entries; every entry is checked, and the first bad one is reported in one line.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from model.bookmarks.entries import (
    DEFAULT_STATUS,
    MAX_BOOKMARKS,
    MAX_LOG_ENTRIES,
    Bookmark,
    BookmarkInputError,
    LogEntry,
    Updated,
    check_case_id,
    check_collection_name,
    check_date,
    check_log_text,
    check_note,
    check_status,
    now,
)
from model.bookmarks.fileformat import (
    LEGACY_TABLE,
    META_TABLE,
    NewerFileError,
    doc_of_bookmark,
    state_of,
    validate_bookmark_tables,
)
from model.files import StorageError
from model.i18n import translate

EXPORT_FORMAT = "dx-casebook-bookmarks"
EXPORT_VERSION = 2
MAX_IMPORT_BYTES = 20 * 1024 * 1024  # a reading list is a few kB; anything this large is not one


class BookmarkFileError(StorageError, ValueError):
    """A file given to ``import_file`` is not a reading list we can read; ``str()`` says why, in one line."""


@dataclass(frozen=True)
class ReadingList:
    bookmarks: list[Bookmark]
    collections: list[str]


def export_document(bookmarks: list[Bookmark], collections: list[str], collection: str | None) -> dict[str, Any]:
    rows = []
    for bm in bookmarks:
        row = doc_of_bookmark(bm)
        del row["seq"]
        rows.append(row)
    return {"format": EXPORT_FORMAT, "version": EXPORT_VERSION, "exported_at": now(), "collection": collection,
            "collections": collections, "bookmarks": rows}


def _read_regular_file(path: Path) -> bytes:
    name = path.name
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; the check below then refuses it.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise BookmarkFileError(translate("Bookmarks", "{name} を読み込めませんでした（{reason}）。").format(
            name=name, reason=exc.strerror)) from exc
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise BookmarkFileError(translate(
                "Bookmarks", "{name} は通常のファイルではないため読み込めません。").format(name=name))
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            total += len(chunk)
            if total > MAX_IMPORT_BYTES:
                raise BookmarkFileError(translate(
                    "Bookmarks", "{name} は大きすぎるため、ブックマークのファイルではありません。").format(name=name))
            chunks.append(chunk)
    except OSError as exc:
        raise BookmarkFileError(translate("Bookmarks", "{name} を読み込めませんでした（{reason}）。").format(
            name=name, reason=exc.strerror)) from exc
    finally:
        os.close(fd)
    return b"".join(chunks)


def _entry(row: Any) -> Bookmark:
    """One checked reading-list row (raises BookmarkInputError or TypeError/KeyError for a wrong shape)."""
    if not isinstance(row, dict):
        raise TypeError("not an object")
    case_id = check_case_id(row.get("case_id"))
    note = check_note(row.get("note", ""))
    added_at = row.get("added_at", "")
    if not isinstance(added_at, str):
        raise TypeError("added_at")
    status = check_status(row.get("status", DEFAULT_STATUS))
    names = row.get("collections", [])
    if not isinstance(names, list):
        raise TypeError("collections")
    collections = tuple(dict.fromkeys(check_collection_name(n) for n in names))
    log_rows = row.get("log", [])
    if not isinstance(log_rows, list) or len(log_rows) > MAX_LOG_ENTRIES:
        raise TypeError("log")
    log = []
    for entry in log_rows:
        if not isinstance(entry, dict) or not isinstance(entry.get("added", ""), str):
            raise TypeError("log entry")
        log.append(LogEntry(check_date(entry.get("date")), check_log_text(entry.get("text")), entry.get("added", "")))
    updated = row.get("updated", {})
    if not isinstance(updated, dict) or not all(isinstance(updated.get(k, ""), str)
                                                for k in ("note", "status", "collections")):
        raise TypeError("updated")
    return Bookmark(case_id, note, added_at, status, collections, tuple(log),
                    Updated(updated.get("note", ""), updated.get("status", ""), updated.get("collections", "")))


def read_reading_list(path: Path) -> ReadingList:
    """The bookmarks of a reading-list file (or of an app bookmarks.json). Raises BookmarkFileError."""
    path = Path(path)
    name = path.name
    raw = _read_regular_file(path)
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
    newer = BookmarkFileError(translate(
        "Bookmarks", "{name} は新しい版の DX事例ブラウザで書き出されたため読み込めません（形式の版 {version}）。"))
    if "format" not in data and (isinstance(data.get(LEGACY_TABLE), dict) or isinstance(data.get(META_TABLE), dict)):
        # The app's own bookmarks file, e.g. a backup.
        try:
            validate_bookmark_tables(data)
            state = state_of(data)
        except NewerFileError as exc:
            raise BookmarkFileError(str(newer).format(name=name, version=exc.args[0])) from None
        except (ValueError, KeyError, TypeError, AttributeError):
            raise foreign from None
        rows: Any = [doc_of_bookmark(b) for b in state.bookmarks]
        names: Any = state.collection_names()
    else:
        if data.get("format") != EXPORT_FORMAT:
            raise foreign
        version = data.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise foreign
        if version > EXPORT_VERSION:
            raise BookmarkFileError(str(newer).format(name=name, version=version))
        rows = data.get("bookmarks")
        names = data.get("collections", [])
        if not isinstance(rows, list) or not isinstance(names, list):
            raise foreign
    if len(rows) > MAX_BOOKMARKS:
        raise BookmarkFileError(translate(
            "Bookmarks", "{name} のブックマークが多すぎます（{count} 件。{limit} 件まで）。").format(
            name=name, count=f"{len(rows):,}", limit=f"{MAX_BOOKMARKS:,}"))
    entries: list[Bookmark] = []
    for number, row in enumerate(rows, start=1):
        try:
            entries.append(_entry(row))
        except BookmarkInputError as exc:
            raise BookmarkFileError(translate(
                "Bookmarks", "{name} の {number} 件目のブックマークが正しくありません: {reason}").format(
                name=name, number=number, reason=exc)) from None
        except (TypeError, KeyError):
            raise BookmarkFileError(translate(
                "Bookmarks", "{name} の {number} 件目のブックマークが正しくありません。"
            ).format(name=name, number=number)) from None
    try:
        collections = list(dict.fromkeys(check_collection_name(n) for n in names))
    except BookmarkInputError as exc:
        raise BookmarkFileError(f"{name}: {exc}") from None
    for bm in entries:
        collections += [n for n in bm.collections if n not in collections]
    return ReadingList(entries, collections)
