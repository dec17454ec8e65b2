"""The working set in memory: bookmarks in their places, collections, the trash, and the few operations on them
that every change shares (find-or-create a bookmark, restore one from the trash, put one back in its place).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from model.bookmarks.entries import MAX_BOOKMARKS, Bookmark, BookmarkInputError, now
from model.bookmarks.merge import merge_bookmarks
from model.i18n import translate


@dataclass(frozen=True)
class Collection:
    name: str
    created: str = ""


@dataclass(frozen=True)
class TrashEntry:
    """A removed bookmark (with everything it held) or a removed collection (with its members)."""

    kind: str  # "bookmark" or "collection"
    removed_at: str
    bookmark: Bookmark | None = None
    name: str = ""  # collection
    created: str = ""  # collection
    members: tuple[str, ...] = ()  # collection

    @property
    def key(self) -> str:
        return self.bookmark.case_id if self.bookmark is not None else self.name


@dataclass
class State:
    """Everything in one bookmarks file, in memory."""

    bookmarks: list[Bookmark] = field(default_factory=list)
    collections: list[Collection] = field(default_factory=list)
    trash: list[TrashEntry] = field(default_factory=list)
    legacy: bool = False  # read from a version-1 file (or the old app added bookmarks): rewrite it

    def index(self, case_id: str) -> int:
        for i, bm in enumerate(self.bookmarks):
            if bm.case_id == case_id:
                return i
        return -1

    def get(self, case_id: str) -> Bookmark | None:
        i = self.index(case_id)
        return self.bookmarks[i] if i >= 0 else None

    def next_seq(self) -> int:
        seqs = [b.seq for b in self.bookmarks] + [t.bookmark.seq for t in self.trash if t.bookmark is not None]
        return max(seqs, default=0) + 1

    def collection_names(self) -> list[str]:
        return [c.name for c in self.collections]


def ensure_collections(state: State) -> None:
    """Every collection a bookmark names is in the collections list (created now when it was not)."""
    known = set(state.collection_names())
    for bm in state.bookmarks:
        for name in bm.collections:
            if name not in known:
                known.add(name)
                state.collections.append(Collection(name, bm.updated.collections or bm.added_at))


def too_many() -> BookmarkInputError:
    return BookmarkInputError(translate("Bookmarks", "ブックマークは {limit} 件までです。").format(
        limit=f"{MAX_BOOKMARKS:,}"))


def no_collection(name: str) -> str:
    return translate("Bookmarks", "コレクション「{name}」はありません。").format(name=name)


def bookmark_for(state: State, case_id: str) -> Bookmark:
    """The bookmark of ``case_id``: the current one, the one in the trash (restored), or a new one."""
    found = state.get(case_id)
    if found is not None:
        return found
    if restore_into(state, case_id):
        restored = state.get(case_id)
        assert restored is not None
        ensure_collections(state)
        return restored
    if len(state.bookmarks) >= MAX_BOOKMARKS:
        raise too_many()
    return Bookmark(case_id, added_at=now(), seq=state.next_seq())


def restore_into(state: State, case_id: str) -> bool:
    entry = next((t for t in state.trash if t.bookmark is not None and t.bookmark.case_id == case_id), None)
    if entry is None or entry.bookmark is None:
        return False
    state.trash.remove(entry)
    current = state.get(case_id)
    if current is not None:
        put(state, merge_bookmarks(current, entry.bookmark).bookmark)
    else:
        put(state, entry.bookmark)
    return True


def put(state: State, bm: Bookmark) -> None:
    """Store ``bm`` in its place (by ``seq``), replacing the bookmark of the same case."""
    i = state.index(bm.case_id)
    if i >= 0:
        state.bookmarks[i] = bm
        return
    at = next((n for n, other in enumerate(state.bookmarks) if other.seq > bm.seq), len(state.bookmarks))
    state.bookmarks.insert(at, bm)
