"""`python -m bench`: every benchmark at 13, 1,000 and 10,000 cases and 10,000 full-length ones, as medians.

    python -m bench                      # the full run: about 2 minutes on 2 idle cores (limit: 5 minutes)
    python -m bench --quick              # fewer repeats, 13 and 1,000 mixed cases only
    python -m bench --sizes 13,10000 --full-sizes 1000,10000 --repeat 7 --json out/bench.json

Every measurement runs in a fresh child process (Qt offscreen, a throw-away user data folder) over a synthetic
library written by `bench.generate` (`--full`: the shipped cases at their real length, renamed and spread over all
prefectures); see docs/performance.md for what each row means and the targets. Every row prints its target.
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
FULL_LENGTH_SIZES = (10000,)  # libraries of full-length cases (bench.generate --full), besides the mixed ones
IMPORT_SIZES = (13, 1000)  # import throughput is a rate: a 1,000-case volume shows it; 10,000 only adds minutes
BIG = 10000  # the size the national-scale targets are for

# A library of the benchmark: (cases, full-length). Full-length ones are the shipped cases at their real length,
# renamed and spread over all prefectures; the others mix the shipped sentences into shorter cases.
Lib = tuple[int, bool]


def lib_label(lib: Lib) -> str:
    return f"{lib[0]:,} full" if lib[1] else f"{lib[0]:,} cases"


def _many_import() -> Any:
    """The 50 volumes × 200 cases import row (bench/import_many.py, the import branch's), when it is there."""
    try:
        from bench import import_many  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        return None
    return import_many


def _fmt(value: Any, spec: str = ".1f") -> str:
    if value is None or (isinstance(value, float) and value != value):
        return "—"
    return format(value, spec)


def _check(ok: bool | None) -> str:
    return "" if ok is None else ("ok" if ok else "MISSED")


class Table:
    """Rows of figures by library size, printed with the target and whether it was met."""

    def __init__(self, sizes: list[Lib]) -> None:
        self.sizes = sizes
        self.rows: list[tuple[str, list[str], str, str]] = []

    def add(self, label: str, values: dict[Lib, Any], spec: str = ".1f", target: str = "",
            met: bool | None = None) -> None:
        self.rows.append((label, [_fmt(values.get(s), spec) for s in self.sizes], target, _check(met)))

    def section(self, title: str) -> None:
        self.rows.append((title, [""] * len(self.sizes), "", ""))

    def render(self) -> str:
        head = ["", *[lib_label(s) for s in self.sizes], "target", ""]
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


def run(sizes: list[int], full_sizes: list[int], repeat: int, search_repeat: int, json_out: Path | None) -> int:
    started = time.perf_counter()
    info = machine()
    print("DX事例ブラウザ benchmark")
    print(f"machine: {info['cpu']}, {info['cores']} cores, {info['os']}; Python {info['python']}, "
          f"PySide6 {info['pyside6']}; load average at start {info['load']}")
    print(f"medians of {repeat} cold starts per library; search: {search_repeat} passes over the query set")
    libs: list[Lib] = [(n, False) for n in sizes] + [(n, True) for n in full_sizes]
    results: dict[str, dict[Lib, Any]] = {k: {} for k in ("startup", "search", "interact", "bookmarks", "printing",
                                                          "import", "memory")}
    many: dict[str, Any] | None = None
    with tempfile.TemporaryDirectory(prefix="dx-bench-") as tmp:
        work = Path(tmp)
        home = work / "home"
        env = child_env(home)
        for lib in libs:
            n, full = lib
            print(f"{lib_label(lib)}:", file=sys.stderr)
            db = work / (f"full-{n}.json" if full else f"lib-{n}.json")
            gen = [PYTHON, "-m", "bench.generate", str(n), str(db), *(["--full"] if full else [])]
            _step("writing the library", subprocess.run, gen, env=env, cwd=ROOT, check=True)
            tag = f"{'f' if full else 'h'}{n}"
            results["startup"][lib] = _step("cold start", startup.measure, db, work / tag, repeat)
            results["search"][lib] = _step("search", run_json, "bench.search",
                                           ["--db", str(db), "--repeat", str(search_repeat)], env)
            results["interact"][lib] = _step("sort, facet, long case", run_json, "bench.interact",
                                             ["--db", str(db), "--repeat", str(max(3, search_repeat))], env)
            results["memory"][lib] = _step("memory by stage", run_json, "bench.memory", ["--db", str(db)], env)
            if not full:
                results["bookmarks"][lib] = _step("bookmark saves", run_json, "bench.bookmarks", ["--db", str(db)],
                                                  env)
                results["printing"][lib] = _step("print to PDF", run_json, "bench.printing", ["--db", str(db)], env)
            if n in IMPORT_SIZES and not full:
                results["import"][lib] = _step("import", run_json, "bench.importer",
                                               ["--cases", str(n), "--repeat", str(max(1, min(repeat, 3)))], env)
        module = _many_import()
        if module is not None and sizes and max(sizes) >= BIG:
            print("50 volumes × 200 cases:", file=sys.stderr)
            many = _step("import", run_json, "bench.import_many", [], env)

    print()
    print(render(libs, results, many))
    problems = [f"{kind} at {lib_label(lib)}: {r['error']}" for kind, by_size in results.items() if kind != "startup"
                for lib, r in by_size.items() if isinstance(r, dict) and "error" in r]
    problems += [f"cold start at {lib_label(lib)}: {r.failure()}" for lib, r in results["startup"].items()
                 if not r.ok]
    if many is not None and "error" in many:
        problems.append(f"import of 50 × 200 cases: {many['error']}")
    for p in problems:
        print(f"not measured: {p}")
    print(f"\ntotal benchmark time {time.perf_counter() - started:.0f} s")
    if json_out is not None:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(_jsonable(info, results, many), ensure_ascii=False, indent=1),
                            encoding="utf-8")
    return 0


def _at_big(values: dict[Lib, Any], check: Callable[[Any], bool]) -> bool | None:
    """Whether every 10,000-case library's value meets the target (None when none was measured)."""
    big = [v for lib, v in values.items() if lib[0] >= BIG and v is not None]
    return all(check(v) for v in big) if big else None


def render(libs: list[Lib], results: dict[str, dict[Lib, Any]], many: dict[str, Any] | None = None) -> str:
    t = Table(libs)
    st = results["startup"]
    t.section("cold start (process start → tree filled, first case painted)")
    app = {lib: r.app_median if r.ok else None for lib, r in st.items()}
    base = {lib: r.baseline_median for lib, r in st.items()}
    ratio = {lib: r.ratio if r.ok else None for lib, r in st.items()}
    t.add("  app, s", app, ".3f")
    t.add("  bare PySide6 window, s", base, ".3f")
    small = {lib: v for lib, v in ratio.items() if lib[0] <= 13}
    t.add("  ratio to the bare window at 13", small, ".2f", "≤ 1.3×",
          all(v is not None and v <= 1.3 for v in small.values()) if small else None)
    t.add("  ratio to the bare window at 10,000", {lib: v for lib, v in ratio.items() if lib[0] >= BIG}, ".2f",
          "≤ 1.6×", _at_big(ratio, lambda v: v <= 1.6))
    t.add("  app's own figure (from main.py), s", {lib: median_or_none([x.reported for x in r.app]) for lib, r in
                                                  st.items()}, ".2f")
    rss = {lib: r.peak_rss_mb for lib, r in st.items() if r.ok}
    t.add("  peak RSS of the cold start, MB", rss, ".0f", "≤ 250 MB at 10,000", _at_big(rss, lambda v: v <= 250))
    t.add("  bare PySide6 window peak RSS, MB", {lib: r.baseline_rss_mb for lib, r in st.items()}, ".0f")

    se = results["search"]
    ok = {lib: r for lib, r in se.items() if "error" not in r}
    t.section("search, keystroke → filtered tree (ms)")
    t.add("  p50 painted", {lib: r["painted_p50_ms"] for lib, r in ok.items()})
    painted95 = {lib: r["painted_p95_ms"] for lib, r in ok.items()}
    t.add("  p95 painted", painted95, ".1f", "< 16 ms at 10,000", _at_big(painted95, lambda v: v < 16))
    t.add("  p95 filter + model reset (no paint)", {lib: r["filter_p95_ms"] for lib, r in ok.items()})
    t.add("  p95 Library.search alone, same keystrokes", {lib: r["library_p95_ms"] for lib, r in ok.items()}, ".2f")
    t.add("  p95 Library.search alone, fresh queries", {lib: r.get("library_fresh_p95_ms") for lib, r in ok.items()},
          ".2f")
    t.add("  p50 plain-scan baseline", {lib: r["baseline_p50_ms"] for lib, r in ok.items()}, ".2f")
    t.add("  p95 plain-scan baseline", {lib: r["baseline_p95_ms"] for lib, r in ok.items()}, ".2f")
    ratio_s = {lib: r["painted_p95_ms"] / r["baseline_p95_ms"] for lib, r in ok.items() if r["baseline_p95_ms"] > 0}
    t.add("  ratio p95 painted / baseline", ratio_s, ".1f", "≤ 1.5× at 10,000", _at_big(ratio_s, lambda v: v <= 1.5))
    first = {lib: r["first_painted_ms"] for lib, r in ok.items()}
    t.add("  first search of a session (painted)", first, ".1f", "< 50 ms at 10,000", _at_big(first, lambda v: v < 50))

    it = {lib: r for lib, r in results.get("interact", {}).items() if "error" not in r}
    t.section("sort, facet, opening a case (ms, to the painted window)")
    sort95 = {lib: r["sort_p95_ms"] for lib, r in it.items()}
    t.add("  sort by a column, p50", {lib: r["sort_p50_ms"] for lib, r in it.items()})
    t.add("  sort by a column, p95", sort95, ".1f", "≤ 50 ms at 10,000", _at_big(sort95, lambda v: v <= 50))
    facet95 = {lib: r["facet_p95_ms"] for lib, r in it.items()}
    t.add("  facet change (population band), p50", {lib: r["facet_p50_ms"] for lib, r in it.items()})
    t.add("  facet change (population band), p95", facet95, ".1f", "≤ 50 ms at 10,000",
          _at_big(facet95, lambda v: v <= 50))
    t.add("  open the longest-interview case, p50", {lib: r["open_long_p50_ms"] for lib, r in it.items()}, ".1f",
          "none set (a frame: 16 ms)")

    t.section("import")
    imp = {lib: r for lib, r in results["import"].items() if "error" not in r}
    t.add("  one volume, parse only, cases/s", {lib: r["parse_per_s"] for lib, r in imp.items()}, ",.0f")
    t.add("  one volume incl. save, cases/s", {lib: r["import_per_s"] for lib, r in imp.items()}, ",.0f", "≥ 500/s",
          min(r["import_per_s"] for r in imp.values()) >= 500 if imp else None)
    if many is not None and "error" not in many:
        col = {max(libs): many.get("cases_per_s")}
        t.add("  50 volumes × 200 cases in one import, cases/s", col, ",.0f", "≥ 1,000/s",
              None if many.get("cases_per_s") is None else many["cases_per_s"] >= 1000)
        col = {max(libs): many.get("peak_rss_mb")}
        t.add("  … its peak RSS, MB", col, ".0f", "≤ 300 MB",
              None if many.get("peak_rss_mb") is None else many["peak_rss_mb"] <= 300)
    else:
        t.add("  50 volumes × 200 cases in one import (bench/import_many.py)", {}, ".0f", "≥ 1,000/s, ≤ 300 MB")

    t.section("other")
    pr = {lib: r for lib, r in results["printing"].items() if "error" not in r}
    t.add("  print to PDF, ms per case (median)", {lib: r["per_case_ms"] for lib, r in pr.items()}, ".1f",
          "none set")
    t.add("  print to PDF, ms per page", {lib: r["per_page_ms"] for lib, r in pr.items()}, ".1f", "none set")
    bm = {lib: r for lib, r in results["bookmarks"].items() if "error" not in r}
    t.add("  bookmark save p50, ms", {lib: r["save_p50_ms"] for lib, r in bm.items()}, ".2f")
    smallest = min(bm) if bm else None
    if smallest is not None:
        bm_ratio = {lib: r["save_p50_ms"] / bm[smallest]["save_p50_ms"] for lib, r in bm.items()}
        t.add(f"  bookmark save ratio to {smallest[0]:,} cases", bm_ratio, ".2f", "≤ 1.2× at 10,000",
              _at_big(bm_ratio, lambda v: v <= 1.2))
    mem = {lib: r for lib, r in results["memory"].items() if "error" not in r}
    t.add("  RSS once search text is built, MB", {lib: r["stages_mb"]["after a search"] for lib, r in mem.items()},
          ".0f")
    peak = {lib: r["peak_mb"] for lib, r in mem.items()}
    t.add("  peak RSS, start + idle loading + a search, MB", peak, ".0f", "≤ 300 MB at 10,000",
          _at_big(peak, lambda v: v <= 300))
    return t.render()


def median_or_none(values: list[float | None]) -> float | None:
    from bench.common import median

    clean = [v for v in values if v is not None]
    return median(clean) if clean else None


def _jsonable(info: dict[str, str], results: dict[str, dict[Lib, Any]],
              many: dict[str, Any] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"machine": info, "results": {}, "import_many": many}
    for kind, by_size in results.items():
        out["results"][kind] = {}
        for n, r in by_size.items():
            if isinstance(r, startup.StartupResult):
                r = {"app_s": [x.wall for x in r.app], "baseline_s": [x.wall for x in r.baseline],
                     "app_reported_s": [x.reported for x in r.app], "app_rss_mb": [x.max_rss_mb for x in r.app],
                     "baseline_rss_mb": [x.max_rss_mb for x in r.baseline], "failure": r.failure()}
            out["results"][kind][lib_label(n)] = r
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="13 and 1,000 cases, fewer repeats")
    parser.add_argument("--sizes", help="comma-separated library sizes (default 13,1000,10000)")
    parser.add_argument("--repeat", type=int, help="cold starts per size (default 7; 3 with --quick)")
    parser.add_argument("--full-sizes", help="sizes of the full-length libraries (default 10000; none with --quick)")
    parser.add_argument("--json", type=Path, help="also write every raw figure to this JSON file")
    args = parser.parse_args(argv)
    sizes = [int(s.replace(",", "").replace("_", "")) for s in args.sizes.split(",")] if args.sizes else \
        list(QUICK_SIZES if args.quick else FULL_SIZES)
    repeat = args.repeat or (3 if args.quick else 7)
    search_repeat = 1 if args.quick else 5
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    full_sizes = [int(s.replace(",", "").replace("_", "")) for s in args.full_sizes.split(",") if s] \
        if args.full_sizes is not None else ([] if args.quick else list(FULL_LENGTH_SIZES))
    return run(sorted(sizes), sorted(full_sizes), repeat, search_repeat, args.json)


if __name__ == "__main__":
    sys.exit(main())
