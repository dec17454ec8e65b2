"""Writing an export file: all or nothing, refusing a read-only target, with the permissions a user expects.

`model.files.atomic_write_bytes` gives the all-or-nothing part (temp file, fsync, replace; no partial file left
behind on a full disk). Its temp file is private (0600), which is right for the user's data folder but not for a
spreadsheet the user will share: an export gets the mode of the file it replaces, or the usual mode for a new file
(0666 less the umask). A target the user made read-only is refused rather than silently replaced.
"""

from __future__ import annotations

import errno
import os
from contextlib import suppress
from pathlib import Path

from model.files import atomic_write_bytes
from model.i18n import translate


class ExportError(Exception):
    """The file could not be written; str() is one line for the user. Nothing was changed on disk."""


def _umask() -> int:
    with suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _reason(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return translate("Export", "ディスクの空き容量が足りません")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return translate("Export", "書き込みが許可されていません")
    if exc.errno == errno.ENOENT:
        return translate("Export", "フォルダーがありません")
    return exc.strerror or exc.__class__.__name__


def write_export(path: Path, data: bytes) -> None:
    """Replace `path` with `data` atomically; ExportError (one line) when it cannot be done."""
    path = Path(path)
    cannot = translate("Export", "書き出せません: {path}（{reason}）")
    if path.is_dir():
        raise ExportError(cannot.format(path=path, reason=translate("Export", "フォルダーです")))
    try:
        mode = path.stat().st_mode & 0o7777
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise ExportError(cannot.format(path=path, reason=_reason(exc))) from exc
    # The mode bits too: for root, os.access says any file is writable.
    if mode is not None and (not mode & 0o222 or not os.access(path, os.W_OK)):
        raise ExportError(cannot.format(path=path, reason=translate("Export", "読み取り専用のファイルです")))
    try:
        atomic_write_bytes(path, data)
    except OSError as exc:
        raise ExportError(cannot.format(path=path, reason=_reason(exc))) from exc
    with suppress(OSError):
        os.chmod(path, mode if mode is not None else 0o666 & ~_umask())
