"""Files the CLI saves for the user get their umask's permissions and keep an existing mode."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.cli.test_cli_recovery import run_in_process, run_process
from tests.factories import file_mode as mode

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")



def test_exports_and_reading_lists_are_0644_and_an_existing_file_keeps_its_mode(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, user_home: Path, umask: None) -> None:
    csv_file, shared, reading_list = tmp_path / "cases.csv", tmp_path / "shared.json", tmp_path / "list.json"
    shared.write_text("old", encoding="utf-8")
    shared.chmod(0o664)
    assert run_in_process(capsys, "export", "--format", "csv", "-o", csv_file)[0] == 0
    assert run_in_process(capsys, "export", "-o", shared)[0] == 0
    assert run_in_process(capsys, "bookmarks", "add", "1-01")[0] == 0
    assert run_in_process(capsys, "bookmarks", "export", reading_list)[0] == 0
    assert (mode(csv_file), mode(shared), mode(reading_list)) == (0o644, 0o664, 0o644)
    assert shared.read_text(encoding="utf-8").startswith("[")
    assert mode(user_home / "bookmarks.json") == 0o600


def test_a_printed_pdf_is_0644(tmp_path: Path, user_home: Path, umask: None) -> None:
    proc = run_process("print", "1-01", "--pdf", tmp_path / "summary.pdf", home=user_home)
    assert proc.returncode == 0, proc.stderr
    assert mode(tmp_path / "summary.pdf") == 0o644
