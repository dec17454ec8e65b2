"""A volume the importer was not written for: tests/data/vol2-sample.txt, category ＜２．人材確保・育成＞.

It is written in the seed's PDF-extracted style with the same quirks, plus what the seed lacks: the New label (as
its own line and glued before a title), running costs with values and breakdown rows in both columns, schedule
steps, providers with a company, a service and an operation mode, 北海道 and 東京都, a 政令市, a band label split
across lines, two award lines, and a case without a cost page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from model.case import Case, Contact, Cost, CostEntry, CostLine, Numbered, Population, Providers, Schedule, ScheduleStep
from model.fields import search_texts
from model.importer import parse_volume, read_text

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "vol2-sample.txt"
R6 = "令和６年１月１日"


@pytest.fixture(scope="module")
def text() -> str:
    return read_text(SAMPLE)


@pytest.fixture(scope="module")
def vol2(text: str) -> dict[str, Case]:
    result = parse_volume(text, SAMPLE.name)
    assert result.warnings == []
    return {c.id: c for c in result.cases}


def test_cases_and_category(vol2: dict[str, Case]) -> None:
    assert list(vol2) == ["2-01", "2-02", "2-03", "2-04"]
    for case in vol2.values():
        assert case.category == Numbered(2, "人材確保・育成")
        assert (case.source.file, case.source.volume) == ("vol2-sample.txt", "人材確保・育成")
    assert [c.subcategory for c in vol2.values()] == [
        Numbered(1, "職員のデジタルリテラシー向上のための研修の実施"), Numbered(2, "専門人材の確保と育成"),
        Numbered(2, "専門人材の確保と育成"), Numbered(3, "若手職員の育成と庁内公募")]


def test_organizations_and_bands(vol2: dict[str, Case]) -> None:
    got = [(c.organization, c.prefecture, c.municipality, c.population_band, c.population) for c in vol2.values()]
    assert got == [
        ("北海道札幌市", "北海道", "札幌市", "30万人以上", Population(1961000, "196.1万人", R6)),
        ("東京都", "東京都", None, "都道府県", Population(14160000, "1,416万人", R6)),
        ("京都府与謝野町", "京都府", "与謝野町", "1万人以上5万人未満", Population(20000, "2.0万人", R6)),
        ("大阪府池田市", "大阪府", "池田市", "10万人以上30万人未満", Population(102000, "10.2万人", R6)),
    ]


def test_new_label(vol2: dict[str, Case], text: str) -> None:
    # 2-01 prints New directly before its first title line (after the legend) and again on a line of its own
    # after it; 2-03 glued before its title
    assert [c.is_new for c in vol2.values()] == [True, False, True, False]
    after_title = text.replace("\n\nNew\n\n○ 令和５年度から", "\n\n○ 令和５年度から")
    assert parse_volume(after_title, "x.txt").cases[0].is_new is True
    before_title = text.replace("\nNew\n\n２．人材確保・育成参考事例集の構成", "\n\n２．人材確保・育成参考事例集の構成")
    assert parse_volume(before_title, "x.txt").cases[0].is_new is True
    neither = before_title.replace("\n\nNew\n\n○ 令和５年度から", "\n\n○ 令和５年度から")
    assert parse_volume(neither, "x.txt").cases[0].is_new is False
    assert vol2["2-03"].title == "地域おこし協力隊を活用したデジタル支援員の確保"


def test_sapporo(vol2: dict[str, Case]) -> None:
    case = vol2["2-01"]
    assert case.title == "全職員向けデジタル研修とDX推進リーダーの育成"
    assert case.points == ["全職員向けのオンデマンド研修と、DX推進リーダー向けの実践研修を組み合わせ、段階的に"
                           "デジタル人材を育成"]
    assert case.overview == [
        "令和５年度から、全職員を対象としたオンデマンド型のデジタル研修を開始し、職員のデジタルリテラシーの底上げ"
        "を図る。",
        "各局区から選出したDX推進リーダーに対して、業務改善手法やデータ活用の実践研修を実施し、現場の改善を担う"
        "人材を育成。",
    ]
    assert case.effects == [
        "研修受講者が延べ12,000人を超え、業務のデジタル化の提案件数が前年度の約２倍に増加した。",
        "DX推進リーダーが中心となり、各局区で業務改善の取組が自発的に行われるようになった。",
        "全職員向け研修の受講率が９割を超え、デジタルツールの利用が定着した。",
        "研修で学んだ職員による業務改善の事例が、庁内ポータルで共有されている。",
    ]
    assert case.cost == Cost(
        initial=CostEntry(12000000, "12,000千円", [CostLine("研修動画の制作", 10000000, "10,000千円"),
                                                 CostLine("研修カリキュラムの設計", 2000000, "2,000千円")],
                          "令和５年度"),
        running=CostEntry(3600000, "3,600千円", [CostLine("eラーニング環境の利用料", 3000000, "3,000千円"),
                                               CostLine("受講管理の運用", 600000, "600千円")], "令和６年度見込み"),
    )
    assert case.schedule == Schedule("６か月", [
        ScheduleStep("R4.10~12", "研修体系の検討、カリキュラムの作成"),
        ScheduleStep("R5.1~3", "事業者の選定・契約"),
        ScheduleStep("R5.4", "研修開始"),
    ])
    assert case.providers == Providers(companies=["株式会社北海道デジタルラーニング"], service="まなびクラウド",
                                       operation="クラウド（SaaS）", others=["北海道大学（カリキュラムの監修）"])
    assert case.contacts == [Contact("札幌市デジタル戦略推進局デジタル推進部DX人材育成課", "011-211-2276",
                                     "dx-kenshu@city.sapporo.jp")]
    # two questions in a row, then their answers
    assert [(qa.question, qa.answer) for qa in case.interview] == [
        ("取組の経緯・きっかけを教えてください。",
         "デジタル化を進める上で、職員一人ひとりのデジタルリテラシーが不足していることが課題でした。そこで、全職員"
         "が受講できる研修を整備することとしました。"),
        ("取組にコストはかかりましたか。",
         "研修の企画は職員が行い、動画の制作とeラーニングの環境を事業者に委託しています。詳しくはコストのページに"
         "記載しています。"),
        ("今後の展望を教えてください。",
         "DX推進リーダーの経験者を各職場に増やし、組織全体で改善を続ける風土をつくっていきます。"),
    ]
    # the URL wrapped inside its brackets is joined; the bare copy at the page end is a duplicate
    assert [(link.label, link.url) for link in case.links] == [
        ("札幌市DX推進研修について", "https://www.city.sapporo.jp/somu/dx/kenshu/index.html")]
    assert case.awards == []


def test_tokyo(vol2: dict[str, Case]) -> None:
    case = vol2["2-02"]
    assert case.title == "都庁の専門人材の採用と育成を一体で推進"
    assert case.points == ["民間経験者の採用と新卒採用を組み合わせ、デジタル職を計画的に確保",
                           "専門研修とジョブローテーションにより、デジタル職のキャリアを形成"]
    assert case.overview == [
        "デジタル分野の専門人材を「デジタル職」として採用し、職員として長期的に育成する仕組みを整備。",
        "採用後は、現場の業務改善やシステム開発の経験を積みながら、専門性を高める研修を受講。",
    ]
    assert case.effects == [
        "令和６年度までにデジタル職を累計200名以上採用し、各局のDXプロジェクトに配置した。",
        "専門人材が各局に配置されたことで、システムの内製化が進んだ。",
    ]
    assert (case.cost, case.schedule, case.providers) == (None, None, None)
    assert case.contacts == [Contact("東京都デジタルサービス局総務部人材育成担当", "03-5320-7781",
                                     "S1130201@section.metro.tokyo.jp")]
    assert case.awards == ["令和５年度 人材育成アワード 最優秀賞", "令和６年度 自治体DXアワード 人材部門賞"]
    assert [(link.label, link.url) for link in case.links] == [
        ("東京都デジタル人材確保・育成基本方針", "https://www.digitalservice.metro.tokyo.lg.jp/jinzai/index.html")]
    # the answer printed before its question (and before the speaker labels): radical ⼯ read as 工; the page
    # read out of order, the outlook question goes last
    assert [(qa.question, qa.answer) for qa in case.interview] == [
        ("取組の経緯・きっかけを教えてください。",
         "都のDXを加速するためには、外部委託に頼るだけでなく、都庁内に専門人材を確保する必要があると考えました。\n"
         "このため、令和４年度に「デジタル職」を新設しました。"),
        ("採用で工夫している点を教えてください。",
         "デジタル職の採用にあたっては、民間でのシステム開発やデータ分析の経験を重視しています。面接にはデジタル"
         "部門の職員も参加し、実務に即した評価を行っています。"),
        ("今後の展望を教えてください。",
         "デジタル職の育成プログラムを充実させ、将来の幹部候補となる人材を育てていきます。"),
    ]


def test_yosano(vol2: dict[str, Case]) -> None:
    case = vol2["2-03"]
    assert case.points == ["地域おこし協力隊の制度を活用し、任期後の定住も見据えてデジタル人材を確保"]
    assert case.overview == [
        "地域おこし協力隊の制度を活用して、デジタル分野の経験を持つ人材を「デジタル支援員」として採用。",
        "デジタル支援員は、役場の業務改善と住民向けのスマホ相談会を担当。",
    ]
    assert case.effects == [
        "住民向けスマホ相談会を年間48回開催し、延べ600人が参加した。",
        "役場の申請手続のうち30手続をオンライン化した。",
        "スマホ相談会の参加者から、行政のオンライン手続を利用できるようになったとの声が多く寄せられている。",
    ]
    assert case.cost == Cost(
        initial=CostEntry(None, "（非公表）", []),
        running=CostEntry(4800000, "4,800千円", [CostLine("支援員の報償費", 4000000, "4,000千円"),
                                               CostLine("活動経費", 800000, "800千円")], "特別交付税措置あり"),
    )
    assert case.schedule == Schedule("1年", [ScheduleStep("R5.4~9", "募集要項の作成"),
                                             ScheduleStep("R5.10～R6.3", "募集・選考"), ScheduleStep("R6.4", "着任")])
    assert case.providers == Providers(companies=[], service=None, operation=None, others=[])
    assert case.contacts == [Contact("与謝野町企画財政課", "0772-43-9020", "joho@town.yosano.lg.jp")]
    # the cost answer continues after the next question
    assert [(qa.question, qa.answer) for qa in case.interview] == [
        ("取組の経緯・きっかけを教えてください。",
         "町内にはデジタル分野の専門人材が少なく、職員だけでは業務のデジタル化を進めることが難しい状況でした。"),
        ("取組にコストはかかりましたか。",
         "＜デジタル支援員＞\n・報償費 年間4,000千円\n＜相談会の運営＞\n・会場費、通信費 年間800千円"),
        ("近況を教えてください。", "令和６年度からは、支援員が中心となって職員向けの勉強会も開いています。"),
    ]
    assert [(link.label, link.url) for link in case.links] == [
        ("与謝野町デジタル支援員", "https://www.town.yosano.lg.jp/digital/")]


def test_ikeda(vol2: dict[str, Case]) -> None:
    case = vol2["2-04"]
    assert case.title == "若手職員の庁内公募によるDXプロジェクトチーム"
    assert case.points == ["入庁10年目までの若手職員から公募したメンバーでプロジェクトチームを編成し、市長に直接"
                           "施策を提案"]
    assert case.overview == [
        "若手職員の庁内公募により、DXプロジェクトチームを編成。",
        "チームは半年間で業務課題を調査し、解決策を市長に提案する。提案された施策は翌年度の予算に反映される。",
    ]
    assert case.effects == ["これまでに12件の提案が事業化された。"]
    assert (case.cost, case.schedule, case.providers) == (None, None, None)
    assert case.contacts == [Contact("池田市総合政策部デジタル推進課", "072-754-6231", "digital@city.ikeda.osaka.jp")]
    # the list after the contact block continues the answer that has the same kind of 【】 heading
    assert [(qa.question, qa.answer) for qa in case.interview] == [
        ("取組の経緯・きっかけを教えてください。",
         "若手職員の柔軟な発想を施策に生かすため、令和４年度から庁内公募を始めました。"),
        ("工夫している点を教えてください。",
         "チームの活動は業務時間内とし、所属長の理解を得られるよう事前に説明しています。\n【これまでの提案例】\n"
         "・ 窓口予約システムの導入\n・ 議事録作成の自動化\n【令和６年度の提案例】\n・ 公共施設予約のオンライン化\n"
         "・ 庁内問合せチャットボット"),
        ("今後の展望を教えてください。",
         "提案の事業化を続けるとともに、チームの経験者を各課のDX推進役として配置していきます。"),
    ]
    assert [(link.label, link.url) for link in case.links] == [
        ("池田市DXプロジェクトチーム", "https://www.city.ikeda.osaka.jp/dx/team.html")]


def test_reference_page_text_is_in_no_field(vol2: dict[str, Case]) -> None:
    assert all("キャリアパス" not in t for t in search_texts(vol2["2-02"]))


def test_two_volumes_have_distinct_ids(vol2: dict[str, Case]) -> None:
    seed = Path(__file__).resolve().parents[2] / "data" / "source" / "vol1-taisei-seibi.txt"
    ids = [c.id for c in parse_volume(read_text(seed), seed.name).cases] + list(vol2)
    assert len(ids) == len(set(ids)) == 17
