"""Import throughput: casebook text → cases (`model.importer.parse_volume`), and into the user's library file.

Run in its own process (`python -m bench.importer --cases N`). The text is the shipped seed volume for 13 cases,
and for more a volume of N cases made by `bench.generate.casebook_text` (the seed volume's case blocks repeated
with renumbered cases and other organizations). Two rates, in cases per second:

- `parse`: `parse_volume(text, file_name)` alone (what `main.py import` and the import dialog spend parsing);
- `import`: parse plus `Library.import_cases` into an empty user file (the whole import a user waits for).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import emit, median


def volume_text(n: int) -> str:
    from bench.generate import casebook_text, seed_volume

    return seed_volume() if n == 13 else casebook_text(n, seed=n)


def measure(n: int, repeat: int) -> dict[str, Any]:
    from model.importer import parse_volume
    from model.library import Library

    text = volume_text(n)
    name = "vol1-taisei-seibi.txt"
    parse_times: list[float] = []
    import_times: list[float] = []
    found = 0
    warnings = 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = parse_volume(text, name)
        parse_times.append(time.perf_counter() - t0)
        found = len(result.cases)
        warnings = len(result.warnings)
        with tempfile.TemporaryDirectory(prefix="dx-bench-imp-") as folder:
            library = Library.open_db(Path(folder) / "library.json")
            t1 = time.perf_counter()
            library.import_cases(result.cases)
            import_times.append(time.perf_counter() - t1 + parse_times[-1])
    return {"cases_in_text": n, "cases_parsed": found, "warnings": warnings, "text_chars": len(text),
            "parse_s": median(parse_times), "import_s": median(import_times),
            "parse_per_s": found / median(parse_times) if found else 0.0,
            "import_per_s": found / median(import_times) if found else 0.0}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=13)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    emit(measure(args.cases, args.repeat))
    return 0


if __name__ == "__main__":
    sys.exit(main())
