"""A separate process that writes bookmarks, for the kill -9 and concurrency tests (and the comparison script).

    python tests/model/reliability_worker.py burst FILE SEED [--storage atomic|tinydb-default]
        Opens FILE, prints "ready", then performs random bookmark operations forever. Before each operation it
        prints `begin <json op>`, after it `ack`, each line flushed: a parent that kills the process knows which
        operations were acknowledged and which one was in flight.
    python tests/model/reliability_worker.py insert FILE FIRST COUNT [--mode MODE]
        Prints "ready", waits for a line on stdin (so two workers start together), then bookmarks the case ids
        9-FIRST .. 9-(FIRST+COUNT-1) one write each, and prints "done". MODE: store (BookmarkStore.add),
        transaction (raw TinyDB insert inside model.storage.transaction), naive (one long-lived TinyDB over
        AtomicJSONStorage), default (TinyDB's JSONStorage), default-locked (the same with a FileLock per insert).
    python tests/model/reliability_worker.py hold-lock FILE
        Takes FILE's lock, prints "held", and keeps it until stdin is closed.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

NOTE_WORDS = ["電子申請", "窓口DX", "RPA", "生成AI", "庁内調整", "予算要求の参考に", "要確認", "📌", "𠮷野家"]


def case_id(n: int) -> str:
    return f"9-{n:04d}"


def random_note(rng: random.Random) -> str:
    # Notes of very different lengths, so writes both grow and shrink the file.
    return "\n".join(" ".join(rng.choices(NOTE_WORDS, k=rng.randint(0, 12))) for _ in range(rng.randint(1, 4)))


def next_op(rng: random.Random, present: list[str], counter: list[int]) -> dict[str, Any]:
    roll = rng.random()
    if present and roll < 0.2:
        return {"op": "remove", "case_id": rng.choice(present)}
    if present and roll < 0.45:
        return {"op": "note", "case_id": rng.choice(present), "note": random_note(rng)}
    counter[0] += 1
    return {"op": "add", "case_id": case_id(counter[0]), "note": random_note(rng)}


class DefaultTinyDBBookmarks:
    """The same operations on TinyDB's own JSONStorage, for the comparison run."""

    def __init__(self, path: Path) -> None:
        from tinydb import Query, TinyDB

        self.table = TinyDB(path).table("bookmarks")
        self.q = Query()

    def add(self, cid: str, note: str | None = None) -> None:
        if self.table.contains(self.q.case_id == cid):
            if note is not None:
                self.table.update({"note": note}, self.q.case_id == cid)
        else:
            self.table.insert({"case_id": cid, "note": note or "", "added_at": "2026-11-28T17:40:00+09:00"})

    def set_note(self, cid: str, note: str) -> None:
        self.add(cid, note)

    def remove(self, cid: str) -> None:
        self.table.remove(self.q.case_id == cid)


def burst(path: Path, seed: int, storage_kind: str) -> None:
    if storage_kind == "atomic":
        from model.bookmarks import BookmarkStore

        store: Any = BookmarkStore(path)
    else:
        store = DefaultTinyDBBookmarks(path)
    rng = random.Random(seed)
    docs = json.loads(path.read_text(encoding="utf-8")).get("bookmarks", {}) if path.exists() else {}
    present = [docs[k]["case_id"] for k in sorted(docs, key=int)] if storage_kind != "atomic" else [
        b.case_id for b in store.all()]
    counter = [max([int(c.split("-")[1]) for c in present], default=0)]
    print("ready", flush=True)
    while True:
        op = next_op(rng, present, counter)
        print("begin " + json.dumps(op, ensure_ascii=False), flush=True)
        if op["op"] == "add":
            store.add(op["case_id"], op["note"])
            present.append(op["case_id"])
        elif op["op"] == "note":
            store.set_note(op["case_id"], op["note"])
        else:
            store.remove(op["case_id"])
            present.remove(op["case_id"])
        print("ack", flush=True)


def insert(path: Path, first: int, count: int, mode: str) -> None:
    from filelock import FileLock
    from tinydb import TinyDB

    from model.bookmarks import BookmarkStore
    from model.storage import AtomicJSONStorage, transaction

    store = BookmarkStore(path) if mode == "store" else None
    naive = TinyDB(path, storage=AtomicJSONStorage) if mode == "naive" else None
    default = TinyDB(path) if mode in ("default", "default-locked") else None
    lock: AbstractContextManager[Any] = FileLock(str(path) + ".lock") if mode == "default-locked" else nullcontext()
    print("ready", flush=True)
    sys.stdin.readline()
    for n in range(first, first + count):
        doc = {"case_id": case_id(n), "note": "", "added_at": "2026-11-28T17:40:00+09:00"}
        if store is not None:
            store.add(case_id(n))
        elif naive is not None:
            # One long-lived TinyDB: each write is atomic and locked, but TinyDB reads the file *before* the
            # write takes the lock, so a write can replace a file the other process has changed meanwhile.
            naive.table("bookmarks").insert(doc)
        elif default is not None:
            with lock:
                default.table("bookmarks").insert(doc)
        else:
            with transaction(path) as db:
                db.table("bookmarks").insert(doc)
    print("done", flush=True)


def hold_lock(path: Path) -> None:
    from model.storage import locked

    with locked(path):
        print("held", flush=True)
        sys.stdin.read()


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("burst")
    b.add_argument("file", type=Path)
    b.add_argument("seed", type=int)
    b.add_argument("--storage", choices=["atomic", "tinydb-default"], default="atomic")
    i = sub.add_parser("insert")
    i.add_argument("file", type=Path)
    i.add_argument("first", type=int)
    i.add_argument("count", type=int)
    i.add_argument("--mode", choices=["store", "transaction", "naive", "default", "default-locked"], default="store")
    h = sub.add_parser("hold-lock")
    h.add_argument("file", type=Path)
    args = parser.parse_args()
    if args.command == "burst":
        burst(args.file, args.seed, args.storage)
    elif args.command == "insert":
        insert(args.file, args.first, args.count, args.mode)
    else:
        hold_lock(args.file)


if __name__ == "__main__":
    main()
