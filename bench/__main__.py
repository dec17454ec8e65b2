"""`python -m bench`: every benchmark at 13, 1,000 and 10,000 cases, as one table of medians.

    python -m bench                      # the full run: 13, 1,000 and 10,000 cases, about a minute on 2 cores
    python -m bench --quick              # fewer repeats, 13 and 1,000 cases only (about 15 seconds)
    python -m bench --sizes 13,10000 --repeat 7 --json out/bench.json

Every measurement runs in a fresh child process (Qt offscreen, a throw-away user data folder) over a synthetic
library written by `bench.generate`; see docs/performance.md for what each row means and the targets.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import startup
from bench.common import PYTHON, ROOT, child_env, machine, run_json

FULL_SIZES = (13, 1000, 10000)
QUICK_SIZES = (13, 1000)
IMPORT_SIZES = (13, 1000)  # import throughput is a rate: a 1,000-case volume shows it; 10,000 only adds minutes


def _fmt(value: Any, spec: str = ".1f") -> str:
    if value is None or (isinstance(value, float) and value != value):
        return "—"
    return format(value, spec)


def _check(ok: bool | None) -> str:
    return "" if ok is None else ("ok" if ok else "MISSED")


class Table:
    """Rows of figures by library size, printed with the target and whether it was met."""

    def __init__(self, sizes: list[int]) -> None:
        self.sizes = sizes
        self.rows: list[tuple[str, list[str], str, str]] = []

    def add(self, label: str, values: dict[int, Any], spec: str = ".1f", target: str = "",
            met: bool | None = None) -> None:
        self.rows.append((label, [_fmt(values.get(s), spec) for s in self.sizes], target, _check(met)))

    def section(self, title: str) -> None:
        self.rows.append((title, [""] * len(self.sizes), "", ""))

    def render(self) -> str:
        head = ["", *[f"{s:,} cases" for s in self.sizes], "target", ""]
        body = [[label, *vals, target, met] for label, vals, target, met in self.rows]
        widths = [max(_width(r[i]) for r in [head, *body]) for i in range(len(head))]
        lines = []
        for r in [head, *body]:
            cells = [_pad(r[0], widths[0])] + [_pad(c, w, right=True) for c, w in zip(r[1:-2], widths[1:-2],
                                                                                       strict=True)]
            cells += [_pad(r[-2], widths[-2]), r[-1]]
            lines.append("  ".join(cells).rstrip())
        return "\n".join(lines)


def _width(text: str) -> int:
    # East Asian wide characters take two columns in a terminal.
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int, right: bool = False) -> str:
    fill = " " * (width - _width(text))
    return fill + text if right else text + fill


def _step(label: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    print(f"  {label} …", end="", flush=True, file=sys.stderr)
    t = time.perf_counter()
    result = fn(*args, **kwargs)
    print(f" {time.perf_counter() - t:.1f} s", file=sys.stderr)
    return result


def run(sizes: list[int], repeat: int, search_repeat: int, json_out: Path | None) -> int:
    started = time.perf_counter()
    info = machine()
    print("DX事例ブラウザ benchmark")
    print(f"machine: {info['cpu']}, {info['cores']} cores, {info['os']}; Python {info['python']}, "
          f"PySide6 {info['pyside6']}; load average at start {info['load']}")
    print(f"medians of {repeat} cold starts per size; search: {search_repeat} passes over the query set")
    results: dict[str, dict[int, Any]] = {k: {} for k in
                                          ("startup", "search", "bookmarks", "printing", "import", "memory",
                                           "import_many")}
    with tempfile.TemporaryDirectory(prefix="dx-bench-") as tmp:
        work = Path(tmp)
        home = work / "home"
        env = child_env(home)
        for n in sizes:
            print(f"{n:,} cases:", file=sys.stderr)
            db = work / f"lib-{n}.json"
            gen = [PYTHON, "-m", "bench.generate", str(n), str(db)]
            _step("writing the library", subprocess.run, gen, env=env, cwd=ROOT, check=True)
            results["startup"][n] = _step("cold start", startup.measure, db, work / f"h{n}", repeat)
            results["search"][n] = _step("search", run_json, "bench.search",
                                         ["--db", str(db), "--repeat", str(search_repeat)], env)
            results["bookmarks"][n] = _step("bookmark saves", run_json, "bench.bookmarks", ["--db", str(db)], env)
            results["printing"][n] = _step("print to PDF", run_json, "bench.printing", ["--db", str(db)], env)
            results["memory"][n] = _step("memory by stage", run_json, "bench.memory", ["--db", str(db)], env)
            if n == 10000:  # 50 volumes of 200 cases in one `main.py import FOLDER` (bench/import_many.py)
                results["import_many"][n] = _step("import 50 volumes", run_json, "bench.import_many", [], env)
            if n in IMPORT_SIZES:
                results["import"][n] = _step("import", run_json, "bench.importer",
                                             ["--cases", str(n), "--repeat", str(max(1, min(repeat, 3)))], env)

    print()
    print(render(sizes, results))
    problems = [f"{kind} at {n:,}: {r['error']}" for kind, by_size in results.items() if kind != "startup"
                for n, r in by_size.items() if isinstance(r, dict) and "error" in r]
    problems += [f"cold start at {n:,}: {r.failure()}" for n, r in results["startup"].items() if not r.ok]
    for p in problems:
        print(f"not measured: {p}")
    print(f"\ntotal benchmark time {time.perf_counter() - started:.0f} s")
    if json_out is not None:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(_jsonable(info, results), ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


def render(sizes: list[int], results: dict[str, dict[int, Any]]) -> str:
    t = Table(sizes)
    st = results["startup"]
    t.section("cold start (process start → tree filled, first case painted)")
    app = {n: r.app_median if r.ok else None for n, r in st.items()}
    base = {n: r.baseline_median for n, r in st.items()}
    ratio = {n: r.ratio if r.ok else None for n, r in st.items()}
    t.add("  app, s", app, ".3f")
    t.add("  bare PySide6 window, s", base, ".3f")
    for n in sizes:
        if n in ratio:
            limit = 1.3 if n <= 13 else 1.6 if n >= 10000 else None
            if limit is not None:
                value = ratio[n]
                t.add(f"  ratio at {n:,}", {n: value}, ".2f", f"≤ {limit}×", None if value is None else value <= limit)
    t.add("  app's own figure (from main.py), s", {n: median_or_none([x.reported for x in r.app]) for n, r in
                                                  st.items()}, ".2f")

    se = results["search"]
    ok = {n: r for n, r in se.items() if "error" not in r}
    t.section("search, keystroke → filtered tree (ms)")
    t.add("  p50 painted", {n: r["painted_p50_ms"] for n, r in ok.items()})
    t.add("  p95 painted", {n: r["painted_p95_ms"] for n, r in ok.items()}, ".1f", "< 16 ms at 10,000",
          ok[10000]["painted_p95_ms"] < 16 if 10000 in ok else None)
    t.add("  p95 filter + model reset (no paint)", {n: r["filter_p95_ms"] for n, r in ok.items()})
    t.add("  p95 Library.search alone, same keystrokes", {n: r["library_p95_ms"] for n, r in ok.items()}, ".2f")
    t.add("  p95 Library.search alone, fresh queries", {n: r.get("library_fresh_p95_ms") for n, r in ok.items()},
          ".2f")
    t.add("  p50 plain-scan baseline", {n: r["baseline_p50_ms"] for n, r in ok.items()}, ".2f")
    t.add("  p95 plain-scan baseline", {n: r["baseline_p95_ms"] for n, r in ok.items()}, ".2f")
    ratio_s = {n: r["painted_p95_ms"] / r["baseline_p95_ms"] for n, r in ok.items() if r["baseline_p95_ms"] > 0}
    t.add("  ratio p95 painted / baseline", ratio_s, ".1f", "≤ 1.5× at 10,000",
          ratio_s[10000] <= 1.5 if 10000 in ratio_s else None)
    t.add("  first search of a session (painted)", {n: r["first_painted_ms"] for n, r in ok.items()})

    t.section("other")
    imp = {n: r for n, r in results["import"].items() if "error" not in r}
    t.add("  import, parse only, cases/s", {n: r["parse_per_s"] for n, r in imp.items()}, ",.0f")
    t.add("  import incl. save, cases/s", {n: r["import_per_s"] for n, r in imp.items()}, ",.0f", "≥ 500/s",
          min(r["import_per_s"] for r in imp.values()) >= 500 if imp else None)
    many = {n: r for n, r in results["import_many"].items() if "error" not in r}
    t.add("  import 50 volumes x 200 in one command, cases/s", {n: r["cases_per_s"] for n, r in many.items()},
          ",.0f", "≥ 1,000/s", min(r["cases_per_s"] for r in many.values()) >= 1000 if many else None)
    t.add("  import 50 volumes x 200, peak RSS, MB", {n: r["peak_rss_mb"] for n, r in many.items()}, ".0f",
          "≤ 300 MB", max(r["peak_rss_mb"] for r in many.values()) <= 300 if many else None)
    pr = {n: r for n, r in results["printing"].items() if "error" not in r}
    t.add("  print to PDF, ms per case (median)", {n: r["per_case_ms"] for n, r in pr.items()})
    t.add("  print to PDF, ms per page", {n: r["per_page_ms"] for n, r in pr.items()})
    bm = {n: r for n, r in results["bookmarks"].items() if "error" not in r}
    t.add("  bookmark save p50, ms", {n: r["save_p50_ms"] for n, r in bm.items()}, ".2f")
    smallest = min(bm) if bm else None
    if smallest is not None:
        bm_ratio = {n: r["save_p50_ms"] / bm[smallest]["save_p50_ms"] for n, r in bm.items()}
        t.add(f"  bookmark save ratio to {smallest:,} cases", bm_ratio, ".2f", "≤ 1.2× at 10,000",
              bm_ratio[10000] <= 1.2 if 10000 in bm_ratio else None)
    rss = {n: r.peak_rss_mb for n, r in st.items() if r.ok}
    t.add("  peak RSS of the cold start, MB", rss, ".0f", "≤ 300 MB at 10,000",
          rss[10000] <= 300 if 10000 in rss else None)
    t.add("  bare PySide6 window peak RSS, MB", {n: r.baseline_rss_mb for n, r in st.items()}, ".0f")
    mem = {n: r for n, r in results["memory"].items() if "error" not in r}
    t.add("  RSS once search text is built, MB", {n: r["stages_mb"]["after a search"] for n, r in mem.items()},
          ".0f")
    t.add("  peak RSS, start + idle indexing + a search, MB", {n: r["peak_mb"] for n, r in mem.items()}, ".0f",
          "≤ 300 MB at 10,000", mem[10000]["peak_mb"] <= 300 if 10000 in mem else None)
    return t.render()


def median_or_none(values: list[float | None]) -> float | None:
    from bench.common import median

    clean = [v for v in values if v is not None]
    return median(clean) if clean else None


def _jsonable(info: dict[str, str], results: dict[str, dict[int, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {"machine": info, "results": {}}
    for kind, by_size in results.items():
        out["results"][kind] = {}
        for n, r in by_size.items():
            if isinstance(r, startup.StartupResult):
                r = {"app_s": [x.wall for x in r.app], "baseline_s": [x.wall for x in r.baseline],
                     "app_reported_s": [x.reported for x in r.app], "app_rss_mb": [x.max_rss_mb for x in r.app],
                     "baseline_rss_mb": [x.max_rss_mb for x in r.baseline], "failure": r.failure()}
            out["results"][kind][str(n)] = r
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="13 and 1,000 cases, fewer repeats")
    parser.add_argument("--sizes", help="comma-separated library sizes (default 13,1000,10000)")
    parser.add_argument("--repeat", type=int, help="cold starts per size (default 7; 3 with --quick)")
    parser.add_argument("--json", type=Path, help="also write every raw figure to this JSON file")
    args = parser.parse_args(argv)
    sizes = [int(s.replace(",", "").replace("_", "")) for s in args.sizes.split(",")] if args.sizes else \
        list(QUICK_SIZES if args.quick else FULL_SIZES)
    repeat = args.repeat or (3 if args.quick else 7)
    search_repeat = 1 if args.quick else 5
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return run(sorted(sizes), repeat, search_repeat, args.json)


if __name__ == "__main__":
    sys.exit(main())
