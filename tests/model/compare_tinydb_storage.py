"""Hand-run comparison for docs/reliability.md: model.storage against TinyDB's default JSONStorage.

    .venv/bin/python -m tests.model.compare_tinydb_storage [--trials 150] [--seed-bookmarks 150]

1. kill -9 at a random point during a burst of bookmark writes, `--trials` times per storage;
   counts files that no longer decode and files that lost an acknowledged write.
2. two processes bookmarking 300 different case ids each, at the same time, in five ways.
Prints Markdown tables. Not a test (it takes about two minutes and measures the default storage failing).
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from tests.model.reliability_harness import concurrent_inserts, kill_trial, seed_file

KINDS = ("atomic", "tinydb-default")
CONCURRENT_MODES = {
    "store": "BookmarkStore.add (model.storage.transaction)",
    "transaction": "raw TinyDB insert inside model.storage.transaction",
    "naive": "one long-lived TinyDB over AtomicJSONStorage (no transaction)",
    "default": "TinyDB default JSONStorage, no lock",
    "default-locked": "TinyDB default JSONStorage, FileLock around each insert",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--trials", type=int, default=150)
    parser.add_argument("--seed-bookmarks", type=int, default=150)
    parser.add_argument("--max-delay", type=float, default=0.3)
    parser.add_argument("--concurrent-runs", type=int, default=3)
    args = parser.parse_args()

    print(f"## kill -9 during bookmark writes ({args.trials} trials each, file seeded with "
          f"{args.seed_bookmarks} bookmarks, kill after 0–{args.max_delay:g} s)\n")
    print("| storage | trials | undecodable file | acknowledged write lost | writes acknowledged | "
          "killed inside an operation | seconds |")
    print("|---|---|---|---|---|---|---|")
    for kind in KINDS:
        started = time.perf_counter()
        undecodable = lost = acked = in_flight = 0
        for trial in range(args.trials):
            with tempfile.TemporaryDirectory() as folder:
                path = Path(folder) / "bookmarks.json"
                seed_file(path, args.seed_bookmarks, kind, random.Random(trial))
                result = kill_trial(path, 10_000 + trial, kind, args.max_delay)
            undecodable += not result.parsed
            lost += not result.kept
            acked += result.acked
            in_flight += result.in_flight
        print(f"| {kind} | {args.trials} | {undecodable} | {lost} | {acked} | {in_flight} | "
              f"{time.perf_counter() - started:.0f} |")

    print(f"\n## two processes × 300 bookmarks at once ({args.concurrent_runs} runs each)\n")
    print("| writer | case ids kept (of 600), per run | worker errors | seconds per run |")
    print("|---|---|---|---|")
    for mode, label in CONCURRENT_MODES.items():
        kept, errors, seconds = [], [], []
        for _ in range(args.concurrent_runs):
            with tempfile.TemporaryDirectory() as folder:
                run = concurrent_inserts(Path(folder) / "bookmarks.json", mode)
            kept.append("undecodable" if run.kept < 0 else str(run.kept))
            errors.extend(run.errors)
            seconds.append(run.seconds)
        shown = "; ".join(sorted(set(errors)))[:160] or "none"
        print(f"| {label} | {', '.join(kept)} | {shown} | {sum(seconds) / len(seconds):.1f} |")


if __name__ == "__main__":
    main()
