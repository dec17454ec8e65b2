"""The window's plain options are read without argparse (start-up time) and mean what the full parser says."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli.main import _gui_options, main
from cli.parser import build_parser

PLAIN = [
    [], ["--db", "lib.json"], ["--db=lib.json"], ["--lang", "en"], ["--lang=ja", "--startup-report"],
    ["--db", "a.json", "--db", "b.json"], ["--startup-report", "--db", "lib.json", "--lang", "en"],
]
NOT_PLAIN = [
    ["--help"], ["list"], ["--db"], ["--db", "--lang", "en"], ["--lang", "fr"], ["--startup"], ["--db="],
    ["--startup-report=1"], ["--", "list"], ["--db", "lib.json", "list"], ["-h"], ["--lang"],
]


@pytest.mark.parametrize("argv", PLAIN)
def test_plain_window_options_read_as_the_full_parser_reads_them(argv: list[str]) -> None:
    quick = _gui_options(argv)
    full = build_parser().parse_args(argv)
    assert quick is not None and full.command is None
    assert (quick.db, quick.startup_report) == (full.db, full.startup_report)


@pytest.mark.parametrize("argv", NOT_PLAIN)
def test_anything_else_goes_to_the_full_parser(argv: list[str]) -> None:
    assert _gui_options(argv) is None


def test_the_window_gets_the_library_and_the_report_flag(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    started: list[tuple[Path | None, str, bool]] = []

    def start_gui(argv: list[str], db: Path | None, lang: str, startup_report: bool) -> int:
        started.append((db, lang, startup_report))
        return 0

    # Japanese: another language would install its translator for the rest of the test session.
    assert main(["--db=lib.json", "--lang", "ja", "--startup-report"], start_gui=start_gui) == 0
    assert main(["--startup", "--lang=ja"], start_gui=start_gui) == 0  # an abbreviation: the full parser
    assert started == [(Path("lib.json"), "ja", True), (None, "ja", True)]


def test_a_usage_error_is_still_one_line_and_exit_code_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "fr"], start_gui=lambda *a: 0) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--lang" in err[0]
