"""The bookmarks file (bookmarks.json) on disk: its tables, their validation, and migration from the first version
(with the copy of the old file kept before a migrating write, `keep_pre_migration_copy`).

Version 2 (this one) is a TinyDB document tree with these tables::

    meta         {"1": {"format": "dx-casebook-bookmarks-store", "version": 2}}
    working_set  one document per bookmark: {case_id, note, added_at, status, collections: [name, …],
                 log: [{date, text, added}, …], updated: {note, status, collections}, seq, key}
                 (`key`, the case's stable identity across editions, is absent until the library named it;
                 files without keys get them on the first open with the library, after a kept copy)
    collections  {name, created} per collection, in the order created
    trash        {kind: "bookmark", removed_at, bookmark: {…as in working_set…}}
                 or {kind: "collection", removed_at, name, created, members: [case_id, …]}
    bookmarks    one notice document for the previous version of the app (see below)

Version 1 had only ``bookmarks`` with ``{case_id, note, added_at}`` documents. It is migrated on the first open
(the store keeps a copy of the old file in ``backups/`` first). The previous version of the app reads only the
``bookmarks`` table and shows every document in it as a bookmark, so that table holds a single notice whose case id
and note say, in words, that the file was saved by a newer version: the old app shows that one line instead of
crashing or hiding bookmarks silently, and whatever it adds there is merged back in when this version opens the file
again. A file of a later version than this one is refused (read-only) with a message.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from model import storage
from model.bookmarks.entries import (
    DEFAULT_STATUS,
    STATUSES,
    Bookmark,
    LogEntry,
    Updated,
)
from model.bookmarks.merge import merge_bookmarks
from model.bookmarks.working_set import Collection, State, TrashEntry, ensure_collections
from model.i18n import translate

STORE_FORMAT = "dx-casebook-bookmarks-store"
STORE_VERSION = 2
LEGACY_TABLE = "bookmarks"
META_TABLE = "meta"
ITEMS_TABLE = "working_set"
COLLECTIONS_TABLE = "collections"
TRASH_TABLE = "trash"
KNOWN_TABLES = frozenset({LEGACY_TABLE, META_TABLE, ITEMS_TABLE, COLLECTIONS_TABLE, TRASH_TABLE})
NOTICE_KEY = "saved_by_newer_version"

Tables = dict[str, dict[str, Any]]


class NewerFileError(ValueError):
    """The file was written by a later version of the app; it is left as it is."""


# -- validation -------------------------------------------------------------------------------------------------


def _require(ok: bool, where: str) -> None:
    if not ok:
        raise ValueError(f"bookmarks file: unexpected content at {where}")


def _is_str(value: Any) -> bool:
    return isinstance(value, str)


def _check_bookmark_doc(doc: Any, where: str) -> None:
    _require(isinstance(doc, dict), where)
    _require(_is_str(doc.get("case_id")) and bool(doc["case_id"].strip()), f"{where}.case_id")
    for key in ("note", "added_at"):
        _require(_is_str(doc.get(key, "")), f"{where}.{key}")
    _require(doc.get("status", DEFAULT_STATUS) in STATUSES, f"{where}.status")
    names = doc.get("collections", [])
    _require(isinstance(names, list) and all(_is_str(n) and n for n in names), f"{where}.collections")
    log = doc.get("log", [])
    _require(isinstance(log, list), f"{where}.log")
    for n, entry in enumerate(log):
        _require(isinstance(entry, dict) and set(entry) == {"date", "text", "added"}
                 and all(_is_str(v) for v in entry.values()), f"{where}.log[{n}]")
    updated = doc.get("updated", {})
    _require(isinstance(updated, dict) and set(updated) <= {"note", "status", "collections"}
             and all(_is_str(v) for v in updated.values()), f"{where}.updated")
    seq = doc.get("seq", 0)
    _require(isinstance(seq, int) and not isinstance(seq, bool), f"{where}.seq")
    _require(_is_str(doc.get("key", "")), f"{where}.key")
    _require(set(doc) <= {"case_id", "note", "added_at", "status", "collections", "log", "updated", "seq", "key"},
             f"{where} (unknown key)")


def validate_bookmark_tables(tables: Tables) -> None:
    """Raise ValueError when parsed tables do not have the shape of a bookmarks file (of any version we know).

    A file of a later version passes (it is refused read-only, not treated as damaged). Intended as the
    ``validate=`` callable of ``storage.recover_and_read`` / ``storage.transaction``.
    """
    _require(isinstance(tables, dict), "top level")
    meta = tables.get(META_TABLE, {})
    _require(isinstance(meta, dict), META_TABLE)
    if meta:
        _require(len(meta) == 1, META_TABLE)
        doc = next(iter(meta.values()))
        version = doc.get("version") if isinstance(doc, dict) else None
        _require(isinstance(doc, dict) and doc.get("format") == STORE_FORMAT and isinstance(version, int)
                 and not isinstance(version, bool) and version >= 2 and set(doc) == {"format", "version"},
                 f"{META_TABLE}.version")
        assert isinstance(version, int)
        if version > STORE_VERSION:
            return  # a later version's file: not ours to judge (the store refuses it read-only)
    for name, table in tables.items():
        _require(isinstance(table, dict), name)
        _require(name in KNOWN_TABLES or not table, f"table {name!r}")
    if not meta:
        _require(not any(tables.get(t) for t in (ITEMS_TABLE, COLLECTIONS_TABLE, TRASH_TABLE)), "missing meta")
    for key, doc in tables.get(LEGACY_TABLE, {}).items():
        where = f"{LEGACY_TABLE}/{key}"
        _require(isinstance(doc, dict) and _is_str(doc.get("case_id")), f"{where}.case_id")
        _require(_is_str(doc.get("note", "")) and _is_str(doc.get("added_at", "")), where)
    for key, doc in tables.get(ITEMS_TABLE, {}).items():
        _check_bookmark_doc(doc, f"{ITEMS_TABLE}/{key}")
    for key, doc in tables.get(COLLECTIONS_TABLE, {}).items():
        where = f"{COLLECTIONS_TABLE}/{key}"
        _require(isinstance(doc, dict) and _is_str(doc.get("name")) and bool(doc["name"]), f"{where}.name")
        _require(_is_str(doc.get("created", "")) and set(doc) <= {"name", "created"}, where)
    for key, doc in tables.get(TRASH_TABLE, {}).items():
        where = f"{TRASH_TABLE}/{key}"
        _require(isinstance(doc, dict) and _is_str(doc.get("removed_at")), f"{where}.removed_at")
        if doc.get("kind") == "bookmark":
            _check_bookmark_doc(doc.get("bookmark"), f"{where}.bookmark")
        else:
            members = doc.get("members")
            _require(doc.get("kind") == "collection" and _is_str(doc.get("name")) and bool(doc.get("name"))
                     and _is_str(doc.get("created", "")) and isinstance(members, list)
                     and all(_is_str(m) for m in members), where)
        _require(set(doc) <= {"kind", "removed_at", "bookmark", "name", "created", "members"}, where)


# -- tables -> state ------------------------------------------------------------------------------------------


def file_version(tables: Tables) -> int:
    meta = tables.get(META_TABLE) or {}
    for doc in meta.values():
        version = doc.get("version")
        return version if isinstance(version, int) else STORE_VERSION
    return 1


def bookmark_of_doc(doc: dict[str, Any], seq: int | None = None) -> Bookmark:
    updated = doc.get("updated") or {}
    return Bookmark(
        case_id=doc["case_id"],
        note=doc.get("note", ""),
        added_at=doc.get("added_at", ""),
        status=doc.get("status", DEFAULT_STATUS),
        collections=tuple(dict.fromkeys(doc.get("collections", []))),
        log=tuple(LogEntry(e["date"], e["text"], e["added"]) for e in doc.get("log", [])),
        updated=Updated(note=updated.get("note", ""), status=updated.get("status", ""),
                        collections=updated.get("collections", "")),
        seq=doc.get("seq", 0) if seq is None else seq,
        key=doc.get("key", ""),
    )


def doc_of_bookmark(bm: Bookmark) -> dict[str, Any]:
    doc = _doc_of_bookmark(bm)
    if bm.key:
        doc["key"] = bm.key
    return doc


def _doc_of_bookmark(bm: Bookmark) -> dict[str, Any]:
    return {
        "case_id": bm.case_id, "note": bm.note, "added_at": bm.added_at, "status": bm.status,
        "collections": list(bm.collections),
        "log": [{"date": e.date, "text": e.text, "added": e.added} for e in bm.log],
        "updated": {"note": bm.updated.note, "status": bm.updated.status, "collections": bm.updated.collections},
        "seq": bm.seq,
    }


def _by_doc_id(table: dict[str, Any]) -> list[Any]:
    return [table[k] for k in sorted(table, key=int)]


def state_of(tables: Tables) -> State:
    """The state in validated tables. Raises NewerFileError for a file of a later version."""
    version = file_version(tables)
    if version > STORE_VERSION:
        raise NewerFileError(version)
    state = State()
    state.collections = [Collection(d["name"], d.get("created", ""))
                         for d in _by_doc_id(tables.get(COLLECTIONS_TABLE, {}))]
    for doc in _by_doc_id(tables.get(TRASH_TABLE, {})):
        if doc["kind"] == "bookmark":
            state.trash.append(TrashEntry("bookmark", doc["removed_at"], bookmark=bookmark_of_doc(doc["bookmark"])))
        else:
            state.trash.append(TrashEntry("collection", doc["removed_at"], name=doc["name"],
                                          created=doc.get("created", ""), members=tuple(doc["members"])))
    seqs = _Places(state)
    items = sorted(enumerate(_by_doc_id(tables.get(ITEMS_TABLE, {}))), key=lambda p: (p[1].get("seq", 0), p[0]))
    for _, doc in items:
        seqs.add(bookmark_of_doc(doc))
    # Version-1 documents: the whole file before migration, or what the previous app added to a version-2 file.
    for doc in _by_doc_id(tables.get(LEGACY_TABLE, {})):
        if NOTICE_KEY in doc or not doc.get("case_id", "").strip():
            continue
        state.legacy = True
        seqs.add(Bookmark(doc["case_id"], doc.get("note", ""), doc.get("added_at", "")))
    if version == 1 and tables.get(LEGACY_TABLE):
        state.legacy = True
    ensure_collections(state)
    return state


class _Places:
    """Adds bookmarks to a state being read in linear time (a case seen twice is merged, not listed twice)."""

    def __init__(self, state: State) -> None:
        self.state = state
        self.where: dict[str, int] = {}
        self.top = state.next_seq() - 1

    def add(self, bm: Bookmark) -> None:
        i = self.where.get(bm.case_id)
        if i is not None:
            self.state.bookmarks[i] = merge_bookmarks(self.state.bookmarks[i], bm).bookmark
            return
        if not bm.seq or (self.state.bookmarks and bm.seq <= self.state.bookmarks[-1].seq):  # none, or a duplicate
            bm = replace(bm, seq=self.top + 1)
        self.top = max(self.top, bm.seq)
        self.where[bm.case_id] = len(self.state.bookmarks)
        self.state.bookmarks.append(bm)


# -- state -> tables ------------------------------------------------------------------------------------------


def notice_doc() -> dict[str, Any]:
    message = translate(
        "Bookmarks", "【このファイルは新しい版の DX事例ブラウザで保存されています。新しい版で開いてください。"
        "ここで追加したブックマークは新しい版で開いたときに取り込まれます】")
    return {"case_id": message, "note": message, "added_at": "", NOTICE_KEY: STORE_VERSION}


def _numbered(docs: list[dict[str, Any]]) -> dict[str, Any]:
    return {str(n): doc for n, doc in enumerate(docs, start=1)}


def tables_of(state: State, previous: Tables | None = None) -> Tables:
    """The tables that store ``state``; the notice for the old app is kept as it was written (its language)."""
    notice = next((d for d in (previous or {}).get(LEGACY_TABLE, {}).values() if NOTICE_KEY in d), None)
    trash: list[dict[str, Any]] = []
    for t in state.trash:
        if t.bookmark is not None:
            trash.append({"kind": "bookmark", "removed_at": t.removed_at, "bookmark": doc_of_bookmark(t.bookmark)})
        else:
            trash.append({"kind": "collection", "removed_at": t.removed_at, "name": t.name, "created": t.created,
                          "members": list(t.members)})
    return {
        META_TABLE: {"1": {"format": STORE_FORMAT, "version": STORE_VERSION}},
        LEGACY_TABLE: {"1": notice or notice_doc()},
        ITEMS_TABLE: _numbered([doc_of_bookmark(b) for b in state.bookmarks]),
        COLLECTIONS_TABLE: _numbered([{"name": c.name, "created": c.created} for c in state.collections]),
        TRASH_TABLE: _numbered(trash),
    }


def keep_pre_migration_copy(path: Path, label: str) -> None:
    """Before a migrating write (version 1 → 2, keys added): a copy of the file as it was in backups/, which
    pruning never removes."""
    raw = path.read_bytes() if path.exists() else None
    if raw is None:
        return
    folder = storage.backup_dir(path)
    target = folder / f"{path.name}.{label}.json"
    if target.exists():
        return
    try:
        folder.mkdir(exist_ok=True)
        storage.atomic_write_bytes(target, raw, private=True)
    except OSError as exc:
        raise storage.write_error(target, exc) from exc

