"""Backups of a user file: every saved version is also kept, verified, in `backups/` beside it; the newest 5 stay.

A backup is `backups/<name>.g<generation>.<UTC timestamp>.json`. The **generation** orders them: each new backup
gets one more than the highest generation in the folder (backups are made under the file's lock, so two writers
never pick the same number). The clock plays no part in the order, so a clock set ahead and then back (a wrong
BIOS clock corrected by NTP) cannot make an old version look newest, make recovery restore it, or make pruning
delete the version just saved. The timestamp is only shown to the user ("the backup of
2026-11-28 17:40").

Backups named before generations existed (`<name>.<UTC timestamp>.json`) still count, as generation 0: older than
any numbered one, in timestamp order among themselves.

model/storage.py makes one on every save and restores the newest one that parses (and passes the file's
validator) when the file is found damaged.
"""

from __future__ import annotations

import errno
import re
from contextlib import suppress
from datetime import UTC, datetime
from pathlib import Path

from model.files import atomic_write_bytes
from model.i18n import translate

BACKUP_GENERATIONS = 5
BACKUP_DIR_NAME = "backups"
_BACKUP_STAMP = "%Y%m%dT%H%M%S.%fZ"
_BACKUP_STAMP_RE = r"\d{8}T\d{6}\.\d{6}Z"
_GENERATION_RE = r"g(\d{1,18})"


def backup_dir(path: Path) -> Path:
    return Path(path).parent / BACKUP_DIR_NAME


def _pattern(name: str) -> re.Pattern[str]:
    return re.compile(re.escape(name) + r"\.(?:" + _GENERATION_RE + r"\.)?(" + _BACKUP_STAMP_RE + r")\.json")


def _order(match: re.Match[str]) -> tuple[int, str]:
    generation, stamp = match.group(1), match.group(2)
    return (int(generation) if generation else 0, stamp)


def _found(path: Path) -> list[tuple[tuple[int, str], Path]]:
    path = Path(path)
    pattern = _pattern(path.name)
    try:
        entries = list(backup_dir(path).iterdir())
    except OSError:
        return []
    found = []
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if match is not None:
            found.append((_order(match), entry))
    found.sort(key=lambda item: item[0], reverse=True)
    return found


def backups(path: Path) -> list[Path]:
    """The backups of ``path``, newest (highest generation) first."""
    return [entry for _, entry in _found(path)]


def backup_generation(backup: Path) -> int:
    """The generation of ``backup`` (0 for a backup named before generations existed)."""
    match = re.search(r"\." + _GENERATION_RE + r"\." + _BACKUP_STAMP_RE + r"\.json$", backup.name)
    return int(match.group(1)) if match else 0


def backup_time(backup: Path) -> datetime:
    """When the version in ``backup`` was saved (UTC, by the clock of that moment), read from its name."""
    stamp = re.search(_BACKUP_STAMP_RE + r"(?=\.json$)", backup.name)
    if stamp is None:
        raise ValueError(f"not a backup name: {backup.name}")
    return datetime.strptime(stamp.group(0), _BACKUP_STAMP).replace(tzinfo=UTC)


def next_generation(path: Path) -> int:
    found = _found(path)
    return found[0][0][0] + 1 if found else 1


def make_backup(path: Path, data: bytes) -> Path:
    """Copy ``data`` (a version of ``path``) into the backups folder as the next generation and check it reads back
    identically. The caller holds the file's lock.

    ``data`` is bytes that parse: the caller serialised them itself or has just parsed them (storage.commit_bytes),
    so the byte-for-byte read-back is the whole check; parsing them again here cost a second tree of the file in
    memory (155 MB of the 375 MB peak of a 10,000-case import)."""
    folder = backup_dir(path)
    folder.mkdir(exist_ok=True)
    generation = next_generation(path)
    stamp = datetime.now(UTC).strftime(_BACKUP_STAMP)
    target = folder / f"{path.name}.g{generation:06d}.{stamp}.json"
    while target.exists():  # only if something outside the app made this name
        generation += 1
        target = folder / f"{path.name}.g{generation:06d}.{stamp}.json"
    atomic_write_bytes(target, data, private=True)
    try:
        ok = _holds(target, data)
    except OSError:
        ok = False
    if not ok:
        with suppress(OSError):
            target.unlink()
        raise OSError(errno.EIO, translate("Storage", "バックアップを検証できませんでした"))
    return target


def _holds(path: Path, data: bytes) -> bool:
    """Whether the file at ``path`` is ``data`` byte for byte, read a piece at a time (reading it whole would hold
    a second copy of the file in memory: 49 MB for 10,000 cases)."""
    pos = 0
    with path.open("rb") as f:
        while piece := f.read(_CHECK_PIECE):
            if not data.startswith(piece, pos):  # a compare in place (a memoryview compares item by item: slow)
                return False
            pos += len(piece)
    return pos == len(data)


_CHECK_PIECE = 1 << 20


def prune_backups(path: Path) -> None:
    """Keep the newest :data:`BACKUP_GENERATIONS` generations; the newest is never removed."""
    for old in backups(path)[BACKUP_GENERATIONS:]:
        with suppress(OSError):
            old.unlink()


def newest_backup_holds(path: Path, data: bytes) -> bool:
    """Whether the newest backup of ``path`` is ``data`` byte for byte (False when there is none or it cannot be
    read)."""
    for backup in backups(path)[:1]:
        with suppress(OSError):
            return _holds(backup, data)
    return False
