"""Every field of the 13 cases of the seed volume (体制整備), as a careful reader sees them on the pages.

The expected values were written out from reading data/source/vol1-taisei-seibi.txt page by page. Long interview
answers are checked by their first and last words (their attachment to the right question is what can go wrong);
tests/model/test_importer_quirks.py checks whole answers of the cases with out-of-order columns.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from model.case import (
    POPULATION_BANDS,
    Case,
    Contact,
    Cost,
    CostEntry,
    CostLine,
    Numbered,
    Population,
    Providers,
    Schedule,
    ScheduleStep,
)
from model.importer import parse_volume, read_text

SEED = Path(__file__).resolve().parents[2] / "data" / "source" / "vol1-taisei-seibi.txt"

SUB1 = Numbered(1, "県が中心となって管内市町村とともにDXを推進する体制の整備")
SUB2 = Numbered(2, "若手や現場の職員の声をDX推進に取り入れる体制の整備")
SUB3 = Numbered(3, "外部デジタル人材の知見を積極的に取り入れながらDXを推進する体制の整備")
SUB4 = Numbered(4, "住民目線でのデザイン思考や職員の働き方改革に着目した全庁的な体制の整備")
R6 = "令和６年１月１日"


@pytest.fixture(scope="module")
def seed() -> dict[str, Case]:
    result = parse_volume(read_text(SEED), SEED.name)
    assert result.warnings == []
    return {c.id: c for c in result.cases}


EXPECTED: dict[str, dict[str, Any]] = {
    "1-01": dict(
        title="「山口県デジタル・ガバメント構築連携会議」を設置し、市町と意見交換しつつ、デジタル化を推進",
        organization="山口県", prefecture="山口県", municipality=None, subcategory=SUB1, band="都道府県",
        population=Population(1280000, "128.0万人", "令和７年１月１日"),
        points=["「山口県デジタル・ガバメント構築連携会議」を立ち上げ、県・市町一体となって、県全体でのデジタル・"
                "ガバメントの構築に向けた取組みを推進"],
        overview=[
            "本県のあらゆる分野でデジタル化やDXを強力に進めていくため、令和３年１月、全庁的な推進体制として"
            "「山口県デジタル推進本部」を設置。",
            "県全体でのデジタル・ガバメントの構築を進めるため、県と市町との連携組織として「山口県デジタル・"
            "ガバメント構築連携会議」を設置。",
            "さらに、県と市町が取り組むべき個別のテーマに応じたワーキンググループ（情報システムの標準化・共通化"
            "ワーキンググループ、行政手続オンライン化ワーキンググループ、RPA等共同利用ワーキンググループ）及び専門"
            "部会（デジタルデバイド対策専門部会）を設置。",
        ],
        effects=[
            "県と市町の情報共有や連携を一層強化するための協議体として機能している。",
            "各市町における、情報システムの標準化や、行政手続のオンライン化等の取組の進捗を支援するスキームの一つ"
            "として機能している。",
        ],
        cost=None, schedule=None, providers=None,
        contacts=[Contact("山口県デジタル推進局デジタル・ガバメント推進課行政DX推進班", "083-933-1327",
                          "a12600@pref.yamaguchi.lg.jp")],
        interview=[
            ("取組の経緯・きっかけを教えてください。", "コロナ禍への対応を通じて", "こととしました。"),
            ("工夫している点を教えてください。", "デジタル・ガバメントの構築に係る", "構成となるよう努めています。"),
            ("今後の展望を教えてください。", "今後も市町と意見交換しつつ", "進めていく予定です。"),
            ("近況を教えてください。", "人材面等で課題を抱えている", "実装支援を強化しています。"),
        ],
        links=[("デジタル改革・山口県デジタル・ガバメント構築連携会議",
                "https://www.pref.yamaguchi.lg.jp/soshiki/33/16121.html")],
        awards=[],
    ),
    "1-02": dict(
        title="「愛媛県・市町DX協働宣言」にもとづき、県と県内市町が協働してDXを推進",
        organization="愛媛県", prefecture="愛媛県", municipality=None, subcategory=SUB1, band="都道府県",
        population=Population(1312000, "131.2万人", R6),
        points=["知事と全市町の首長による「愛媛県・市町DX協働宣言」にもとづき、「愛媛県・市町DX推進会議」を設置・"
                "運営し、県と県内市町が「チーム愛媛」として一体となってDXを推進中"],
        overview=[
            "愛媛県・市町DX推進会議において、県内自治体の現状把握や意見交換、セミナー等をきめ細かく行い、DX推進の"
            "機運を醸成するとともに、県・市町のＤＸ担当・現場職員を集めた研修会の開催や取組事例共有等を積み重ねる"
            "ことで横連携を促進。",
            "県及び市町が負担金を拠出し、協働事業やシステム共同調達を実施。",
        ],
        effects=[
            "参画自治体のDX推進の機運が高まり、全市町においてDX推進担当部署が設置され、CIO（最高情報責任者）が"
            "任命されるなどDX推進体制が整備された。DX計画策定件数についても増加した（15市町）。",
            "県・市町の有志のメンバーで企画・運営によりDX担当者の集合研修を定期的に開催しており、先進事例共有や"
            "「チーム愛媛のDX推進」に対する意見集約を行うほか、市町間で気軽に情報交換、事例共有できるオンラインの"
            "コミュニティを構築している。",
        ],
        cost=Cost(initial=CostEntry(None, "－円", [], None), running=CostEntry(None, "（非公表）", [], None)),
        schedule=Schedule(lead_time=None, steps=[]),
        providers=Providers(companies=[], service=None, operation=None, others=[]),
        contacts=[Contact("愛媛県・市町DX推進会議事務局（愛媛県デジタルシフト推進課）", "089-912-2281",
                          "digitalshiftsuishin@pref.ehime.lg.jp")],
        interview=[
            ("取組の経緯・きっかけを教えてください。", "令和3年3月に、県デジタル総合戦略", "設置しました。"),
            ("取組にコストはかかりましたか。", "自治体DXの推進に必要な", "を実施しています。"),
            ("活用した国の支援策を教えてください。", "令和４・５年度はデジタル田園都市", "を活用しました。"),
            ("近況などを教えてください。", "自治体規模や状況", "専門人材が伴走支援を行っています。"),
            ("今後の展望を教えてください。", "引き続き市町毎の実情", "仕組みの構築を目指します。"),
        ],
        links=[("愛媛県・市町DX推進会議公式note", "https://ehime-pref.note.jp/"),
               ("愛媛県・市町DX協働宣言について", "https://www.pref.ehime.jp/page/17838.html"),
               ("愛媛県デジタル総合戦略［令和５年３月改定］", "https://www.pref.ehime.jp/page/17835.html")],
        awards=[],
    ),
    "1-03": dict(
        title="民間デジタル人材派遣事業のほか、多様な支援メニューにより市町村のDXを全面的に支援",
        organization="熊本県", prefecture="熊本県", municipality=None, subcategory=SUB1, band="都道府県",
        population=Population(1728000, "172.8万人", R6),
        points=["民間デジタル人材が、県内市町村の要望に応じて訪問",
                "市町村の実情に応じた助言ができるよう、週１日、民間デジタル人材と県職員が共同で業務を実施"],
        overview=[
            "市町村の情報を常時共有する体制を確保しながら、民間デジタル人材が県内市町村を訪問し、市町村の要望に"
            "応じた支援を実施。",
            "令和６年度は、フロントヤード改革に重点化した個別伴走支援や個別相談対応を実施するとともに、先進自治体"
            "の首長を講師に招聘したトップセミナーや市町村全体のDXを推進する中核となる職員を対象としたDX研修の"
            "開催等の支援を実施。",
        ],
        effects=[
            "市町村のDXに対する意識が向上し、ＤＸ推進体制の構築、BPRの取組み等が自発的に進んだ。",
            "先進的な取組や課題解決のノウハウが共有され、デジタルツールの導入やフロントヤード改革の取組が進んだ。",
            "県と市町村で共同運用するシステムが増加し、市町村の事務的・財政的負担が軽減した。",
        ],
        cost=None, schedule=None, providers=None,
        contacts=[Contact("熊本県企画振興部デジタル戦略局デジタル戦略推進課", "096-333-2145",
                          "dejisuishin@pref.kumamoto.lg.jp")],
        interview=[
            ("取組の経緯・きっかけを教えてください。", "令和２年に総務省により", "市町村支援を始めました。"),
            ("近況や工夫している点を教えてください。", "令和６年度は、「自治体DX推進計画」", "支援を行っています。"),
            ("今後の展望を教えてください。", "引き続き、全市町村漏れなく", "重点的に支援する予定です。"),
            ("民間デジタル人材派遣のスキームを教えてください。", "市町村の現状・課題は", "DX推進に寄与しています。"),
        ],
        links=[("熊本県ホームページ", "https://www.pref.kumamoto.jp/")],
        awards=[],
    ),
    "1-04": dict(
        title="全59市町村へのＩＣＴアドバイザー派遣等により市町村のＤＸを推進",
        organization="福島県", prefecture="福島県", municipality=None, subcategory=SUB1, band="都道府県",
        population=Population(1740000, "174.0万人", "令和６年12月１日"),
        points=["アンケート調査等を踏まえて、市町村の課題やニーズを把握した上で、ICTの専門家の派遣やDX推進研修等を"
                "通じ、県全体のDXの推進を図る"],
        overview=[
            "アンケート調査を通じ、市町村におけるDX推進に係る課題やニーズを把握し、県・市町村・民間企業（ベンダー"
            "等）で組織する「ふくしまICT利活用推進協議会」と連携しながら必要な市町村支援を実施。",
        ],
        effects=[
            "当該事業は、市町村がそれぞれ抱える課題に対し、ICTアドバイザーを派遣し、デジタルを活用した助言等を"
            "行う事業である。",
            "実際の課題解決はアドバイザーの助言を受けた市町村職員が自ら進めていくため、市町村における自主的なDX"
            "推進に寄与するとともに、市町村にデジタル化による課題解決という選択肢が増え、DXに対する機運上昇が"
            "図られる。",
            "アドバイザーは協議会に所属する地元ベンターより派遣されるため、市町村との接点にもなる。",
        ],
        cost=Cost(
            initial=CostEntry(68515000, "68,515千円", [CostLine("アドバイザーの派遣費用", 68515000, "68,515千円")]),
            running=CostEntry(None, "－円", []),
        ),
        schedule=Schedule(lead_time="４か月", steps=[
            ScheduleStep("R6.3~4", "事業者へ支援メニューの照会、支援メニュー一覧の決定"),
            ScheduleStep("R6.5~6", "市町村へ募集"),
            ScheduleStep("R6.7", "事業開始"),
        ]),
        providers=Providers(companies=[], service=None, operation=None, others=[
            "令和６年度実施事業者：株式会社東日本計算センター、東邦情報システム株式会社、東日本電信電話株式会社、"
            "テクノ・マインド株式会社、エスクリブ株式会社、富士通JAPAN株式会社、株式会社草野測器社",
            "ふくしまICT利活用推進協議会（福島県と協定を締結して事業を実施）",
        ]),
        contacts=[Contact("福島県企画調整部デジタル変革課", "024-521-7134", "jouhou_kikaku@pref.fukushima.lg.jp")],
        interview=[
            ("取組の経緯・きっかけを教えてください。", "令和３年９月に策定した", "取り組むこととしました。"),
            ("取組にコストはかかりましたか。", "＜ICTアドバイザー市町村派遣事業＞", "約0.1千万円"),
            ("工夫している点を教えてください。", "ICTアドバイザー市町村派遣事業について", "充実に努めています。"),
            ("今後の展望を教えてください。", "「ICTアドバイザー市町村派遣事業」と", "担当課が作成した動画を視聴"),
        ],
        links=[("福島県情報化推進計画",
                "https://www.pref.fukushima.lg.jp/sec/11045a/jouhoukasuisihinkeikaku.html")],
        awards=[],
    ),
    "1-05": dict(
        title="係長級以下のWGから意見をデジタルファースト推進本部幹事会が吸い上げ",
        organization="山形県舟形町", prefecture="山形県", municipality="舟形町", subcategory=SUB2, band="1万人未満",
        population=Population(5000, "0.5万人", R6),
        points=["デジタルファースト推進本部幹事会（幹事長：副町長）が、係長級以下の若手職員で構成されるワーキング"
                "グループへの情報共有や事業検討を通じ現場の意見を吸い上げることで現場に即した推進策と進捗管理を実施"],
        overview=[
            "デジタルファースト推進本部幹事会の構成メンバーが、地域の課題に即したICTの利活用についてアイデアソンを"
            "実施（R3年度後期～）し、課題感や解決策を考えて貰うことで、今後のDX推進施策の必要性について理解を"
            "深める取組み実施。",
        ],
        effects=["WGの開催により、職員の意識向上や今後の町のデジタル化に活かせる施策を検討できた。"],
        cost=None, schedule=None, providers=None,
        contacts=[Contact("舟形町総務課デジタルファースト推進室", "0233-32-0818", "soumu@town.funagata.yamagata.jp")],
        interview=[
            ("取組の経緯・きっかけを教えてください。", "令和２年度から施行する", "ワーキンググループとしました。"),
            ("他自治体からよく質問されることを教えてください。", "ＤＸ推進体制の整備に関することの質問が多いです。",
             "と回答しています。"),
            ("今後の展望を教えてください。", "今後、町の新たな施策を推進する", "行なっていきたいと考えています。"),
        ],
        links=[("舟形町デジタル化推進計画", "https://www.town.funagata.yamagata.jp/li/sugata/040/index.html")],
        awards=[],
    ),
    "1-06": dict(
        title="若手職員に限定せず「本人手上げ式」でDX推進員を広く募集・任命",
        organization="福井県あわら市", prefecture="福井県", municipality="あわら市", subcategory=SUB2,
        band="1万人以上5万人未満", population=Population(27000, "2.7万人", R6),
        points=["DXに関する施策の総合的な推進及び調整を担う「あわら市DX推進本部」を設置",
                "DXを進める核となる、DX推進員の募集は「本人手上げ式」を採用"],
        overview=[
            "「あわら市DX推進本部」 のもと、政策広報課DX・情報発信戦略室がDX推進に係る企画及び調整、DX推進基本"
            "計画の策定等を行うとともに、意欲のある職員の手上げ式によるDX推進員や関係各課とも連携しながら、各部局"
            "が所管する取り組みや部局を超えた横断的な取り組みを推進。",
            "市内各種団体などへのヒアリングを通して、地域課題の本質を捉えるとともに、県やふくい産業支援センター、"
            "教育機関、民間企業との連携を図り地域課題の解決に繋げる。",
        ],
        effects=[
            "職員のDXに対する意識が向上し、新たな取組の試行等の積極的な行動が増えている。",
            "DX推進員同士が交流し、互いに学びや気づきを促し合うことができている。",
            "勉強会等の機会を通じて、異なる部署間の職員が交流し、庁内の連携が図りやすくなった。",
        ],
        cost=None, schedule=None, providers=None,
        contacts=[Contact("あわら市創造戦略部政策広報課DX・情報発信戦略室", "0776-73-8005", "jyouho@city.awara.lg.jp")],
        interview=[
            ("近況や工夫している点を教えてください。",
             "令和６年度の取組としては", "進んできているように感じています。"),
            ("勉強会や打合せは、勤務時間外に実施していますか？その他、通常業務との兼ね合いなどどうしていますか？",
             "業務時間内での実施です。", "参加するよう呼びかけています。"),
            ("今後の展望を教えてください。",
             "これまでは、地域活性化起業人", "「学び続ける組織作り」を目指していきます。"),
        ],
        links=[("あわら市ホームページ", "https://www.city.awara.lg.jp/index.html")],
        awards=[],
    ),
    "1-07": dict(
        title="人事担当と情シス担当が各業務担当のDX推進リーダーと対話を重ね取組を推進",
        organization="埼玉県上里町", prefecture="埼玉県", municipality="上里町", subcategory=SUB2,
        band="1万人以上5万人未満", population=Population(31000, "3.1万人", R6),
        points=["町長の直接の指揮のもと、総務課（組織、人事）と総合政策課（情シス、行革、財政）が司令塔機能を担い"
                "つつ、各業務課選出のDX推進リーダーと対話（情報や課題の共有、連携・支援等）を密に実施"],
        overview=[
            "自治体DXの推進を「行政改革に係る重要事項」と捉え、ビジョン・工程表等からなる全体方針の決定や改正は、"
            "町長をトップとする幹部・全課長が参加する上里町行政改革推進本部において実施。",
            "特に重要なDX施策等の決定・調整等については、部局間の調整を担う役割として副町長をCIOに定め、CIOを"
            "委員長とする上里町情報化推進委員会において実施。",
            "毎年度、各事務事業担当課から１名以上のDX推進リーダーを選出し、司令塔的役割を担う管理部門と対話（情報"
            "や課題の共有、連携・支援等）を密に実施。情シス部門や情報政策専属部門の十分な設置が困難な小規模自治体"
            "特有の課題を、組織ぐるみのDX推進により解決。",
        ],
        effects=[
            "各課にDX推進役を担う「DX推進リーダー」を配置するとともに、DX推進リーダーを集めた「DX推進リーダー"
            "ワーキンググループ」や本庁DX推進計画の取組テーマごとに関係する課のリーダーを集めた「専門部会」等の"
            "開催により、情報政策部門と各課リーダーの対話の効率化が図られている。",
            "情報政策部門が各課「DX推進リーダー」と対話を密にすることで、各課各業務の実態を踏まえたより実効性の"
            "あるDX施策の検討や実施調整が可能なった。情報政策部門が対話する担当者が明確になったほか、各課において"
            "もDX推進の意義を認識し、DX推進が「自分ごと化」されている。",
            "現場主導で様々な取組アイデアが生まれ、住民サービスの向上に寄与している。（GISの公開、デジタル"
            "サイネージによる情報発信等）",
        ],
        cost=Cost(initial=CostEntry(None, "－円", []), running=CostEntry(None, "－円", [])),
        schedule=Schedule(lead_time=None, steps=[]),
        providers=Providers(companies=[], service=None, operation=None, others=[
            "NTT東日本（DX推進アドバイザーとして委嘱しており、DX推進に関する助言や職員研修等の開催）"]),
        contacts=[Contact("上里町総合政策課情報システム戦略係", "0495-35-1238", "nwinfo@town.kamisato.lg.jp")],
        interview=[
            ("取組の経緯・きっかけを教えてください。", "「自治体DX推進」を行政改革", "推進体制の強化を行いました。"),
            ("取組にコストはかかりましたか。", "DX推進リーダーのデジタルリテラシー向上に", "相談などできる状況です。"),
            ("DX推進リーダーの選任方法を教えてください。", "要綱にて各課１人以上と", "活発に行えます。"),
            ("取組の成果・近況を教えてください。", "令和２年４月、緊急事態宣言", "職員負担を軽減しました。"),
            ("他自治体からよく質問されることを教えてください。", "「なぜそこまで多様な取組が", "重要と感じています。"),
            ("今後の展望を教えてください。", "DX推進リーダーと情報政策部門は", "取組を推進していきたいです。"),
        ],
        links=[("上里町 デジタル行政の推進について", "https://www.town.kamisato.saitama.jp/5601.htm"),
               ("上里町地図情報システム（かみさとオープンGIS）", "https://www.town.kamisato.saitama.jp/5781.htm"),
               ("令和４年度 デジ田甲子園 実装部門出場（オートコールソリューション等を活用した災害発生時の避難誘導 ）",
                "https://www.cas.go.jp/jp/seisaku/digitaldenen/koshien/index.html")],
        awards=["令和４年度 デジ田甲子園 実装部門出場（オートコールソリューション等を活用した災害発生時の避難誘導 ）"],
    ),
    "1-08": dict(
        title="国のアドバイザー等を務める人材をCDOに据えデジタル戦略室がDX推進",
        organization="福島県西会津町", prefecture="福島県", municipality="西会津町", subcategory=SUB3,
        band="1万人未満", population=Population(6000, "0.6万人", R6),
        points=["オープンデータ伝道師、地域情報化アドバイザーを務めるデジタル人材をCDOに据え、企画情報課内にデジタル"
                "戦略室を設置し、デジタル戦略を推進"],
        overview=[
            "外部デジタル人材を活用してCDOを新たに設置。企画情報課内にデジタル戦略室を組織し、「西会津町デジタル"
            "戦略」に基づく各種取組を推進中。",
            "さらに、西会津町デジタル戦略推進本部を設置し、町のデジタル施策及びデジタル技術を活用した業務改革を"
            "総合的かつ効果的に推進。",
        ],
        effects=[
            "デジタルリテラシー向上やデジタル技術のトレンド共有等の庁内勉強会により、各課のデジタル技術導入が促進"
            "された。",
            "デジタルよろず相談やデジタル（スマホ）教室の開催により、住民の情報リテラシーの向上を促すことができて"
            "いる。",
            "特にデジタルよろず相談は年々利用者が増加しており、住民が気軽に訪れることのできる場となっている。",
        ],
        cost=None, schedule=None, providers=None,
        contacts=[Contact("西会津町企画情報課デジタル戦略室", "0241-45-4536", "kikaku@town.nishiaizu.fukushima.jp")],
        interview=[
            ("取組のきっかけや近況・工夫を教えてください。", "「西会津町デジタル戦略」を推進するため",
             "成功事例を作ることが大切だと考えています。"),
            ("他自治体からよく質問されることを教えてください。",
             "AIオンデマンドバスや", "回答できる範囲で回答しています。"),
            ("今後の展望を教えてください。", "令和４年度において", "推進したいと考えています。"),
        ],
        links=[("西会津町デジタル戦略の策定について", "https://www.town.nishiaizu.fukushima.jp/soshiki/2/10146.html"),
               ("デジタル戦略で西会津が変わる",
                "https://www.town.nishiaizu.fukushima.jp/uploaded/attachment/6512.pdf"),
               ("西会津町地域おこし協力隊", "https://www.town.nishiaizu.fukushima.jp/site/chiikiokoshi/")],
        awards=[],
    ),
    "1-09": dict(
        title="外部人材の下に各担当課兼務職員を配置した「デジタル変革戦略室」を設置",
        organization="山形県酒田市", prefecture="山形県", municipality="酒田市", subcategory=SUB3,
        band="5万人以上10万人未満", population=Population(96000, "9.6万人", R6),
        points=["CDO、CDO補佐官の下に専任職員と各課との兼務職員による「デジタル変革戦略室」を構築し、各部・各課と"
                "スムーズな連携を図り全庁的なデジタル変革に取り組む"],
        overview=[
            "「住民サービス」「行政」「地域」のDXを総合的に進めるため、CDO（最高デジタル変革責任者）とCDO補佐官に"
            "外部人材を登用。※民間IT企業取締役等",
            "兼務職員は、一定程度以上の目的意識やスキルを有する職員から選定し、各部責任者と協議の上で発令し、配置"
            "目的や役割を丁寧に説明した上で、月例会議等でツールの機能研修や課題進捗状況共有等を実施。",
        ],
        effects=[
            "外部人材を登用することで、専門的な知見を得ることができるため、最適なDX推進方法などを検討することが"
            "できる。",
            "兼務職員がいることにより、各課の状況を把握しやすくなり、それぞれの担当部署との連携がとりやすくなった。",
        ],
        cost=None, schedule=None, providers=None,
        contacts=[Contact("酒田市企画部企画調整課デジタル変革戦略室", "0234-43-8336", "dx@city.sakata.lg.jp")],
        interview=[
            ("取組のきっかけを教えてください。また、コストや活用した国の支援策を教えてください。",
             "新型コロナウイルス感染症の拡大を契機", "特別交付税を活用しています。"),
            ("近況や工夫している点を教えてください。", "担当部署の体制やDX戦略の策定", "検討事項を確認しています。"),
            ("今後の展望を教えてください。", "① 各課で取り組む手続き",
             "・セキュリティの3要素（機密性、可用性、完全性）の概念を理解し、実践していますか"),
        ],
        links=[("酒田市デジタル変革（DX）HP", "https://www.city.sakata.lg.jp/shisei/dx/index.html")],
        awards=[],
    ),
    "1-10": dict(
        title="市長をCDO、外部デジタル人材をDXアドバイザー等としたDX推進体制",
        organization="宮崎県都城市", prefecture="宮崎県", municipality="都城市", subcategory=SUB3,
        band="10万人以上30万人未満", population=Population(162000, "16.2万人", R6),
        points=["デジタル統括本部の設置や外部専門人材をDXアドバイザーとして登用し強力なDX推進体制を構築",
                "土木技師をデジタル統括課に配置し、土木・産業分野でもDX推進を強化するなど全庁体制を構築"],
        overview=[
            "市長をCDO、部局長級を本部員とするデジタル統括本部、現場課長を委員とするデジタル統括委員会を組織して"
            "いるほか、外部人材（総務省地域情報化アドバイザー等を活用）をDXアドバイザー等として有効活用。",
            "デジタル統括課に土木技師を配置し、ＤＸが進みにくい土木・産業分野での取組も促進するなど、全庁体制で、"
            "強力かつスピード感を持ってDX推進に取り組んでおり、関連予算も大幅に拡充。",
            "直近４年間で180以上の新規のデジタル関連事業を企画立案。",
        ],
        effects=[
            "本体制になった後、４年目の時点で、新規事業を180事業以上立案できている。",
            "職員のデジタルに関する意識が高まり、組織間の壁を越えた検討が進んでいる。",
        ],
        cost=None, schedule=None, providers=None,
        contacts=[Contact("都城市総合政策部デジタル統括課", "0986-23-2156", "gyokaku@city.miyakonojo.miyazaki.jp")],
        interview=[
            ("DX推進体制整備の経緯・きっかけを教えてください。", "本市では全国に先駆けて", "強化に努めてきました。"),
            ("自治体DX推進の工夫点を教えてください。", "会議体の設置の他", "政策推進アドバイザーを登用しています。"),
            ("外部人材の活用にあたり、工夫している点を教えてください。", "全てのデジタル分野が得意な",
             "具体的にアドバイスや提案を受けられると思います。"),
            ("今後の展望を教えてください。", "DXは特別なものではなく", "人材確保策を模索していきます。"),
        ],
        links=[("都城市DX推進計画", "https://www.city.miyakonojo.miyazaki.jp/life/5/61/")],
        awards=["日経自治体DXアワード「DXリード部門賞」受賞 日本DX大賞「行政機関・公的機関部門大賞」2023・2024２連覇"],
    ),
    "1-11": dict(
        title="部局横断メンバーによる「働き方改革推進チーム」を構築",
        organization="兵庫県神戸市", prefecture="兵庫県", municipality="神戸市", subcategory=SUB4, band="30万人以上",
        population=Population(1500000, "150万人", R6),
        points=["人事・研修・業務改革・デジタルなど、部局横断メンバーから構成されるプロジェクトチームを組織し、定期的"
                "に進捗確認を行いながら、ミッション達成に向けてプロジェクトを推進中"],
        overview=[
            "人間中心の「ヒューマンで優しいスマートシティ神戸」をビジョンとして掲げ、デジタルトランスフォーメー"
            "ション（DX）を積極的に取り入れることで、市民サービスと職員の働き方における新しい行政のスタイルと価値"
            "の創出を目指す。",
            "ビジョンの実現に向け、「全庁的な働き方（業務）改革の推進」と「ロードマップの目標達成」をミッションと"
            "する「働き方改革推進チーム」を部局横断メンバーにより組織。半期および通期に主要施策の進捗状況を数値で"
            "把握し、データに基づく効果測定と課題分析による対応策を講じることで、更なる価値創出を目指す。",
        ],
        effects=[
            "部局横断的な課題に対しても、部局の壁を越えて迅速に対応できるようになった。",
            "施策の進捗状況を可視化し公表することで、取組について対外的に分かりやすくPRすることができている。",
        ],
        cost=None, schedule=None, providers=None,
        contacts=[],  # its interview and contact are in the 人材確保・育成 volume
        interview=[],
        links=[("神戸市のDX", "https://www.city.kobe.lg.jp/a08691/dxtop.html"),
               ("デジタルを活用した業務改革>働き方改革（業務改革）ロードマップ",
                "https://www.city.kobe.lg.jp/a69423/roadmap.html"),
               ("主要指標からみた働き方改革ロードマップ成果と課題（2023年度実績）",
                "https://www.city.kobe.lg.jp/documents/42432/roadmap_seika_202410.pdf")],
        awards=[],
    ),
    "1-12": dict(
        title="デジタル×デザインを戦略的に推進する体制の強化",
        organization="神奈川県横浜市", prefecture="神奈川県", municipality="横浜市", subcategory=SUB4,
        band="30万人以上", population=Population(3753000, "375.3万人", R6),
        points=["市のDX推進の司令塔を担うデジタル統括本部に「デジタル・デザイン室」を新設するとともに、ICT運用部門を"
                "統合することにより、「デジタル×デザイン」によりDXを推進する体制を強化（令和４年度）"],
        overview=[
            "「デジタルの恩恵をすべての市民、地域に行きわたらせ、魅力あふれる都市をつくる」ことを目的として、"
            "デザイン思考に基づき「デジタル×デザイン」によりDXを推進することを掲げた『横浜DX戦略』を策定（令和４年"
            "９月）。",
            "同戦略においてデジタル統括本部を「戦略推進のエンジン」として位置づけるとともに、同本部に「デジタル・"
            "デザイン室」を新設し、庁内への「デジタル×デザイン」の普及と実践や、民間人材の活用などによる区局の先進"
            "的な取組の支援、変革に前向きな組織風土の醸成を推進。",
            "また、区局の企画担当部署を中心に「デジタル・デザイン担当」を兼務発令し、デジタルツールを活用した情報"
            "共有や意見交換、DX関連の研修などにより、デジタル×デザインを共に実践。",
        ],
        effects=["区局の先進的な取組への支援が進み、変革に前向きな組織風土の醸成に寄与した。"],
        cost=None, schedule=None, providers=None,
        contacts=[Contact("横浜市デジタル統括本部企画調整課", "045-671-2130", "di-chosei@city.yokohama.lg.jp")],
        interview=[
            ("体制整備/人材確保･育成の取組の経緯・きっかけを教えてください。", "スマートフォンの普及など",
             "人材育成・確保に取り組んでいます。"),
            ("取組にコストはかかりましたか。", "民間専門人材の採用募集にあたっては", "を利用しました（令和４年度）。"),
            ("工夫している点を教えてください。",
             "DXを全庁で戦略的に推進するため", "デジタル×デザインを共に実践していきます。"),
            ("今後の展望を教えてください。",
             "DXで「X（変革）」を実現するためには", "視点・価値観を取り入れていきます。"),
        ],
        links=[("「横浜ＤＸ戦略」について",
                "https://www.city.yokohama.lg.jp/city-info/gyosei-kansa/shigoto/digitalgov/dx-strategy.html")],
        awards=[],
    ),
    "1-13": dict(
        title="知事（CXO）のもとデザイン思考に基づくDXを全庁横断的に推進中",
        organization="大分県", prefecture="大分県", municipality=None, subcategory=SUB4, band="都道府県",
        population=Population(1113000, "111.3万人", R6),
        points=["全庁組織「大分県DX推進本部」を設置、「大分県DX推進戦略」を策定",
                "デザイン思考による県民中心のDXを全庁体制で推進"],
        overview=[
            "全庁挙げて横断的に推進するため、知事（CXO※）を本部長とする「大分県DX推進本部」を設置。※ CXO：チーフ "
            "トランスフォーメーション オフィサー。D（デジタル）ではなく、Ｘ（トランスフォーメーション）の変革、"
            "顧客体験を重視。",
            "「大分県DX推進戦略」を策定し、①県民をユーザとする「暮らしのDX」、 ②県内事業者をユーザーとする「産業の"
            "DX」、③自治体自身を変革する「行政のDX」、④人材育成やデータ整備等 「DXの推進基盤」を４つを柱として"
            "ユーザー目線に立ったデザイン思考による県民中心のDXを推進。",
        ],
        effects=[
            "各所属でDX関連予算の確保、デザインシンキング研修の開催、DX推進リーダーの設置等が進んだ。",
            "974件のアナログ規制が洗い出され、県独自の規制について、令和６年度末までに概ね見直しを完了できる見込み。",
        ],
        cost=None, schedule=None, providers=None,
        contacts=[Contact("大分県総務部デジタル政策課", "097-506-2083", "a11840@pref.oita.lg.jp"),
                  Contact("大分県商工観光労働部先端技術挑戦課", "097-506-2894", "a14290@pref.oita.lg.jp")],
        interview=[
            ("取組の経緯・きっかけを教えてください。", "令和３年４月１日 ＤＸ推進課を新設。", "策定・公開しました。"),
            ("取組にコストはかかりましたか。また、活用した国の支援策があれば教えて下さい。",
             "・体制整備にかかるコスト：特にありませんでした。", "地方創生臨時交付金を活用しました。"),
            ("大分県DX推進戦略の４つの柱について教えてください。", "知事を本部長とする", "「DXの推進基盤」"),
            ("体制整備の近況や苦労・工夫している点を教えてください。", "・ 各部局において",
             "・ デザインシンキング研修、デジタルマーケティング研修"),
            ("今後の展望を教えてください。", "・ 引き続き、ＤＸ人材育成", "ＤＸ推進を加速させます。"),
        ],
        links=[("「大分県DX推進戦略」について", "https://www.pref.oita.jp/soshiki/11840/dxs.html")],
        awards=[],
    ),
}

IDS = sorted(EXPECTED)


def test_the_volume_has_its_13_cases_in_order(seed: dict[str, Case]) -> None:
    assert list(seed) == [f"1-{n:02d}" for n in range(1, 14)]


@pytest.mark.parametrize("case_id", IDS)
def test_identity(seed: dict[str, Case], case_id: str) -> None:
    case, exp = seed[case_id], EXPECTED[case_id]
    assert case.number == int(case_id[2:])
    assert case.title == exp["title"]
    assert case.organization == exp["organization"]
    assert (case.prefecture, case.municipality) == (exp["prefecture"], exp["municipality"])
    assert case.category == Numbered(1, "体制整備")
    assert case.subcategory == exp["subcategory"]
    assert case.population_band == exp["band"] and case.population_band in POPULATION_BANDS
    assert case.population == exp["population"]
    # the one New of this volume is printed after the legend, directly before case 1's first title line
    assert case.is_new is (case_id == "1-01")
    assert (case.source.file, case.source.volume) == ("vol1-taisei-seibi.txt", "体制整備")


@pytest.mark.parametrize("case_id", IDS)
def test_point_overview_effects(seed: dict[str, Case], case_id: str) -> None:
    case, exp = seed[case_id], EXPECTED[case_id]
    assert case.points == exp["points"]
    assert case.overview == exp["overview"]
    assert case.effects == exp["effects"]


@pytest.mark.parametrize("case_id", IDS)
def test_cost_schedule_providers(seed: dict[str, Case], case_id: str) -> None:
    case, exp = seed[case_id], EXPECTED[case_id]
    assert case.cost == exp["cost"]
    assert case.schedule == exp["schedule"]
    assert case.providers == exp["providers"]


@pytest.mark.parametrize("case_id", IDS)
def test_contacts_links_awards(seed: dict[str, Case], case_id: str) -> None:
    case, exp = seed[case_id], EXPECTED[case_id]
    assert case.contacts == exp["contacts"]
    assert [(link.label, link.url) for link in case.links] == exp["links"]
    assert case.awards == exp["awards"]


@pytest.mark.parametrize("case_id", IDS)
def test_interview(seed: dict[str, Case], case_id: str) -> None:
    case, exp = seed[case_id], EXPECTED[case_id]
    assert [qa.question for qa in case.interview] == [q for q, _, _ in exp["interview"]]
    for qa, (_, start, end) in zip(case.interview, exp["interview"], strict=True):
        assert qa.answer.startswith(start), (qa.question, qa.answer[:40])
        assert qa.answer.endswith(end), (qa.question, qa.answer[-40:])
        # speaker labels and page furniture never end up in an answer
        assert "（総務省）" not in qa.answer.splitlines()
        for debris in ("＜１．体制整備＞", "【参考情報】", "☆担当", "人口：", "【"+case.organization+"】"):
            assert debris not in qa.answer


def test_documents_round_trip(seed: dict[str, Case]) -> None:
    for case in seed.values():
        assert Case.from_doc(case.to_doc()) == case
