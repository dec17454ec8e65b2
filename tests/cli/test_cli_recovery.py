"""Every command that opens the library or the bookmarks reports a repair on stderr.

Also: a damaged --db file without a backup is left where it is and the command exits 2 with one line; a damaged
shipped data/cases.json is one line saying to reinstall.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cli.main import main
from model import paths
from model.bookmarks import BookmarkStore
from model.case import Numbered
from model.library import Library
from tests.factories import make_case

UNSEEN = paths.PROJECT_ROOT / "tests" / "data" / "vol2-sample.txt"
VOLUME = [make_case(id=f"3-{n:02d}", number=n, category=Numbered(3, "業務改革")) for n in (1, 2)]
REPAIRED = "が壊れていたため"


def damage_library() -> Path:
    library = Library.open()
    library.import_cases(VOLUME[:1])
    library.import_cases(VOLUME)
    path = paths.user_library_path()
    path.write_bytes(path.read_bytes()[:50])
    return path


def damage_bookmarks(tmp_path: Path) -> Path:
    store = BookmarkStore(paths.bookmarks_path())
    store.add("1-01", "メモ")
    store.add("1-02")
    store.export(tmp_path / "list.json")
    path = paths.bookmarks_path()
    path.write_bytes(b'{"bookmarks": ')
    return path


def run_in_process(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main(["--lang", "ja", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def run_process(*args: str | Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, paths.HOME_ENV: str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(paths.PROJECT_ROOT / "main.py"), "--lang", "ja", *map(str, args)],
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)


def repair_lines(stderr: str, name: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith(name) and REPAIRED in line]


LIBRARY_COMMANDS = {
    "list": ["list"],
    "search": ["search", "舟形"],
    "show": ["show", "1-05"],
    "export": ["export", "--format", "csv", "-o", "{tmp}/out.csv"],
    "import": ["import", str(UNSEEN)],
    "bookmarks list": ["bookmarks", "list"],
    "bookmarks add": ["bookmarks", "add", "1-05"],
}


@pytest.mark.parametrize("command", LIBRARY_COMMANDS.values(), ids=LIBRARY_COMMANDS.keys())
def test_every_library_command_reports_the_repair_on_stderr(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                            user_home: Path, command: list[str]) -> None:
    damage_library()
    capsys.readouterr()
    code, _, err = run_in_process(capsys, *(a.replace("{tmp}", str(tmp_path)) for a in command))
    assert code == 0, err
    lines = repair_lines(err, "library.json")
    assert len(lines) == 1 and "バックアップから復元しました" in lines[0], err
    assert [c.id for c in Library.open().cases() if c.category.number == 3] == ["3-01", "3-02"]


BOOKMARK_COMMANDS = {
    "list": ["bookmarks", "list"],
    "add": ["bookmarks", "add", "1-05"],
    "remove": ["bookmarks", "remove", "1-02"],
    "export": ["bookmarks", "export", "{tmp}/again.json"],
    "import": ["bookmarks", "import", "{tmp}/list.json"],
}


@pytest.mark.parametrize("command", BOOKMARK_COMMANDS.values(), ids=BOOKMARK_COMMANDS.keys())
def test_every_bookmarks_command_reports_the_repair_on_stderr(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                              user_home: Path, command: list[str]) -> None:
    damage_bookmarks(tmp_path)
    capsys.readouterr()
    code, _, err = run_in_process(capsys, *(a.replace("{tmp}", str(tmp_path)) for a in command))
    assert code == 0, err
    lines = repair_lines(err, "bookmarks.json")
    assert len(lines) == 1 and "バックアップから復元しました" in lines[0], err


def test_print_reports_both_repairs_in_a_real_process(tmp_path: Path, user_home: Path) -> None:
    damage_library()
    damage_bookmarks(tmp_path)
    proc = run_process("print", "--bookmarked", "--pdf", tmp_path / "out.pdf", home=user_home)
    assert proc.returncode == 0, proc.stderr
    assert len(repair_lines(proc.stderr, "library.json")) == 1, proc.stderr
    assert len(repair_lines(proc.stderr, "bookmarks.json")) == 1, proc.stderr
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("content", [b'{"cases": {"1": {"id": "x"}}}', b"{trunc"])
def test_a_damaged_db_file_without_a_backup_is_left_and_the_command_exits_2(tmp_path: Path, user_home: Path,
                                                                          content: bytes) -> None:
    db = tmp_path / "mine.json"
    db.write_bytes(content)
    proc = run_process("--db", db, "list", home=user_home)
    assert proc.returncode == 2 and proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and "mine.json" in lines[0] and "そのままにしてあります" in lines[0], proc.stderr
    assert "Traceback" not in proc.stderr
    assert db.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.json", "mine.json.lock"]  # no copy


def test_the_app_library_without_a_backup_is_kept_aside_and_the_shipped_cases_listed(
        capsys: pytest.CaptureFixture[str], user_home: Path) -> None:
    path = paths.user_library_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b'{"cases": {"1": {"id": "x"}}}')
    code, out, err = run_in_process(capsys, "list")
    assert code == 0 and len(out.splitlines()) == 13
    assert len(repair_lines(err, "library.json")) == 1 and "空の状態から始めます" in err


@pytest.mark.parametrize("content", [b"{not json", b'{"cases": {"1": {"id": "x"}}}'])
def test_a_damaged_shipped_file_is_one_line_saying_to_reinstall(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch,
                                                                content: bytes) -> None:
    shipped = tmp_path / "data" / "cases.json"
    shipped.parent.mkdir()
    shipped.write_bytes(content)
    monkeypatch.setattr(paths, "SHIPPED_LIBRARY", shipped)
    code, out, err = run_in_process(capsys, "list")
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1 and "data/cases.json" in err and "入れ直してください" in err
