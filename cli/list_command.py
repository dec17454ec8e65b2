"""`list` and `search` with the window's filters and sort orders: the same model.filters and model.sorting.

    main.py list --region 東北 --band 1万人未満 --has-cost --sort initial-cost
    main.py search 研修 --prefecture 山形県 宮城県 --status 検討中

Every facet value may be given as stored (「1万人未満」, `todo`) or in the UI language's words; an unknown value is
one line naming the valid ones, exit code 2.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from cli.errors import CliError
from cli.render import case_line
from cli.terminal import err, one_line, out, terminal_safe
from model.case import POPULATION_BANDS, population_band_label
from model.fields import label
from model.i18n import translate
from model.prefectures import PREFECTURES, REGIONS, region_label
from model.sorting import SORT_COLUMNS

if TYPE_CHECKING:
    from cli.main import Subparsers
    from model.case import Case
    from model.filters import Filters


def add_filter_options(s: argparse.ArgumentParser, *, sort: bool = True) -> None:
    """The facet options (and --sort/--desc) of `list`, shared by `search`."""
    g = s.add_argument_group(translate("cli", "絞り込み"))
    g.add_argument("--region", nargs="+", action="extend", default=[], metavar="R",
                   help=translate("cli", "地方（{values}）").format(values="、".join(REGIONS)))
    g.add_argument("--prefecture", nargs="+", action="extend", default=[], metavar="P",
                   help=translate("cli", "都道府県（複数可）"))
    g.add_argument("--band", nargs="+", action="extend", default=[], metavar="B",
                   help=translate("cli", "人口規模（{values}）").format(values="、".join(POPULATION_BANDS)))
    g.add_argument("--new", action="store_true", help=translate("cli", "新規の事例だけ"))
    g.add_argument("--has-cost", action="store_true", help=translate("cli", "初期費用か年間費用の金額がある事例だけ"))
    g.add_argument("--bookmarked", action="store_true", help=translate("cli", "ブックマークした事例だけ"))
    g.add_argument("--status", nargs="+", action="extend", default=[], metavar="S",
                   help=translate("cli", "ブックマークの状態（todo, considering, contacted, adopted, declined）"))
    if sort:
        s.add_argument("--sort", metavar="COLUMN", default=None,
                       help=translate("cli", "並べ替え（{values}）").format(values=", ".join(SORT_COLUMNS)))
        s.add_argument("--desc", action="store_true", help=translate("cli", "降順に並べる"))


def add_parsers(sub: Subparsers) -> None:
    s = sub.add_parser("list", help=translate("cli", "事例の一覧（絞り込み・並べ替えができる）"))
    add_filter_options(s)
    s = sub.add_parser("search", help=translate("cli", "事例を検索（空白区切りの語はすべて含むもの）"))
    s.add_argument("query", nargs="+")
    add_filter_options(s)


def _pick(kind: str, given: Iterable[str], valid: dict[str, str]) -> frozenset[str]:
    """The stored values for the words given (`valid`: accepted word -> stored value); CliError naming the
    valid values for anything else."""
    out: set[str] = set()
    for word in given:
        value = valid.get(word.strip())
        if value is None:
            shown = list(dict.fromkeys(valid.values()))
            raise CliError(translate("cli", "{kind}「{value}」はありません。指定できるもの: {values}").format(
                kind=kind, value=terminal_safe(word), values=", ".join(shown)))
        out.add(value)
    return frozenset(out)


def _prefectures() -> dict[str, str]:
    valid = {p: p for p in PREFECTURES}
    for p in PREFECTURES:  # 「山形」 for 山形県, 「東京」 for 東京都 (not 北海道: its name has no suffix)
        if p[-1] in "都府県":
            valid.setdefault(p[:-1], p)
    return valid


def filters_from(args: argparse.Namespace, text: str = "") -> Filters:
    """The Filters the options ask for (CliError for an unknown region, prefecture, band or status)."""
    from model.bookmarks import STATUSES, status_label
    from model.filters import Filters

    regions = _pick(translate("cli", "地方"), args.region,
                    {**{r: r for r in REGIONS}, **{region_label(r): r for r in REGIONS}})
    prefectures = _pick(label("prefecture"), args.prefecture, _prefectures())
    bands = _pick(label("population_band"), args.band,
                  {**{b: b for b in POPULATION_BANDS}, **{population_band_label(b): b for b in POPULATION_BANDS}})
    statuses = _pick(label("status"), args.status,
                     {**{s: s for s in STATUSES}, **{status_label(s): s for s in STATUSES}})
    return Filters(text=text, bands=bands, prefectures=prefectures, regions=regions, new_only=args.new,
                   has_cost=args.has_cost, bookmarked_only=args.bookmarked, statuses=statuses)


def _check_sort(column: str | None) -> None:
    if column is not None and column not in SORT_COLUMNS:
        raise CliError(translate("cli", "並べ替えの列「{value}」はありません。指定できるもの: {values}").format(
            value=terminal_safe(column), values=", ".join(SORT_COLUMNS)))


_FIGURE_FIELDS = {"population": "population", "initial-cost": "initial_cost", "running-cost": "running_cost",
                  "lead-time": "lead_time"}


def _figure(case: Case, column: str | None) -> str:
    """The text of the figure a list is sorted by (「0.5万人」「68,515千円」「4か月」), "" for other columns."""
    from model.fields import field

    key = _FIGURE_FIELDS.get(column or "")
    if key is None:
        return ""
    text = field(key).texts(case)
    return text[0] if text else "－"


def run_listing(args: argparse.Namespace, open_library: Callable[..., object], text: str = "") -> int:
    """Print the cases matching the options, one line each (tab-separated), and the count on stderr."""
    from model.filters import Context, find_cases
    from model.library import Library
    from model.sorting import sort_cases

    column = getattr(args, "sort", None)
    _check_sort(column)
    filters = filters_from(args, text)
    library = open_library(args.db)
    assert isinstance(library, Library)
    needs_bookmarks = bool(filters.bookmarked_only or filters.statuses or not filters.query.is_empty)
    context: Context
    if needs_bookmarks:
        from cli.commands import open_bookmarks

        context = Context.of(open_bookmarks())
    else:
        context = Context(is_bookmarked=lambda _id: False)
    found = find_cases(library, filters, context)
    cases = found.cases if column is None else sort_cases(found.cases, column, descending=args.desc)
    note_mark = translate("cli", "[メモに一致]")
    for case in cases:
        line = case_line(case)
        figure = _figure(case, column)
        if figure:
            line += "\t" + one_line(figure)
        if case.id in found.note_hits:
            line += " " + note_mark
        out(line)
    err(translate("cli", "{count} 件").format(count=len(cases)))
    return 0
