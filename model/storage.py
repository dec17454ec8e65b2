"""Atomic, locked, backed-up storage for every file DX事例ブラウザ writes.

A user file is a TinyDB document tree (``{table: {doc_id: document}}``) kept as UTF-8 JSON. Four things
protect it:

* **Atomic replace.** A write serialises with orjson (UTF-8, Japanese stays Japanese, no ``\\u`` escapes) into a
  temp file in the same folder, flushes and fsyncs it, ``os.replace``-s it over the file and fsyncs the folder.
  A reader therefore always sees either the whole old file or the whole new one, even if the writer is killed.
  When a write fails (disk full, no permission, the replace refused) the old file is left byte-for-byte as it
  was, the temp file is removed and :class:`StorageError` is raised; the next write simply tries again.
* **A lock per file** (``<file>.lock``, via ``filelock``). Every change is a read-modify-write inside
  :func:`transaction`, which takes the exclusive lock, opens a *fresh* TinyDB over the current file (TinyDB caches
  its next document id per instance, so a long-lived instance would hand out ids another process already used),
  and writes once when the block ends without an exception. Reads need no lock.
* **Backups.** Each version of the file that is written is also copied, verified, into ``backups/`` beside it
  (``backups/<name>.g<generation>.<UTC timestamp>.json``, see model/backups.py); the last
  :data:`BACKUP_GENERATIONS` generations are kept, ordered by their number, never by the clock. Nothing is
  written, and no backup made, when the data did not change.
* **Recovery.** :func:`recover` / :func:`recover_and_read` run when a file is opened: a file that does not parse,
  or does not fit its format, is moved aside as ``<name>.damaged-<timestamp>`` and the newest backup that is valid
  is put back, with a one-line message for the user.

**Validation.** A file can parse and still be nonsense for its reader (``{"cases": {"1": {"id": "x"}}}``). Every
entry point takes an optional ``validate(tables) -> None`` that raises ``ValueError`` (its message: one line saying
what is wrong) when the tree does not fit the document format; such a file is damaged exactly like a truncated
one: :func:`recover` / :func:`recover_and_read` restore the newest backup that passes ``validate`` (backups that
fail it are skipped), :func:`transaction` refuses to overwrite it (DamagedFileError) and refuses to *write* a tree
that fails it (StorageError, file unchanged), :func:`read_tables` raises DamagedFileError. Pass the same function
everywhere the file is opened. The validators live next to their formats: ``model.case_schema.validate_case_tables``
for library files, the bookmark file's in model/bookmarks.py::

    tables = recover_and_read(path, validate=check)[0]
    message = recover(path, validate=check)
    with transaction(path, validate=check) as db: ...
    tables = read_tables(path, validate=check)

**No usable backup.** For the app's own data files (bookmarks.json, library.json) a damaged file without a valid
backup is kept aside and the app starts empty, with a message. For a file the user named (the CLI's ``--db``),
``keep_without_backup=True`` leaves it where it is, untouched, and :func:`recover_and_read` raises
DamagedFileError with one line.

Use::

    from model.storage import AtomicJSONStorage, StorageError, recover, transaction

    message = recover(path)                # None, or a one-line translated message to show the user
    with transaction(path) as db:          # exclusive lock; the file is written once, at the end
        db.table("cases").remove(...)
        db.table("cases").insert_multiple(...)
    # an exception inside the block discards every change made in it

    db = TinyDB(path, storage=AtomicJSONStorage)   # lock-free reads (and single-process use)
    tables = read_tables(path)                      # or the raw tables, {} when the file is missing

Every error a user can meet is a :class:`StorageError` whose ``str()`` is one line of Japanese.

Layers: model/files.py (atomic replace, the file format, the errors), model/backups.py (the generations),
model/locks.py (the lock) and model/recovery.py (repairs) sit under this module, which adds the TinyDB storage and
transactions; the names other modules use are re-exported here, so callers import from ``model.storage`` only.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from tinydb import TinyDB
from tinydb.storages import Storage

from model.backups import (
    BACKUP_DIR_NAME,
    BACKUP_GENERATIONS,
    backup_dir,
    backup_generation,
    backup_time,
    backups,
    make_backup,
    newest_backup_holds,
    prune_backups,
)
from model.files import (
    DamagedFileError,
    LockTimeoutError,
    ReadOnlyError,
    StorageError,
    Tables,
    Validate,
    atomic_write_bytes,
    folder_writable,
    fsync_dir,
    parse_tables,
    read_bytes,
    read_only_message,
    read_tables,
    replace_file,
    serialize,
    write_error,
    write_temp,
)
from model.i18n import translate
from model.locks import LOCK_TIMEOUT, locked
from model.recovery import recover, recover_and_read

# What other modules and the tests use through this module (the storage's public face).
__all__ = [
    "BACKUP_DIR_NAME", "BACKUP_GENERATIONS", "LOCK_TIMEOUT", "AtomicJSONStorage", "DamagedFileError",
    "LockTimeoutError", "ReadOnlyError", "StorageError", "Tables", "Validate", "atomic_write_bytes", "backup_dir",
    "backup_generation", "backup_time", "backups", "commit_bytes", "folder_writable", "locked", "parse_tables",
    "read_only_message", "read_tables", "recover", "recover_and_read", "serialize", "transaction", "write_error",
]


def commit_bytes(path: Path, new: bytes, old: bytes | None, validate: Validate | None = None) -> bool:
    """Write ``new`` over ``path`` (whose current content is ``old``) with backups. Caller holds the lock.

    Returns False when nothing needed writing. Raises StorageError with the file left as it was: DamagedFileError
    when ``old`` is damaged (it is never overwritten), StorageError when ``new`` does not pass ``validate``.
    """
    path = Path(path)
    if new == old:
        return False
    if validate is not None:
        _refuse_invalid(path, new, validate)
    tmp: Path | None = None
    new_backup: Path | None = None
    try:
        if old is not None:
            # Never overwrite a damaged file: recover() moves it aside and tells the user.
            parse_tables(old, path.name, validate)
            # Normally the current version is already the newest backup (it was copied when written); a file
            # written by something else, or before backups existed, is kept first.
            if not newest_backup_holds(path, old):
                make_backup(path, old)
        # Private when new; a file that exists (e.g. a --db library the user shares) keeps its mode.
        tmp = write_temp(path.parent, path.name, new, private=True, like=path)
        new_backup = make_backup(path, new)
        replace_file(tmp, path)
        tmp = new_backup = None
    except OSError as exc:
        raise write_error(path, exc) from exc
    finally:
        # A failed save leaves no trace: neither its temp file nor a backup of a version that never was.
        for leftover in (tmp, new_backup):
            if leftover is not None:
                with suppress(OSError):
                    leftover.unlink()
    fsync_dir(path.parent)
    prune_backups(path)
    return True


def _refuse_invalid(path: Path, new: bytes, validate: Validate) -> None:
    """A version that the next read would call damaged is never written (it would push a good backup out)."""
    try:
        parse_tables(new, path.name, validate)
    except DamagedFileError as exc:
        raise StorageError(translate(
            "Storage", "保存する内容が {name} の形式に合わないため保存しませんでした（{reason}）。"
            "以前の内容はそのまま残っています。"
        ).format(name=path.name, reason=exc.reason or exc)) from exc


# ---------------------------------------------------------------------------------------------------------------
# The TinyDB storage


class AtomicJSONStorage(Storage):
    """TinyDB storage over one JSON file with atomic writes and backups.

    ``TinyDB(path, storage=AtomicJSONStorage)`` reads the whole file on each operation and writes each change
    at once (under the file's lock, but the read-modify-write as a whole is only safe inside
    :func:`transaction`). ``deferred=True`` (what :func:`transaction` uses) reads the file once, keeps changes
    in memory and writes them in :meth:`commit`. ``read_only=True`` makes every write raise ReadOnlyError.
    A missing file reads as an empty database; a file that does not parse, or that ``validate`` rejects, raises
    DamagedFileError; a write that ``validate`` rejects raises StorageError.
    """

    def __init__(self, path: str | os.PathLike[str], *, deferred: bool = False, read_only: bool = False,
                 validate: Validate | None = None) -> None:
        super().__init__()
        self.path = Path(path)
        self.deferred = deferred
        self.read_only = read_only
        self.validate = validate
        self._loaded = False
        self._on_disk: bytes | None = None  # the bytes read (deferred mode), to skip unchanged writes
        self._data: Tables | None = None
        self._dirty = False

    def read(self) -> Tables | None:
        if self.deferred and self._loaded:
            return self._data
        raw = read_bytes(self.path)
        data = None if raw is None else parse_tables(raw, self.path.name, self.validate)
        if self.deferred:
            self._loaded, self._on_disk, self._data = True, raw, data
        return data

    def write(self, data: Tables) -> None:
        if self.read_only:
            raise ReadOnlyError(translate(
                "Storage", "{name} は読み取り専用で開いているため保存できません。"
            ).format(name=self.path.name))
        if self.deferred:
            self._data, self._dirty = data, True
            return
        new = serialize(data)
        with locked(self.path):
            commit_bytes(self.path, new, read_bytes(self.path), self.validate)

    def commit(self) -> bool:
        """Write the changes kept in memory (deferred mode). True when the file changed."""
        if not self._dirty:
            return False
        new = serialize(self._data)
        # A block that wrote without reading first still gets the damaged-file check and the backup.
        old = self._on_disk if self._loaded else read_bytes(self.path)
        changed = commit_bytes(self.path, new, old, self.validate)
        self._on_disk, self._dirty = new, False
        return changed

    def discard(self) -> None:
        self._loaded, self._on_disk, self._data, self._dirty = False, None, None, False


@contextmanager
def transaction(path: Path, timeout: float = LOCK_TIMEOUT, validate: Validate | None = None) -> Iterator[TinyDB]:
    """Exclusive read-modify-write of ``path``: yields a fresh TinyDB over the current file, writes once at the end.

    An exception in the block discards all its changes (the file is not touched). Raises LockTimeoutError,
    ReadOnlyError, DamagedFileError (the file does not parse or fails ``validate``: run :func:`recover`) or
    StorageError (save failed, or the new content fails ``validate``; the file is unchanged).
    """
    path = Path(path)
    with locked(path, timeout):
        db = TinyDB(path, storage=AtomicJSONStorage, deferred=True, validate=validate)
        storage = db.storage
        assert isinstance(storage, AtomicJSONStorage)
        try:
            yield db
        except BaseException:
            storage.discard()
            raise
        storage.commit()
