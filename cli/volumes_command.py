"""`import` (files and folders, the edition report) and `volumes list|remove CATEGORY` (imported volumes).

Bookmarks follow the library by key (model/case_identity): before an import every bookmark is given its case's
key (a file from before keys is migrated, after a kept copy), the import keeps the bookmarked cases that leave
the library, and after it every bookmark is moved to the case with its key. With `--db` (a library of its own) the
user's bookmarks are left alone: they belong to the app's library.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from cli.errors import CliError
from cli.terminal import err, out
from model.i18n import translate

if TYPE_CHECKING:
    from model.bookmarks import BookmarkStore
    from model.library import Library


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    s = sub.add_parser("import", help=translate("cli", "事例集（PDF・テキスト、フォルダ）を取り込む"))
    s.add_argument("files", nargs="+", type=Path,
                   help=translate("cli", "事例集のファイル、またはそれを入れたフォルダ（中の .pdf・.txt すべて）"))
    s = sub.add_parser("volumes", help=translate("cli", "取り込んだ事例集の一覧と削除"))
    actions = s.add_subparsers(dest="volumes_action", required=True)
    actions.add_parser("list", help=translate("cli", "取り込んだ事例集の一覧"))
    r = actions.add_parser("remove", help=translate("cli", "取り込んだ事例集を削除（同梱の版があれば戻る）"))
    r.add_argument("category", type=int, help=translate("cli", "分類の番号（volumes list の先頭の数字）"))


def _bookmarks(args: argparse.Namespace) -> BookmarkStore | None:
    if args.db is not None:
        return None
    from cli.commands import open_bookmarks

    return open_bookmarks()


def _follow(store: BookmarkStore | None, library: Library) -> None:
    """Bookmarks onto the cases with their keys; a failure is one line (the next open repairs it)."""
    if store is None:
        return
    from model.case_identity import reconcile
    from model.storage import StorageError

    try:
        reconcile(store, library)
    except StorageError as exc:
        err(str(exc))


def cmd_import(args: argparse.Namespace) -> int:
    from cli.commands import open_library
    from model.case_identity import kept_identities
    from model.volume_files import parse_in_processes, volume_files

    files = volume_files(args.files)
    library = open_library(args.db)
    store = _bookmarks(args)
    _follow(store, library)  # keys first: what the import keeps is named by them
    done = library.import_files(files, keep=kept_identities(store) if store is not None else (),
                                parse=parse_in_processes)  # files are independent: parsed on every core
    _follow(store, library)
    for volume in done:
        out(volume.describe())
        for warning in volume.warnings:
            out("  " + translate("cli", "警告: {warning}").format(warning=warning))
        for line in volume.report_lines():
            out("  " + line)
    return 0


def cmd_volumes(args: argparse.Namespace) -> int:
    from cli.commands import open_library

    library = open_library(args.db)
    if args.volumes_action == "list":
        volumes = library.volumes()
        for v in volumes:
            parts = [f"{v.category.number}", v.category.name, translate("cli", "{count} 件").format(count=v.count)]
            if v.edition:
                parts.append(translate("cli", "第{edition}版").format(edition=v.edition))
            parts.append(v.file)
            if v.replaces_shipped:
                parts.append(translate("cli", "取り込んだ版を使用中（同梱の版の代わり）"))
            out("\t".join(parts))
        if not volumes:
            err(translate("cli", "取り込んだ事例集はありません"))
        return 0
    number = args.category
    if number not in {v.category.number for v in library.volumes()}:
        raise CliError(translate("cli", "取り込んだ分類 {number} はありません（volumes list で一覧を表示）").format(
            number=number))
    from model.case_identity import kept_identities

    store = _bookmarks(args)
    _follow(store, library)
    diff = library.remove_volume(number, kept_identities(store) if store is not None else ())
    _follow(store, library)
    out(translate("cli", "分類 {number} の取り込んだ事例集を削除しました").format(number=number))
    from model.editions import edition_report_lines

    for line in edition_report_lines(diff):
        out("  " + line)
    return 0
