"""Where the memory goes: resident set size after each start-up stage, in one process over one library.

The headline figure (peak RSS of a real cold start) comes from `bench.startup` (the child's rusage); this module
splits it up: `python -m bench.memory --db LIB` reports RSS after the imports, after `Library.open_db`, after the
main window is shown, once the app has built the search text in idle time, and after a search; and the peak of
the whole run.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import emit


def rss_mb() -> tuple[float, float]:
    """(current, peak) resident set size of this process in MB, from /proc/self/status."""
    now = peak = float("nan")
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                now = int(line.split()[1]) / 1024
            elif line.startswith("VmHWM:"):
                peak = int(line.split()[1]) / 1024
    except OSError:
        pass
    return now, peak


def measure(db: Path) -> dict[str, Any]:
    stages: dict[str, float] = {"python": rss_mb()[0]}
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from gui.main_window import MainWindow
    from model.bookmarks import BookmarkStore
    from model.library import Library

    app = QApplication.instance() or QApplication(sys.argv[:1])
    stages["imports + QApplication"] = rss_mb()[0]
    library = Library.open_db(db)
    stages["library open"] = rss_mb()[0]
    with tempfile.TemporaryDirectory(prefix="dx-bench-mem-") as home:
        window = MainWindow(library, BookmarkStore(Path(home) / "bookmarks.json"),
                            QSettings(str(Path(home) / "settings.ini"), QSettings.Format.IniFormat))
        window.show()
        app.processEvents()
        stages["window shown"] = rss_mb()[0]
        # The app builds the search text and its bigram index in idle time after start-up (MainWindow,
        # Library.prepare_search, prepare_index); wait for that as a user reading the window would, then search
        # as they would.
        from PySide6.QtTest import QTest

        deadline = time.perf_counter() + 10
        while not (library.prepare_search(limit=0) and library.prepare_index(limit=0)) \
                and time.perf_counter() < deadline:
            QTest.qWait(50)
        stages["search text built"] = rss_mb()[0]
        window.search_panel.field.setText("dx")
        window.search_panel.flush()
        app.processEvents()
        stages["after a search"] = rss_mb()[0]
        window.close()
    return {"cases": len(library), "stages_mb": stages, "peak_mb": rss_mb()[1]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    args = parser.parse_args()
    emit(measure(args.db))
    return 0


if __name__ == "__main__":
    sys.exit(main())
