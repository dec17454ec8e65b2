"""`main.py export --format xlsx|csv|json [-o FILE] [--bookmarked | --collection NAME | --ids ID…]`.

The files themselves come from model.export.sheets (the window's ファイル → 書き出し… writes the same bytes).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from cli.errors import CliError
from cli.terminal import err, terminal_safe
from model.case import Case
from model.export.output import ExportError, write_export
from model.export.sheets import export_bytes
from model.export.table import UserData
from model.i18n import translate
from model.selection import select_cases

if TYPE_CHECKING:
    from model.bookmarks import BookmarkStore
    from model.library import Library


def user_data(store: BookmarkStore) -> UserData:
    """The notes and statuses that go next to the cases."""
    return UserData.of(store.all())


def cases_by_id(library: Library, ids: list[str]) -> list[Case]:
    """The cases named by `ids`, in that order, without repeats; CliError for an unknown id."""
    chosen = select_cases(library, (), ids)
    if chosen.unknown:
        raise CliError(translate("cli", "事例が見つかりません: {id}（list で一覧を表示）").format(id=chosen.unknown[0]))
    return chosen.cases


def collection_cases(library: Library, store: BookmarkStore, name: str) -> list[Case]:
    """The cases of the collection `name`, in bookmark order; CliError for a collection that does not exist."""
    chosen = select_cases(library, store.all(), collection=name, collections=store.collections())
    if chosen.unknown_collection is not None:
        raise CliError(translate("cli", "コレクション「{name}」はありません（collections list で一覧を表示）").format(
            name=terminal_safe(name)))
    if not chosen.cases:
        raise CliError(translate("cli", "コレクション「{name}」に事例がありません").format(name=terminal_safe(name)))
    return chosen.cases


def write_to(path: Path | None, data: bytes, *, binary: bool = False) -> None:
    """Write to stdout, or replace `path` atomically (never a half-written file)."""
    if path is None:
        if binary and sys.stdout.isatty():
            raise CliError(translate("cli", "XLSX を端末には出力できません。-o FILE を指定してください"))
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    try:
        write_export(path, data)
    except ExportError as exc:
        raise CliError(str(exc)) from None


def run_export(args: argparse.Namespace, library: Library, store: BookmarkStore) -> int:
    if args.ids:
        cases = cases_by_id(library, args.ids)
    elif args.collection is not None:
        cases = collection_cases(library, store, args.collection)
    elif args.bookmarked:
        cases = select_cases(library, store.all(), bookmarked=True).cases
        if not cases:
            raise CliError(translate("cli", "ブックマークがありません（bookmarks add ID で追加）"))
    else:
        cases = library.cases()
    data = export_bytes(args.format, cases, user_data(store))
    write_to(args.output, data, binary=args.format == "xlsx")
    if args.output is not None:
        err(translate("cli", "{path} に {count} 件を書き出しました").format(path=args.output, count=len(cases)))
    return 0
