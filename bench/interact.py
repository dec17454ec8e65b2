"""`python -m bench.interact --db LIB`: a sort, a facet change and opening a long case, each to the painted window.

One window over the library, as a user would have it after start-up (the event loop idles for a second first, so
what the app prepares in idle time is done). Then, each repeated and reported as median and p95:

- *sort*: a header click on a column of the tree (`bench.sort_facet.show_sorted`: population, initial cost,
  organization, lead time, running cost in turn, ascending and descending), tree repainted;
- *facet change*: the population-band filter switched to one band, then another, then back to all
  (`SearchPanel.set_bands` + `flush`, as the band menu does), to the painted tree;
- *open a long case*: selecting the case with the longest interview (then another long one, alternating) with the
  interview tab current, to the painted tab (`MainWindow.show_case` + a synchronous repaint).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import emit, median, percentile


def measure(db: Path, repeat: int) -> dict[str, Any]:
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from bench.sort_facet import COLUMNS, show_sorted
    from gui.main_window import MainWindow
    from model.bookmarks import BookmarkStore
    from model.case import POPULATION_BANDS
    from model.library import Library

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from printing.fonts import register_fonts

    register_fonts()  # as the app does: Japanese painted with the bundled font, not as missing glyphs
    home = Path(os.environ.get("DX_CASEBOOK_HOME") or tempfile.mkdtemp(prefix="dx-bench-"))
    library = Library.open_db(db)
    window = MainWindow(library, BookmarkStore(home / "bookmarks.json"),
                        QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat))
    window.show()
    QTest.qWaitForWindowExposed(window)
    QTest.qWait(1000)
    tree = window.tree.viewport()

    def timed(action: Any, paint: Any) -> float:
        app.processEvents()
        gc.collect()
        t0 = time.perf_counter()
        action()
        paint()
        return time.perf_counter() - t0

    sort_times = [timed(lambda col=col, d=d: show_sorted(window, col, d), tree.repaint)
                  for d in (False, True) for _ in range(repeat) for col in COLUMNS]

    panel = window.search_panel
    bands = [{POPULATION_BANDS[2]}, {POPULATION_BANDS[4]}, set()]

    def facet(b: set[str]) -> None:
        panel.set_bands(b)
        panel.flush()

    facet_times = [timed(lambda b=b: facet(b), tree.repaint) for _ in range(repeat) for b in bands]

    by_interview = sorted(library.cases(), key=lambda c: -sum(len(q.question) + len(q.answer) for q in c.interview))
    long_ones = [c.id for c in by_interview[:2]]
    longest_chars = sum(len(q.question) + len(q.answer) for q in by_interview[0].interview)
    window.detail.show_tab("interview")
    browser = window.detail.browser("interview").viewport()
    open_times = [timed(lambda cid=cid: window.show_case(cid), browser.repaint)
                  for _ in range(repeat) for cid in long_ones]
    window.close()
    ms = 1000.0
    return {
        "cases": len(library),
        "sort_p50_ms": median(sort_times) * ms, "sort_p95_ms": percentile(sort_times, 95) * ms,
        "facet_p50_ms": median(facet_times) * ms, "facet_p95_ms": percentile(facet_times, 95) * ms,
        "open_long_p50_ms": median(open_times) * ms, "open_long_p95_ms": percentile(open_times, 95) * ms,
        "longest_interview_chars": longest_chars,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    emit(measure(args.db, args.repeat))
    return 0


if __name__ == "__main__":
    sys.exit(main())
