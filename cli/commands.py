"""The command-line commands over the library and the bookmarks."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from cli.errors import CliError
from cli.render import case_text
from cli.similar_command import cmd_similar
from cli.terminal import err, out
from model.case import Case
from model.i18n import translate
from model.library import Library
from model.storage import atomic_write_bytes

if TYPE_CHECKING:
    from model.bookmarks import BookmarkStore


def open_library(db: Path | None) -> Library:
    """The library (of `--db` when given); a file repaired while opening is reported on stderr, one line.

    A damaged `--db` file without a usable backup is left as it is: DamagedFileError, exit 2.
    """
    if db is not None and db.is_dir():
        raise CliError(translate("cli", "--db にフォルダが指定されました: {path}").format(path=db))
    library = Library.open() if db is None else Library.open_db(db)
    if library.recovered:
        err(library.recovered)
    return library


def open_bookmarks() -> BookmarkStore:
    """The user's bookmarks; a file repaired while opening is reported on stderr, one line."""
    from model.bookmarks import BookmarkStore
    from model.paths import bookmarks_path

    store = BookmarkStore(bookmarks_path())
    if store.recovered:
        err(store.recovered)
    return store


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
    from cli.volumes_command import cmd_import as run_import

    return run_import(args)


def cmd_volumes(args: argparse.Namespace) -> int:
    from cli.volumes_command import cmd_volumes as run_volumes

    return run_volumes(args)


def cmd_list(args: argparse.Namespace) -> int:
    from cli.list_command import run_listing

    return run_listing(args, open_library)


def cmd_show(args: argparse.Namespace) -> int:
    out(case_text(require_case(open_library(args.db), args.id)), end="")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from cli.list_command import run_listing

    return run_listing(args, open_library, " ".join(args.query))


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
    from cli.bookmarks_command import run

    return run(args, open_library, require_case)


def cmd_print(args: argparse.Namespace) -> int:
    from cli.print_command import run_print

    if not args.ids and not args.bookmarked and args.collection is None:
        raise CliError(translate("cli", "印刷する事例のIDか --bookmarked / --collection を指定してください"))
    return run_print(open_library(args.db), open_bookmarks(), args.ids, args.bookmarked, args.pdf,
                     collection=args.collection)


def cmd_pack(args: argparse.Namespace) -> int:
    from cli.print_command import run_pack

    if not args.ids and args.collection is None:
        raise CliError(translate("cli", "会議資料にする事例のIDか --collection を指定してください"))
    return run_pack(args, open_library(args.db), open_bookmarks())


def dispatch(args: argparse.Namespace) -> int:
    handlers = {
        "import": cmd_import, "list": cmd_list, "show": cmd_show, "search": cmd_search,
        "export": cmd_export, "compare": cmd_compare, "bookmarks": cmd_bookmarks, "collections": cmd_bookmarks,
        "print": cmd_print, "pack": cmd_pack, "similar": cmd_similar, "volumes": cmd_volumes,
    }
    return handlers[args.command](args)
