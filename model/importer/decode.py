"""Reading a casebook text file: strict decoding of UTF-8 (with or without BOM) and CP932, never a silent guess."""

from __future__ import annotations

from pathlib import Path

from model.i18n import translate
from model.importer.errors import CasebookError

# Bytes that never occur in a text file; a NUL is the surest sign of a binary file (PDF, image, zip, Office file).
_BINARY_MARKERS = (b"\x00",)


def read_text(path: Path) -> str:
    """The text of `path`, decoded strictly as UTF-8 (BOM allowed) or else CP932.

    Raises CasebookError with a one-line Japanese message for a missing path, a folder, an unreadable, empty or
    binary file, and bytes that are neither valid UTF-8 nor valid CP932.
    """
    path = Path(path)
    name = str(path)
    try:
        if not path.exists():
            raise CasebookError(translate("Importer", "ファイルが見つかりません: {name}").format(name=name))
        if path.is_dir():
            raise CasebookError(translate(
                "Importer", "フォルダーは読み込めません。事例集のテキストファイルを指定してください: {name}"
            ).format(name=name))
        data = path.read_bytes()
    except CasebookError:
        raise
    except OSError as exc:
        raise CasebookError(translate("Importer", "ファイルを読み込めません（{reason}）: {name}").format(
            reason=exc.strerror or type(exc).__name__, name=name)) from None
    return decode_bytes(data, name)


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
