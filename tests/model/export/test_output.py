"""Writing an export: all or nothing, read-only targets refused, the mode a user expects."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from model import files
from model.export.output import ExportError, write_export


def test_new_file_gets_the_usual_mode_and_a_replaced_file_keeps_its_own(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        out = tmp_path / "cases.xlsx"
        write_export(out, b"one")
        assert stat.S_IMODE(out.stat().st_mode) == 0o644  # shareable, not the temp file's 0600
        out.chmod(0o640)
        write_export(out, b"two")
        assert out.read_bytes() == b"two" and stat.S_IMODE(out.stat().st_mode) == 0o640
    finally:
        os.umask(old)


def test_read_only_target_is_refused_and_unchanged(tmp_path: Path) -> None:
    out = tmp_path / "locked.csv"
    out.write_bytes(b"keep")
    out.chmod(0o444)
    with pytest.raises(ExportError, match="読み取り専用"):
        write_export(out, b"new")
    assert out.read_bytes() == b"keep"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["locked.csv"]


def test_full_disk_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "cases.xlsx"
    out.write_bytes(b"old")

    def full(fd: int, data: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "write", full)
    with pytest.raises(ExportError) as err:
        write_export(out, b"x" * 1000)
    assert "空き容量" in str(err.value) and "\n" not in str(err.value)
    monkeypatch.undo()
    assert out.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cases.xlsx"]


def test_missing_folder_and_folder_target_are_one_line_errors(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="フォルダー"):
        write_export(tmp_path / "nowhere" / "a.csv", b"x")
    with pytest.raises(ExportError, match="フォルダー"):
        write_export(tmp_path, b"x")
