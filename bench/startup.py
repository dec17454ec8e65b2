"""Cold start: `python main.py --startup-report --db LIB` against a bare PySide6 window, both in fresh processes.

Both children print `startup: <seconds> s` right after their first paint (the app: window painted with the tree
filled and the first case shown). The runner times each from just before it creates the process to the moment
that line arrives, so interpreter start-up and every import count the same way on both sides; the child's own
figure (from `main.py`'s first line) is kept too. Peak RSS comes from the child's rusage (`wait4`).

`python -m bench.startup --baseline` is the baseline child itself.
"""

from __future__ import annotations

import argparse
import time

PROCESS_START = time.perf_counter()

# Imports after the clock starts: the baseline child must pay for what it imports, as the app does.
import sys  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402

from bench.common import PYTHON, ROOT, ChildRun, child_env, median, run_until_marker  # noqa: E402

MARKER = "startup:"


def baseline_main() -> int:
    """A bare PySide6 app: QApplication and an empty QMainWindow of the app's size; report its first paint."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1200, 800)

    class FirstPaint(QObject):
        fired = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.fired:
                self.fired = True
                QTimer.singleShot(0, report)  # after this paint has finished, as the app does
            return False

    def report() -> None:
        print(f"{MARKER} {time.perf_counter() - PROCESS_START:.4f} s", flush=True)
        app.quit()

    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.show()
    return app.exec()


def app_command(db: Path) -> list[str]:
    return [PYTHON, str(ROOT / "main.py"), "--startup-report", "--db", str(db)]


def baseline_command() -> list[str]:
    return [PYTHON, "-m", "bench.startup", "--baseline"]


@dataclass(frozen=True)
class StartupResult:
    app: list[ChildRun]
    baseline: list[ChildRun]

    @property
    def ok(self) -> bool:
        return bool(self.app) and all(r.returncode == 0 and r.wall == r.wall for r in self.app)

    @property
    def app_median(self) -> float:
        return median([r.wall for r in self.app])

    @property
    def baseline_median(self) -> float:
        return median([r.wall for r in self.baseline])

    @property
    def ratio(self) -> float:
        return self.app_median / self.baseline_median

    @property
    def peak_rss_mb(self) -> float:
        return max(r.max_rss_mb for r in self.app)

    @property
    def baseline_rss_mb(self) -> float:
        return max(r.max_rss_mb for r in self.baseline)

    def failure(self) -> str:
        bad = next((r for r in self.app if r.returncode != 0 or r.wall != r.wall), None)
        if bad is None:
            return ""
        lines = [ln for ln in bad.output.strip().splitlines() if ln.strip()]
        return lines[-1] if lines else f"exit code {bad.returncode}"


def measure(db: Path, home: Path, repeat: int) -> StartupResult:
    """`repeat` runs each of the app and the baseline, interleaved (so a load spike hits both), after a warm-up."""
    home.mkdir(parents=True, exist_ok=True)
    env = child_env(home)
    # One untimed run each: the first start after writing a library pays for the page cache and .pyc files.
    run_until_marker(app_command(db), env, MARKER)
    run_until_marker(baseline_command(), env, MARKER)
    app: list[ChildRun] = []
    base: list[ChildRun] = []
    for _ in range(repeat):
        base.append(run_until_marker(baseline_command(), env, MARKER))
        app.append(run_until_marker(app_command(db), env, MARKER))
    return StartupResult(app, base)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--baseline", action="store_true", help="be the bare-PySide6 baseline child")
    parser.add_argument("--db", type=Path, help="measure the app over this library file")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if args.baseline:
        return baseline_main()
    if args.db is None:
        parser.error("--db or --baseline is required")
    import tempfile

    with tempfile.TemporaryDirectory(prefix="dx-bench-home-") as home:
        result = measure(args.db, Path(home), args.repeat)
    print(f"app {result.app_median:.3f} s, baseline {result.baseline_median:.3f} s, ratio {result.ratio:.2f}, "
          f"peak RSS {result.peak_rss_mb:.0f} MB {result.failure()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
