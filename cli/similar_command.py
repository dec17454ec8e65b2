"""`main.py similar ORGANIZATION --population N | --band B`: the cases of organizations like the user's own."""

from __future__ import annotations

import argparse

from cli.errors import CliError
from cli.terminal import err, one_line, out
from model.case import POPULATION_BANDS, population_band_label
from model.i18n import translate


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    about = translate("cli", "自分の団体に近い団体の事例（人口規模・都道府県・地方・距離の順）")
    s = sub.add_parser("similar", help=about)
    s.add_argument("organization", nargs="+",
                   help=translate("cli", "団体名（例: 山形県舟形町、山口県）または団体コード"))
    given = s.add_mutually_exclusive_group(required=True)
    given.add_argument("--population", help=translate("cli", "人口（例: 8000、0.8万）"))
    given.add_argument("--band", help=translate("cli", "人口規模: {bands}").format(bands="、".join(POPULATION_BANDS)))
    s.add_argument("--limit", type=int, help=translate("cli", "表示する件数の上限"))


def cmd_similar(args: argparse.Namespace) -> int:
    from cli.commands import open_library
    from model.similar import band_for, organization_of, parse_population, rank

    if args.limit is not None and args.limit < 1:
        raise CliError(translate("cli", "--limit は 1 以上で指定してください"))
    try:
        me = organization_of(" ".join(args.organization))
        population: int | str = parse_population(args.population) if args.population is not None else args.band
        band = band_for(me, population)
        ranked = rank(open_library(args.db).cases(), me, population)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    shown = ranked if args.limit is None else ranked[:args.limit]
    for r in shown:
        c = r.case
        out("\t".join(one_line(field) for field in (c.id, c.organization, c.population_band, r.reason, c.title)))
    err(translate("cli", "{organization}（{band}）に近い団体の事例: {count} 件").format(
        organization=me.organization, band=population_band_label(band), count=len(ranked)))
    return 0
