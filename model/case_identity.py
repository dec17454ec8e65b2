"""Which case each bookmark belongs to: the case with the bookmark's stable key, whatever its display id now.

A bookmark stores its case's display id (`case_id`, what every view looks up) and its key
(`model.editions.case_key`). After any change of the library (an import, a new edition, a removed volume) and at
every open, `reconcile` derives the display id again from the key:

- a bookmark whose id names a case with its key is right as it is;
- otherwise the case with its key (`Library.find_key`: the library, a retitled case's alias, the kept copy of a
  case that left) gives the id; a key no case has any more leaves the bookmark as it is (listed as not in the
  library), so a note is never moved onto a case with another key;
- a bookmark without a key (a file from before keys) gets the key of the case its id names now: the migration,
  done once, after a copy of the file is kept (`BookmarkStore.follow_cases`).

The library is always written first and the bookmarks after it: a crash in between leaves bookmarks with their old
ids, which the next `reconcile` (at open) moves by their keys.
"""

from __future__ import annotations

from model.bookmarks import BookmarkStore
from model.editions import case_key
from model.library import Library


def moves(store: BookmarkStore, library: Library) -> dict[str, tuple[str, str]]:
    """`{case_id: (new_id, key)}` for every bookmark whose id or key must change."""
    out: dict[str, tuple[str, str]] = {}
    bookmarks = list(store.all()) + [t.bookmark for t in store.trash() if t.bookmark is not None]
    for bm in bookmarks:
        case = library.get(bm.case_id)
        if bm.key:
            if case is not None and case_key(case) == bm.key:
                continue
            found = library.find_key(bm.key)
            if found is not None and (found.id, case_key(found)) != (bm.case_id, bm.key):
                out[bm.case_id] = (found.id, case_key(found))
        elif case is not None:
            out[bm.case_id] = (case.id, case_key(case))
    return out


def reconcile(store: BookmarkStore, library: Library) -> int:
    """Bring every bookmark to the case with its key (see the module docstring); how many changed. A read-only
    or blocked bookmark file is left alone (0); a failed save raises StorageError and changes nothing."""
    if store.read_only:
        return 0
    return store.follow_cases(moves(store, library))


def kept_identities(store: BookmarkStore) -> set[str]:
    """The ids and keys of the bookmarked cases (the trash included): what an import keeps when it leaves."""
    out: set[str] = set()
    bookmarks = list(store.all()) + [t.bookmark for t in store.trash() if t.bookmark is not None]
    for bm in bookmarks:
        out.add(bm.case_id)
        if bm.key:
            out.add(bm.key)
    return out
