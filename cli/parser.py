"""The command line's argparse parser: the global options and every sub-command family's parsers.

Each sub-command family adds its parser in one `_add_…` function here and its handler in cli/commands.py.
cli/main.py builds it only when the arguments are more than the window's plain options (start-up time).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from cli.errors import CliError
from model.i18n import translate


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
