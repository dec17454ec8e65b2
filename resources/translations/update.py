"""Refresh the English translation: collect the source strings into dx_casebook_en.ts, then build the .qm.

Run from anywhere with the project's venv: `.venv/bin/python resources/translations/update.py`.
lupdate keeps the translations already in the .ts, marks changed source strings unfinished and drops vanished
ones (-no-obsolete). Translate the unfinished entries (Qt Linguist: `.venv/bin/pyside6-linguist <ts>`), then run
this again: the .qm is committed, so the app needs no build step. `--check` only reports whether the .ts is
complete and the committed .qm matches it (exit code 1 otherwise); tests/gui/test_translations.py does the same.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = Path(__file__).resolve().parent
LANGUAGES = ("en",)
SOURCE_PATTERNS = ("gui/*.py", "cli/*.py", "printing/*.py", "model/*.py", "model/**/*.py")


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease next to the running Python (the venv's), else from PATH."""
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else name


def sources() -> list[str]:
    """main.py and every tracked (or new, not ignored) Python file of gui/, cli/, printing/ and model/, from ROOT."""
    out = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard", *SOURCE_PATTERNS],
                         cwd=ROOT, check=True, capture_output=True, text=True).stdout
    return ["main.py", *sorted(set(out.split()))]


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"dx_casebook_{lang}.ts"


def lupdate(ts: Path, lang: str, *, no_obsolete: bool = True) -> None:
    # No source locations: they change with every edit of any file and would make every branch conflict here.
    args = [tool("pyside6-lupdate"), *sources(), "-locations", "none", "-source-language", "ja",
            "-target-language", lang, "-ts", str(ts)]
    if no_obsolete:
        args.insert(-2, "-no-obsolete")
    subprocess.run(args, cwd=ROOT, check=True, capture_output=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT, check=True, capture_output=True)


def main(argv: list[str]) -> int:
    check = "--check" in argv
    ok = True
    for lang in LANGUAGES:
        ts = ts_path(lang)
        qm = ts.with_suffix(".qm")
        if not check:
            lupdate(ts, lang)
            lrelease(ts, qm)
        text = ts.read_text(encoding="utf-8")
        unfinished = text.count('type="unfinished"')
        if unfinished:
            ok = False
            print(f"{ts.name}: {unfinished} unfinished translation(s)")
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / qm.name
            lrelease(ts, fresh)
            if not qm.exists() or fresh.read_bytes() != qm.read_bytes():
                ok = False
                print(f"{qm.name} is out of date; run {Path(__file__).name} without --check")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
