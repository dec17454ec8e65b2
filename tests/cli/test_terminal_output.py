"""Every command writes case text and notes with control characters escaped: a hostile volume cannot drive the
terminal (retitle it, clear the screen, move the cursor) through `list`, `show`, `search`, `compare`, `similar`,
`bookmarks …` or an error line."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from cli.terminal import terminal_safe
from model.case import Contact, Numbered
from tests.cli.test_cli import run
from tests.factories import make_case
from tests.libraries import sample_cases, write_library

ESCAPES = "\x1b]0;乗っ取り\x07\x1b[2J\x9b31m\x7f\r\x00"
ARG = ESCAPES[:-1]  # a command-line argument cannot hold NUL
CONTROLS = [chr(c) for c in [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]]


@pytest.fixture
def hostile_db(tmp_path: Path) -> Path:
    base = next(c for c in sample_cases() if c.id == "1-05")  # 山形県舟形町: `similar 山形県最上町` ranks it first
    case = replace(base, id="1-77", number=77, title="悪意の事例" + ESCAPES,
                   subcategory=Numbered(base.subcategory.number, base.subcategory.name + ESCAPES),
                   points=["ポイント" + ESCAPES], overview=["概要" + ESCAPES],
                   contacts=[Contact("情報課" + ESCAPES, "0000", "a@example.jp")])
    db = tmp_path / "lib.json"
    write_library(db, [*sample_cases(), case, replace(make_case(), id="1-78", number=78)])
    return db


def _assert_escaped(text: str, *, expect: bool = True) -> None:
    leaked = sorted({hex(ord(ch)) for ch in text if ch in CONTROLS})
    assert not leaked, leaked
    if expect:
        assert terminal_safe("乗っ取り\x07\x1b[2J\x9b31m\x7f") in text


@pytest.mark.parametrize("command", [
    ["list"], ["show", "1-77"], ["search", "悪意"], ["compare", "1-77", "1-04"],
    ["similar", "山形県最上町", "--population", "8,000"],
], ids=lambda c: c[0])
def test_case_text_is_escaped_in_every_command(command: list[str], hostile_db: Path, user_home: Path) -> None:
    proc = run("--db", hostile_db, *command, home=user_home)
    assert proc.returncode == 0, proc.stderr
    _assert_escaped(proc.stdout)
    _assert_escaped(proc.stderr, expect=False)


def test_notes_and_log_entries_are_escaped_in_the_bookmark_commands(hostile_db: Path, user_home: Path) -> None:
    assert run("--db", hostile_db, "bookmarks", "add", "1-77", "--note", "メモ" + ARG,
               home=user_home).returncode == 0
    assert run("--db", hostile_db, "bookmarks", "log", "1-77", "記録" + ARG, home=user_home).returncode == 0
    for command in (["bookmarks", "list"], ["bookmarks", "show", "1-77"]):
        proc = run("--db", hostile_db, *command, home=user_home)
        assert proc.returncode == 0, proc.stderr
        _assert_escaped(proc.stdout)


def test_an_error_line_quoting_input_is_escaped(hostile_db: Path, user_home: Path) -> None:
    proc = run("--db", hostile_db, "show", "1-99" + ARG, home=user_home)
    assert proc.returncode == 2
    _assert_escaped(proc.stderr)


def test_commands_write_text_only_through_the_terminal_helpers() -> None:
    """`print` or `sys.stdout.write` elsewhere in cli/ would bypass the escaping (binary output is bytes)."""
    import ast

    from model.paths import PROJECT_ROOT

    offenders = []
    for path in sorted((PROJECT_ROOT / "cli").glob("*.py")):
        if path.name == "terminal.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = ast.unparse(node.func)
                if name in ("print", "sys.stdout.write", "sys.stderr.write"):
                    offenders.append(f"{path.name}:{node.lineno} {name}")
    assert offenders == []
