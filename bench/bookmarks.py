"""Bookmark save time with a library of a given size open: it must depend on the bookmarks, not on the library.

Run in its own process (`python -m bench.bookmarks --db LIB`): the library is opened (so its memory and any
per-case state exist, as in the app), then `BookmarkStore.add` is timed for a run of different cases, each a full
atomic, locked, backed-up write of the bookmarks file (fsync included). The same number of bookmarks is added at
every library size, so the file written is the same size.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import emit, median, percentile

ADDS = 30


def measure(db: Path, adds: int = ADDS) -> dict[str, Any]:
    from model.bookmarks import BookmarkStore
    from model.library import Library

    library = Library.open_db(db)
    ids = [c.id for c in library.cases()]
    picks = [ids[(i * 7919) % len(ids)] for i in range(adds)]  # spread over the library, repeats allowed at 13
    with tempfile.TemporaryDirectory(prefix="dx-bench-bm-") as folder:
        store = BookmarkStore(Path(folder) / "bookmarks.json")
        store.add(picks[0])  # the first write creates the file and the backup folder: not a typical save
        times: list[float] = []
        for i, case_id in enumerate(picks):
            t0 = time.perf_counter()
            store.add(case_id, note=f"メモ {i}")  # a note, so an existing bookmark is written too
            times.append(time.perf_counter() - t0)
    return {"cases": len(library), "adds": adds, "save_p50_ms": median(times) * 1000,
            "save_p95_ms": percentile(times, 95) * 1000}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--adds", type=int, default=ADDS)
    args = parser.parse_args()
    emit(measure(args.db, args.adds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
