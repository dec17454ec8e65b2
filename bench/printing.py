"""Print-to-PDF time per case: `printing.pdf.write_pdf`, the code behind the PDF menu items and `main.py print`.

Run in its own process (`python -m bench.printing --db LIB`): single-case PDFs of several cases (median), and one
bulk PDF of several cases divided by their number, under a QGuiApplication (offscreen), as the CLI does. The cases
differ between library sizes and a long case prints on two pages, so the time per page is the comparable figure.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import emit, median

CASES = 5


def measure(db: Path, count: int = CASES) -> dict[str, Any]:
    from PySide6.QtGui import QGuiApplication

    from model.library import Library

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    t0 = time.perf_counter()
    from printing import pdf as printing  # what the first print of a session pays for, on top of the PDF itself

    import_s = time.perf_counter() - t0
    library = Library.open_db(db)
    cases = library.cases()
    picks = [cases[(i * 7919) % len(cases)] for i in range(count)]
    single: list[float] = []
    pages = 0
    with tempfile.TemporaryDirectory(prefix="dx-bench-pdf-") as folder:
        out = Path(folder) / "out.pdf"
        t = time.perf_counter()
        printing.write_pdf([picks[0]], {}, out)  # the first PDF loads and subsets the font: reported apart
        first_s = time.perf_counter() - t
        for case in picks:
            t = time.perf_counter()
            pages += printing.write_pdf([case], {}, out)
            single.append(time.perf_counter() - t)
        t = time.perf_counter()
        bulk_pages = printing.write_pdf(picks, {}, out)
        bulk = time.perf_counter() - t
    del app
    return {"cases": len(library), "per_case_ms": median(single) * 1000, "pages_per_case": pages / count,
            "per_page_ms": sum(single) / pages * 1000 if pages else float("nan"),
            "bulk_per_case_ms": bulk / count * 1000, "bulk_pages": bulk_pages,
            "first_pdf_ms": first_s * 1000, "import_ms": import_s * 1000}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--cases", type=int, default=CASES)
    args = parser.parse_args()
    emit(measure(args.db, args.cases))
    return 0


if __name__ == "__main__":
    sys.exit(main())
