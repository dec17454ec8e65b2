"""Importing many volumes in one command: `main.py --db LIB import FOLDER` over 50 volumes of 200 cases.

Run in its own process (`python -m bench.import_many --volumes 50 --cases 200`). The volumes are written as text
files by `bench.generate.casebook_text` (each with its own category, 1..N, so none replaces another), then one
child process runs the real command line on the folder: every file parsed, one transaction, one reload. Reports
the wall time of that command, cases per second, its CPU time (with its parsing processes) and its peak RSS (the
child's rusage), against the targets of docs/performance.md (≥ 1,000 cases/s, ≤ 300 MB peak).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import PYTHON, ROOT, child_env, emit


def write_volumes(folder: Path, volumes: int, cases: int) -> int:
    from bench.generate import casebook_text

    text = casebook_text(cases, seed=1)
    for n in range(1, volumes + 1):
        wide = "".join(chr(ord("０") + int(d)) for d in str(n))
        folder.joinpath(f"vol{n:03d}.txt").write_text(
            text.replace("＜１．体制整備＞", f"＜{wide}．体制整備{n}＞"), encoding="utf-8")
    return volumes * cases


def measure(volumes: int, cases: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="dx-bench-many-") as work:
        folder = Path(work) / "volumes"
        folder.mkdir()
        total = write_volumes(folder, volumes, cases)
        db = Path(work) / "library.json"
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        proc = subprocess.run([PYTHON, str(ROOT / "main.py"), "--db", str(db), "import", str(folder)],
                              env=child_env(Path(work) / "home"), cwd=ROOT, capture_output=True, text=True,
                              timeout=1200)
        wall = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if proc.returncode != 0:
            return {"error": (proc.stderr.strip().splitlines() or ["exit code " + str(proc.returncode)])[-1]}
        # CPU time of the command and its parsing processes: on a shared machine steadier than the wall time.
        cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
        return {"volumes": volumes, "cases": total, "wall_s": wall, "cases_per_s": total / wall, "cpu_s": cpu,
                "peak_rss_mb": max(after.ru_maxrss, before.ru_maxrss) / 1024, "file_mb": db.stat().st_size / 1e6,
                "load": os.getloadavg()[0]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--volumes", type=int, default=50)
    parser.add_argument("--cases", type=int, default=200)
    args = parser.parse_args()
    emit(measure(args.volumes, args.cases))
    return 0


if __name__ == "__main__":
    sys.exit(main())
