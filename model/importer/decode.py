"""Reading a casebook file: a PDF as published (its text layer, see pdf.py) or a text file, decoded strictly as
UTF-8 (with or without BOM) or CP932, never a silent guess.

Only regular files are read: the file is opened without blocking (a FIFO must not hang the import) and checked
with fstat on the open descriptor, so a device such as /dev/zero or a pipe is refused before any byte is read.
The size limit is checked while reading, not only against st_size (which is 0 for devices and may grow).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from model.i18n import translate
from model.importer.errors import CasebookError

# Bytes that never occur in a text file; a NUL is the surest sign of a binary file (PDF, image, zip, Office file).
_BINARY_MARKERS = (b"\x00",)

PDF_MAGIC = b"%PDF-"
# The spec allows junk before the header; readers look for it in the first KiB.
_MAGIC_WINDOW = 1024
_MB = 1024 * 1024
# A published volume is a few MB of text and a few tens of MB of PDF (figures); the tests import a 9,000-case text
# volume of 50 MB. Far larger files are no volume and would only exhaust memory.
TEXT_LIMIT = 100 * _MB
PDF_LIMIT = 150 * _MB
_CHUNK = 1 * _MB


def read_text(path: Path) -> str:
    """The text of the casebook file `path`: a PDF's text layer (by content, not by name) or the decoded text.

    Raises CasebookError with a one-line translated message naming the file for a missing path, a folder, a file
    that is not a regular file, an oversize, unreadable, empty or binary file, bytes that are neither valid UTF-8
    nor valid CP932, and a PDF that is encrypted, damaged or has no text layer.
    """
    path = Path(path)
    name = str(path)
    data = read_file(path)
    if PDF_MAGIC in data[:_MAGIC_WINDOW]:
        from model.importer.pdf import pdf_text_from_bytes

        return pdf_text_from_bytes(data, name)
    return decode_bytes(data, name)


def read_file(path: Path) -> bytes:
    """The bytes of the regular file `path`, at most PDF_LIMIT for a PDF and TEXT_LIMIT for anything else."""
    name = str(path)
    try:
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise CasebookError(translate("Importer", "ファイルが見つかりません: {name}").format(name=name)) from None
    except IsADirectoryError:
        raise _folder_error(name) from None
    except OSError as exc:
        raise _os_error(exc, name) from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise _folder_error(name)
        if not stat.S_ISREG(st.st_mode):
            raise CasebookError(translate(
                "Importer", "通常のファイルではないため読み込めません（パイプやデバイスなど）: {name}"
            ).format(name=name))
        if st.st_size > PDF_LIMIT:
            raise _size_error(name, st.st_size, PDF_LIMIT)
        return _read_limited(fd, name)
    except OSError as exc:
        raise _os_error(exc, name) from None
    finally:
        os.close(fd)


def _read_limited(fd: int, name: str) -> bytes:
    chunks: list[bytes] = []
    total = 0
    limit = PDF_LIMIT
    while True:
        chunk = os.read(fd, _CHUNK)
        if not chunk:
            break
        if not chunks:
            # the first chunk tells the kind of file, and so its limit
            limit = PDF_LIMIT if PDF_MAGIC in chunk[:_MAGIC_WINDOW] else TEXT_LIMIT
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:
            raise _size_error(name, total, limit)
    return b"".join(chunks)


def _folder_error(name: str) -> CasebookError:
    return CasebookError(translate(
        "Importer", "フォルダーは読み込めません。事例集のテキストファイルを指定してください: {name}").format(name=name))


def _os_error(exc: OSError, name: str) -> CasebookError:
    return CasebookError(translate("Importer", "ファイルを読み込めません（{reason}）: {name}").format(
        reason=exc.strerror or type(exc).__name__, name=name))


def _size_error(name: str, size: int, limit: int) -> CasebookError:
    return CasebookError(translate(
        "Importer", "ファイルが大きすぎるため読み込めません（{size} MB 以上、上限 {limit} MB）: {name}").format(
            size=size // _MB, limit=limit // _MB, name=name))


def decode_bytes(data: bytes, name: str) -> str:
    """Decode the bytes of the file called `name` (used in messages); see read_text."""
    if not data.strip():
        raise CasebookError(translate("Importer", "空のファイルです: {name}").format(name=name))
    if any(marker in data for marker in _BINARY_MARKERS):
        raise CasebookError(
            translate("Importer", "事例集のテキストではありません（バイナリファイルです）: {name}").format(name=name))
    try:
        # utf-8-sig accepts both plain UTF-8 and UTF-8 with a BOM, and drops the BOM.
        text = data.decode("utf-8-sig", errors="strict")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp932", errors="strict")
        except UnicodeDecodeError:
            raise CasebookError(translate(
                "Importer", "文字コードを判別できません（UTF-8 でも Shift_JIS(CP932) でもありません）: {name}"
            ).format(name=name)) from None
    if not text.strip():
        raise CasebookError(translate("Importer", "空のファイルです: {name}").format(name=name))
    return text
