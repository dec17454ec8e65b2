"""`bookmarks …` and `collections …`: the working set from the command line.

    bookmarks add ID [--note TEXT] [--status S] [--collection NAME]…   create, or update only the given fields
    bookmarks log ID TEXT [--date YYYY-MM-DD]                          a dated contact-log entry (today by default)
    bookmarks show ID                                                  note, status, collections and the log
    bookmarks list [--collection NAME] [--status S]                    id, organization, title, status, note
    bookmarks remove ID / restore ID / trash / empty-trash             the trash (nothing is lost by one command)
    bookmarks export FILE [--collection NAME] / import FILE            reading lists for colleagues
    collections list / rename OLD NEW / remove NAME / restore NAME

A status is given as its key (todo, considering, contacted, adopted, declined) or its label (検討中 …). Bad input is
one line on stderr and exit code 2; text from cases and notes is printed with control characters escaped.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cli.errors import CliError
from cli.terminal import err, one_line, out, terminal_safe
from model.bookmarks import STATUSES, Bookmark, BookmarkInputError, BookmarkStore, status_label
from model.case import Case
from model.i18n import translate
from model.library import Library


def add_parsers(sub: Any) -> None:
    """The `bookmarks` and `collections` sub-commands on the main parser's subparsers."""
    b = sub.add_parser("bookmarks", help=translate("cli", "ブックマーク（状態・コレクション・連絡記録・ゴミ箱）"))
    bsub = b.add_subparsers(dest="action", required=True, parser_class=type(b))
    s = bsub.add_parser("add", help=translate("cli", "ブックマークする、または指定した項目だけ変更する"))
    s.add_argument("id")
    s.add_argument("--note")
    s.add_argument("--status", help=", ".join(STATUSES))
    s.add_argument("--collection", action="append", default=[], metavar="NAME")
    s = bsub.add_parser("log", help=translate("cli", "連絡記録を追加する"))
    s.add_argument("id")
    s.add_argument("text")
    s.add_argument("--date", metavar="YYYY-MM-DD")
    s = bsub.add_parser("show", help=translate("cli", "メモ・状態・コレクション・連絡記録を表示する"))
    s.add_argument("id")
    s = bsub.add_parser("list", help=translate("cli", "ブックマークの一覧"))
    s.add_argument("--collection", metavar="NAME")
    s.add_argument("--status")
    for name, text in (("remove", translate("cli", "ゴミ箱へ移す")), ("restore", translate("cli", "ゴミ箱から戻す"))):
        bsub.add_parser(name, help=text).add_argument("id")
    bsub.add_parser("trash", help=translate("cli", "ゴミ箱の中身"))
    bsub.add_parser("empty-trash", help=translate("cli", "ゴミ箱を空にする（元に戻せません）"))
    s = bsub.add_parser("export", help=translate("cli", "リーディングリストとして書き出す"))
    s.add_argument("file", type=Path)
    s.add_argument("--collection", metavar="NAME")
    s = bsub.add_parser("import", help=translate("cli", "リーディングリストを取り込む（項目ごとに統合）"))
    s.add_argument("file", type=Path)

    c = sub.add_parser("collections", help=translate("cli", "ブックマークのコレクション"))
    csub = c.add_subparsers(dest="action", required=True, parser_class=type(c))
    csub.add_parser("list", help=translate("cli", "コレクションと件数"))
    s = csub.add_parser("rename", help=translate("cli", "名前を変える"))
    s.add_argument("old")
    s.add_argument("new")
    for name, text in (("remove", translate("cli", "ゴミ箱へ移す（ブックマークは残る）")),
                       ("restore", translate("cli", "ゴミ箱から戻す"))):
        csub.add_parser(name, help=text).add_argument("name")


def parse_status(text: str) -> str:
    """A status key from its key or its label; CliError naming the choices otherwise."""
    wanted = text.strip()
    for key in STATUSES:
        if wanted.lower() == key or wanted == status_label(key):
            return key
    raise CliError(translate("cli", "状態「{status}」はありません（使えるのは {choices}）").format(
        status=terminal_safe(text), choices=", ".join(f"{k}={status_label(k)}" for k in STATUSES)))


def run(args: argparse.Namespace, open_library: Callable[[Path | None], Library],
        require_case: Callable[[Library, str], Case]) -> int:
    store = BookmarkStore()
    if store.recovered:
        err(store.recovered)
    try:
        if args.command == "collections":
            return _collections(store, args)
        return _bookmarks(store, args, open_library, require_case)
    except BookmarkInputError as exc:
        raise CliError(terminal_safe(str(exc))) from None


def _say(text: str) -> None:
    out(text)


def _require_bookmark(store: BookmarkStore, case_id: str) -> Bookmark:
    bm = store.get(case_id)
    if bm is None:
        raise CliError(translate("cli", "ブックマークされていません: {id}").format(id=terminal_safe(case_id)))
    return bm


def _bookmarks(store: BookmarkStore, args: argparse.Namespace, open_library: Callable[[Path | None], Library],
               require_case: Callable[[Library, str], Case]) -> int:
    action = args.action
    if action == "add":
        status = None if args.status is None else parse_status(args.status)
        if args.id not in store:
            require_case(open_library(args.db), args.id)
        store.add(args.id, args.note, status=status, collections=args.collection)
        _say(translate("cli", "ブックマークしました: {id}").format(id=args.id))
    elif action == "log":
        if args.id not in store:
            require_case(open_library(args.db), args.id)
        logged = store.add_log(args.id, args.text, args.date)
        _say(translate("cli", "{id} に記録しました（{date}）").format(id=args.id, date=logged.date))
    elif action == "show":
        _show(_require_bookmark(store, args.id), open_library(args.db).get(args.id))
    elif action == "list":
        status = None if args.status is None else parse_status(args.status)
        if args.collection is not None and args.collection not in store.collections():
            raise CliError(translate("cli", "コレクションがありません: {name}").format(
                name=terminal_safe(args.collection)))
        library = open_library(args.db)
        for bm in store.all():
            if (status is None or bm.status == status) and (args.collection is None
                                                             or args.collection in bm.collections):
                case = library.get(bm.case_id)
                org, title = (case.organization, case.title) if case else (
                    "", translate("cli", "（ライブラリにない事例）"))
                out("\t".join(one_line(x) for x in (bm.case_id, org, title, bm.status_label, bm.note)))
    elif action == "remove":
        if not store.remove(args.id):
            raise CliError(translate("cli", "ブックマークされていません: {id}").format(id=terminal_safe(args.id)))
        _say(translate("cli", "ゴミ箱へ移しました: {id}（restore で戻せます）").format(id=args.id))
    elif action == "restore":
        if store.restore(args.id) is None:
            raise CliError(translate("cli", "ゴミ箱にありません: {id}").format(id=terminal_safe(args.id)))
        _say(translate("cli", "ゴミ箱から戻しました: {id}").format(id=args.id))
    elif action == "trash":
        for removed in store.trash():
            if removed.bookmark is not None:
                what = translate("cli", "ブックマーク")
                detail = removed.bookmark.note
            else:
                what = translate("cli", "コレクション")
                detail = translate("cli", "{count} 件").format(count=len(removed.members))
            out("\t".join(one_line(x) for x in (removed.removed_at, what, removed.key, detail)))
    elif action == "empty-trash":
        _say(translate("cli", "ゴミ箱を空にしました（{count} 件）").format(count=store.empty_trash()))
    elif action == "export":
        count = store.export(args.file, collection=args.collection)
        _say(translate("cli", "{path} に {count} 件を書き出しました").format(path=args.file, count=count))
    elif action == "import":
        count = store.import_file(args.file)
        _say(translate("cli", "{count} 件のブックマークを取り込みました").format(count=count))
    return 0


def _show(bm: Bookmark, case: Case | None) -> None:
    where = case.organization if case else translate("cli", "（ライブラリにない事例）")
    lines = [f"{bm.case_id}  {where}"]
    if case:
        lines.append(case.title)
    lines.append(translate("cli", "状態: {status}").format(status=bm.status_label))
    lines.append(translate("cli", "コレクション: {names}").format(names="、".join(bm.collections) or "—"))
    lines.append(translate("cli", "追加日時: {when}").format(when=bm.added_at))
    lines.append(translate("cli", "メモ:"))
    lines += ["  " + line for line in (bm.note.split("\n") if bm.note else ["—"])]
    lines.append(translate("cli", "連絡記録:"))
    for entry in bm.log:
        text = entry.text.split("\n")
        lines.append(f"  {entry.date}  {text[0]}")
        lines += ["              " + line for line in text[1:]]
    if not bm.log:
        lines.append("  —")
    out("\n".join(lines))


def _collections(store: BookmarkStore, args: argparse.Namespace) -> int:
    action = args.action
    if action == "list":
        for name in store.collections():
            out(f"{one_line(name)}\t{len(store.members(name))}")
    elif action == "rename":
        new = store.rename_collection(args.old, args.new)
        _say(translate("cli", "コレクションの名前を変えました: {old} → {new}").format(old=args.old, new=new))
    elif action == "remove":
        if not store.remove_collection(args.name):
            raise CliError(translate("cli", "コレクションがありません: {name}").format(name=terminal_safe(args.name)))
        _say(translate("cli", "コレクションをゴミ箱へ移しました: {name}（collections restore で戻せます）").format(
            name=args.name))
    elif action == "restore":
        if not store.restore_collection(args.name):
            raise CliError(translate("cli", "ゴミ箱にありません: {name}").format(name=terminal_safe(args.name)))
        _say(translate("cli", "コレクションをゴミ箱から戻しました: {name}").format(name=args.name))
    return 0
