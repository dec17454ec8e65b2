"""Which files an import reads: the files given, and every .pdf/.txt inside a folder given (sorted by name)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from model.i18n import translate

VOLUME_SUFFIXES = (".pdf", ".txt")


def volume_files(paths: Iterable[Path]) -> list[Path]:
    """The files to import, in order: a file as given, a folder as its .pdf/.txt files (not recursive, sorted).

    A folder with no volume file raises CasebookError (one line naming the folder), as a bad file does.
    """
    from model.importer import CasebookError

    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            inside = sorted((p for p in path.iterdir() if p.suffix.lower() in VOLUME_SUFFIXES and p.is_file()),
                            key=lambda p: p.name)
            if not inside:
                raise CasebookError(translate(
                    "Library", "フォルダに事例集のファイル（.pdf・.txt）がありません: {path}").format(path=path))
            out += inside
        else:
            out.append(path)
    return list(dict.fromkeys(out))
