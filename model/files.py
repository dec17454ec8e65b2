"""One user file on disk: atomic replacement, the strict TinyDB file format, and the errors a user can meet.

The low layer under model/storage.py (locks, TinyDB, recovery) and model/backups.py. A write goes to a temp file in
the same folder, is fsynced, `os.replace`-d over the file and the folder is fsynced, so a reader always sees the whole
old file or the whole new one. Every error is a `StorageError` whose `str()` is one line for the user.

Permissions: a file that already exists keeps its mode. A new file is private (0600) when it is the app's
own data (``private=True``: the data files, their backups, damaged copies) and gets the permissions the user's umask
gives (0644 under umask 022) when the user saved it somewhere (exports, PDFs, reading lists: the default), so a
colleague on a shared drive can open it.

A file can also be checked for its *content*: ``parse_tables(raw, name, validate)`` calls ``validate(tables)``, which
raises ValueError (one line saying what is wrong) when the document tree does not fit its format; that file is then
damaged just like one that does not parse.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import stat
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

import orjson

from model.i18n import translate

Tables = dict[str, dict[str, Any]]
# Checks a parsed file against its document format; raises ValueError (one line: what is wrong) when it does not fit.
Validate = Callable[[Tables], None]

TEMP_SUFFIX = ".tmp"


class StorageError(Exception):
    """A user file could not be read or written; ``str()`` is a one-line message for the user (Japanese)."""


class DamagedFileError(StorageError):
    """The file exists but is not a TinyDB JSON document tree (truncated, edited by hand, not ours), or its
    documents do not fit their format (``reason`` then says what is wrong)."""

    def __init__(self, message: str, reason: str | None = None) -> None:
        super().__init__(message)
        self.reason = reason


class ReadOnlyError(StorageError):
    """The folder cannot be written, so the file is open read-only."""


class LockTimeoutError(StorageError):
    """Another process held the file's lock for longer than the timeout."""


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable. Best effort: Windows cannot open folders, some filesystems refuse."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        # The data itself is already replaced and fsynced; failing the save now would report a loss that
        # did not happen.
        pass
    finally:
        os.close(fd)


def _new_temp(folder: Path, name: str, private: bool) -> tuple[int, Path]:
    """Create a temp file for ``name`` in ``folder``: mode 0600 when private, else what the umask gives."""
    if private:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{name}.", suffix=TEMP_SUFFIX, dir=folder)
        return fd, Path(tmp_name)
    # mkstemp always makes 0600; os.open with 0666 lets the kernel apply the umask, as any editor's save does.
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    for _ in range(100):
        tmp = Path(folder) / f".{name}.{secrets.token_hex(6)}{TEMP_SUFFIX}"
        try:
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temp file name", str(folder))


def _existing_mode(path: Path | None) -> int | None:
    if path is None:
        return None
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return None


def write_temp(folder: Path, name: str, data: bytes, *, private: bool = True, like: Path | None = None) -> Path:
    """Write ``data`` to a new fsynced temp file in ``folder``; on failure remove it and re-raise.

    The temp file gets the mode of ``like`` when that file exists (it is about to be replaced), else 0600
    (``private``) or the umask's default.
    """
    mode = _existing_mode(like)
    fd, tmp = _new_temp(folder, name, private)
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        if mode is not None and hasattr(os, "fchmod"):
            os.fchmod(fd, mode)
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        with suppress(OSError):
            tmp.unlink()
        raise
    os.close(fd)
    return tmp


def replace_file(src: Path, dst: Path) -> None:
    if sys.platform != "win32":
        os.replace(src, dst)
        return
    # On Windows a reader that has the target open makes the replace fail for a moment.
    for attempt in range(10):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if attempt == 9:
                raise
            time.sleep(0.05)


def atomic_write_bytes(path: Path, data: bytes, *, private: bool = False) -> None:
    """Replace ``path`` with ``data`` atomically (temp file, fsync, ``os.replace``, fsync folder).

    An existing file keeps its mode; a new one gets the umask's default (a file the user saves: exports, PDFs,
    reading lists), or 0600 with ``private=True`` (the app's own data and backups). Raises OSError; the old file
    is untouched and no temp file is left behind.
    """
    path = Path(path)
    tmp = write_temp(path.parent, path.name, data, private=private, like=path)
    try:
        replace_file(tmp, path)
    except BaseException:
        with suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def write_error(path: Path, exc: OSError) -> StorageError:
    """The user's one-line message for a failed save of ``path``."""
    name = Path(path).name
    kept = translate("Storage", "以前の内容はそのまま残っています。")
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageError(translate(
            "Storage", "ディスクの空き容量が足りないため {name} を保存できませんでした。{kept}"
        ).format(name=name, kept=kept))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageError(translate(
            "Storage", "フォルダーへの書き込みが許可されていないため {name} を保存できませんでした。{kept}"
        ).format(name=name, kept=kept))
    reason = exc.strerror or exc.__class__.__name__
    return StorageError(translate("Storage", "{name} を保存できませんでした（{reason}）。{kept}").format(
        name=name, reason=reason, kept=kept))


def read_only_message(name: str) -> str:
    """The user's one-line message for a file that cannot be changed because its folder is not writable."""
    return translate(
        "Storage", "フォルダーに書き込めないため {name} は読み取り専用で開いています。変更は保存できません。"
    ).format(name=name)


def serialize(data: Any, *, indent: bool = True) -> bytes:
    """UTF-8 JSON, Japanese unescaped; indented for people who open the file, or compact (``indent=False``) for
    the library file, where 10,000 cases indented are half as large again, slower to write and, while orjson
    builds them, some 100 MB more in memory. Dataclasses (cases) are written as their documents."""
    option = orjson.OPT_NON_STR_KEYS | orjson.OPT_APPEND_NEWLINE | (orjson.OPT_INDENT_2 if indent else 0)
    try:
        return orjson.dumps(data, option=option)
    except orjson.JSONEncodeError as exc:
        # e.g. a lone surrogate pasted into a note: refuse this save rather than crash the app.
        raise StorageError(translate(
            "Storage", "保存できない文字または値が含まれているため保存できませんでした（{error}）。").format(error=exc)
        ) from exc


def parse_tables(raw: bytes, name: str, validate: Validate | None = None) -> Tables:
    """Parse a TinyDB file's bytes; anything that is not ``{table: {int-like id: {...}}}`` is damaged, and so is a
    tree that ``validate`` rejects (DamagedFileError with the validator's one line as ``reason``)."""
    damaged = DamagedFileError(translate("Storage", "{name} が壊れているため読み込めませんでした。").format(name=name))
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise damaged from exc
    if not isinstance(data, dict):
        raise damaged
    for table in data.values():
        if not isinstance(table, dict):
            raise damaged
        for doc_id, doc in table.items():
            if not (doc_id.isascii() and doc_id.isdigit() and isinstance(doc, dict)):
                raise damaged
    if validate is not None:
        try:
            validate(data)
        except ValueError as exc:
            reason = " ".join(str(exc).split())[:300] or exc.__class__.__name__
            raise DamagedFileError(translate(
                "Storage", "{name} の内容が形式に合わないため読み込めませんでした（{reason}）。"
            ).format(name=name, reason=reason), reason) from exc
    return data


def read_bytes(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StorageError(translate("Storage", "{name} を読み込めませんでした（{reason}）。").format(
            name=path.name, reason=exc.strerror)) from exc


def read_tables(path: Path, validate: Validate | None = None) -> Tables:
    """The whole file as raw tables, ``{}`` when it does not exist. No lock needed: writes are atomic.

    Raises DamagedFileError when it does not parse or ``validate`` rejects it."""
    path = Path(path)
    raw = read_bytes(path)
    return {} if raw is None else parse_tables(raw, path.name, validate)


def folder_writable(folder: Path) -> bool:
    """True when a file can be created in ``folder`` (created if missing). Tried for real, so it is right for
    read-only mounts, ACLs and root alike."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".write-probe.", suffix=TEMP_SUFFIX, dir=folder)
    except OSError:
        return False
    os.close(fd)
    with suppress(OSError):
        os.unlink(probe)
    return True


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)
