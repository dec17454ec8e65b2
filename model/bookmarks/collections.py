"""Collections of bookmarks (「12月課長会議」, 「R7予算候補」): create, rename, remove to the trash and restore,
put cases in and take them out. Mixed into BookmarkStore, whose ``_change`` makes each an atomic, locked save.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TypeVar

from model.bookmarks.entries import (
    MAX_COLLECTIONS,
    Bookmark,
    BookmarkInputError,
    check_case_id,
    check_collection_name,
    now,
)
from model.bookmarks.working_set import Collection, State, TrashEntry, bookmark_for, no_collection, put
from model.i18n import translate

T = TypeVar("T")


class CollectionOperations:
    _state: State

    def _change(self, change: Callable[[State], T]) -> T:
        raise NotImplementedError

    def collections(self) -> list[str]:
        return self._state.collection_names()

    def members(self, collection: str) -> list[Bookmark]:
        return [b for b in self._state.bookmarks if collection in b.collections]

    def create_collection(self, name: str) -> str:
        name = check_collection_name(name)

        def change(state: State) -> str:
            if name not in state.collection_names():
                if len(state.collections) >= MAX_COLLECTIONS:
                    raise BookmarkInputError(translate("Bookmarks", "コレクションが多すぎます。"))
                state.collections.append(Collection(name, now()))
            return name

        return self._change(change)

    def rename_collection(self, old: str, new: str) -> str:
        new = check_collection_name(new)

        def change(state: State) -> str:
            names = state.collection_names()
            if old not in names:
                raise BookmarkInputError(no_collection(old))
            if new != old and new in names:
                raise BookmarkInputError(translate("Bookmarks", "コレクション「{name}」はすでにあります。").format(
                    name=new))
            state.collections = [replace(c, name=new) if c.name == old else c for c in state.collections]
            stamp = now()
            for i, bm in enumerate(state.bookmarks):
                if old in bm.collections:
                    names_after = tuple(dict.fromkeys(new if n == old else n for n in bm.collections))
                    state.bookmarks[i] = replace(bm, collections=names_after,
                                                 updated=replace(bm.updated, collections=stamp))
            return new

        return self._change(change)

    def remove_collection(self, name: str) -> bool:
        """Move a collection (its name and members; the bookmarks stay) to the trash; False when there was none."""

        def change(state: State) -> bool:
            found = next((c for c in state.collections if c.name == name), None)
            if found is None:
                return False
            stamp = now()
            members = []
            for i, bm in enumerate(state.bookmarks):
                if name in bm.collections:
                    members.append(bm.case_id)
                    state.bookmarks[i] = replace(bm, collections=tuple(n for n in bm.collections if n != name),
                                                 updated=replace(bm.updated, collections=stamp))
            state.collections.remove(found)
            state.trash = [t for t in state.trash if not (t.kind == "collection" and t.name == name)]
            state.trash.append(TrashEntry("collection", stamp, name=name, created=found.created,
                                          members=tuple(members)))
            return True

        return self._change(change)

    def restore_collection(self, name: str) -> bool:
        """Bring a collection back from the trash with the members that are still bookmarked."""

        def change(state: State) -> bool:
            entry = next((t for t in state.trash if t.kind == "collection" and t.name == name), None)
            if entry is None:
                return False
            state.trash.remove(entry)
            if name not in state.collection_names():
                state.collections.append(Collection(name, entry.created))
            stamp = now()
            for i, bm in enumerate(state.bookmarks):
                if bm.case_id in entry.members and name not in bm.collections:
                    state.bookmarks[i] = replace(bm, collections=(*bm.collections, name),
                                                 updated=replace(bm.updated, collections=stamp))
            return True

        return self._change(change)

    def add_to_collection(self, name: str, case_ids: str | Iterable[str]) -> None:
        """Put cases in a collection (created if new); cases not bookmarked yet are bookmarked."""
        name = check_collection_name(name)
        ids = [case_ids] if isinstance(case_ids, str) else list(case_ids)
        for case_id in ids:
            check_case_id(case_id)

        def change(state: State) -> None:
            if name not in state.collection_names():
                state.collections.append(Collection(name, now()))
            stamp = now()
            for case_id in ids:
                bm = bookmark_for(state, case_id)
                if name not in bm.collections:
                    bm = replace(bm, collections=(*bm.collections, name),
                                 updated=replace(bm.updated, collections=stamp))
                put(state, bm)

        self._change(change)

    def remove_from_collection(self, name: str, case_ids: str | Iterable[str]) -> None:
        ids = {case_ids} if isinstance(case_ids, str) else set(case_ids)

        def change(state: State) -> None:
            stamp = now()
            for i, bm in enumerate(state.bookmarks):
                if bm.case_id in ids and name in bm.collections:
                    state.bookmarks[i] = replace(bm, collections=tuple(n for n in bm.collections if n != name),
                                                 updated=replace(bm.updated, collections=stamp))

        self._change(change)
