"""`main.py print`: the same summaries as the GUI, written headless, with one-line errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QGuiApplication

from cli.errors import CliError
from cli.print_command import run_print, select_cases
from model.bookmarks import BookmarkStore
from model.library import Library
from model.paths import PROJECT_ROOT
from tests.libraries import sample_cases, write_library
from tests.pdf_pages import page_texts


@pytest.fixture
def library(tmp_path: Path) -> Library:
    return write_library(tmp_path / "lib.json", sample_cases())


@pytest.fixture
def bookmarks(user_home: Path) -> BookmarkStore:
    user_home.mkdir(parents=True, exist_ok=True)
    return BookmarkStore(user_home / "bookmarks.json")


def text_of(pdf: Path) -> str:
    return "".join(page_texts(pdf))


def test_print_one_case(library: Library, bookmarks: BookmarkStore, tmp_path: Path, qapp: QGuiApplication,
                        capsys: pytest.CaptureFixture[str]) -> None:
    bookmarks.add("1-05", "うちの町と同規模")
    out = tmp_path / "out.pdf"
    assert run_print(library, bookmarks, ["1-05"], False, out) == 0
    pages = len(PdfReader(out).pages)
    assert capsys.readouterr().out.strip() == f"{out} に {pages} ページを書き出しました（1 件）"
    text = text_of(out)
    assert "山形県舟形町" in text and "うちの町と同規模" in text  # the bookmark note is printed with the case


def test_ids_then_bookmarks_without_repeats(library: Library, bookmarks: BookmarkStore) -> None:
    bookmarks.add("1-11")
    bookmarks.add("1-04")
    chosen = select_cases(library, bookmarks, ["1-04", "1-02", "1-04"], True)
    assert [case.id for case in chosen.cases] == ["1-04", "1-02", "1-11"]


def test_unknown_id_is_a_cli_error(library: Library, bookmarks: BookmarkStore, tmp_path: Path) -> None:
    with pytest.raises(CliError, match="9-99"):
        run_print(library, bookmarks, ["1-04", "9-99"], False, tmp_path / "out.pdf")
    assert not (tmp_path / "out.pdf").exists()


def test_bookmarked_with_no_bookmarks_is_a_cli_error(library: Library, bookmarks: BookmarkStore,
                                                      tmp_path: Path) -> None:
    with pytest.raises(CliError):
        run_print(library, bookmarks, [], True, tmp_path / "out.pdf")


def test_unwritable_output_is_a_cli_error(library: Library, bookmarks: BookmarkStore, tmp_path: Path,
                                          qapp: QGuiApplication) -> None:
    with pytest.raises(CliError, match="no-such-folder"):
        run_print(library, bookmarks, ["1-04"], False, tmp_path / "no-such-folder" / "out.pdf")
    with pytest.raises(CliError):
        run_print(library, bookmarks, ["1-04"], False, tmp_path)  # a folder


def run_main(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["DX_CASEBOOK_HOME"] = str(home)
    return subprocess.run([sys.executable, str(PROJECT_ROOT / "main.py"), *args], env=env, capture_output=True,
                          text=True, timeout=120, check=False, cwd=PROJECT_ROOT)


def test_main_print_runs_headless_and_bulk_prints_bookmarks(tmp_path: Path) -> None:
    db = tmp_path / "lib.json"
    write_library(db, sample_cases())
    home = tmp_path / "home"
    assert run_main("--db", str(db), "bookmarks", "add", "1-11", "--note", "<b>神戸</b>", home=home).returncode == 0
    assert run_main("--db", str(db), "bookmarks", "add", "1-04", home=home).returncode == 0
    out = tmp_path / "bookmarks.pdf"
    done = run_main("--db", str(db), "print", "1-05", "--bookmarked", "--pdf", str(out), home=home)
    assert done.returncode == 0, done.stderr
    pages = PdfReader(out).pages
    assert done.stdout.strip() == f"{out} に {len(pages)} ページを書き出しました（3 件）"
    contents = page_texts(out)[0]
    assert "目次" in contents and "<b>神戸</b>" in contents  # the note, literally
    assert contents.index("1-05") < contents.index("1-11") < contents.index("1-04")


def test_main_print_unknown_id_exits_2_with_one_line(tmp_path: Path) -> None:
    db = tmp_path / "lib.json"
    write_library(db, sample_cases())
    done = run_main("--db", str(db), "print", "9-99", "--pdf", str(tmp_path / "x.pdf"), home=tmp_path / "home")
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and "9-99" in done.stderr
    assert not (tmp_path / "x.pdf").exists()
