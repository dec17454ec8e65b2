"""Bookmarks as a working set: the cases a user marked, each with a note, a status, collections and a dated contact
log, plus a trash so that nothing is lost by one keystroke.

Modules: ``entries`` (what a bookmark holds, statuses, limits and checks), ``fileformat`` (bookmarks.json on disk,
validation, migration from version 1), ``merge`` (field-by-field merging), ``reading_list`` (the format of files
exchanged with colleagues), ``exchange`` (writing them and merging them in), ``collections`` and ``store``
(BookmarkStore, every change an atomic, locked, backed-up save).
"""

from __future__ import annotations

from model.bookmarks.entries import (
    DEFAULT_STATUS,
    MAX_BOOKMARKS,
    MAX_LOG_TEXT_CHARS,
    MAX_NOTE_CHARS,
    STATUSES,
    Bookmark,
    BookmarkInputError,
    LogEntry,
    status_label,
)
from model.bookmarks.fileformat import STORE_VERSION, validate_bookmark_tables
from model.bookmarks.reading_list import EXPORT_FORMAT, EXPORT_VERSION, BookmarkFileError, read_reading_list
from model.bookmarks.store import BookmarkStore
from model.bookmarks.working_set import TrashEntry

__all__ = [
    "DEFAULT_STATUS", "EXPORT_FORMAT", "EXPORT_VERSION", "MAX_BOOKMARKS", "MAX_LOG_TEXT_CHARS", "MAX_NOTE_CHARS",
    "STATUSES", "STORE_VERSION", "Bookmark", "BookmarkFileError", "BookmarkInputError", "BookmarkStore", "LogEntry",
    "TrashEntry", "read_reading_list", "status_label", "validate_bookmark_tables",
]
