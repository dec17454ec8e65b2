"""Backups of a user file: every saved version is also kept, verified, in `backups/` beside it; the newest 5 stay.

`backups/<name>.<UTC timestamp>.json`, newest first by name. model/storage.py makes one on every save and restores
the newest one that parses when the file is found damaged at start-up.
"""

from __future__ import annotations

import errno
import re
from contextlib import suppress
from datetime import UTC, datetime
from pathlib import Path

from model.files import StorageError, atomic_write_bytes, parse_tables
from model.i18n import translate

BACKUP_GENERATIONS = 5
BACKUP_DIR_NAME = "backups"
_BACKUP_STAMP = "%Y%m%dT%H%M%S.%fZ"
_BACKUP_STAMP_RE = r"\d{8}T\d{6}\.\d{6}Z"



def backup_dir(path: Path) -> Path:
    return Path(path).parent / BACKUP_DIR_NAME


def backups(path: Path) -> list[Path]:
    """The backups of ``path``, newest first."""
    path = Path(path)
    pattern = re.compile(re.escape(path.name) + r"\.(" + _BACKUP_STAMP_RE + r")\.json")
    try:
        entries = list(backup_dir(path).iterdir())
    except OSError:
        return []
    found = [p for p in entries if pattern.fullmatch(p.name)]
    return sorted(found, key=lambda p: p.name, reverse=True)


def backup_time(backup: Path) -> datetime:
    """When the version in ``backup`` was saved (UTC), read from its name."""
    stamp = re.search(_BACKUP_STAMP_RE + r"(?=\.json$)", backup.name)
    if stamp is None:
        raise ValueError(f"not a backup name: {backup.name}")
    return datetime.strptime(stamp.group(0), _BACKUP_STAMP).replace(tzinfo=UTC)


def _unique_stamp(folder: Path, name: str) -> str:
    now = datetime.now(UTC)
    while True:
        stamp = now.strftime(_BACKUP_STAMP)
        if not (folder / f"{name}.{stamp}.json").exists():
            return stamp
        now = now.replace(microsecond=(now.microsecond + 1) % 1_000_000)


def make_backup(path: Path, data: bytes) -> Path:
    """Copy ``data`` (a version of ``path``) into the backups folder and check it reads back identically."""
    folder = backup_dir(path)
    folder.mkdir(exist_ok=True)
    target = folder / f"{path.name}.{_unique_stamp(folder, path.name)}.json"
    atomic_write_bytes(target, data)
    try:
        ok = target.read_bytes() == data
        if ok:
            parse_tables(data, target.name)
    except (OSError, StorageError):
        ok = False
    if not ok:
        with suppress(OSError):
            target.unlink()
        raise OSError(errno.EIO, translate("Storage", "バックアップを検証できませんでした"))
    return target


def prune_backups(path: Path) -> None:
    for old in backups(path)[BACKUP_GENERATIONS:]:
        with suppress(OSError):
            old.unlink()


def newest_backup_bytes(path: Path) -> bytes | None:
    for backup in backups(path)[:1]:
        with suppress(OSError):
            return backup.read_bytes()
    return None
