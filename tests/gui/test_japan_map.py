"""The tile map of Japan as a user drives it: clicks, modifiers, keyboard, colours, tooltips, the selection signal."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage
from PySide6.QtWidgets import QToolTip
from pytestqt.qtbot import QtBot

from gui.japan_map import SCALE, TILES, JapanMap, bins, short_name
from model.prefectures import PREFECTURES

Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def japan(qtbot: QtBot) -> JapanMap:
    widget = JapanMap()
    qtbot.addWidget(widget)
    widget.resize(widget.sizeHint())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _centre(japan: JapanMap, pref: str) -> QPoint:
    return japan.tile_rect(pref).center().toPoint()


def _click(qtbot: QtBot, japan: JapanMap, pref: str,
           mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.mouseClick(japan, Qt.MouseButton.LeftButton, mods, _centre(japan, pref))


def test_every_prefecture_has_its_own_tile_in_the_usual_places(japan: JapanMap) -> None:
    assert set(TILES) == set(PREFECTURES)
    assert len(set(TILES.values())) == 47
    hokkaido, okinawa = japan.tile_rect("北海道"), japan.tile_rect("沖縄県")
    assert hokkaido.top() < okinawa.top() and hokkaido.left() > okinawa.left()  # top right, bottom left
    assert japan.tile_rect("東京都").left() > japan.tile_rect("大阪府").left()
    for pref in PREFECTURES:
        assert japan.prefecture_at(japan.tile_rect(pref).center()) == pref
    assert [short_name(p) for p in ("青森県", "東京都", "大阪府", "京都府", "北海道", "鹿児島県")] == \
        ["青森", "東京", "大阪", "京都", "北海道", "鹿児島"]


def test_click_selects_one_prefecture_and_a_second_click_clears(qtbot: QtBot, japan: JapanMap) -> None:
    with qtbot.waitSignal(japan.selectionChanged) as sig:
        _click(qtbot, japan, "山形県")
    assert sig.args == [frozenset({"山形県"})]
    _click(qtbot, japan, "宮城県")  # a plain click replaces the selection
    assert japan.selected() == {"宮城県"}
    with qtbot.waitSignal(japan.selectionChanged) as sig:
        _click(qtbot, japan, "宮城県")
    assert sig.args == [frozenset()]


def test_ctrl_and_shift_click_toggle_several(qtbot: QtBot, japan: JapanMap) -> None:
    _click(qtbot, japan, "青森県")
    _click(qtbot, japan, "岩手県", Ctrl)
    _click(qtbot, japan, "秋田県", Shift)
    assert japan.selected() == {"青森県", "岩手県", "秋田県"}
    with qtbot.waitSignal(japan.selectionChanged) as sig:
        _click(qtbot, japan, "岩手県", Ctrl)
    assert sig.args == [frozenset({"青森県", "秋田県"})]


def test_click_in_the_sea_changes_nothing(qtbot: QtBot, japan: JapanMap) -> None:
    _click(qtbot, japan, "山形県")
    sea = japan.tile_rect("北海道").topLeft().toPoint() - QPoint(japan.tile_rect("北海道").toRect().width() * 3, 0)
    with qtbot.assertNotEmitted(japan.selectionChanged):
        qtbot.mouseClick(japan, Qt.MouseButton.LeftButton, pos=sea)
    assert japan.selected() == {"山形県"}


def test_set_selected_does_not_signal(qtbot: QtBot, japan: JapanMap) -> None:
    with qtbot.assertNotEmitted(japan.selectionChanged):
        japan.set_selected(frozenset({"東京都", "どこか県"}))
    assert japan.selected() == {"東京都"}  # names that are not prefectures are dropped


def test_keyboard_moves_the_focus_tile_toggles_and_clears(qtbot: QtBot, japan: JapanMap) -> None:
    japan.setFocus()
    assert japan.focus_prefecture() == "東京都"
    qtbot.keyClick(japan, Qt.Key.Key_Up)
    assert japan.focus_prefecture() == "埼玉県"
    qtbot.keyClick(japan, Qt.Key.Key_Left)
    assert japan.focus_prefecture() == "山梨県"
    with qtbot.waitSignal(japan.selectionChanged) as sig:
        qtbot.keyClick(japan, Qt.Key.Key_Space)
    assert sig.args == [frozenset({"山梨県"})]
    qtbot.keyClick(japan, Qt.Key.Key_Down)
    qtbot.keyClick(japan, Qt.Key.Key_Return)  # toggles: both are selected
    assert japan.selected() == {"山梨県", "神奈川県"}
    assert "神奈川県: 0件、選択中" in japan.accessibleDescription()
    with qtbot.waitSignal(japan.selectionChanged) as sig:
        qtbot.keyClick(japan, Qt.Key.Key_Escape)
    assert sig.args == [frozenset()]


def test_arrow_keys_stop_at_the_edge_and_reach_every_corner(qtbot: QtBot, japan: JapanMap) -> None:
    japan.setFocus()
    for _ in range(15):
        qtbot.keyClick(japan, Qt.Key.Key_Up)
    assert japan.focus_prefecture() == "北海道"
    for _ in range(30):
        qtbot.keyClick(japan, Qt.Key.Key_Left)
        qtbot.keyClick(japan, Qt.Key.Key_Down)
    assert japan.focus_prefecture() == "沖縄県"


def test_counts_colour_the_tiles_darker_for_more_cases(japan: JapanMap) -> None:
    japan.set_counts({"山形県": 6, "北海道": 12, "東京都": 1, "どこか県": 9})
    none, one, six, twelve = (japan.color_of(p) for p in ("沖縄県", "東京都", "山形県", "北海道"))
    assert twelve == QColor(SCALE[-1])
    assert none.lightness() > one.lightness() > six.lightness() > twelve.lightness()
    assert japan.counts() == {"山形県": 6, "北海道": 12, "東京都": 1}


def test_colour_steps_cover_every_count_without_gaps() -> None:
    for top in (1, 2, 3, 5, 7, 13, 100):
        steps = bins(top)
        assert steps[0][0] == 1 and steps[-1][1] == top
        assert all(a[1] + 1 == b[0] for a, b in pairwise(steps))
        assert len(steps) == min(5, top)
    assert bins(0) == []


def test_tooltip_is_plain_text_with_the_count(qtbot: QtBot, japan: JapanMap) -> None:
    japan.set_counts({"山形県": 3})
    japan.set_own_prefecture("山形県")
    assert japan.tooltip_text("山形県") == "山形県: 3件（自分の団体）"
    assert japan.tooltip_text("宮城県") == "宮城県: 0件"
    pos = _centre(japan, "山形県")
    japan.event(QHelpEvent(QEvent.Type.ToolTip, pos, japan.mapToGlobal(pos)))
    qtbot.waitUntil(lambda: QToolTip.isVisible())
    assert QToolTip.text() == "山形県: 3件（自分の団体）"


def test_regions_and_own_prefecture_change_the_picture(japan: JapanMap) -> None:
    japan.set_counts({"山形県": 2, "大阪府": 2})
    plain = japan.grab().toImage()
    japan.set_highlighted_regions(frozenset({"東北"}))
    faded = japan.grab().toImage()
    osaka = japan.tile_rect("大阪府").topLeft().toPoint() + QPoint(3, 3)
    yamagata = japan.tile_rect("山形県").topLeft().toPoint() + QPoint(3, 3)
    ratio = japan.devicePixelRatioF()

    def at(img: QImage, p: QPoint) -> QColor:
        return img.pixelColor(int(p.x() * ratio), int(p.y() * ratio))

    assert at(plain, yamagata) == at(faded, yamagata)  # in the region: as before
    assert at(plain, osaka) != at(faded, osaka)  # outside: faded
    japan.set_own_prefecture("大阪府")
    marked = japan.grab().toImage()
    assert at(marked, osaka) != at(faded, osaka)  # the corner mark
    assert japan.tooltip_text("大阪府") == "大阪府: 2件（自分の団体）"


def test_sizes_follow_the_font(japan: JapanMap) -> None:
    small = japan.sizeHint()
    font = japan.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    japan.setFont(font)
    large = japan.sizeHint()
    assert large.width() > small.width() * 1.7 and large.height() > small.height() * 1.7
