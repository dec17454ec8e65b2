"""A tile-grid map of Japan: one square per prefecture, coloured by how many cases match, clickable to filter.

The usual tile-grid layout (北海道 top right, 沖縄 bottom left), each tile labelled with the prefecture's short
name (青森, 東京, 大阪) and its count. Click selects one prefecture (click it again to clear), Ctrl/Shift+click
toggles several; arrow keys move a focus tile, Space/Enter toggles it, Esc clears. Every size comes from the font
metrics, so the map stays legible at 200 % scale. The colour is a sequential scale of five steps over the largest
count, with the count printed on the tile as well (the colour is never the only cue).
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from model.prefectures import PREFECTURES, region_of

# (column, row) of each prefecture on the grid; 14 columns, 11 rows.
TILES: dict[str, tuple[int, int]] = {
    "北海道": (13, 0), "青森県": (13, 1), "秋田県": (12, 2), "岩手県": (13, 2),
    "新潟県": (11, 3), "山形県": (12, 3), "宮城県": (13, 3),
    "福井県": (8, 4), "石川県": (9, 4), "富山県": (10, 4), "群馬県": (11, 4), "栃木県": (12, 4), "福島県": (13, 4),
    "島根県": (4, 5), "鳥取県": (5, 5), "兵庫県": (6, 5), "京都府": (7, 5), "滋賀県": (8, 5), "岐阜県": (9, 5),
    "長野県": (10, 5), "山梨県": (11, 5), "埼玉県": (12, 5), "茨城県": (13, 5),
    "山口県": (3, 6), "広島県": (4, 6), "岡山県": (5, 6), "大阪府": (6, 6), "奈良県": (7, 6), "三重県": (8, 6),
    "愛知県": (9, 6), "静岡県": (10, 6), "神奈川県": (11, 6), "東京都": (12, 6), "千葉県": (13, 6),
    "佐賀県": (1, 7), "福岡県": (2, 7), "愛媛県": (4, 7), "香川県": (5, 7), "和歌山県": (7, 7),
    "長崎県": (0, 8), "熊本県": (1, 8), "大分県": (2, 8), "高知県": (4, 8), "徳島県": (5, 8),
    "鹿児島県": (1, 9), "宮崎県": (2, 9),
    "沖縄県": (0, 10),
}
COLUMNS = 1 + max(c for c, _ in TILES.values())
ROWS = 1 + max(r for _, r in TILES.values())

# Five steps of one hue, light to dark (ColorBrewer "Blues", colour-blind safe); no case: the window colour.
SCALE = ("#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c")
OWN_MARK = "#d95f02"  # the user's own prefecture: an orange corner mark, distinct from the blues


def short_name(prefecture: str) -> str:
    """The tile label: 「青森」 for 青森県, 「東京」, 「大阪」, 「京都」; 北海道 stays whole."""
    if prefecture == "北海道":
        return prefecture
    return prefecture[:-1] if prefecture[-1:] in "都府県" else prefecture


def bins(maximum: int) -> list[tuple[int, int]]:
    """The count ranges of the colour steps for counts 1..maximum (fewer steps when the counts are few)."""
    if maximum <= 0:
        return []
    steps = min(len(SCALE), maximum)
    bounds = [math.ceil(maximum * (i + 1) / steps) for i in range(steps)]
    out: list[tuple[int, int]] = []
    low = 1
    for high in bounds:
        if high >= low:
            out.append((low, high))
            low = high + 1
    return out


class JapanMap(QWidget):
    selectionChanged = Signal(object)  # frozenset[str] of prefecture names (model.prefectures.PREFECTURES)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("japanMap")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("日本地図: 都道府県で絞り込む"))
        self._counts: dict[str, int] = {}
        self._selected: frozenset[str] = frozenset()
        self._regions: frozenset[str] = frozenset()
        self._own: str | None = None
        self._focus = "東京都"
        self._bins: list[tuple[int, int]] = []
        self._update_description()

    # -- state -----------------------------------------------------------------------------------------------

    def set_counts(self, counts: Mapping[str, int]) -> None:
        self._counts = {p: int(n) for p, n in counts.items() if p in TILES and n > 0}
        self._bins = bins(max(self._counts.values(), default=0))
        self._update_description()
        self.update()

    def counts(self) -> dict[str, int]:
        return dict(self._counts)

    def set_selected(self, prefs: frozenset[str]) -> None:
        """Select these prefectures (no signal: the caller already knows)."""
        self._selected = frozenset(p for p in prefs if p in TILES)
        self._update_description()
        self.update()

    def selected(self) -> frozenset[str]:
        return self._selected

    def set_highlighted_regions(self, regions: frozenset[str]) -> None:
        """Tiles outside these regions are drawn faded (none given: no fading)."""
        self._regions = frozenset(regions)
        self.update()

    def set_own_prefecture(self, pref: str | None) -> None:
        self._own = pref if pref in TILES else None
        self._update_description()
        self.update()

    def focus_prefecture(self) -> str:
        return self._focus

    def color_of(self, prefecture: str) -> QColor:
        """The fill of a tile: the window colour with no case, else the step of its count."""
        n = self._counts.get(prefecture, 0)
        if n <= 0:
            return self.palette().color(QPalette.ColorRole.Base)
        for i, (low, high) in enumerate(self._bins):
            if low <= n <= high:
                return QColor(SCALE[i + len(SCALE) - len(self._bins)])
        return QColor(SCALE[-1])

    def tooltip_text(self, prefecture: str) -> str:
        text = self.tr("{pref}: {n}件").format(pref=prefecture, n=self._counts.get(prefecture, 0))
        if prefecture == self._own:
            text += self.tr("（自分の団体）")
        return text

    # -- geometry --------------------------------------------------------------------------------------------

    def _tile_side(self) -> float:
        fm = self.fontMetrics()
        return max(fm.horizontalAdvance("鹿児島") + fm.averageCharWidth() * 1.5, fm.lineSpacing() * 2.6)

    def _gap(self) -> float:
        return max(2.0, self.fontMetrics().averageCharWidth() * 0.35)

    def sizeHint(self) -> QSize:
        side, gap = self._tile_side(), self._gap()
        return QSize(math.ceil(COLUMNS * (side + gap) + 2 * gap), math.ceil(ROWS * (side + gap) + 2 * gap))

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        return QSize(hint.width() // 2, hint.height() // 2)

    def _layout(self) -> tuple[float, float, float, float]:
        """Tile side, gap and the grid's top-left corner for the widget's current size (the grid scales down
        to fit, and never up beyond the comfortable size)."""
        side, gap = self._tile_side(), self._gap()
        step = side + gap
        scale = min(1.0, (self.width() - 2 * gap) / (COLUMNS * step), (self.height() - 2 * gap) / (ROWS * step))
        side, gap = side * scale, gap * scale
        step = side + gap
        x0 = (self.width() - COLUMNS * step + gap) / 2
        y0 = (self.height() - ROWS * step + gap) / 2
        return side, gap, x0, y0

    def tile_rect(self, prefecture: str) -> QRectF:
        side, gap, x0, y0 = self._layout()
        col, row = TILES[prefecture]
        return QRectF(x0 + col * (side + gap), y0 + row * (side + gap), side, side)

    def prefecture_at(self, pos: QPointF) -> str | None:
        for pref in TILES:
            if self.tile_rect(pref).contains(pos):
                return pref
        return None

    # -- painting --------------------------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        side, gap, x0, y0 = self._layout()
        font = painter.font()
        fm = self.fontMetrics()
        # Labels shrink with the tiles when the dock is small (never below 60 % of the UI font).
        scale = side / self._tile_side()
        if scale < 1.0:
            font.setPointSizeF(max(font.pointSizeF() * max(scale, 0.6), 1.0))
            painter.setFont(font)
        line = painter.fontMetrics().lineSpacing()
        border = QColor(pal.color(QPalette.ColorRole.Mid))
        for pref in PREFECTURES:
            rect = self.tile_rect(pref)
            fill = self.color_of(pref)
            faded = bool(self._regions) and region_of(pref) not in self._regions
            if faded:
                fill.setAlphaF(0.35)
            painter.setPen(QPen(border, 1))
            painter.setBrush(fill)
            painter.drawRect(rect)
            dark = fill.lightnessF() < 0.5 and not faded
            text = QColor("#ffffff") if dark else pal.color(QPalette.ColorRole.Text)
            if faded:
                text.setAlphaF(0.55)
            painter.setPen(text)
            n = self._counts.get(pref, 0)
            name_rect = QRectF(rect.left(), rect.center().y() - line, rect.width(), line)
            painter.drawText(name_rect, Qt.AlignmentFlag.AlignCenter, short_name(pref))
            painter.drawText(QRectF(rect.left(), rect.center().y(), rect.width(), line),
                             Qt.AlignmentFlag.AlignCenter, str(n) if n else "–")
            if pref in self._selected:
                # A dark outline with a light inner line reads on every step of the scale.
                width = max(2.0, gap * 1.4)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(pal.color(QPalette.ColorRole.Text), width))
                painter.drawRect(rect.adjusted(width / 2, width / 2, -width / 2, -width / 2))
                painter.setPen(QPen(pal.color(QPalette.ColorRole.Base), max(1.0, width / 2)))
                painter.drawRect(rect.adjusted(width * 1.25, width * 1.25, -width * 1.25, -width * 1.25))
            if pref == self._own:  # after the outline, so a selected own tile still shows it
                inset = max(2.0, gap * 1.4) * 1.6 if pref in self._selected else 0.0
                corner = rect.topLeft() + QPointF(inset, inset)
                mark = side * 0.34
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(OWN_MARK))
                painter.drawPolygon([corner, corner + QPointF(mark, 0), corner + QPointF(0, mark)])
        if self.hasFocus() and self._focus in TILES:
            rect = self.tile_rect(self._focus).adjusted(-gap / 2, -gap / 2, gap / 2, gap / 2)
            pen = QPen(pal.color(QPalette.ColorRole.Text), max(1.0, gap / 2), Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
        self._paint_legend(painter, side, gap, x0, y0, fm.height())
        painter.end()

    def _paint_legend(self, painter: QPainter, side: float, gap: float, x0: float, y0: float, _h: int) -> None:
        """The colour steps with their ranges, in the empty sea at the top left of the grid."""
        pal = self.palette()
        line = painter.fontMetrics().lineSpacing()
        swatch = line * 0.9
        x, y = x0, y0
        painter.setPen(pal.color(QPalette.ColorRole.Text))
        painter.drawText(QRectF(x, y, side * 8, line), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self.tr("一致する事例の件数"))
        entries: list[tuple[QColor, str]] = [(pal.color(QPalette.ColorRole.Base), self.tr("0件"))]
        offset = len(SCALE) - len(self._bins)
        for i, (low, high) in enumerate(self._bins):
            label = self.tr("{n}件").format(n=low) if low == high else \
                self.tr("{low}〜{high}件").format(low=low, high=high)
            entries.append((QColor(SCALE[i + offset]), label))
        for color, label in entries:
            y += line * 1.15
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
            painter.setBrush(color)
            painter.drawRect(QRectF(x, y + (line - swatch) / 2, swatch, swatch))
            painter.setPen(pal.color(QPalette.ColorRole.Text))
            painter.drawText(QRectF(x + swatch * 1.4, y, side * 6, line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
        y += line * 1.15
        width = max(2.0, gap * 1.4)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Text), width))
        box = QRectF(x, y + (line - swatch) / 2, swatch, swatch)
        painter.drawRect(box.adjusted(width / 2, width / 2, -width / 2, -width / 2))
        painter.drawText(QRectF(x + swatch * 1.4, y, side * 6, line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.tr("選択中（絞り込み）"))
        if self._own is not None:
            y += line * 1.15
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(OWN_MARK))
            top = y + (line - swatch) / 2
            painter.drawPolygon([QPointF(x, top), QPointF(x + swatch, top), QPointF(x, top + swatch)])
            painter.setPen(pal.color(QPalette.ColorRole.Text))
            painter.drawText(QRectF(x + swatch * 1.4, y, side * 6, line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self.tr("自分の団体の都道府県"))

    # -- input -----------------------------------------------------------------------------------------------

    def _choose(self, pref: str, toggle: bool) -> None:
        single = frozenset() if self._selected == {pref} else frozenset({pref})
        chosen = self._selected ^ {pref} if toggle else single
        self._focus = pref
        if chosen != self._selected:
            self._selected = chosen
            self.selectionChanged.emit(chosen)
        self._update_description()
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pref = self.prefecture_at(event.position())
        if event.button() != Qt.MouseButton.LeftButton or pref is None:
            super().mousePressEvent(event)
            return
        mods = event.modifiers()
        toggle = bool(mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier))
        self._choose(pref, toggle)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        moves = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1),
                 Qt.Key.Key_Down: (0, 1)}
        if key in moves:
            self._focus = self._neighbour(self._focus, *moves[Qt.Key(key)])
            self._update_description()
            self.update()
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Select):
            self._choose(self._focus, True)
        elif key == Qt.Key.Key_Escape and self._selected:
            self._selected = frozenset()
            self.selectionChanged.emit(self._selected)
            self._update_description()
            self.update()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    @staticmethod
    def _neighbour(pref: str, dx: int, dy: int) -> str:
        """The nearest tile in the direction (dx, dy): along it first, then closest sideways; `pref` at the edge."""
        col, row = TILES[pref]
        best: tuple[float, str] | None = None
        for other, (c, r) in TILES.items():
            along = (c - col) * dx + (r - row) * dy
            if along <= 0:
                continue
            across = abs((c - col) * dy) + abs((r - row) * dx)
            if across > along + 1:  # far off to the side: not "in that direction"
                continue
            score = along + across * 1.5
            if best is None or score < best[0]:
                best = (score, other)
        return pref if best is None else best[1]

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            pref = self.prefecture_at(QPointF(event.pos()))
            if pref is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(pref), self,
                                  self.tile_rect(pref).toAlignedRect())
            return True
        return super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def _update_description(self) -> None:
        """What a screen reader says: the focus tile, its count and whether it is selected, then the selection."""
        focus = self.tooltip_text(self._focus)
        if self._focus in self._selected:
            focus += self.tr("、選択中")
        chosen = "、".join(p for p in PREFECTURES if p in self._selected) or self.tr("なし")
        self.setAccessibleDescription(self.tr("{focus}。選択: {chosen}").format(focus=focus, chosen=chosen))
