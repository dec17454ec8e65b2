"""Which files an import reads, and parsing them in several processes (the command line's many-volume import)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from model import paths
from model.importer import CasebookError, parse_volume, read_text
from model.volume_files import parse_in_processes, volume_files

UNSEEN = paths.PROJECT_ROOT / "tests" / "data" / "vol2-sample.txt"
SEED = paths.SHIPPED_SOURCE_DIR / "vol1-taisei-seibi.txt"


def test_a_folder_is_its_pdf_and_txt_files_by_name(tmp_path: Path) -> None:
    for name in ("b.TXT", "a.pdf", "c.docx", "d.txt"):
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "sub.txt").mkdir()
    given = tmp_path / "single.txt"
    assert volume_files([tmp_path, given]) == [tmp_path / "a.pdf", tmp_path / "b.TXT", tmp_path / "d.txt", given]


def test_a_folder_without_volumes_is_one_line_naming_it(tmp_path: Path) -> None:
    (tmp_path / "notes.docx").write_bytes(b"x")
    with pytest.raises(CasebookError) as caught:
        volume_files([tmp_path])
    assert str(tmp_path) in str(caught.value) and "\n" not in str(caught.value)


def test_processes_give_what_parsing_in_turn_gives(tmp_path: Path) -> None:
    files = [SEED, UNSEEN, SEED]
    expected = [(r.cases, r.warnings) for r in (parse_volume(read_text(f), f.name) for f in files)]
    assert list(parse_in_processes(files, workers=2)) == expected


def test_a_bad_file_among_good_ones_raises_its_one_line(tmp_path: Path) -> None:
    shutil.copy(UNSEEN, tmp_path / "a.txt")
    (tmp_path / "b.txt").write_text("会議メモ\n", encoding="utf-8")
    shutil.copy(UNSEEN, tmp_path / "c.txt")
    with pytest.raises(CasebookError) as caught:
        list(parse_in_processes(volume_files([tmp_path]), workers=2))
    assert "b.txt" in str(caught.value)
