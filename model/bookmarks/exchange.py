"""Reading-list files exchanged with colleagues: the bookmarks (all, or one collection) written out, and a file
merged in field by field. Mixed into BookmarkStore, whose ``_change`` makes the import one atomic, locked save.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from model import storage
from model.bookmarks.collections import CollectionOperations
from model.bookmarks.entries import MAX_BOOKMARKS, MAX_NOTE_CHARS, Bookmark, BookmarkInputError, now
from model.bookmarks.merge import merge_bookmarks
from model.bookmarks.reading_list import BookmarkFileError, export_document, read_reading_list
from model.bookmarks.working_set import Collection, State, ensure_collections, no_collection
from model.i18n import translate


class ReadingListOperations(CollectionOperations):
    def reload(self) -> None:
        raise NotImplementedError

    def all(self) -> list[Bookmark]:
        raise NotImplementedError

    # -- reading lists ---------------------------------------------------------------------------------------

    def export(self, path: Path, collection: str | None = None) -> int:
        """Write the bookmarks (or one collection's) as a reading-list file, atomically; returns how many."""
        self.reload()
        if collection is not None and collection not in self.collections():
            raise BookmarkInputError(no_collection(collection))
        items = self.all() if collection is None else self.members(collection)
        names = self.collections() if collection is None else [collection]
        document = export_document(items, names, collection)
        path = Path(path)
        try:
            storage.atomic_write_bytes(path, storage.serialize(document))
        except OSError as exc:
            raise storage.write_error(path, exc) from exc
        return len(items)

    def import_file(self, path: Path) -> int:
        """Merge a reading-list file field by field; returns how many new bookmarks were added.

        Existing bookmarks keep their place; notes from both sides are kept, the later status wins (the other is
        written in the log), collections and logs are united. A file that is not a reading list, or a merge that
        would break a limit, raises BookmarkFileError and changes nothing.
        """
        incoming = read_reading_list(Path(path))
        name = Path(path).name

        def change(state: State) -> int:
            added = 0
            where = {b.case_id: i for i, b in enumerate(state.bookmarks)}
            seq = state.next_seq()
            for entry in incoming.bookmarks:
                i = where.get(entry.case_id, -1)
                if i >= 0:
                    merged = merge_bookmarks(state.bookmarks[i], entry).bookmark
                    if len(merged.note) > MAX_NOTE_CHARS:
                        raise BookmarkFileError(translate(
                            "Bookmarks", "{name} を取り込むと {id} のメモが長くなりすぎるため取り込みませんでした。"
                        ).format(name=name, id=entry.case_id))
                    state.bookmarks[i] = merged
                else:
                    where[entry.case_id] = len(state.bookmarks)
                    state.bookmarks.append(replace(entry, added_at=entry.added_at or now(), seq=seq))
                    seq += 1
                    added += 1
            if len(state.bookmarks) > MAX_BOOKMARKS:
                raise BookmarkFileError(translate(
                    "Bookmarks", "{name} を取り込むとブックマークが {limit} 件を超えるため取り込みませんでした。"
                ).format(name=name, limit=f"{MAX_BOOKMARKS:,}"))
            for collection in incoming.collections:
                if collection not in state.collection_names():
                    state.collections.append(Collection(collection, now()))
            ensure_collections(state)
            return added

        return self._change(change)
