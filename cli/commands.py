"""The command-line commands over the library and the bookmarks."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from cli.errors import CliError
from cli.render import case_line, case_text
from model.case import Case
from model.i18n import translate
from model.library import Library
from model.storage import atomic_write_bytes

if TYPE_CHECKING:
    from model.bookmarks import BookmarkStore


def open_library(db: Path | None) -> Library:
    if db is None:
        return Library.open()
    if db.is_dir():
        raise CliError(translate("cli", "--db にフォルダが指定されました: {path}").format(path=db))
    return Library.open_db(db)


def require_case(library: Library, case_id: str) -> Case:
    case = library.get(case_id)
    if case is None:
        raise CliError(translate("cli", "事例が見つかりません: {id}（list で一覧を表示）").format(id=case_id))
    return case


def write_output(path: Path | None, data: bytes) -> None:
    """Write to stdout, or replace `path` atomically (never a half-written file)."""
    if path is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    if path.is_dir():
        raise CliError(translate("cli", "出力先がフォルダです: {path}").format(path=path))
    try:
        atomic_write_bytes(path, data)
    except OSError as exc:
        raise CliError(translate("cli", "書き出せません: {path}（{reason}）").format(
            path=path, reason=exc.strerror or exc)) from None


def cmd_import(args: argparse.Namespace) -> int:
    library = open_library(args.db)
    if library.recovered:
        print(library.recovered, file=sys.stderr)
    for done in library.import_files(args.files):
        print(done.describe())
        for warning in done.warnings:
            print("  " + translate("cli", "警告: {warning}").format(warning=warning))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    for case in open_library(args.db).cases():
        print(case_line(case))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    sys.stdout.write(case_text(require_case(open_library(args.db), args.id)))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    query = " ".join(args.query)
    hits = open_library(args.db).search(query)
    for case in hits:
        print(case_line(case))
    print(translate("cli", "{count} 件").format(count=len(hits)), file=sys.stderr)
    return 0


def _bookmark_store() -> BookmarkStore:
    from model.bookmarks import BookmarkStore
    from model.paths import bookmarks_path

    return BookmarkStore(bookmarks_path())


def cmd_export(args: argparse.Namespace) -> int:
    from cli.export import run_export

    return run_export(args, open_library(args.db), _bookmark_store())


def cmd_compare(args: argparse.Namespace) -> int:
    from cli.compare_command import run_compare

    return run_compare(args, open_library(args.db), _bookmark_store())


def cmd_bookmarks(args: argparse.Namespace) -> int:
    from model.bookmarks import BookmarkStore  # start-up time: storage loads for the commands that write
    from model.paths import bookmarks_path

    store = BookmarkStore(bookmarks_path())
    if store.recovered:
        print(store.recovered, file=sys.stderr)
    action = args.action
    if action == "list":
        library = open_library(args.db)
        for bm in store.all():
            case = library.get(bm.case_id)
            org, title = (case.organization, case.title) if case else ("", translate("cli", "（ライブラリにない事例）"))
            note = bm.note.replace("\n", " ")
            print(f"{bm.case_id}\t{org}\t{title}\t{note}")
    elif action == "add":
        require_case(open_library(args.db), args.id)
        store.add(args.id, args.note)
        print(translate("cli", "ブックマークしました: {id}").format(id=args.id))
    elif action == "remove":
        if not store.remove(args.id):
            raise CliError(translate("cli", "ブックマークされていません: {id}").format(id=args.id))
        print(translate("cli", "ブックマークを外しました: {id}").format(id=args.id))
    elif action == "export":
        count = store.export(args.file)
        print(translate("cli", "{path} に {count} 件を書き出しました").format(path=args.file, count=count))
    elif action == "import":
        count = store.import_file(args.file)
        print(translate("cli", "{count} 件のブックマークを取り込みました").format(count=count))
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    from cli.print_command import run_print  # start-up time: Qt loads for `print` only
    from model.bookmarks import BookmarkStore
    from model.paths import bookmarks_path

    if not args.ids and not args.bookmarked:
        raise CliError(translate("cli", "印刷する事例のIDか --bookmarked を指定してください"))
    return run_print(open_library(args.db), BookmarkStore(bookmarks_path()), args.ids, args.bookmarked, args.pdf)


def dispatch(args: argparse.Namespace) -> int:
    handlers = {
        "import": cmd_import, "list": cmd_list, "show": cmd_show, "search": cmd_search,
        "export": cmd_export, "compare": cmd_compare, "bookmarks": cmd_bookmarks, "print": cmd_print,
    }
    return handlers[args.command](args)
