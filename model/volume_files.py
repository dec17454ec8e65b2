"""Which files an import reads: the files given, and every .pdf/.txt inside a folder given (sorted by name)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

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


def _parse(path: Path) -> tuple[list[Any], list[str]]:
    from model.importer import parse_volume, read_text

    result = parse_volume(read_text(path), path.name)
    return result.cases, result.warnings


def parse_in_processes(files: list[Path], workers: int | None = None) -> Iterator[tuple[list[Any], list[str]]]:
    """(cases, warnings) of each file in order, parsed by up to `workers` processes (default: the CPU count).

    For the command line's many-volume import: files are independent, so on 2 cores 50 volumes take about half
    the time. The first bad file's CasebookError is raised as it is (one line naming the file), the rest
    cancelled. Not for the window: its worker thread parses in turn, with progress and cancel.
    """
    import os
    from concurrent.futures import ProcessPoolExecutor

    workers = max(1, min(workers or os.cpu_count() or 1, len(files)))
    if workers == 1:
        yield from map(_parse, files)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        try:
            yield from pool.map(_parse, files)
        finally:
            pool.shutdown(cancel_futures=True)
