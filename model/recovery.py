"""Repairing a damaged user file when it is opened.

A file that does not parse, or that the caller's ``validate`` rejects, is copied aside as
``<name>.damaged-<timestamp>`` and the newest backup that parses and passes ``validate`` is put back, under the
file's lock, with a one-line message for the user. See model/storage.py (which re-exports :func:`recover` and
:func:`recover_and_read`) for the whole picture.
"""

from __future__ import annotations

from contextlib import suppress
from datetime import UTC, datetime
from pathlib import Path

from model.backups import backup_dir, backup_time, backups
from model.files import (
    TEMP_SUFFIX,
    DamagedFileError,
    StorageError,
    Tables,
    Validate,
    atomic_write_bytes,
    folder_writable,
    fsync_dir,
    glob_escape,
    parse_tables,
    read_bytes,
    read_tables,
)
from model.i18n import translate
from model.locks import LOCK_TIMEOUT, locked


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

    Returns None when the file is fine (or missing), else a one-line translated message for the user saying
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
