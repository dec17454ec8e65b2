"""The library's write path: importing volumes into the user's (or the `--db`) file and removing them.

`LibraryWrites` is a mixin of `model.library.Library` (which holds the state it reads and the reading side); every
write is one read-modify-write of the user's file under its lock (`model/storage.transaction`), each volume applied
by `model/edition_import.apply_volume`, and what was written becomes the library without being read back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from model.case import Case
from model.editions import EditionDiff
from model.i18n import translate
from model.import_result import ImportCancelled, ImportedVolume, Progress, VolumeImport

if TYPE_CHECKING:
    from model.edition_import import UserFile
    from model.library_index import DocumentSource


class LibraryWrites:
    """Importing into and removing from the user's file; mixed into `model.library.Library`."""

    # The state of `Library` this side reads and sets (assigned in Library.__init__).
    user_path: Path | None
    recovered: str | None
    _shipped_cases: list[Case]
    _written: tuple[UserFile, tuple[int, int, int] | None] | None
    _sources: list[DocumentSource]
    _shipped_source: list[DocumentSource]

    if TYPE_CHECKING:
        def volumes(self) -> list[ImportedVolume]: ...

        def _install(self, user: UserFile, stamp: tuple[int, int, int] | None) -> None: ...

    def import_files(self, files: list[Path], *, keep: Iterable[str] = (), progress: Progress | None = None,
                     cancelled: Callable[[], bool] | None = None,
                     parse: Callable[[list[Path]], Iterable[tuple[list[Case], list[str]]]] | None = None,
                     deferred: bool = False) -> list[VolumeImport]:
        """Import casebook files (PDF or text), what `main.py import` and the window's import both do.

        Every file is read and parsed before anything is written (a bad file raises CasebookError, one line naming
        it); `progress(k, n, cases)` is called after each file and `cancelled()` between files and before the
        write (True: ImportCancelled, nothing written). Then all volumes are written in one transaction and the
        library reloads once. A volume whose category the library already shows is a new edition: its result
        carries the diff. Bookmarked cases (ids or keys in `keep`) that leave the library are kept in the archive.
        Importing what the library already holds writes nothing. Any failure (CasebookError, StorageError) leaves
        the file and this object as they were. `parse` (files → (cases, warnings) of each, in order) replaces
        the parsing in turn, e.g. `model.volume_files.parse_in_processes` for the command line. `deferred`: the
        file is written but this object shows the new cases only once `adopt_import()` is called — a worker thread
        imports, the UI thread (which reads the library meanwhile) adopts.
        """
        from model.importer import CasebookError, parse_volume, read_text  # start-up time: loaded to import only

        def in_turn(paths: list[Path]) -> Iterator[tuple[list[Case], list[str]]]:
            for path in paths:
                result = parse_volume(read_text(path), path.name)
                yield result.cases, result.warnings

        parsed: list[tuple[Path, list[Case], list[str]]] = []
        total = 0
        results = iter((parse or in_turn)(files))
        for k, path in enumerate(files, start=1):
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            cases, warnings = next(results)
            if not cases:
                raise CasebookError(translate("Library", "事例が見つかりません: {file}").format(file=path.name))
            parsed.append((path, cases, warnings))
            total += len(cases)
            if progress is not None:
                progress(k, len(files), total)
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        diffs = self._write_volumes([cases for _p, cases, _w in parsed], set(keep), deferred=deferred)
        return [VolumeImport(path, len(cases), cases[0].category, warnings, diff)
                for (path, cases, warnings), diff in zip(parsed, diffs, strict=True)]

    def import_cases(self, cases: list[Case]) -> int:
        """Add one imported volume to the user's file, replacing the cases of the same categories."""
        self._write_volumes([cases], set())
        return len(cases)

    def remove_volume(self, category: int, keep: Iterable[str] = ()) -> EditionDiff:
        """Remove the user's volume of `category`: the shipped cases of that category show again. Bookmarked cases
        that leave are kept in the archive. Raises KeyError when the user's file has no such volume."""
        if category not in {v.category.number for v in self.volumes()}:
            raise KeyError(category)
        from model.edition_import import apply_volume

        shipped = [c for c in self._shipped_cases if c.category.number == category]

        def change(user: UserFile) -> list[EditionDiff | None]:
            return [apply_volume(user, self._shipped_cases, category, shipped, set(keep), imported=False)]

        diff = self._transact(change)[0]
        assert diff is not None
        return diff

    def _write_volumes(self, volumes: list[list[Case]], keep: set[str], *,
                       deferred: bool = False) -> list[EditionDiff | None]:
        """Write `volumes` in order, each replacing the cases of its category, in one transaction; reload once.

        Returns each volume's diff against what the library showed of its category (None for a new category).
        When no volume changes anything, nothing is written.
        """
        from model.edition_import import apply_volume, shown_cases

        def change(user: UserFile) -> list[EditionDiff | None]:
            diffs: list[EditionDiff | None] = []
            for cases in volumes:
                category = cases[0].category.number
                known = bool(shown_cases(user, self._shipped_cases, category))
                diff = apply_volume(user, self._shipped_cases, category, cases, keep)
                diffs.append(diff if known else None)
            return diffs

        return self._transact(change, deferred=deferred)

    def _transact(self, change: Callable[[UserFile], list[EditionDiff | None]], *,
                  deferred: bool = False) -> list[EditionDiff | None]:
        if self.user_path is None:
            raise ValueError("this library has no writable file")
        from model.library import _gc_paused  # model.library imports this module: its helpers are read at call

        with _gc_paused():
            user, stamp, diffs = self._change_file(change)
        # What was just written (or found unchanged, under the lock) is the library now: built once, not read
        # back, parsed and validated again (10,000 imported cases: seconds and a second copy in memory).
        self._written = (user, stamp)
        if not deferred:
            self.adopt_import()
        return diffs

    def adopt_import(self) -> bool:
        """Show what the last (deferred) import wrote; False when there is nothing to adopt."""
        written, self._written = self._written, None
        if written is None:
            return False
        from model.library import _gc_paused

        with _gc_paused():
            self._install(*written)
            self._sources = list(self._shipped_source)  # the user's cases are whole now; its old index is stale
            self.recovered = None
        return True

    def _change_file(self, change: Callable[[UserFile], list[EditionDiff | None]]
                     ) -> tuple[UserFile, tuple[int, int, int] | None, list[EditionDiff | None]]:
        assert self.user_path is not None
        from model import storage  # start-up time: filelock and TinyDB are not needed to read the library
        from model.case_schema import validate_case_tables
        from model.edition_import import UserFile, documents
        from model.files import read_bytes, serialize
        from model.library import _file_stamp, sort_key

        # Read-modify-write under the file lock, written in one atomic replace (nothing at all on any failure).
        with storage.transaction(self.user_path, validate=validate_case_tables) as db:
            store = db.storage
            assert isinstance(store, storage.AtomicJSONStorage)
            user = UserFile.of_tables(store.read() or {})
            was_user = {c.category.number for c in user.cases}
            diffs = change(user)
            now_user = {c.category.number for c in user.cases}
            if was_user != now_user or any(d is None or not d.is_empty for d in diffs):
                store.discard()  # the tables read are in `user` now: let the storage's copy go
                tables = user.tables(sort_key)
                # The new content is checked document by document as its JSON reads back, the same check as
                # parsing the written bytes back, without a tree of 10,000 documents (StorageError: nothing is
                # written).
                try:
                    validate_case_tables(documents(tables))
                except ValueError as exc:
                    raise storage.StorageError(str(exc)) from None
                # Compact: indented, 10,000 cases were 57 MB instead of 36 and 150 MB of memory while written.
                new = serialize(tables, indent=False)
                del tables
                storage.commit_bytes(self.user_path, new, read_bytes(self.user_path))
                del new
            stamp = _file_stamp(self.user_path)  # still under the lock: this write's
            store.discard()
        return user, stamp, diffs

