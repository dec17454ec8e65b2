"""Argument parsing and dispatch of the command line; no command (only global options) asks main.py for the GUI.

Every command runs headless. Bad input ends with one line on stderr and exit code 2, never a traceback, and never
changes a file that was already saved. This package never imports gui/: `main.py` passes `start_gui`, the one
place that knows the desktop app exists.

Each sub-command family adds its parser in one `_add_…` function here and its handler in cli/commands.py.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from cli.errors import CliError
from cli.terminal import err
from model.i18n import LANGUAGES, resolve_language, set_translator, translate

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator  # start-up time: Qt only for a language other than Japanese

# Starts the desktop app: (argv, --db, language, --startup-report) -> exit code. main.py provides it.
StartGui = Callable[[list[str], Path | None, str, bool], int]


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line and exit code 2."""

    def error(self, message: str) -> NoReturn:
        raise CliError(translate("cli", "引数が正しくありません: {message}（--help で使い方を表示）").format(
            message=message))


if TYPE_CHECKING:
    # What add_subparsers() returns; argparse gives the type no public name.
    Subparsers = argparse._SubParsersAction[_Parser]


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="main.py", description=translate("cli", "DX事例ブラウザ: 自治体DX推進参考事例集のライブラリ"))
    p.add_argument("--db", type=Path, help=translate("cli", "このTinyDBファイルをライブラリ全体として使う"))
    p.add_argument("--lang", choices=("ja", "en"), help=translate("cli", "表示言語（既定はシステムの言語）"))
    p.add_argument("--startup-report", action="store_true",
                   help=translate("cli", "起動して最初の事例を表示するまでの時間を出力して終了する"))
    sub = p.add_subparsers(dest="command", parser_class=_Parser)
    _add_library_commands(sub)
    _add_bookmark_commands(sub)
    _add_print_command(sub)
    return p


def _add_library_commands(sub: Subparsers) -> None:
    from cli import list_command, similar_command, volumes_command  # start-up time: the window builds no parsers

    volumes_command.add_parsers(sub)  # import, volumes
    list_command.add_parsers(sub)  # list and search, with the filters and sort orders of the window
    s = sub.add_parser("show", help=translate("cli", "事例の全項目を表示"))
    s.add_argument("id")
    similar_command.add_parser(sub)
    s = sub.add_parser("export", help=translate("cli", "ライブラリを書き出す（Excel・CSV・JSON）"))
    s.add_argument("--format", choices=("json", "csv", "xlsx"), default="json")
    s.add_argument("-o", "--output", type=Path)
    which = s.add_mutually_exclusive_group()
    which.add_argument("--bookmarked", action="store_true", help=translate("cli", "ブックマークした事例だけ"))
    which.add_argument("--ids", nargs="+", metavar="ID", help=translate("cli", "この事例だけ（この順で）"))
    which.add_argument("--collection", metavar="NAME", help=translate("cli", "このコレクションの事例だけ"))
    s = sub.add_parser("compare", help=translate("cli", "2〜6件の事例を並べて比較する"))
    s.add_argument("ids", nargs="*", metavar="ID")
    s.add_argument("--collection", metavar="NAME", help=translate("cli", "このコレクションの事例を比較する"))
    out = s.add_mutually_exclusive_group()
    out.add_argument("--pdf", type=Path, help=translate("cli", "A4横のPDFに出力"))
    out.add_argument("--xlsx", type=Path, help=translate("cli", "Excelファイルに出力"))


def _add_bookmark_commands(sub: Subparsers) -> None:
    from cli.bookmarks_command import add_parsers

    add_parsers(sub)


def _add_print_command(sub: Subparsers) -> None:
    s = sub.add_parser("print", help=translate("cli", "事例の概要をPDFに出力"))
    s.add_argument("ids", nargs="*")
    s.add_argument("--bookmarked", action="store_true")
    s.add_argument("--collection", metavar="NAME", help=translate("cli", "このコレクションの事例を印刷する"))
    s.add_argument("--pdf", type=Path, required=True)
    s = sub.add_parser("pack", help=translate("cli", "会議資料（表紙・比較・概要・問い合わせ先）をPDFに出力"))
    s.add_argument("ids", nargs="*")
    s.add_argument("--collection", metavar="NAME", help=translate("cli", "このコレクションの事例（IDの後に続く）"))
    s.add_argument("--pdf", type=Path, required=True)
    s.add_argument("--title", default=None, help=translate("cli", "表紙の表題"))
    s.add_argument("--with-notes", action="store_true", help=translate("cli", "メモと状態を含める"))
    s.add_argument("--with-log", action="store_true", help=translate("cli", "連絡記録を含める"))
    s.add_argument("--full-interviews", action="store_true", help=translate("cli", "インタビューの回答を全文で載せる"))


def _gui_options(argv: list[str]) -> argparse.Namespace | None:
    """The global options when `argv` names no command (starting the window), parsed without building the parsers
    of every command (their modules cost ~40 ms of start-up); None otherwise, for the full parser to handle."""
    p = _Parser(prog="main.py", add_help=False)
    p.add_argument("--db", type=Path)
    p.add_argument("--lang", choices=("ja", "en"))
    p.add_argument("--startup-report", action="store_true")
    try:
        args, rest = p.parse_known_args(argv)
    except (CliError, SystemExit):
        return None
    if rest:
        return None
    args.command = None
    return args


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
    args = _gui_options(argv) or build_parser().parse_args(argv)
    if args.command is None:
        if start_gui is None:
            raise CliError(translate("cli", "コマンドを指定してください（--help で使い方を表示）"))
        if sys.platform.startswith("linux") and not any(
                os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
            # Without this Qt aborts with a page of plugin diagnostics.
            raise CliError(translate(
                "cli", "画面（DISPLAY）がないためアプリを起動できません。コマンドは画面なしで使えます（--help）。"))
        return start_gui(argv, args.db, lang, args.startup_report)
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
