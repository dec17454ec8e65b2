"""Each quirk of the PDF-extracted text, and the importer's rule for it."""

from __future__ import annotations

import re
from pathlib import Path

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model.case import Case
from model.fields import search_texts
from model.importer import CasebookError, parse_volume, read_text
from model.importer.text import clean, join_two, persons, yen

SEED = Path(__file__).resolve().parents[2] / "data" / "source" / "vol1-taisei-seibi.txt"


@pytest.fixture(scope="module")
def text() -> str:
    return read_text(SEED)


@pytest.fixture(scope="module")
def seed(text: str) -> dict[str, Case]:
    return {c.id: c for c in parse_volume(text, SEED.name).cases}


def answers(case: Case) -> dict[str, str]:
    return {qa.question: qa.answer for qa in case.interview}


# -- page furniture -----------------------------------------------------------------------------------------------

def test_no_page_furniture_in_any_field(seed: dict[str, Case]) -> None:
    for case in seed.values():
        for t in search_texts(case)[8:]:  # after id, title, names, category, subcategory and band
            assert "＜１．体制整備＞" not in t
            assert not re.search(r"^\s*[0-9０-９]{1,2}\s+「?.*【.+】\s*$", t, re.M), t
            assert t.strip() not in ("都道府県", "人口：1万人未満", "1-24", "1-30", "New")
            assert "人口：１万人以上５万人未満" not in t


def test_new_directly_before_a_first_title_line_marks_that_case(text: str, seed: dict[str, Case]) -> None:
    # `New` after the legend, then the legend's closing heading, then case 1's title: case 1's label
    assert [c.id for c in seed.values() if c.is_new] == ["1-01"]
    assert all(c.number >= 1 for c in seed.values())
    # a New inside the legend text, with more legend text after it, is no case's label
    moved = text.replace("\nNew\n", "\n", 1).replace("事例集は以下のページで構成しています。",
                                                    "New\n事例集は以下のページで構成しています。", 1)
    assert not any(c.is_new for c in parse_volume(moved, "x.txt").cases)
    # the same rule for a later case: its label printed among the previous case's lines is its own
    lines = text.splitlines()
    first_title_of_2 = next(n for n, line in enumerate(lines) if line.lstrip().startswith("２ "))
    lines.insert(first_title_of_2, "New")
    lines.insert(first_title_of_2 + 1, "")
    cases = parse_volume("\n".join(lines), "x.txt").cases
    assert [c.id for c in cases if c.is_new] == ["1-01", "1-02"]


def test_population_label_split_across_two_lines(seed: dict[str, Case]) -> None:
    # `人口：10万人以上` / `30万人未満` on the next line
    assert seed["1-10"].population_band == "10万人以上30万人未満"


def test_full_width_band_labels_are_normalised(seed: dict[str, Case]) -> None:
    # printed `人口：１万人以上５万人未満`
    assert seed["1-06"].population_band == "1万人以上5万人未満"
    assert seed["1-09"].population_band == "5万人以上10万人未満"


def test_prefecture_case_without_band_label_is_prefecture(seed: dict[str, Case]) -> None:
    # 熊本県's pages print no band label at all
    assert seed["1-03"].population_band == "都道府県"


def test_case_text_before_its_first_title_line_belongs_to_it(seed: dict[str, Case]) -> None:
    # 熊本県's overview is printed before its title line, right after 愛媛県's last page header
    assert seed["1-03"].overview[0].startswith("市町村の情報を常時共有する体制")
    assert all("市町村の情報を常時共有" not in t for t in search_texts(seed["1-02"]))
    # 酒田市's table after its interview stays with 酒田市, 都城市's overview that follows goes to 都城市
    assert "セキュリティの3要素" in seed["1-09"].interview[-1].answer
    assert seed["1-10"].overview[0].startswith("市長をCDO")


# -- characters ---------------------------------------------------------------------------------------------------

def test_point_bullet_and_radicals(seed: dict[str, Case]) -> None:
    for case in seed.values():
        for t in search_texts(case):
            assert not re.search("[\ue000-\uf8ff\u2e80-\u2eff\u2f00-\u2fdf]", t), t
    assert "工夫している点を教えてください。" in answers(seed["1-01"])
    assert "近況や工夫している点を教えてください。" in answers(seed["1-03"])


def test_clean_line() -> None:
    assert clean("\uf0d8 ⼯夫する") == ("工夫する", True)
    assert clean("  ○ ＤＸ推進　") == ("○ ＤＸ推進", False)


def test_full_width_digits_and_punctuation_are_kept(seed: dict[str, Case]) -> None:
    assert seed["1-04"].schedule is not None and seed["1-04"].schedule.lead_time == "４か月"
    assert seed["1-04"].title == "全59市町村へのＩＣＴアドバイザー派遣等により市町村のＤＸを推進"
    assert seed["1-01"].population is not None and seed["1-01"].population.as_of == "令和７年１月１日"


# -- joining -----------------------------------------------------------------------------------------------------

def test_sentence_broken_across_a_blank_line_is_joined(seed: dict[str, Case]) -> None:
    # `…スキームの一つとし` / (blank) / `て機能している。`
    assert seed["1-01"].effects[1].endswith("スキームの一つとして機能している。")
    assert "\n" not in "".join(seed["1-01"].effects)


def test_join_two_keeps_space_only_between_ascii_words() -> None:
    assert join_two("デジタ", "ル") == "デジタル"
    assert join_two("DX", "推進") == "DX推進"
    assert join_two("Chief", "Digital") == "Chief Digital"


def test_wrapped_point_is_one_point(seed: dict[str, Case]) -> None:
    assert len(seed["1-05"].points) == 1
    assert seed["1-05"].points[0].endswith("現場に即した推進策と進捗管理を実施")


def test_note_between_overview_items_stays_with_its_item(seed: dict[str, Case]) -> None:
    assert seed["1-13"].overview[0].endswith("顧客体験を重視。")
    assert len(seed["1-13"].overview) == 2


def test_effects_without_heading_follow_the_points(seed: dict[str, Case]) -> None:
    # 熊本県 prints no 事業効果 heading: ○ items after the Point box are its effects
    assert len(seed["1-03"].overview) == 2 and len(seed["1-03"].effects) == 3


def test_overview_is_only_the_circle_items(seed: dict[str, Case]) -> None:
    # diagrams on the first page (推進体制の全体像, the あわら市 chart) belong to no field
    assert all("推進体制の全体像" not in t for t in search_texts(seed["1-01"]))
    assert all("ＤＸ・情報発信戦略室\n" not in t and "庁\n内" not in t for t in search_texts(seed["1-06"]))


# -- interview columns read out of order ---------------------------------------------------------------------------

def test_answer_printed_before_its_question(seed: dict[str, Case]) -> None:
    a = answers(seed["1-05"])
    assert a["今後の展望を教えてください。"] == (
        "今後、町の新たな施策を推進するためには実務担当者である若手職員の柔軟な発想を活かすことが必要不可欠である"
        "と考えています。\nこのため、引き続き意見を出しやすい環境づくりのための必要な情報の提供や共有を行なって"
        "いきたいと考えています。")
    assert a["他自治体からよく質問されることを教えてください。"] == (
        "ＤＸ推進体制の整備に関することの質問が多いです。\n"
        "「先進的少数社会」の実現に向けたデジタル化への首長の理解」と回答しています。")
    # the question printed after the speaker labels comes first on the page, the outlook last
    assert [qa.question for qa in seed["1-05"].interview] == [
        "取組の経緯・きっかけを教えてください。", "他自治体からよく質問されることを教えてください。",
        "今後の展望を教えてください。"]


def test_reading_order_where_extraction_order_is_ambiguous() -> None:
    # questions on both sides of the speaker labels: the beginnings first, the outlook last, the rest in order
    head = "１ 題 【山口県】\n＜１．体制整備＞ ① 体制\n"
    qa = {"経緯": "取組の経緯・きっかけを教えてください。", "展望": "今後の展望を教えてください。",
          "工夫": "工夫している点を教えてください。", "近況": "近況を教えてください。"}
    text = head + (f"{qa['展望']}\n展望の答え。\n\n{qa['工夫']}\n工夫の答え。\n\n（山口県）\n\n（総務省）\n\n"
                   f"{qa['近況']}\n近況の答え。\n\n{qa['経緯']}\n経緯の答え。\n")
    (case,) = parse_volume(text, "x.txt").cases
    assert [(q.question, q.answer) for q in case.interview] == [
        (qa["経緯"], "経緯の答え。"), (qa["近況"], "近況の答え。"), (qa["工夫"], "工夫の答え。"),
        (qa["展望"], "展望の答え。")]
    # all after the labels: the order printed is the reading order, whatever the questions say
    one_side = head + f"（総務省）\n\n{qa['展望']}\n展望の答え。\n\n{qa['経緯']}\n経緯の答え。\n"
    (case,) = parse_volume(one_side, "x.txt").cases
    assert [q.question for q in case.interview] == [qa["展望"], qa["経緯"]]


def test_table_rows_inside_an_answer_stay_lines_of_their_own(seed: dict[str, Case]) -> None:
    answer = answers(seed["1-04"])["今後の展望を教えてください。"]
    assert "\n（DX推進リーダー） ・「DX推進リーダー研修」として、外部講師による講義やeラーニングを受講\n" \
           "幹部職員向け ・「部局長向け研修」として、県CDO補佐官による講義を受講\n" in answer
    # the rule: a short label cell, a space, then the row's ・ item; a wrapped sentence still joins
    head = "１ 題 【山口県】\n＜１．体制整備＞ ① 体制\n（総務省）\n研修を教えてください。\n"
    rows = ("対象者 主な内容\n\n"
            "新任職員向け ・「DXの基礎」について、担当課が作成した動画を視聴して、研修の内容を確認\n\n"
            "管理職員向け ・「DX推進リーダー研修」として、外部講師による講義やeラーニングを受講\n\n"
            "幹部職員向け ・「部局長向け研修」として、県CDO補佐官による講義を受講し、内容を各部局の職員へ共有\n")
    (case,) = parse_volume(head + rows, "x.txt").cases
    assert case.interview[0].answer.splitlines()[1:] == [
        "新任職員向け ・「DXの基礎」について、担当課が作成した動画を視聴して、研修の内容を確認",
        "管理職員向け ・「DX推進リーダー研修」として、外部講師による講義やeラーニングを受講",
        "幹部職員向け ・「部局長向け研修」として、県CDO補佐官による講義を受講し、内容を各部局の職員へ共有"]


def test_first_answer_before_labels_and_last_question_after_its_answer(seed: dict[str, Case]) -> None:
    a = answers(seed["1-06"])
    assert a["近況や工夫している点を教えてください。"].startswith("令和６年度の取組としては、４月にDX推進員の募集")
    assert a["勉強会や打合せは、勤務時間外に実施していますか？その他、通常業務との兼ね合いなどどうしていますか？"] == (
        "業務時間内での実施です。勉強会は、学び続けるという手段の一つ(さらに先には業務改善、市民サービスの向上)に"
        "すぎないと考えています。学び続けるという行動が、習慣化し、課題解決思考が当たり前になり、市職員の文化に"
        "なると理想です。またメンバーと約束を交わしており、自分の業務を第一優先で、影響のない範囲で参加するよう"
        "呼びかけています。")
    assert a["今後の展望を教えてください。"] == (
        "これまでは、地域活性化起業人や政策広報課職員が講師として登壇してきましたが、ＤＸ推進員が講師となる機会を"
        "増やすことで、DX推進員が「変化の起点となる職員」として、市役所全体で「学び続ける組織作り」を目指して"
        "いきます。")


def test_two_questions_in_a_row_then_their_answers(seed: dict[str, Case]) -> None:
    a = answers(seed["1-07"])
    first = a["取組の経緯・きっかけを教えてください。"]
    cost = a["取組にコストはかかりましたか。"]
    assert first.startswith("「自治体DX推進」を行政改革に係る重要事項と捉え")
    assert first.endswith("民間事業者の社員を「DX推進アドバイザー」として派遣いただき、"
                          "更なる推進体制の強化を行いました。")
    assert cost == (
        "DX推進リーダーのデジタルリテラシー向上に、J-LISのeラーニング等を活用しているほか、DX基礎研修、BPR研修、"
        "デジタル技術のトレンドやソリューション等を直接”見て、触って、聞ける”「庁内DX体験会」を行うなど、外部専門"
        "人材（DX推進アドバイザー）の協力をいただき、人材育成の観点からも充実した取組を展開しています。特段のコスト"
        "はかかっていません。\n外部専門人材（DX推進アドバイザー）についても、連携協定に基づく民間事業者からの派遣で、"
        "特に費用等は発生していません。オンラインでの支援が基本ですが、いつでも気軽にチャットで相談などできる状況"
        "です。")
    b = answers(seed["1-10"])
    assert b["DX推進体制整備の経緯・きっかけを教えてください。"].startswith("本市では全国に先駆けて")
    assert b["自治体DX推進の工夫点を教えてください。"].startswith("会議体の設置の他")


def test_cost_answer_continues_after_the_next_question(seed: dict[str, Case]) -> None:
    a = answers(seed["1-04"])
    assert a["取組にコストはかかりましたか。"] == (
        "＜ICTアドバイザー市町村派遣事業＞\n・派遣企業に対する委託料 約6.9千万円\n"
        "＜市町村DX推進トップセミナー＞\n・開催経費（謝金、会場費等） 約0.1千万円")
    assert a["工夫している点を教えてください。"] == (
        "ICTアドバイザー市町村派遣事業について、市町村を対象に実施したDXに関するアンケートの集計結果（支援の"
        "ニーズ）を協議会会員企業に共有し、支援メニューの改善、充実に努めています。")
    # 今後の展望 is printed first in the text but is the last question on the page
    assert [qa.question for qa in seed["1-04"].interview][-1] == "今後の展望を教えてください。"


def test_continued_list_after_the_contacts_joins_its_answer(seed: dict[str, Case]) -> None:
    a = answers(seed["1-13"])
    assert a["体制整備の近況や苦労・工夫している点を教えてください。"].endswith(
        "【継続した取組】\n・ 外部アドバイザー講師研修（ＤＸマインド、情報収集・アイデア創出、データ分析、デジタル"
        "マーケティング等）\n・ デザインシンキング研修、デジタルマーケティング研修")
    assert "【継続した取組】" not in a["今後の展望を教えてください。"]


def test_interview_in_another_volume(text: str, seed: dict[str, Case]) -> None:
    assert seed["1-11"].interview == [] and seed["1-11"].contacts == []
    # the note is kept as printed (without its ※ mark), so the case can say where its interview is
    assert seed["1-11"].interview_note == "神戸市のインタビュー欄は、『人材確保･育成事例集』に掲載しています。"
    assert [c.id for c in seed.values() if c.interview_note] == ["1-11"]
    assert not any("インタビュー欄" in t for t in search_texts(seed["1-11"]))
    # the case says where its interview is, so nothing is reported missing
    assert not [w for w in parse_volume(text, SEED.name).warnings if w.startswith("1-11")]
    # the same rule for any wording of the note, wrapped onto a second line
    wrapped = text.replace("※神戸市のインタビュー欄は、『人材確保･育成事例集』に掲載しています。",
                           "※ 本事例のインタビューは、別冊『人材確保･育成\n事例集』に掲載しています。")
    kobe = next(c for c in parse_volume(wrapped, "x.txt").cases if c.id == "1-11")
    assert kobe.interview_note == "本事例のインタビューは、別冊『人材確保･育成事例集』に掲載しています。"


def test_documents_without_an_interview_note_still_load(seed: dict[str, Case]) -> None:
    doc = seed["1-11"].to_doc()
    assert doc["interview_note"] == seed["1-11"].interview_note
    del doc["interview_note"]  # a library written before the field existed
    assert Case.from_doc(doc).interview_note is None
    assert Case.from_doc(seed["1-11"].to_doc()) == seed["1-11"]


# -- labels glued to values; contacts ----------------------------------------------------------------------------

def test_glued_contact_with_wrapped_department(seed: dict[str, Case]) -> None:
    (c,) = seed["1-02"].contacts
    assert (c.department, c.phone, c.email) == (
        "愛媛県・市町DX推進会議事務局（愛媛県デジタルシフト推進課）", "089-912-2281",
        "digitalshiftsuishin@pref.ehime.lg.jp")


def test_bracketed_contact_and_a_second_one(seed: dict[str, Case]) -> None:
    assert seed["1-01"].contacts[0].phone == "083-933-1327"
    assert [c.department for c in seed["1-13"].contacts] == ["大分県総務部デジタル政策課",
                                                            "大分県商工観光労働部先端技術挑戦課"]


def test_signature_is_not_a_contact(seed: dict[str, Case]) -> None:
    # ☆担当：福島県 デジタル変革課 デジタル変革担当☆ is the interview's signature
    assert len(seed["1-04"].contacts) == 1
    assert all("☆" not in t for c in seed.values() for t in search_texts(c))


# -- links ---------------------------------------------------------------------------------------------------------

def test_wrapped_and_repeated_urls(seed: dict[str, Case]) -> None:
    urls = [link.url for link in seed["1-11"].links]
    assert urls == ["https://www.city.kobe.lg.jp/a08691/dxtop.html",
                    "https://www.city.kobe.lg.jp/a69423/roadmap.html",
                    "https://www.city.kobe.lg.jp/documents/42432/roadmap_seika_202410.pdf"]
    for case in seed.values():
        all_urls = [link.url for link in case.links]
        assert len(all_urls) == len(set(all_urls))
        assert all(re.fullmatch(r"https?://[!-~]+", u) for u in all_urls)


def test_bare_url_duplicates_are_dropped(seed: dict[str, Case]) -> None:
    assert len(seed["1-04"].links) == 1
    assert len(seed["1-10"].links) == 1


def test_url_with_spaces_inside_brackets(seed: dict[str, Case]) -> None:
    assert seed["1-03"].links[0].url == "https://www.pref.kumamoto.jp/"


# -- cost --------------------------------------------------------------------------------------------------------

def test_cost_only_for_cases_with_a_cost_page(seed: dict[str, Case]) -> None:
    assert [cid for cid, c in seed.items() if c.cost is not None] == ["1-02", "1-04", "1-07"]


@pytest.mark.parametrize(("printed", "expected"), [
    ("68,515千円", 68515000), ("－円", None), ("（非公表）", None), ("1,551千円", 1551000), ("約6.9千万円", 69000000),
    ("１２０万円", 1200000), ("1億2,000万円", 120000000), ("500円", 500), ("", None), ("未定", None),
    ("9" * 40 + "円", None), ("68,515千円（令和６年度）", 68515000),
])
def test_yen(printed: str, expected: int | None) -> None:
    assert yen(printed) == expected


@pytest.mark.parametrize(("printed", "expected"), [
    ("0.5万人", 5000), ("150万人", 1500000), ("375.3万人", 3753000), ("１２８．０万人", 1280000), ("8,500人", 8500),
])
def test_persons(printed: str, expected: int) -> None:
    assert persons(printed) == expected


# -- damaged input -----------------------------------------------------------------------------------------------

def test_truncated_volume_imports_what_it_can(text: str) -> None:
    cut = text[: text.index("体制整備の近況や苦労・工夫している点")]
    result = parse_volume(cut, "cut.txt")
    assert [c.id for c in result.cases] == [f"1-{n:02d}" for n in range(1, 14)]
    assert "1-13: 担当部署が見つかりません" in result.warnings
    assert "1-13: 参考情報（人口）が見つかりません" in result.warnings
    assert all(w.startswith("1-13: ") for w in result.warnings)


def test_volume_cut_inside_the_first_page(text: str) -> None:
    result = parse_volume(text[: text.index("事業効果 ○ 県と市町")], "cut.txt")
    assert [c.id for c in result.cases] == ["1-01"]
    assert "1-01: 事業効果が見つかりません" in result.warnings


@pytest.mark.parametrize("not_a_casebook", [
    "これは事例集ではありません。\n普通の文章です。\n", "a,b,c\n1,2,3\n", "【山口県】\n", "１ 見出しだけ 【東京都】\n",
])
def test_text_that_is_not_a_casebook(not_a_casebook: str) -> None:
    with pytest.raises(CasebookError) as err:
        parse_volume(not_a_casebook, "x.txt")
    assert "x.txt" in str(err.value) and "\n" not in str(err.value)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_random_text_never_crashes(random_text: str) -> None:
    try:
        parse_volume(random_text, "random.txt")
    except CasebookError:
        pass


LINE_PIECES = st.sampled_from([
    "１ 「題名」を推進 【山口県】", "２ 事例 【北海道札幌市】", "  ＜１．体制整備＞ ① 体制の整備 都道府県",
    "＜２．人材確保・育成＞ ② 研修 人口：10万人以上", "30万人未満", "\uf0d8 ポイント", "○ 概要です。", "事業の概要",
    "事業効果 ○ 効果", "コスト イニシャルコスト ※税抜 1,000千円 ランニングコスト（1年あたり） ※税抜 －円",
    "（内訳） • 項目 1,000千円 （内訳）", "（備考） （備考）", "検討開始から導入までの期間 ３か月", "R6.4~5 準備",
    "サービス", "提供事業者", "株式会社A", "サービス名 X", "運用形態 クラウド", "その他", "参画主体", "－",
    "担当部署 メール電話 a@b.lg.jp0123-45-6789課", "【担当部署】 課（電話：0123-45-6789、メール：a@b.jp）",
    "【参考情報】 山口県人口：1.0万人（令和６年１月１日現在）", "関連ＵＲＬ：名前（https://example.jp/a", "b.html）",
    "https://example.jp/x", "受賞歴等 ：賞", "（総務省）", "（山口県）", "取組の経緯を教えてください。", "回答です。",
    "＜見出し＞", "【見出し】", "参考資料", "New", "☆担当：課☆", "", "  ", "1-24", "※主にシステム導入等",
    "に係るコストを記載", "イニシャルコスト " + "9" * 30 + "円", "【参考情報】 人口：" + "9" * 30 + "万人（現在）",
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(LINE_PIECES, max_size=80))
def test_random_casebook_like_text_never_crashes(lines: list[str]) -> None:
    try:
        result = parse_volume("\n".join(lines), "random.txt")
    except CasebookError:
        return
    for case in result.cases:
        assert Case.from_doc(orjson.loads(orjson.dumps(case.to_doc()))) == case
    assert all("\n" not in w for w in result.warnings)


# -- performance -------------------------------------------------------------------------------------------------

# -- layouts the seed does not show, handled by the same rules ---------------------------------------------------

MINI = """３．業務改革参考事例集の構成
１ 「長い題名の事例」を活用した窓口サービスの
向上 【北海道札幌市】
  ＜３．業務改革＞ ⑪ 窓口の改革 人口：30万人以上
事業の概要
○ 窓口の予約をオンライン化。
\uf0d8 書かない窓口を導入
事業効果 ○ 待ち時間が半減した。
（札幌市）
（総務省）
取組のきっかけを教えてください。また、コストや活用した国の支援策を
教えてください。
来庁者アンケートで待ち時間への不満が多かったためです。費用は交付金を活用しました。
【参考情報】
札幌市人口：196.1万人（令和６年１月１日現在）
関連ＵＲＬ：札幌市 窓口改革
（https://www.city.sapporo.jp/madoguchi/index.html）
【担当部署】 札幌市DX推進課（電話：011-211-2276、メール：dx@city.sapporo.jp）
２ 区役所の窓口DX 【東京都渋谷区】 New
  ＜３．業務改革＞ ⑪ 窓口の改革 人口：30万人以上
\uf0d8 キャッシュレス決済
事業の概要
○ 全窓口でキャッシュレス決済を導入。
事業効果
○ 現金の取扱いが減った。
コスト イニシャルコスト ※税込 1,200千円（令和６年度） ランニングコスト（1年あたり） ※税込 約50万円
（渋谷区）
（総務省）
取組の経緯を教えてください。
区民の要望です。
【参考情報】 渋谷区人口：23.0万人（令和６年１月１日現在）
【担当部署】 渋谷区窓口課（電話：03-3463-1211）
"""


def test_wrapped_title_question_reference_and_link() -> None:
    result = parse_volume(MINI, "mini.txt")
    assert result.warnings == []
    first, second = result.cases
    assert first.id == "3-01" and first.title == "「長い題名の事例」を活用した窓口サービスの向上"
    assert first.subcategory.number == 11
    assert first.interview[0].question == (
        "取組のきっかけを教えてください。また、コストや活用した国の支援策を教えてください。")
    assert first.interview[0].answer.startswith("来庁者アンケート")
    assert first.population is not None and first.population.persons == 1961000
    assert [(link.label, link.url) for link in first.links] == [
        ("札幌市 窓口改革", "https://www.city.sapporo.jp/madoguchi/index.html")]
    assert (second.organization, second.prefecture, second.municipality) == ("東京都渋谷区", "東京都", "渋谷区")
    assert second.is_new is True
    assert second.cost is not None and second.cost.initial is not None and second.cost.running is not None
    assert (second.cost.initial.yen, second.cost.initial.text) == (1200000, "1,200千円（令和６年度）")
    assert (second.cost.running.yen, second.cost.running.text) == (500000, "約50万円")
    assert second.contacts[0].phone == "03-3463-1211" and second.contacts[0].email is None


MINI_PROVIDERS = """１ 窓口のオンライン予約 【長野県松本市】
  ＜３．業務改革＞ ① 窓口の改革 人口：10万人以上
30万人未満
\uf0d8 オンライン予約を導入
事業の概要
○ 窓口の予約をオンライン化。
事業効果
○ 待ち時間が半減した。
コスト イニシャルコスト ※税抜 ６，０００千円 ランニングコスト（年間） ※税抜 1,200千円
（内訳） • 構築費 5,000千円 • 設定費 1,000千円 （内訳） • 利用料 1,200千円
（備考） （備考）
サービス提供事業者等 スケジュール
検討開始から導入までの期間：約８か月
R5.8~12 仕様の検討
R6.1～R6.3 構築
R6.4～ 運用開始
サービス提供事業者
株式会社信州システム
株式会社アルプスデータ、松本情報サービス株式会社
サービス名：まどぐち予約
運用形態：クラウド
その他参画主体 －
担当部署 メール電話 madoguchi@city.matsumoto.nagano.jp0263-34-3000松本市市民課
（松本市）
（総務省）
取組の経緯を教えてください。
市民の要望です。
【参考情報】 松本市人口：23.5万人（令和６年１月１日現在）
【担当部署】 松本市DX推進本部（電話番号：0263-34-3001、メールアドレス：dx@city.matsumoto.nagano.jp）
"""


def test_provider_and_schedule_variants() -> None:
    result = parse_volume(MINI_PROVIDERS, "mini.txt")
    assert result.warnings == []
    (case,) = result.cases
    assert case.population_band == "10万人以上30万人未満"
    assert case.cost is not None and case.cost.initial is not None and case.cost.running is not None
    assert (case.cost.initial.yen, case.cost.initial.text) == (6000000, "６，０００千円")
    assert [(b.item, b.yen) for b in case.cost.initial.breakdown] == [("構築費", 5000000), ("設定費", 1000000)]
    assert [(b.item, b.yen) for b in case.cost.running.breakdown] == [("利用料", 1200000)]
    assert case.schedule is not None and case.schedule.lead_time == "約８か月"
    assert [(s.when, s.what) for s in case.schedule.steps] == [
        ("R5.8~12", "仕様の検討"), ("R6.1～R6.3", "構築"), ("R6.4～", "運用開始")]
    assert case.providers is not None
    assert case.providers.companies == ["株式会社信州システム", "株式会社アルプスデータ", "松本情報サービス株式会社"]
    assert (case.providers.service, case.providers.operation, case.providers.others) == ("まどぐち予約", "クラウド", [])
    assert [(c.department, c.phone, c.email) for c in case.contacts] == [
        ("松本市市民課", "0263-34-3000", "madoguchi@city.matsumoto.nagano.jp"),
        ("松本市DX推進本部", "0263-34-3001", "dx@city.matsumoto.nagano.jp"),
    ]


def test_glued_contact_takes_only_a_wrapped_department() -> None:
    text = MINI_PROVIDERS.replace("0263-34-3000松本市市民課\n", "0263-34-3000松本市市民課\n市民の利便性が向上した\n")
    (case,) = parse_volume(text, "mini.txt").cases
    assert case.contacts[0].department == "松本市市民課"
    wrapped = MINI_PROVIDERS.replace("0263-34-3000松本市市民課\n", "0263-34-3000松本市市民生活部市民\n課\n")
    (case,) = parse_volume(wrapped, "mini.txt").cases
    assert case.contacts[0].department == "松本市市民生活部市民課"
