"""Small painted marks of the case list: the 「New」 badge, the 「メモ」 note-hit badge and the status dots.

Each is drawn once and cached (the tree asks for them on every paint).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from model.fields import label


def _badge(text: str, color: str, width: int = 34) -> QIcon:
    pm = QPixmap(width, 16)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor(color))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawRoundedRect(QRectF(0, 1, width, 14), 4, 4)
    font = QFont()
    font.setPixelSize(10)
    font.setBold(True)
    p.setFont(font)
    p.setPen(QColor("white"))
    p.drawText(QRectF(0, 1, width, 14), Qt.AlignmentFlag.AlignCenter, text)
    p.end()
    return QIcon(pm)


_icons: dict[str, QIcon] = {}


def new_badge() -> QIcon:
    """The red 「New」 label the casebook prints on cases added in this edition, drawn once."""
    icon = _icons.get("new")
    if icon is None:
        icon = _icons["new"] = _badge("New", "#d32f2f")
    return icon


def note_badge() -> QIcon:
    """The mark of a case found through the user's own note or contact log (「メモ」)."""
    icon = _icons.get("note")
    if icon is None:
        icon = _icons["note"] = _badge(label("note"), "#1565c0")
    return icon


# One colour per bookmark status (model.bookmarks STATUSES), a dot before its name in the 状態 column.
STATUS_COLORS: dict[str, str] = {
    "todo": "#9e9e9e", "considering": "#f9a825", "contacted": "#1e88e5", "adopted": "#2e7d32", "declined": "#6d4c41",
}


def status_icon(status: str) -> QIcon:
    icon = _icons.get("status:" + status)
    if icon is None:
        pm = QPixmap(12, 12)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setBrush(QColor(STATUS_COLORS.get(status, "#9e9e9e")))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(QRectF(1, 1, 10, 10))
        p.end()
        icon = _icons["status:" + status] = QIcon(pm)
    return icon


