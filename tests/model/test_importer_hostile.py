"""Hostile files: whatever a user imports ends in a clean import or a clean one-line error, in bounded memory."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model.importer import CasebookError, parse_volume, read_text
from model.paths import PROJECT_ROOT, SHIPPED_SOURCE_DIR

SEED_TEXT = (SHIPPED_SOURCE_DIR / "vol1-taisei-seibi.txt").read_text(encoding="utf-8")
SEED_LINES = SEED_TEXT.splitlines()


def _clean_outcome(text: str) -> None:
    try:
        result = parse_volume(text, "mutated.txt")
    except CasebookError as exc:
        assert "\n" not in str(exc) and str(exc)
        return
    for case in result.cases:
        assert case.id and case.title is not None
    assert all(w and "\n" not in w for w in result.warnings)


mutation = st.one_of(
    st.tuples(st.just("delete"), st.integers(0, len(SEED_LINES)), st.integers(1, 200)),
    st.tuples(st.just("duplicate"), st.integers(0, len(SEED_LINES)), st.integers(1, 200)),
    st.tuples(st.just("swap"), st.integers(0, len(SEED_LINES) - 1), st.integers(0, len(SEED_LINES) - 1)),
    st.tuples(st.just("insert"), st.integers(0, len(SEED_LINES)), st.text(max_size=40)),
    st.tuples(st.just("truncate_line"), st.integers(0, len(SEED_LINES) - 1), st.integers(0, 30)),
)


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(mutation, min_size=1, max_size=12))
def test_mutated_casebook_text_never_crashes(mutations: list[tuple[str, int, object]]) -> None:
    lines = list(SEED_LINES)
    for kind, at, arg in mutations:
        at = min(at, len(lines))
        if kind == "delete":
            del lines[at:at + int(arg)]  # type: ignore[call-overload]
        elif kind == "duplicate":
            lines[at:at] = lines[at:at + int(arg)]  # type: ignore[call-overload]
        elif kind == "swap" and lines:
            a, b = at % len(lines), int(arg) % len(lines)  # type: ignore[call-overload]
            lines[a], lines[b] = lines[b], lines[a]
        elif kind == "insert":
            lines.insert(at, str(arg))
        elif kind == "truncate_line" and at < len(lines):
            lines[at] = lines[at][: int(arg)]  # type: ignore[call-overload]
    _clean_outcome("\n".join(lines))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4096))
def test_random_bytes_through_the_whole_import_never_crash(data: bytes) -> None:
    fd, name = tempfile.mkstemp(suffix=".txt")
    path = Path(name)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    try:
        _clean_outcome(read_text(path))
    except CasebookError as exc:
        assert "\n" not in str(exc)
    finally:
        path.unlink(missing_ok=True)


# The child reports its own peak RSS so the figure is the import's, not pytest's.
_IMPORT_AND_MEASURE = """
import resource, sys
sys.path.insert(0, sys.argv[2])
from model.importer import CasebookError, parse_volume, read_text
try:
    result = parse_volume(read_text(__import__('pathlib').Path(sys.argv[1])), 'big.txt')
    outcome = f'cases={len(result.cases)} warnings={len(result.warnings)}'
except CasebookError as exc:
    outcome = 'error=' + str(exc).replace('\\n', ' ')
print(outcome)
# VmHWM is this process's own high-water mark: ru_maxrss would carry over the forking parent's (pytest's) RSS
# across exec, so in a long suite it measured pytest (431 MB), not the import.
hwm = [line for line in open('/proc/self/status') if line.startswith('VmHWM:')]
peak_kb = int(hwm[0].split()[1]) if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print('peak_mb', peak_kb // 1024)
"""


def _import_in_child(path: Path) -> tuple[str, int]:
    proc = subprocess.run([sys.executable, "-c", _IMPORT_AND_MEASURE, str(path), str(PROJECT_ROOT)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    outcome, peak = proc.stdout.strip().splitlines()
    return outcome, int(peak.split()[1])


@pytest.mark.slow
def test_a_50_mb_volume_imports_in_bounded_memory(tmp_path: Path) -> None:
    from bench.generate import casebook_text

    text = casebook_text(9000)
    big = tmp_path / "big.txt"
    big.write_text(text, encoding="utf-8")
    size_mb = big.stat().st_size / 2**20
    assert size_mb >= 50
    outcome, peak_mb = _import_in_child(big)
    assert outcome.startswith("cases=9000"), outcome
    # Measured about 3.4x the input; 8x leaves room for allocator noise while still catching a blow-up.
    assert peak_mb < 8 * size_mb, f"peak {peak_mb} MB for {size_mb:.0f} MB of text"


def test_50_mb_of_junk_is_a_clean_error_in_bounded_memory(tmp_path: Path) -> None:
    junk = tmp_path / "junk.txt"
    with junk.open("w", encoding="utf-8") as fh:
        line = "これは事例集ではない長い行です。" * 40 + "\n"
        while fh.tell() < 50 * 2**20:
            fh.write(line * 100)
    outcome, peak_mb = _import_in_child(junk)
    assert outcome.startswith("error=") and "big.txt" in outcome, outcome
    assert peak_mb < 8 * 50
