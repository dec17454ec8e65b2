"""The case library: the shipped volumes plus the volumes a user imported, as one list of cases.

Two TinyDB files, both with the case documents of docs/data-format.md in the table `cases`:

- the shipped file (data/cases.json) is read once into memory and never written;
- the user's file (in the user data folder) holds imported volumes. Importing a volume replaces the user's cases of
  that category, and a user volume of category N hides the shipped cases of category N (a newer edition of a shipped
  volume replaces it rather than doubling it).

`Library.open_db(path)` uses one file as the whole library (the CLI's `--db`): imports go into that file.

Start-up reads each file's start-up index (model/library_index.py: the summary fields of every case) when it is
current; the long fields of a case load when first read, or at the first search (`load_full`). The search text is
read from the file's stored search text when current (model/search_store.py), else built in idle slices
(`prepare_search`, which loads the cases it needs) and stored. A stale, missing or damaged index is ignored: the
file is read (and validated) in full and the index rebuilt, so any writer of the file is fine.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from model import paths
from model.case import Case, Numbered
from model.editions import case_key
from model.fields import search_texts
from model.import_result import ImportedVolume
from model.library_index import DocumentSource
from model.library_writes import LibraryWrites
from model.search import Query, normalize
from model.search_index import BigramIndex
from model.search_store import LibraryStore

TABLE = "cases"

if TYPE_CHECKING:
    from model.edition_import import UserFile


def read_shipped_docs(path: Path) -> list[dict[str, Any]]:
    """The case documents of the shipped (read-only) TinyDB file in doc-id order; ShippedDataError when damaged."""
    from model.shipped import read_shipped_docs as read_checked

    return read_checked(path)


def case_docs_table(cases: Iterable[Case]) -> dict[str, Any]:
    """A whole TinyDB file's content holding `cases` (doc ids from 1, in the given order)."""
    return {TABLE: {str(i): case.to_doc() for i, case in enumerate(cases, start=1)}}


@contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while a library is being built.

    Loading 10,000 cases creates some 200,000 small containers (dicts from the JSON, then the Case objects); each
    few hundred allocations the collector would walk the ever larger heap again, which made loading 2-3x slower.
    Nothing built here is cyclic garbage, so collecting can wait until the end.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _search_fields(case: Case) -> list[str]:
    """A case's text fields and the reading of its organization (ふながた finds 山形県舟形町)."""
    from model.municipalities import search_readings  # the official list is read by the first search only

    return search_texts(case) + search_readings(case.organization)


def sort_key(case: Case) -> tuple[int, int, int, str]:
    return (case.category.number, case.subcategory.number, case.number, case.id)


class Library(LibraryWrites):
    """All cases the app shows, searchable; imports go into the user's (or the `--db`) file (the write path is
    `model/library_writes.LibraryWrites`)."""

    def __init__(self, shipped: Path | None, user: Path | None) -> None:
        self.shipped_path = shipped
        self.user_path = user
        self.recovered: str | None = None  # a one-line message when the user file was restored at open
        self._cases: list[Case] = []
        self._by_id: dict[str, Case] = {}
        self._search_text: dict[str, str] = {}
        self._texts: list[str] | None = None  # the search texts in library order, built by the first search
        self._bigrams: BigramIndex | None = None  # over _texts, built in idle slices after them (prepare_index)
        self._stored = LibraryStore(None, None, [])  # the user file's stored search text (model/search_store.py)
        # The last search's terms and the indexes (into _cases/_texts) of its matches: typing on narrows from them.
        self._last_search: tuple[tuple[str, ...], list[int]] | None = None
        self._stamp: tuple[int, int, int] | None = None  # the user file's version when it was last read
        self._written: tuple[UserFile, tuple[int, int, int] | None] | None = None  # a deferred import's result
        self._archived: dict[str, Case] = {}  # cases that left the library while bookmarked, by their own id
        self._aliases: dict[str, str] = {}  # old case key -> new case key (a retitled case)
        self._by_key: dict[str, Case] | None = None
        self._user_categories: set[int] = set()
        # Where the full documents of cases read from a start-up index come from (model/library_index.py).
        self._sources: list[DocumentSource] = []
        self._shipped_source: list[DocumentSource] = []
        with _gc_paused():
            self._shipped_cases = self._read_shipped(shipped) if shipped else []
            self.reload()

    @classmethod
    def open(cls, shipped: Path | None = None, user: Path | None = None) -> Library:
        """The app's library: the shipped file plus the user's file in the user data folder."""
        return cls(shipped or paths.SHIPPED_LIBRARY, user or paths.user_library_path())

    @classmethod
    def open_db(cls, path: Path) -> Library:
        """One TinyDB file as the whole library."""
        return cls(None, path)

    def reload(self) -> None:
        """Re-read the user's file (another process may have imported a volume)."""
        with _gc_paused():
            self._load()

    def _read_shipped(self, shipped: Path) -> list[Case]:
        """The shipped cases: from its committed start-up index when current, else the whole (checked) file."""
        indexed = _read_indexed(shipped, with_mtime=False)
        if indexed is not None:
            self._shipped_source = [indexed[0]]
            return indexed[1]
        return [Case.from_doc(d) for d in read_shipped_docs(shipped)]

    def _load(self) -> None:
        from model.edition_import import UserFile

        user = UserFile()
        stamp = None
        self._sources = list(self._shipped_source)
        if self.user_path is not None:
            stamp = _file_stamp(self.user_path)  # taken before reading: a write in between shows as a change
            indexed = _read_indexed(self.user_path, with_mtime=True)
            if indexed is not None:
                from model.locks import LOCK_TIMEOUT
                from model.recovery import _clean_stale_temps

                _clean_stale_temps(self.user_path, LOCK_TIMEOUT)  # what recover_and_read does for a healthy file
                self.recovered = None
                self._sources.append(indexed[0])
                # An index is only written for a file whose one table is `cases` (no archived cases, no aliases),
                # and its stamp says the file is unchanged since.
                user = UserFile(cases=indexed[1])
            else:
                user = self._read_user_file()
        self._install(user, stamp)

    def _install(self, user: UserFile, stamp: tuple[int, int, int] | None) -> None:
        """Show `user` (the user file's content, as read or as just written) over the shipped cases."""
        user_cases = user.cases
        self._archived = {c.id: c for c in user.archived}
        self._aliases = dict(user.aliases)
        self._by_key = None
        user_categories = {c.category.number for c in user_cases}
        merged = [c for c in self._shipped_cases if c.category.number not in user_categories] + user_cases
        merged.sort(key=sort_key)
        self._user_categories = user_categories
        self._cases = merged
        self._by_id = {c.id: c for c in merged}
        self._search_text = {}
        self._texts = None
        self._bigrams = None
        self._last_search = None
        self._stamp = stamp
        self._stored = LibraryStore(self.user_path, stamp, [c.id for c in user_cases])

    def _read_user_file(self) -> UserFile:
        """The user's file read and validated in full (recovered from a backup when damaged); its index rebuilt."""
        assert self.user_path is not None
        from model import library_index, storage  # start-up time: see library_writes._change_file
        from model.case_schema import validate_case_tables
        from model.edition_import import UserFile

        # A user file that no longer parses or fits the format is moved aside and its newest good backup
        # restored; a --db file (no shipped part) without one is left alone and raises DamagedFileError.
        tables, self.recovered = storage.recover_and_read(
            self.user_path, validate=validate_case_tables, keep_without_backup=self.shipped_path is None)
        table = tables.get(TABLE, {})
        docs = [table[k] for k in sorted(table, key=int)]
        stamp = library_index.source_stamp(self.user_path)
        # The index holds the `cases` table only: a file with archived cases or aliases is always read in full.
        if stamp is not None and docs and set(tables) <= {TABLE}:
            try:
                raw = self.user_path.read_bytes()
            except OSError:
                raw = b""
            index = library_index.build(docs, raw, stamp)
            if index is not None and library_index.source_stamp(self.user_path) == stamp:
                library_index.write(library_index.index_path(self.user_path), index, like=self.user_path)
        del docs, table
        user = UserFile.of_tables(tables)
        del tables
        return user

    def load_full(self, cases: Iterable[Case] | None = None) -> None:
        """Read the full documents of `cases` (all when None) that were read from a start-up index only."""
        wanted = self._cases if cases is None else list(cases)
        for source in self._sources:
            if source.pending:
                source.load(wanted)

    # -- reading ---------------------------------------------------------------------------------------------

    def cases(self) -> list[Case]:
        return list(self._cases)

    def __len__(self) -> int:
        return len(self._cases)

    def get(self, case_id: str) -> Case | None:
        """The case with this id, also a kept copy of a case that left the library (see `archived`)."""
        return self._by_id.get(case_id) or self._archived.get(case_id)

    def archived(self) -> list[Case]:
        """The last version of bookmarked cases that are no longer in the library (「最新版に掲載なし」)."""
        return list(self._archived.values())

    def is_archived(self, case_id: str) -> bool:
        return case_id in self._archived and case_id not in self._by_id

    def find_key(self, key: str) -> Case | None:
        """The case with this stable key (`model.editions.case_key`), following a retitled case's alias, else
        the kept copy of a case that left; None when no case has it."""
        if self._by_key is None:
            by_key = {case_key(c): c for c in self._archived.values()}
            by_key.update((case_key(c), c) for c in self._cases)
            self._by_key = by_key
        seen = 0
        while key not in self._by_key and key in self._aliases and seen < 100:
            key, seen = self._aliases[key], seen + 1
        return self._by_key.get(key)

    def volumes(self) -> list[ImportedVolume]:
        """The volumes in the user's file, by category number."""
        shipped = {c.category.number for c in self._shipped_cases}
        groups: dict[int, list[Case]] = {}
        for c in self._cases:
            if c.id in self._by_id and self._is_user_case(c):
                groups.setdefault(c.category.number, []).append(c)
        return [ImportedVolume(g[0].category, len(g), n in shipped, g[0].source.edition, g[0].source.file)
                for n, g in sorted(groups.items())]

    def _is_user_case(self, case: Case) -> bool:
        return case.category.number in self._user_categories

    def categories(self) -> list[Numbered]:
        seen: dict[int, Numbered] = {}
        for c in self._cases:
            seen.setdefault(c.category.number, c.category)
        return [seen[k] for k in sorted(seen)]

    def search_text(self, case_id: str) -> str:
        """The normalised text of every searchable field of a case, one field a line."""
        text = self._search_text.get(case_id)
        if text is None:
            case = self._by_id[case_id]
            text = normalize("\n".join(_search_fields(case)))
            self._search_text[case_id] = text
        return text

    def search(self, query: str | Query) -> list[Case]:
        """Cases matching every term of `query`, in library order; an empty query matches all."""
        q = Query.parse(query) if isinstance(query, str) else query
        if q.is_empty:
            return list(self._cases)
        if self._texts is None:
            self._index_all()
            self._texts = [self._search_text[c.id] for c in self._cases]
        texts = self._texts
        terms = q.terms
        last = self._last_search
        candidates: Sequence[int] | None = None
        if last is not None and all(any(old in term for term in terms) for old in last[0]):
            # Typing on narrows: a text holding every new term holds every old one (each old term is part of a
            # new one), so only the last result can match. Same result as a full scan, without reading the
            # other texts again (at 10,000 cases most keystrokes then scan hundreds of texts, not 10,000).
            candidates = last[1]
        exact: list[int] | None = None
        if self._bigrams is not None:
            # The bigram index (model/search_index.py): the texts that may hold a term, when fewer.
            for term in terms:
                got = self._bigrams.candidates(term)
                if got is None:
                    continue
                maybe, is_exact = got
                if is_exact and len(terms) == 1:
                    exact = list(maybe)
                    break
                if candidates is None or len(maybe) < len(candidates):
                    candidates = maybe
        if exact is not None:
            found = exact
        elif candidates is not None:
            if len(terms) == 1:
                term = terms[0]
                found = [i for i in candidates if term in texts[i]]
            else:
                found = [i for i in candidates if all(term in texts[i] for term in terms)]
        elif len(terms) == 1:
            # A full scan; one term (the common case while typing) needs no generator.
            term = terms[0]
            found = [i for i, text in enumerate(texts) if term in text]
        else:
            found = [i for i, text in enumerate(texts) if all(term in text for term in terms)]
        self._last_search = (terms, found)
        cases = self._cases
        return [cases[i] for i in found]

    def prepare_search(self, limit: int | None = None) -> bool:
        """Build the search text of up to `limit` more cases (all when None); True once every case has it.

        The user file's stored search text (model/search_store.py) is read when it is current: one file read, then
        `limit` texts decoded a call (10,000 cases: about 0.05 s in all), and the cases' full documents stay
        unread. The rest (the shipped cases, or all of them when the store is stale) is built from the cases,
        which takes about 1 s for 10,000 cases on a 2-core machine. An app calls this with a small limit from idle
        moments after start-up (250 cases take about 15 ms to build, one frame), so that the first keystroke does
        not wait and start-up does not pay either; the text is stored once every case has it.
        """
        if self._stored.pending:
            self._stored.take(limit, self._search_text)
        else:
            missing = [c for c in self._cases if c.id not in self._search_text]
            if limit is not None:
                missing = missing[:max(limit, 0)]
            self.load_full(missing)
            self._index(missing)
        done = len(self._search_text) >= len(self._cases)
        if done:
            self._stored.save(self._search_text)
            if self._texts is None:
                self._texts = [self._search_text[c.id] for c in self._cases]
        return done

    def prepare_index(self, limit: int | None = None) -> bool:
        """Index up to `limit` more search texts in the bigram index (all when None); True once it is complete.

        Call it once `prepare_search` is done (False until then), from idle moments: 32 texts take 6-9 ms,
        10,000 cases 2-3 s in all (+32 MB). Searches find the same with or without it, only faster once complete.
        """
        if self._texts is None:
            return False
        if self._bigrams is None:
            self._bigrams = BigramIndex(self._texts)
        return self._bigrams.add(limit)

    def _index_all(self) -> None:
        self._stored.take(None, self._search_text)
        missing = [c for c in self._cases if c.id not in self._search_text]
        self.load_full(missing)
        self._index(missing)
        # Not stored here (66-104 ms at 10,000 cases, not to be added to a keystroke): the next prepare_search does.

    def _index(self, missing: list[Case]) -> None:
        # One normalize() call over all texts is several times faster than one per case.
        if not missing:
            return
        sep = "\x00"
        joined = sep.join("\n".join(_search_fields(c)).replace(sep, " ") for c in missing)
        for case, text in zip(missing, normalize(joined).split(sep), strict=True):
            self._search_text[case.id] = text

    # -- other writers -------------------------------------------------------------------------------------

    def changed_on_disk(self) -> bool:
        """Whether the user's file is not the one last read (another process imported a volume)."""
        return self.user_path is not None and _file_stamp(self.user_path) != self._stamp


def merge_volume(existing: list[Case], volume: list[Case]) -> list[Case]:
    """`existing` with `volume` in place of the cases of its categories (and of any case with one of its ids)."""
    categories = {c.category.number for c in volume}
    new_ids = {c.id for c in volume}
    return [c for c in existing if c.category.number not in categories and c.id not in new_ids] + volume


def _read_indexed(path: Path, *, with_mtime: bool) -> tuple[DocumentSource, list[Case]] | None:
    """The summary cases of `path` from its start-up index, or None when the index is missing, stale or bad."""
    from model import library_index

    stamp = library_index.source_stamp(path, with_mtime=with_mtime)
    found = library_index.read(library_index.index_path(path), stamp)
    if found is None or stamp is None:
        return None
    try:
        source = DocumentSource(path, stamp["size"])
    except OSError:
        return None
    try:
        return source, source.attach(*found)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None  # an entry that does not make a case: the index is damaged, the file is read instead


def _file_stamp(path: Path) -> tuple[int, int, int] | None:
    """What tells one version of the file from the next: every write replaces it (a new inode), and mtime and size
    catch an editor writing in place."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_ino, st.st_mtime_ns, st.st_size)
