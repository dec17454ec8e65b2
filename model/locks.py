"""The exclusive lock of a user file (``<file>.lock``, via filelock): reentrant within a thread, shared by threads
and processes. Every change of a file (model/storage.py) and every repair (model/recovery.py) runs under it; a
holder longer than the timeout gives LockTimeoutError with a one-line message, never a hang.
"""

from __future__ import annotations

import errno
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import filelock

from model.files import LockTimeoutError, ReadOnlyError, read_only_message, write_error
from model.i18n import translate

LOCK_TIMEOUT = 10.0  # seconds; a holder longer than this is stuck or another program is misbehaving
# filelock polls a contended lock; its 50 ms default would make two busy writers take turns very slowly.
_POLL_INTERVAL = 0.002


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
