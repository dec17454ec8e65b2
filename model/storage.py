"""Atomic, locked, backed-up storage for every file DX事例ブラウザ writes (issue 4, issue 14).

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

    message = recover(path)                # None, or a one-line Japanese message to show the user
    with transaction(path) as db:          # exclusive lock; the file is written once, at the end
        db.table("cases").remove(...)
        db.table("cases").insert_multiple(...)
    # an exception inside the block discards every change made in it

    db = TinyDB(path, storage=AtomicJSONStorage)   # lock-free reads (and single-process use)
    tables = read_tables(path)                      # or the raw tables, {} when the file is missing

Every error a user can meet is a :class:`StorageError` whose ``str()`` is one line of Japanese.

Layers: model/files.py (atomic replace, the file format, the errors) and model/backups.py (the generations) sit
under this module, which adds the lock, the TinyDB storage, transactions and recovery; the names other modules use
are re-exported here, so callers import from ``model.storage`` only.
"""

from __future__ import annotations

import errno
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import filelock

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
    newest_backup_bytes,
    prune_backups,
)
from model.files import (
    TEMP_SUFFIX,
    DamagedFileError,
    LockTimeoutError,
    ReadOnlyError,
    StorageError,
    Tables,
    Validate,
    atomic_write_bytes,
    folder_writable,
    fsync_dir,
    glob_escape,
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

# What other modules and the tests use through this module (the storage's public face).
__all__ = [
    "BACKUP_DIR_NAME", "BACKUP_GENERATIONS", "LOCK_TIMEOUT", "AtomicJSONStorage", "DamagedFileError",
    "LockTimeoutError", "ReadOnlyError", "StorageError", "Tables", "Validate", "atomic_write_bytes", "backup_dir",
    "backup_generation", "backup_time", "backups", "commit_bytes", "folder_writable", "locked", "parse_tables",
    "read_only_message", "read_tables", "recover", "recover_and_read", "serialize", "transaction", "write_error",
]

LOCK_TIMEOUT = 10.0  # seconds; a holder longer than this is stuck or another program is misbehaving
# filelock polls a contended lock; its 50 ms default would make two busy writers take turns very slowly.
_POLL_INTERVAL = 0.002


def _stale_temps(path: Path) -> list[Path]:
    found: list[Path] = []
    for folder in (path.parent, backup_dir(path)):
        with suppress(OSError):
            found += folder.glob(f".{glob_escape(path.name)}.*{TEMP_SUFFIX}")
    return found


def _clean_stale_temps(path: Path, timeout: float) -> None:
    """Remove temp files a killed writer left, taking the lock only when there are any (start-up stays lock-free)."""
    if _stale_temps(path) and path.parent.is_dir() and folder_writable(path.parent):
        with suppress(StorageError), locked(path, timeout):
            _remove_stale_temps(path)


def _remove_stale_temps(path: Path) -> None:
    """Temp files left by a writer that was killed mid-save. Called under the lock, so none is in use."""
    for folder in (path.parent, backup_dir(path)):
        with suppress(OSError):
            for leftover in folder.glob(f".{glob_escape(path.name)}.*{TEMP_SUFFIX}"):
                with suppress(OSError):
                    leftover.unlink()


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
            if newest_backup_bytes(path) != old:
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
# Locking

_locks: dict[str, filelock.BaseFileLock] = {}
_locks_guard = threading.Lock()


def _lock_for(path: Path) -> filelock.BaseFileLock:
    """One reentrant lock object per file: a second object on the same file would deadlock this process."""
    key = os.path.abspath(path)
    with _locks_guard:
        lock = _locks.get(key)
        if lock is None:
            import filelock  # 20-40 ms to import: only when something is written

            lock = filelock.FileLock(key + ".lock", poll_interval=_POLL_INTERVAL)
            _locks[key] = lock
        return lock


@contextmanager
def locked(path: Path, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
    """Hold the exclusive lock of ``path`` (reentrant within a thread). Creates the folder if needed."""
    import filelock

    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = _lock_for(path)
        lock.acquire(timeout=timeout)
    except filelock.Timeout as exc:
        raise LockTimeoutError(translate(
            "Storage", "{name} は別のプログラム（もう一つの DX事例ブラウザなど）が使用中のため、"
            "{seconds} 秒待っても保存できませんでした。しばらくしてからもう一度お試しください。"
        ).format(name=path.name, seconds=f"{timeout:g}")) from exc
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise ReadOnlyError(read_only_message(path.name)) from exc
        raise write_error(path, exc) from exc
    try:
        yield
    finally:
        lock.release()


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


# ---------------------------------------------------------------------------------------------------------------
# Recovery at start-up


def _local_minute(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _damage(raw: bytes | None, name: str, validate: Validate | None) -> DamagedFileError | None:
    """Why ``raw`` is damaged, or None when it is fine (or there is no file)."""
    if raw is None:
        return None
    try:
        parse_tables(raw, name, validate)
    except DamagedFileError as exc:
        return exc
    return None


def recover(path: Path, timeout: float = LOCK_TIMEOUT, validate: Validate | None = None, *,
            keep_without_backup: bool = False) -> str | None:
    """Check ``path`` when it is opened; repair it from a backup if it does not parse or fails ``validate``.

    Returns None when the file is fine (or missing), else a one-line Japanese message for the user saying
    what happened. Never raises. A copy of the damaged file is kept as ``<name>.damaged-<timestamp>`` before
    anything replaces it, and the newest backup that parses and passes ``validate`` is put back. Without such a
    backup the damaged file is removed (the copy stays) and the app starts empty, or, with
    ``keep_without_backup``, left where it is, untouched. When the repair cannot be completed (read-only folder,
    disk full, lock held) the damaged file stays where it is, so no save can overwrite it and the next start
    tries again. Also removes temp files left by a writer that was killed.
    """
    path = Path(path)
    name = path.name
    try:
        damage = _damage(read_bytes(path), name, validate)
    except StorageError as exc:
        return str(exc)
    if damage is None:
        _clean_stale_temps(path, timeout)
        return None
    if not folder_writable(path.parent):
        return translate(
            "Storage", "{name} が壊れていますが、フォルダーに書き込めないため復元できませんでした。"
        ).format(name=name)
    try:
        with locked(path, timeout):
            return _repair(path, validate, keep_without_backup)
    except StorageError as exc:
        return translate("Storage", "{name} が壊れていますが、いまは復元できませんでした（{error}）。").format(
            name=name, error=exc)


def recover_and_read(path: Path, timeout: float = LOCK_TIMEOUT, validate: Validate | None = None, *,
                     keep_without_backup: bool = False) -> tuple[Tables, str | None]:
    """:func:`recover` then :func:`read_tables`, parsing a healthy file once (the usual case at start-up).

    Returns the tables (which pass ``validate``) and recover's message. Raises DamagedFileError, whose one line
    says why, only when the file is damaged and was not repaired (no valid backup with ``keep_without_backup``,
    read-only folder, lock held).
    """
    path = Path(path)
    raw = read_bytes(path)
    if raw is not None:
        try:
            tables = parse_tables(raw, path.name, validate)
        except DamagedFileError:
            pass
        else:
            _clean_stale_temps(path, timeout)
            return tables, None
    message = recover(path, timeout, validate, keep_without_backup=keep_without_backup)
    try:
        return read_tables(path, validate), message
    except DamagedFileError as exc:
        raise DamagedFileError(message or str(exc), exc.reason) from exc


def _newest_valid_backup(path: Path, validate: Validate | None) -> tuple[Path, bytes] | None:
    for backup in backups(path):
        try:
            data = backup.read_bytes()
            parse_tables(data, backup.name, validate)
        except (OSError, StorageError):
            continue
        return backup, data
    return None


def _repair(path: Path, validate: Validate | None, keep_without_backup: bool) -> str | None:
    """recover() under the lock."""
    name = path.name
    _remove_stale_temps(path)
    raw = read_bytes(path)
    damage = _damage(raw, name, validate)
    if raw is None or damage is None:
        return None  # another process repaired it while we waited for the lock
    restore = _newest_valid_backup(path, validate)
    if restore is None and keep_without_backup:
        return translate(
            "Storage", "{damage}使えるバックアップがないため、ファイルはそのままにしてあります。"
        ).format(damage=damage)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = path.with_name(f"{name}.damaged-{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = path.with_name(f"{name}.damaged-{stamp}-{n}")
    # Copy rather than rename: if the repair fails half-way, the damaged file is still in place and blocks saves.
    try:
        atomic_write_bytes(aside, raw, private=True)
    except OSError as exc:
        return translate(
            "Storage", "{name} が壊れていますが、退避できなかったため復元していません（{reason}）。"
        ).format(name=name, reason=exc.strerror)
    if restore is not None:
        backup, data = restore
        try:
            atomic_write_bytes(path, data, private=True)
        except OSError as exc:
            return translate(
                "Storage", "{name} が壊れていたため {aside} として退避しましたが、"
                "バックアップから復元できませんでした（{reason}）。"
            ).format(name=name, aside=aside.name, reason=exc.strerror)
        return translate(
            "Storage", "{name} が壊れていたため {aside} として退避し、{time} のバックアップから復元しました。"
        ).format(name=name, aside=aside.name, time=_local_minute(backup_time(backup)))
    try:
        path.unlink()
        fsync_dir(path.parent)
    except OSError as exc:
        return translate(
            "Storage", "{name} が壊れていたため {aside} として退避しましたが、"
            "元のファイルを片付けられませんでした（{reason}）。"
        ).format(name=name, aside=aside.name, reason=exc.strerror)
    return translate(
        "Storage", "{name} が壊れていたため {aside} として退避しました。"
        "使えるバックアップがないため、空の状態から始めます。"
    ).format(name=name, aside=aside.name)
