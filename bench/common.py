"""What every benchmark shares: statistics, the machine's description, child processes and their peak memory."""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from model import paths

ROOT = paths.PROJECT_ROOT
PYTHON = sys.executable
RESULT_PREFIX = "BENCH-RESULT "  # the line a measuring child prints its JSON result on


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def percentile(values: Sequence[float], p: float) -> float:
    """The p-th percentile (0–100) by linear interpolation between closest ranks."""
    if not values:
        return float("nan")
    s = sorted(values)
    k = (len(s) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def machine() -> dict[str, str]:
    """CPU model, cores, OS, Python and PySide6 versions, and the load when the run started."""
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        from importlib.metadata import version

        pyside = version("PySide6-Essentials")
    except Exception:  # not installed as a distribution: ask the module
        import PySide6

        pyside = PySide6.__version__
    try:
        load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        load = "n/a"
    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "pyside6": pyside,
        "load": load,
    }


def child_env(home: Path) -> dict[str, str]:
    """The environment of a measured child: offscreen Qt, its own user data folder, the project importable."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env[paths.HOME_ENV] = str(home)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.pop("PYTHONSTARTUP", None)
    # An installed app runs from cached bytecode; a child that may not write .pyc files would compile every module
    # of the app on every start and measure the compiler instead.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


@dataclass(frozen=True)
class ChildRun:
    wall: float  # seconds from just before the process was created to the marker line arriving on its stdout
    reported: float | None  # the number the child printed after the marker (its own, in-process figure)
    max_rss_mb: float  # the child's peak resident set size
    returncode: int
    output: str


def run_until_marker(cmd: list[str], env: dict[str, str], marker: str, timeout: float = 60.0) -> ChildRun:
    """Start `cmd`, time until a stdout line starting with `marker` arrives, then collect its exit and peak RSS.

    The wall time is measured from outside, so it includes interpreter start-up and every import, the same way
    for the app and for the baseline.
    """
    with tempfile.TemporaryFile("w+") as err:  # a file, not a pipe: a chatty child must never block on stderr
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=err, text=True)
        assert proc.stdout is not None
        wall = float("nan")
        reported: float | None = None
        lines: list[str] = []
        timer = threading.Timer(timeout, proc.kill)  # a child that hangs is killed, and the run reports no figure
        timer.start()
        try:
            for line in proc.stdout:
                lines.append(line)
                if line.startswith(marker):
                    wall = time.perf_counter() - start
                    try:
                        reported = float(line[len(marker):].split()[0])
                    except (ValueError, IndexError):
                        reported = None
                    break
            lines.append(proc.stdout.read())
            # wait4 rather than wait: it hands back the child's own resource usage, peak RSS included.
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
            max_rss_mb = usage.ru_maxrss / 1024  # kB on Linux
        finally:
            timer.cancel()
            proc.stdout.close()
        err.seek(0)
        return ChildRun(wall, reported, max_rss_mb, proc.returncode, "".join(lines) + err.read())


def run_json(module: str, args: list[str], env: dict[str, str], timeout: float = 600.0) -> dict[str, Any]:
    """Run `python -m <module> <args>` and return the JSON it printed after RESULT_PREFIX."""
    proc = subprocess.run([PYTHON, "-m", module, *args], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout)
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith(RESULT_PREFIX):
            return json.loads(line[len(RESULT_PREFIX):])  # type: ignore[no-any-return]
    tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
    return {"error": " | ".join(tail) or f"exit code {proc.returncode}"}


def emit(result: dict[str, Any]) -> None:
    """A measuring child's last act: print its result for the runner."""
    print(RESULT_PREFIX + json.dumps(result), flush=True)
