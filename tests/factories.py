"""Hand-made cases for tests that must not depend on the importer's output."""

from __future__ import annotations

import stat
from dataclasses import replace
from pathlib import Path
from typing import Any

from model.case import (
    QA,
    Case,
    Contact,
    Cost,
    CostEntry,
    CostLine,
    Link,
    Numbered,
    Population,
    Providers,
    Schedule,
    ScheduleStep,
    Source,
)


def make_case(**overrides: Any) -> Case:
    """A complete case (cost, schedule, providers, interview…) with every field set; override what a test needs."""
    base = Case(
        id="1-04",
        number=4,
        title="全59市町村へのＩＣＴアドバイザー派遣等により市町村のＤＸを推進",
        organization="福島県",
        prefecture="福島県",
        municipality=None,
        category=Numbered(1, "体制整備"),
        subcategory=Numbered(1, "県が中心となって管内市町村とともにDXを推進する体制の整備"),
        population_band="都道府県",
        population=Population(1740000, "174.0万人", "令和６年12月１日"),
        is_new=False,
        points=["アンケート調査等を踏まえて、市町村の課題やニーズを把握した上で、ICTの専門家の派遣やDX推進研修等を通じ、"
                "県全体のDXの推進を図る"],
        overview=["アンケート調査を通じ、市町村におけるDX推進に係る課題やニーズを把握し、連携しながら必要な市町村支援を実施。"],
        effects=["当該事業は、市町村がそれぞれ抱える課題に対し、ICTアドバイザーを派遣し、助言等を行う事業である。",
                 "アドバイザーは協議会に所属する地元ベンターより派遣されるため、市町村との接点にもなる。"],
        cost=Cost(
            initial=CostEntry(68515000, "68,515千円",
                              [CostLine("アドバイザーの派遣費用", 68515000, "68,515千円")]),
            running=CostEntry(None, "－円"),
        ),
        schedule=Schedule("４か月", [ScheduleStep("R6.3~4", "事業者へ支援メニューの照会、支援メニュー一覧の決定"),
                                   ScheduleStep("R6.5~6", "市町村へ募集"),
                                   ScheduleStep("R6.7", "事業開始")]),
        providers=Providers([], None, None, ["ふくしまICT利活用推進協議会（福島県と協定を締結して事業を実施）"]),
        contacts=[Contact("福島県企画調整部デジタル変革課", "024-521-7134", "jouhou_kikaku@pref.fukushima.lg.jp")],
        interview=[QA("取組の経緯・きっかけを教えてください。",
                      "「福島県デジタル変革（ＤＸ）推進基本方針」に基づき取り組みました。"),
                   QA("工夫している点を教えてください。", "支援メニューの改善、充実に努めています。")],
        links=[Link("福島県情報化推進計画",
                    "https://www.pref.fukushima.lg.jp/sec/11045a/jouhoukasuisihinkeikaku.html")],
        awards=[],
        source=Source("vol1-taisei-seibi.txt", "体制整備"),
    )
    return replace(base, **overrides)


def make_bare_case(**overrides: Any) -> Case:
    """A case with no cost, schedule, providers or interview pages (like most cases of a volume)."""
    return make_case(
        **{
            "id": "1-11",
            "number": 11,
            "title": "部局横断メンバーによる「働き方改革推進チーム」を構築",
            "organization": "兵庫県神戸市",
            "prefecture": "兵庫県",
            "municipality": "神戸市",
            "subcategory": Numbered(4, "住民目線でのデザイン思考や職員の働き方改革に着目した全庁的な体制の整備"),
            "population_band": "30万人以上",
            "population": Population(1500000, "150万人", "令和６年１月１日"),
            "points": ["人事・研修・業務改革・デジタルなど、部局横断メンバーから構成されるプロジェクトチームを組織"],
            "overview": ["「働き方改革推進チーム」を部局横断メンバーにより組織。"],
            "effects": ["部局横断的な課題に対しても、部局の壁を越えて迅速に対応できるようになった。"],
            "cost": None,
            "schedule": None,
            "providers": None,
            "interview": [],
            "contacts": [],
            "links": [Link("神戸市のDX", "https://www.city.kobe.lg.jp/a08691/dxtop.html")],
            **overrides,
        }
    )


def file_mode(path: Path) -> int:
    """The permission bits of a file (0o644 …)."""
    return stat.S_IMODE(path.stat().st_mode)
