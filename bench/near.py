"""「近い団体」 and the map: ranking a library for the user's organization, and repainting the map of Japan.

    python -m bench.near                  # 10,000 cases, 7 repeats
    python -m bench.near --cases 1000 --repeat 3

Figures (medians over the repeats, ms):
- `rank_first`: the first `MyOrganization.rank` of a process (reads data/municipalities.csv and looks up every
  organization once); `rank`: later calls over the same cases (what each refilter costs while the tab is shown);
- `similar_refresh`: `SimilarView.refresh` (the ranking plus the model reset);
- `map_counts`: `NearActions._map_counts` with a prefecture selected (one more filter pass with that facet cleared);
- `map_repaint`: one synchronous repaint of the map at its size hint (47 tiles, legend), and `map_repaint_200`
  the same at twice the device pixel ratio's worth of pixels (a 2× font).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.common import emit, median


def _times(fn: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def measure(n: int, repeat: int) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from bench.generate import generate, write_library
    from model.similar import MyOrganization

    cases = generate(n)
    me = MyOrganization.parse("山形県舟形町", "5000")
    t = time.perf_counter()
    ranked = me.rank(cases)
    first = (time.perf_counter() - t) * 1000
    assert len(ranked) == n
    rank_ms = _times(lambda: me.rank(cases), repeat)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from gui.japan_map import JapanMap
    from gui.main_window import MainWindow
    from gui.similar_view import SimilarView
    from model.bookmarks import BookmarkStore
    from model.library import Library

    view = SimilarView()
    view.set_organization(me)
    view.set_cases(cases)
    refresh_ms = _times(view.refresh, repeat)

    with tempfile.TemporaryDirectory(prefix="dx-bench-near-") as folder:
        home = Path(folder)
        os.environ["DX_CASEBOOK_HOME"] = str(home / "home")
        db = write_library(home / "lib.json", cases)
        window = MainWindow(Library.open_db(db), BookmarkStore(home / "bookmarks.json"),
                            QSettings(str(home / "s.ini"), QSettings.Format.IniFormat))
        window.search_panel.set_prefecture_selection(frozenset({"山形県"}))
        app.processEvents()
        counts_ms = _times(window.near._map_counts, repeat)
        counts = window.near._map_counts()
        window.close()

    def repaint_times(scale: float) -> list[float]:
        japan = JapanMap()
        if scale != 1:
            font = japan.font()
            font.setPointSizeF(font.pointSizeF() * scale)
            japan.setFont(font)
        japan.set_counts(counts)
        japan.set_selected(frozenset({"山形県", "宮城県"}))
        japan.set_own_prefecture("山形県")
        japan.resize(japan.sizeHint())
        japan.show()
        app.processEvents()
        out = _times(japan.repaint, repeat * 3)
        japan.close()
        return out

    return {"cases": n, "rank_first_ms": first, "rank_ms": median(rank_ms), "similar_refresh_ms": median(refresh_ms),
            "map_counts_ms": median(counts_ms), "map_repaint_ms": median(repaint_times(1)),
            "map_repaint_200_ms": median(repaint_times(2))}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="print the result line for the bench runner")
    args = parser.parse_args()
    result = measure(args.cases, args.repeat)
    if args.json:
        emit(result)
    else:
        for key, value in result.items():
            print(f"{key:>20}: {value:,.1f}" if isinstance(value, float) else f"{key:>20}: {value:,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
