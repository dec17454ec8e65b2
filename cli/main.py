"""Argument parsing and dispatch of the command line; no command (only global options) asks main.py for the GUI.

Every command runs headless. Bad input ends with one line on stderr and exit code 2, never a traceback, and never
changes a file that was already saved. This package never imports gui/: `main.py` passes `start_gui`, the one
place that knows the desktop app exists.

The parsers are cli/parser.py (each sub-command family adds its parser in one `_add_…` function there and its
handler in cli/commands.py).
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

from cli.errors import CliError
from cli.terminal import err
from model.i18n import LANGUAGES, resolve_language, set_translator, translate

if TYPE_CHECKING:
    import argparse

    from PySide6.QtCore import QTranslator  # start-up time: Qt only for a language other than Japanese

    from cli.parser import Subparsers as Subparsers  # the type the command modules add their parsers to

# Starts the desktop app: (argv, --db, language, --startup-report) -> exit code. main.py provides it.
StartGui = Callable[[list[str], Path | None, str, bool], int]


def _gui_options(argv: list[str]) -> SimpleNamespace | None:
    """The global options when `argv` is only those, in their plain forms (`--db PATH`, `--db=PATH`, `--lang ja`,
    `--lang=en`, `--startup-report`): read by hand, without argparse and the parsers of every command (start-up
    time of the window); None for anything else (a command, `--help`, an abbreviation, a bad value), which the full
    parser then handles as it always did."""
    db: Path | None = None
    startup_report = False
    rest = iter(argv)
    for arg in rest:
        name, equals, value = arg.partition("=")
        if arg == "--startup-report":
            startup_report = True
            continue
        if name not in ("--db", "--lang"):
            return None
        if not equals:
            value = next(rest, "")
            if value.startswith("-"):  # argparse reads `--db --lang` as a missing value
                return None
        if not value:
            return None
        if name == "--db":
            db = Path(value)
        elif value not in LANGUAGES:  # the language itself is read by _requested_language
            return None
    return SimpleNamespace(db=db, startup_report=startup_report)


def _requested_language(argv: list[str]) -> str | None:
    """The value of `--lang` in `argv`, read before parsing so that help and usage errors are translated too."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        value = arg.removeprefix("--lang=") if arg.startswith("--lang=") else None
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        if value in LANGUAGES:
            return value
    return None


def _install_cli_translator(lang: str) -> None:
    """Translate model/ and cli/ text with the app's .qm, without creating a Qt application object.

    A QTranslator answers `translate()` on its own; not creating a QCoreApplication here matters because Qt allows
    one application object per process and `print` needs a QGuiApplication, the GUI a QApplication (gui.app
    installs its own translators and hook).
    """
    if lang == "ja":
        return
    from PySide6.QtCore import QTranslator

    from model.paths import RESOURCES_DIR

    translator = QTranslator()
    if translator.load(str(RESOURCES_DIR / "translations" / f"dx_casebook_{lang}.qm")):
        _translators.append(translator)  # keep it alive
        set_translator(lambda context, text: translator.translate(context, text) or text)


_translators: list[QTranslator] = []


def _install_translators_for_print() -> None:
    """`print` renders with the printing package, which translates through Qt's application object; that object has
    to be the QGuiApplication the PDF writer needs, so it is created here, before anything is translated."""
    if not _translators:
        return
    from cli.print_command import ensure_gui_application  # start-up time: Qt only for `print`

    ensure_gui_application()
    from PySide6.QtCore import QCoreApplication

    for translator in _translators:
        QCoreApplication.installTranslator(translator)


def run(argv: list[str], start_gui: StartGui | None = None) -> int:
    lang = resolve_language(_requested_language(argv))
    _install_cli_translator(lang)
    window = _gui_options(argv)
    if window is None:
        from cli.parser import build_parser  # start-up time: the window with plain options builds no parser

        args = build_parser().parse_args(argv)
        if args.command is not None:
            return _run_command(args)
        window = SimpleNamespace(db=args.db, startup_report=args.startup_report)
    if start_gui is None:
        raise CliError(translate("cli", "コマンドを指定してください（--help で使い方を表示）"))
    if sys.platform.startswith("linux") and not any(
            os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        # Without this Qt aborts with a page of plugin diagnostics.
        raise CliError(translate(
            "cli", "画面（DISPLAY）がないためアプリを起動できません。コマンドは画面なしで使えます（--help）。"))
    return start_gui(argv, window.db, lang, window.startup_report)


def _run_command(args: argparse.Namespace) -> int:
    import gc

    gc.enable()  # main.py turns it off for the window's start-up; a command runs with the usual collector
    if args.command in ("print", "pack") or (args.command == "compare" and args.pdf is not None):
        _install_translators_for_print()
    from cli import commands  # start-up time: the GUI path does not load the commands

    return commands.dispatch(args)


def main(argv: list[str] | None = None, start_gui: StartGui | None = None) -> int:
    """Run the command line (`start_gui` for no command); the exit code: 0, 2 for bad input, 130 for Ctrl+C."""
    argv = sys.argv[1:] if argv is None else argv
    with contextlib.suppress(AttributeError, ValueError):  # a stdout that is not a text stream: leave it be
        sys.stdout.reconfigure(encoding="utf-8", errors="replace")  # type: ignore[union-attr]
    try:
        return run(argv, start_gui)
    except CliError as exc:
        err(translate("cli", "エラー: {message}").format(message=exc))
        return 2
    except BrokenPipeError:
        # `main.py list | head`: the reader went away; not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        # Start-up time: the importer and storage load only when a command needed them (or failed in them).
        from model.importer import CasebookError
        from model.storage import StorageError

        if isinstance(exc, (CasebookError, StorageError)):
            err(translate("cli", "エラー: {message}").format(message=exc))
            return 2
        raise
