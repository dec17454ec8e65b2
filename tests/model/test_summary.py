"""The printable summary HTML: every section of a case, escaped case text, clear lines for missing data."""

from __future__ import annotations

import html
import re
from datetime import date

from model.case import QA, Cost, CostEntry, CostLine, Link
from model.i18n import set_translator
from model.summary import SummaryLabels, contents_html, summary_html
from tests.factories import make_bare_case, make_case

DAY = date(2026, 11, 28)
HOSTILE = '<b>太字</b> <a href="file:///etc/passwd">リンク</a> <script>alert(1)</script>'


def visible_text(markup: str) -> str:
    """What a reader sees: tags (and the style sheet) removed, entities decoded."""
    body = re.sub(r"<style>.*?</style>", "", markup, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", body))


def test_full_case_has_every_section_in_reading_order() -> None:
    case = make_case()
    text = visible_text(summary_html(case, "協議会方式を検討したい", printed_on=DAY))
    expected_in_order = [
        "事例 1-04", case.title, "福島県", "174.0万人（令和６年12月１日現在）", "人口規模：都道府県",
        "メモ（ブックマーク）", "協議会方式を検討したい",
        "Point", "アンケート調査等を踏まえて",
        "事業の概要", "アンケート調査を通じ",
        "事業効果", "ICTアドバイザーを派遣し",
        "コスト", "イニシャルコスト（税抜）", "68,515千円", "アドバイザーの派遣費用", "ランニングコスト", "－円",
        "スケジュール", "検討開始から導入までの期間", "４か月", "R6.3～4", "支援メニュー一覧の決定", "R6.7", "事業開始",
        "サービス提供事業者等", "その他参画主体", "ふくしまICT利活用推進協議会",
        "担当部署", "福島県企画調整部デジタル変革課", "024-521-7134", "jouhou_kikaku@pref.fukushima.lg.jp",
        "関連URL", "福島県情報化推進計画", "https://www.pref.fukushima.lg.jp/sec/11045a/jouhoukasuisihinkeikaku.html",
        "インタビュー", "取組の経緯・きっかけを教えてください。", "推進基本方針」に基づき取り組みました。",
        "出典：総務省「自治体DX推進参考事例集」体制整備（事例 1-04）", "印刷日：2026年11月28日",
    ]
    position = 0
    for piece in expected_in_order:
        found = text.find(piece, position)
        assert found >= 0, f"{piece!r} missing or out of order"
        position = found + len(piece)


def test_hostile_case_text_is_escaped_everywhere() -> None:
    case = make_case(title=HOSTILE, overview=[HOSTILE], points=[HOSTILE],
                     links=[Link(HOSTILE, 'javascript:alert("x")')], interview=[QA(HOSTILE, HOSTILE)])
    markup = summary_html(case, HOSTILE, printed_on=DAY)
    assert "<script>" not in markup and "<b>太字" not in markup and "<a href" not in markup
    assert html.escape(HOSTILE, quote=True) in markup
    # The reader sees the text exactly as written, once per place it was put.
    assert visible_text(markup).count(HOSTILE) == 7  # title, note, point, overview, link, question, answer
    assert 'javascript:alert("x")' in visible_text(markup)


def test_line_breaks_in_a_note_are_kept() -> None:
    markup = summary_html(make_case(), "一行目\n二行目", printed_on=DAY)
    assert "一行目<br>二行目" in markup


def test_case_without_cost_says_so() -> None:
    for case in (make_case(cost=None), make_case(cost=Cost(initial=None, running=None))):
        text = visible_text(summary_html(case, None, printed_on=DAY))
        assert "この事例にはコストの掲載がありません。" in text
        assert "イニシャルコスト" not in text
        assert "市町村へ募集" in text  # the schedule is still there


def test_case_without_cost_page_says_so_in_one_line() -> None:
    text = visible_text(summary_html(make_bare_case(), None, printed_on=DAY))
    assert "この事例にはコスト・スケジュール・サービス提供事業者等の掲載がありません。" in text
    assert "イニシャルコスト" not in text and "スケジュールの掲載" not in text


def test_undisclosed_cost_is_a_clear_line() -> None:
    secret = Cost(initial=CostEntry(None, "（非公表）"), running=CostEntry(None, "（非公表）"))
    text = visible_text(summary_html(make_case(cost=secret), None, printed_on=DAY))
    assert "コストは非公表です。" in text
    assert "イニシャルコスト" not in text


def test_partly_undisclosed_cost_keeps_the_table() -> None:
    cost = Cost(initial=CostEntry(1_200_000, "1,200千円", [CostLine("システム構築", 1_200_000, "1,200千円")],
                                  note="国の補助金を活用"),
                running=CostEntry(None, "（非公表）"), note="税抜")
    text = visible_text(summary_html(make_case(cost=cost), None, printed_on=DAY))
    for piece in ("1,200千円", "システム構築", "備考：国の補助金を活用", "非公表", "備考：税抜"):
        assert piece in text
    assert "コストは非公表です。" not in text


def test_missing_schedule_and_providers_say_so() -> None:
    text = visible_text(summary_html(make_case(schedule=None, providers=None), None, printed_on=DAY))
    assert "68,515千円" in text
    assert "この事例にはスケジュールの掲載がありません。" in text
    assert "この事例にはサービス提供事業者等の掲載がありません。" in text


def test_bare_case_says_what_is_missing_and_omits_empty_sections() -> None:
    text = visible_text(summary_html(make_bare_case(), None, printed_on=DAY))
    assert "担当部署の掲載はありません。" in text
    assert "インタビュー" not in text  # no interview: no empty heading
    assert "メモ（ブックマーク）" not in text  # no note
    assert "https://www.city.kobe.lg.jp/a08691/dxtop.html" in text


def test_blank_note_is_left_out() -> None:
    assert "メモ（ブックマーク）" not in visible_text(summary_html(make_case(), "  \n ", printed_on=DAY))


def test_interview_questions_only() -> None:
    case = make_case()
    text = visible_text(summary_html(case, None, printed_on=DAY, answer_limit=0))
    assert "取組の経緯・きっかけを教えてください。" in text
    assert case.interview[0].answer not in text
    assert "質問のみ掲載" in text


def test_interview_answers_shortened_at_a_sentence_end() -> None:
    long_answer = "一文目です。" + "二文目はとても長い文章で、" * 5 + "終わります。三文目。"
    case = make_case(interview=[QA("質問一", long_answer), QA("質問二", "短い回答。")])
    text = visible_text(summary_html(case, None, printed_on=DAY, answer_limit=len(long_answer) - 3))
    assert "回答の一部を省略" in text
    assert "終わります。（以下略）" in text and "三文目" not in text
    assert "短い回答。" in text and "短い回答。（以下略）" not in text
    # Nothing to shorten: no notice.
    assert "省略" not in visible_text(summary_html(case, None, printed_on=DAY, answer_limit=1000))


def test_source_footer_can_be_left_to_the_printer() -> None:
    text = visible_text(summary_html(make_case(), None, printed_on=DAY, source_footer=False))
    assert "印刷日" not in text and "出典" not in text


def test_new_case_is_labelled() -> None:
    assert "New" in visible_text(summary_html(make_case(is_new=True), None, printed_on=DAY))
    assert "New" not in visible_text(summary_html(make_case(is_new=False), None, printed_on=DAY))


def test_labels_are_passed_in() -> None:
    labels = SummaryLabels(fields={"overview": "Overview", "cost": "Cost"}, date_format="{d}/{m}/{y}",
                           printed_on="Printed {date}")
    text = visible_text(summary_html(make_case(), None, printed_on=DAY, labels=labels))
    assert "Overview" in text and "Cost" in text and "Printed 28/11/2026" in text
    assert "事業の概要" not in text


def test_translated_labels_translate_every_word_and_field_label() -> None:
    set_translator(lambda context, text: f"<{context}:{text}>")
    try:
        labels = SummaryLabels.translated()
    finally:
        set_translator(None)
    words = {name: value for name, value in vars(labels).items() if name != "fields"}
    assert words and all(value == f"<Summary:{getattr(SummaryLabels, name)}>" for name, value in words.items())
    assert labels.of("links") == "<Field:関連URL>" and labels.of("cost") == "<Field:コスト>"
    assert SummaryLabels().of("links") == "関連URL"  # the casebook's wording without a translator


def test_contents_lists_cases_in_order_with_pages_and_escapes() -> None:
    cases = [make_case(), make_bare_case(), make_case(id="1-05", title=HOSTILE)]
    markup = contents_html(cases, pages=[2, 4, 5], printed_on=DAY, notes={"1-11": "神戸の<例>"})
    text = visible_text(markup)
    assert "<script>" not in markup
    assert text.index(cases[0].title) < text.index(cases[1].title) < text.index(HOSTILE)
    assert "神戸の<例>" in text
    cells = re.findall(r'<td class="amount">(\d+)</td>', markup)
    assert cells == ["2", "4", "5"]
    assert "事例 3 件" in text and "2026年11月28日" in text
