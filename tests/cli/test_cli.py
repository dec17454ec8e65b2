"""The command line as a user runs it: a real process, real files, exit codes and what it prints."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from model.paths import PROJECT_ROOT, SHIPPED_LIBRARY, SHIPPED_SOURCE_DIR

SEED = SHIPPED_SOURCE_DIR / "vol1-taisei-seibi.txt"
UNSEEN = PROJECT_ROOT / "tests" / "data" / "vol2-sample.txt"


def run(*args: str | Path, home: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DX_CASEBOOK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(PROJECT_ROOT / "main.py"), *map(str, args)], capture_output=True,
                          text=True, encoding="utf-8", env=env, cwd=PROJECT_ROOT, timeout=120, input=stdin)


def assert_clean_error(proc: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    for needle in needles:
        assert needle in lines[0]


def test_export_json_lists_the_13_shipped_cases(user_home: Path) -> None:
    proc = run("export", "--format", "json", home=user_home)
    assert proc.returncode == 0, proc.stderr
    docs = json.loads(proc.stdout)
    assert len(docs) == 13
    assert [d["id"] for d in docs][:3] == ["1-01", "1-02", "1-03"]
    assert docs[4]["organization"] == "山形県舟形町"


def test_search_finds_the_cases_printed_with_the_kangxi_look_alike(user_home: Path) -> None:
    raw = SEED.read_text(encoding="utf-8")
    assert "⼯夫" in raw  # the PDF prints U+2F2F, not 工
    proc = run("search", "工夫", home=user_home)
    assert proc.returncode == 0, proc.stderr
    ids = [line.split("\t")[0] for line in proc.stdout.splitlines()]
    assert "1-01" in ids and "1-03" in ids  # both print ⼯夫 in their interviews
    assert "件" in proc.stderr


def test_list_and_show(user_home: Path) -> None:
    listing = run("list", home=user_home)
    assert listing.returncode == 0
    lines = listing.stdout.splitlines()
    assert len(lines) == 13
    assert lines[4].split("\t")[:3] == ["1-05", "山形県舟形町", "1万人未満"]
    shown = run("show", "1-05", home=user_home)
    assert shown.returncode == 0
    for text in ("山形県舟形町", "0.5万人", "事業の概要", "soumu@town.funagata.yamagata.jp", "Q. ", "A. "):
        assert text in shown.stdout


def test_show_unknown_id_is_a_one_line_error(user_home: Path) -> None:
    assert_clean_error(run("show", "9-99", home=user_home), "9-99")


def test_export_csv_opens_in_excel_as_japanese(tmp_path: Path, user_home: Path) -> None:
    out = tmp_path / "cases.csv"
    proc = run("export", "--format", "csv", "-o", out, home=user_home)
    assert proc.returncode == 0, proc.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 13
    assert rows[0]["団体名"] == "山口県" and rows[0]["事例番号"] == "1-01"  # the spreadsheet's Japanese headers


def test_import_unseen_volume_into_the_user_library(user_home: Path) -> None:
    shipped_before = SHIPPED_LIBRARY.read_bytes()
    proc = run("import", UNSEEN, home=user_home)
    assert proc.returncode == 0, proc.stderr
    assert "件を取り込みました" in proc.stdout
    listing = run("list", home=user_home).stdout.splitlines()
    assert len(listing) > 13
    assert any(line.startswith("2-") for line in listing)
    # Re-importing replaces the volume's cases rather than doubling them.
    assert run("import", UNSEEN, home=user_home).returncode == 0
    assert run("list", home=user_home).stdout.splitlines() == listing
    # The volume went into the user's file; the shipped file is never written.
    assert (user_home / "library.json").exists()
    assert SHIPPED_LIBRARY.read_bytes() == shipped_before


def test_db_option_uses_one_file_as_the_whole_library(tmp_path: Path, user_home: Path) -> None:
    db = tmp_path / "alt.json"
    assert run("--db", db, "import", UNSEEN, home=user_home).returncode == 0
    ids = [line.split("\t")[0] for line in run("--db", db, "list", home=user_home).stdout.splitlines()]
    assert ids and all(i.startswith("2-") for i in ids)
    text = db.read_text(encoding="utf-8")
    assert "\\u" not in text  # Japanese stored as Japanese


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("empty.txt", b""),
        ("binary.bin", bytes(range(256)) * 4),
        ("notes.txt", "今日の会議メモ\n特になし\n".encode()),
        ("bad-bytes.txt", b"\x82\xa0\xff\xfe\x80\x81 \xea\xeb"),
    ],
)
def test_bad_input_files_are_one_line_errors_and_change_nothing(tmp_path: Path, user_home: Path, name: str,
                                                               data: bytes) -> None:
    db = tmp_path / "db.json"
    assert run("--db", db, "import", UNSEEN, home=user_home).returncode == 0
    before = db.read_bytes()
    bad = _write(tmp_path, name, data)
    assert_clean_error(run("--db", db, "import", bad, home=user_home), name)
    # A bad file among good ones imports none of them.
    assert_clean_error(run("--db", db, "import", SEED, bad, home=user_home), name)
    assert db.read_bytes() == before


def test_missing_path_and_folder_are_one_line_errors(tmp_path: Path, user_home: Path) -> None:
    assert_clean_error(run("import", tmp_path / "nope.txt", home=user_home), "nope.txt")
    assert_clean_error(run("import", tmp_path, home=user_home))
    assert not (user_home / "library.json").exists()


def test_truncated_volume_imports_what_is_complete_with_warnings(tmp_path: Path, user_home: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    cut = _write(tmp_path, "cut.txt", text[: len(text) // 2].encode())
    proc = run("--db", tmp_path / "db.json", "import", cut, home=user_home)
    assert proc.returncode == 0, proc.stderr
    assert "警告" in proc.stdout


def test_cp932_and_bom_files_import(tmp_path: Path, user_home: Path) -> None:
    text = UNSEEN.read_text(encoding="utf-8")
    for name, data in [("sjis.txt", text.encode("cp932", errors="replace")),
                       ("bom.txt", b"\xef\xbb\xbf" + text.encode("utf-8"))]:
        db = tmp_path / f"{name}.json"
        proc = run("--db", db, "import", _write(tmp_path, name, data), home=user_home)
        assert proc.returncode == 0, proc.stderr
        assert run("--db", db, "list", home=user_home).stdout == run(
            "--db", db, "list", home=user_home).stdout  # stable
        assert len(run("--db", db, "list", home=user_home).stdout.splitlines()) >= 3


def test_usage_errors_are_one_line(user_home: Path) -> None:
    assert_clean_error(run("frobnicate", home=user_home))
    assert_clean_error(run("export", "--format", "xml", home=user_home))


def test_bookmarks_cli_round_trip(tmp_path: Path, user_home: Path) -> None:
    assert run("bookmarks", "add", "1-05", "--note", "稟議の参考に", home=user_home).returncode == 0
    assert run("bookmarks", "add", "1-02", home=user_home).returncode == 0
    # add on an existing bookmark updates its note and keeps its place
    assert run("bookmarks", "add", "1-05", "--note", "課長に回覧", home=user_home).returncode == 0
    lines = run("bookmarks", "list", home=user_home).stdout.splitlines()
    assert [line.split("\t")[0] for line in lines] == ["1-05", "1-02"]
    assert lines[0].split("\t")[1:] == ["山形県舟形町", lines[0].split("\t")[2], "未着手", "課長に回覧"]
    shared = tmp_path / "reading-list.json"
    assert run("bookmarks", "export", shared, home=user_home).returncode == 0
    assert run("bookmarks", "remove", "1-02", home=user_home).returncode == 0
    assert [x.split("\t")[0] for x in run("bookmarks", "list", home=user_home).stdout.splitlines()] == ["1-05"]
    colleague = tmp_path / "colleague"
    assert run("bookmarks", "import", shared, home=colleague).returncode == 0
    assert [x.split("\t")[0] for x in run("bookmarks", "list", home=colleague).stdout.splitlines()] == ["1-05", "1-02"]
    assert_clean_error(run("bookmarks", "add", "7-77", home=user_home), "7-77")
    assert_clean_error(run("bookmarks", "remove", "1-13", home=user_home), "1-13")
    assert_clean_error(run("bookmarks", "import", tmp_path / "missing.json", home=user_home))


@pytest.mark.slow
def test_two_shells_adding_bookmarks_at_once_lose_nothing(tmp_path: Path, user_home: Path) -> None:
    import orjson

    from model.library import case_docs_table
    from tests.factories import make_case

    ids = [f"9-{n:03d}" for n in range(1, 25)]
    db = tmp_path / "lib.json"
    db.write_bytes(orjson.dumps(case_docs_table(make_case(id=i, number=int(i[2:])) for i in ids)))
    script = (
        "import subprocess, sys\n"
        "for case_id in sys.argv[2:]:\n"
        "    subprocess.run([sys.executable, 'main.py', '--db', sys.argv[1], 'bookmarks', 'add', case_id,\n"
        "                    '--note', 'メモ ' + case_id], check=True, capture_output=True)\n"
    )
    env = {**os.environ, "DX_CASEBOOK_HOME": str(user_home)}
    shells = [subprocess.Popen([sys.executable, "-c", script, str(db), *half], cwd=PROJECT_ROOT, env=env)
              for half in (ids[0::2], ids[1::2])]
    assert [p.wait(timeout=300) for p in shells] == [0, 0]
    lines = run("--db", db, "bookmarks", "list", home=user_home).stdout.splitlines()
    assert sorted(line.split("\t")[0] for line in lines) == ids
    assert all(line.endswith("メモ " + line.split("\t")[0]) for line in lines)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_print_writes_a_pdf_headless_in_either_language(tmp_path: Path, user_home: Path, lang: str) -> None:
    out = tmp_path / "out.pdf"
    env_home = user_home
    proc = run("--lang", lang, "print", "1-05", "--pdf", out, home=env_home)
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert_clean_error(run("--lang", lang, "print", "1-05", "--pdf", tmp_path / "no" / "dir" / "x.pdf",
                           home=env_home))


def test_starting_the_app_without_a_display_is_a_one_line_error(user_home: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["DX_CASEBOOK_HOME"] = str(user_home)
    proc = subprocess.run([sys.executable, str(PROJECT_ROOT / "main.py")], capture_output=True, text=True,
                          encoding="utf-8", env=env, cwd=PROJECT_ROOT, timeout=60)
    assert_clean_error(proc, "DISPLAY")
