"""The detail pane: each tab's content, empty tabs, escaping, links, highlighting and the bookmark note."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDesktopServices, QTextCursor
from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot

from gui.bookmark_model import BookmarkModel
from gui.detail_view import DetailView
from model.bookmarks import BookmarkStore
from model.case import Cost, CostEntry, Link
from model.search import Query
from tests.factories import make_bare_case, make_case
from tests.gui.library_fixtures import type_text

EVIL_HTML = '<b>太字</b> <a href="file:///etc/passwd">パスワード</a>'


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "bookmarks.json"


@pytest.fixture
def view(qtbot: QtBot, store_path: Path) -> DetailView:
    view = DetailView(BookmarkModel(BookmarkStore(store_path)))
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    return view


def _tab_text(view: DetailView, key: str) -> str:
    view.show_tab(key)
    return view.browser(key).toPlainText()


def _anchor_point(browser: QTextBrowser, href: str) -> QPoint:
    """Where a link with `href` is drawn in the browser's viewport."""
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.charFormat().anchorHref() == href:
                cursor = QTextCursor(browser.document())
                cursor.setPosition(frag.position() + 1)
                return browser.cursorRect(cursor).center()
            it += 1
        block = block.next()
    raise AssertionError(f"no link to {href}")


def _hrefs(browser: QTextBrowser) -> set[str]:
    out: set[str] = set()
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            href = it.fragment().charFormat().anchorHref()
            if href:
                out.add(href)
            it += 1
        block = block.next()
    return out


def test_full_case_fills_header_and_every_tab(view: DetailView) -> None:
    view.set_case(make_case())
    assert view.title_label.text() == "全59市町村へのＩＣＴアドバイザー派遣等により市町村のＤＸを推進"
    assert "福島県" in view.meta_label.text() and "174.0万人" in view.meta_label.text()
    assert "Point" in view.points_label.text()
    assert view.new_label.isHidden()

    overview = _tab_text(view, "overview")
    assert "市町村支援を実施" in overview
    assert "福島県企画調整部デジタル変革課" in overview and "024-521-7134" in overview
    assert "jouhou_kikaku@pref.fukushima.lg.jp" in overview
    assert "福島県情報化推進計画" in overview
    assert "地元ベンター" in _tab_text(view, "effects")

    cost = _tab_text(view, "cost")
    assert "イニシャルコスト" in cost and "68,515千円" in cost and "アドバイザーの派遣費用" in cost
    assert "ランニングコスト" in cost and "金額の記載なし" in cost

    schedule = _tab_text(view, "schedule")
    assert "４か月" in schedule
    assert schedule.index("R6.3～4") < schedule.index("R6.5～6") < schedule.index("R6.7")
    assert "市町村へ募集" in schedule and "ふくしまICT利活用推進協議会" in schedule

    interview = _tab_text(view, "interview")
    assert "Q. 取組の経緯・きっかけを教えてください。" in interview
    assert "支援メニューの改善、充実に努めています。" in interview


def test_bare_case_tabs_say_there_is_no_data(view: DetailView) -> None:
    view.set_case(make_bare_case(is_new=True))
    assert view.new_label.isVisibleTo(view)
    assert "この事例にはコストの掲載がありません。" in _tab_text(view, "cost")
    assert "この事例にはスケジュールの掲載がありません。" in _tab_text(view, "schedule")
    assert "この事例にはインタビューの掲載がありません。" in _tab_text(view, "interview")
    assert "担当部署の掲載がありません。" in _tab_text(view, "overview")


def test_undisclosed_cost_says_so(view: DetailView) -> None:
    view.set_case(make_case(cost=Cost(CostEntry(None, "（非公表）"), CostEntry(1_234_567, "1,234,567円"))))
    cost = _tab_text(view, "cost")
    assert "非公表（金額は公表されていません）" in cost
    assert "1,234,567円" in cost


def test_markup_in_case_text_is_shown_literally_and_is_no_link(view: DetailView) -> None:
    view.set_case(make_case(title=EVIL_HTML, overview=[EVIL_HTML], effects=[EVIL_HTML], points=[EVIL_HTML]))
    assert view.title_label.text() == EVIL_HTML
    assert view.title_label.textFormat() == Qt.TextFormat.PlainText
    assert view.points_label.textFormat() == Qt.TextFormat.PlainText
    assert EVIL_HTML in _tab_text(view, "overview")
    assert EVIL_HTML in _tab_text(view, "effects")
    assert "file:///etc/passwd" not in _hrefs(view.browser("overview"))


def test_only_web_and_mail_links_are_opened(view: DetailView, qtbot: QtBot,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    view.set_case(make_case(links=[Link("危険なリンク", "file:///etc/passwd"),
                                   Link("スクリプト", "javascript:alert(1)"),
                                   Link("福島県", "https://www.pref.fukushima.lg.jp/")]))
    view.show_tab("overview")
    browser = view.browser("overview")

    with qtbot.waitSignal(view.statusMessage) as blocker:
        qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton,
                         pos=_anchor_point(browser, "file:///etc/passwd"))
    assert "file:///etc/passwd" in blocker.args[0]
    with qtbot.waitSignal(view.statusMessage):
        qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton,
                         pos=_anchor_point(browser, "javascript:alert(1)"))
    assert opened == []

    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton,
                     pos=_anchor_point(browser, "https://www.pref.fukushima.lg.jp/"))
    assert opened == ["https://www.pref.fukushima.lg.jp/"]
    # The browser never navigated away from the case.
    assert "市町村支援を実施" in browser.toPlainText()

    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton,
                     pos=_anchor_point(browser, "mailto:jouhou_kikaku@pref.fukushima.lg.jp"))
    assert opened[-1] == "mailto:jouhou_kikaku@pref.fukushima.lg.jp"


def test_search_terms_are_highlighted_and_counted_on_the_tabs(view: DetailView) -> None:
    view.set_case(make_case())
    view.set_query(Query.parse("あどばいざー"))  # hiragana finds the katakana in the text
    view.show_tab("effects")
    html = view.browser("effects").toHtml()
    assert html.count("#fff3a0") == 2
    assert view.tabs.tabText(1) == "効果 (2)"
    assert view.tabs.tabText(4) == "インタビュー"
    view.set_query(Query.parse(""))
    assert "#fff3a0" not in view.browser("effects").toHtml()
    assert view.tabs.tabText(1) == "効果"


def test_note_is_saved_after_typing_and_at_once_on_case_change(view: DetailView, qtbot: QtBot,
                                                               store_path: Path) -> None:
    case, other = make_case(), make_bare_case()
    view.set_case(case)
    assert not view.note_edit.isEnabled()  # notes belong to bookmarks
    with qtbot.waitSignal(view.toggleBookmarkRequested):
        qtbot.mouseClick(view.star_button, Qt.MouseButton.LeftButton)
    view._bookmarks.toggle(case.id)  # what the window does on that request
    assert view.note_edit.isEnabled()
    assert view.star_button.isChecked()

    type_text(view.note_edit, "会議で紹介")
    qtbot.waitUntil(lambda: (BookmarkStore(store_path).get(case.id) or make_fail()).note == "会議で紹介")

    type_text(view.note_edit, "する")
    view.set_case(other)  # no wait: switching case saves the pending edit
    assert BookmarkStore(store_path).get(case.id).note == "会議で紹介する"  # type: ignore[union-attr]
    assert view.note_edit.toPlainText() == ""
    view.set_case(case)
    assert view.note_edit.toPlainText() == "会議で紹介する"


def make_fail() -> object:
    raise AssertionError("not bookmarked")


def test_tabs_without_data_are_dimmed(view: DetailView) -> None:
    view.set_case(make_bare_case())
    bar = view.tabs.tabBar()
    colors = [bar.tabTextColor(i) for i in range(bar.count())]
    assert colors[0] == colors[1]  # 概要 and 効果 have text
    assert colors[2] != colors[0] and colors[2] == colors[3] == colors[4]
    view.set_case(make_case())
    assert len({bar.tabTextColor(i).name() for i in range(bar.count())}) == 1


def test_a_tab_shown_after_a_case_change_shows_the_new_case(view: DetailView) -> None:
    view.set_case(make_case())
    view.show_tab("cost")
    assert "68,515千円" in view.browser("cost").toPlainText()
    view.show_tab("overview")
    view.set_case(make_bare_case())
    view.set_query(Query.parse("神戸"))
    # Tabs are rendered when shown: the cost tab must not keep the previous case's figures.
    assert "この事例にはコストの掲載がありません。" in _tab_text(view, "cost")
    assert "68,515千円" not in view.browser("cost").toPlainText()
    assert "#fff3a0" in view.browser("overview").toHtml()  # links label 「神戸市のDX」


def test_search_terms_are_highlighted_in_the_header_and_markup_stays_literal(view: DetailView) -> None:
    from PySide6.QtGui import QTextDocument

    def shown(label_text: str) -> str:
        doc = QTextDocument()
        doc.setHtml(label_text)
        return doc.toPlainText()

    view.set_case(make_case(title="ＩＣＴ派遣 " + EVIL_HTML, points=["ニーズを把握 <i>x</i>"]))
    view.set_query(Query.parse("ict 把握"))
    assert view.title_label.textFormat() == Qt.TextFormat.RichText
    assert "background" in view.title_label.text() and "ＩＣＴ" in view.title_label.text()
    assert shown(view.title_label.text()) == "ＩＣＴ派遣 " + EVIL_HTML  # markup shown, not interpreted
    assert "<a href" not in view.title_label.text() and "&lt;a href" in view.title_label.text()
    assert shown(view.points_label.text()) == "Point  ニーズを把握 <i>x</i>"
    assert view.meta_label.textFormat() == Qt.TextFormat.PlainText  # nothing to highlight there
    view.set_query(Query.parse(""))
    assert view.title_label.textFormat() == Qt.TextFormat.PlainText
    assert view.title_label.text() == "ＩＣＴ派遣 " + EVIL_HTML


def test_a_query_highlights_each_text_once_for_header_titles_and_tabs(view: DetailView,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import gui.rich_text

    view.set_case(make_case())
    seen: list[str] = []
    real = gui.rich_text.highlight_spans

    def counting(text: str, query: Query | str) -> list[tuple[int, int]]:
        seen.append(text)
        return real(text, query)

    monkeypatch.setattr(gui.rich_text, "highlight_spans", counting)
    view.set_query(Query.parse("アドバイザー"))
    view.render_all()
    assert seen and len(seen) == len(set(seen))  # the header, the hit counts and the tabs share the spans
    assert view.tabs.tabText(1) == "効果 (2)"
