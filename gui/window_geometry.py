"""The main window's size and place on the screen it opens on, whatever the scale factor.

Qt gives screen geometry in device-independent pixels, so a 1600×1000 screen at 200 % is an 800×500 screen here:
the first window gets the preferred size only where it fits (at most 90 % of the available area, centred), and a
geometry restored from the last session (another monitor, a larger screen, another scale) is shrunk and moved onto
a screen that exists. The pure functions take rectangles, so tests can give any screen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1200, 800)
SCREEN_SHARE = 0.9  # the first window leaves a margin of the available area around it
MIN_VISIBLE = 120  # how much of a restored window (with its title bar) must lie on a screen to stay where it is


def initial_geometry(available: QRect, preferred: QSize = PREFERRED) -> QRect:
    """The first window's frame: the preferred size where it fits in `available`, centred there."""
    width = min(preferred.width(), int(available.width() * SCREEN_SHARE))
    height = min(preferred.height(), int(available.height() * SCREEN_SHARE))
    rect = QRect(0, 0, max(1, width), max(1, height))
    rect.moveCenter(available.center())
    return rect


def resize_within_screen(widget: QWidget, preferred: QSize, parent: QWidget | None = None) -> None:
    """Give a dialog or secondary window its preferred size where the screen it opens on has room for it, else
    the share of that screen the first window gets (a 1100×720 window on a 1600×1000 screen at 200 % would not fit).
    """
    screen = (parent.screen() if parent is not None else None) or widget.screen() or QGuiApplication.primaryScreen()
    widget.resize(initial_geometry(screen.availableGeometry(), preferred).size() if screen is not None else preferred)


def _overlap(a: QRect, b: QRect) -> int:
    both = a.intersected(b)
    return both.width() * both.height() if both.isValid() else 0


def clamp_geometry(frame: QRect, screens: Sequence[QRect], minimum: QSize | None = None) -> QRect:
    """`frame` (a restored window) shrunk and moved so that it lies wholly within one of `screens`.

    The screen chosen is the one it overlaps most; when its title bar is not on any screen (a monitor that went
    away), the first screen (the primary), centred. The size never drops below `minimum` unless the screen is
    smaller still.
    """
    if not screens:
        return QRect(frame)
    best = max(screens, key=lambda s: _overlap(frame, s))
    title_bar = QRect(frame.left(), frame.top(), frame.width(), 30)
    if _overlap(title_bar, best) < MIN_VISIBLE * 10 and _overlap(frame, best) == 0:
        return initial_geometry(screens[0], frame.size())
    least = minimum or QSize(0, 0)
    width = min(frame.width(), best.width())
    height = min(frame.height(), best.height())
    width = max(width, min(least.width(), best.width()))
    height = max(height, min(least.height(), best.height()))
    rect = QRect(frame.topLeft(), QSize(width, height))
    # Move it inside: right and bottom edges first, then left and top (they win when it is larger).
    rect.moveRight(min(rect.right(), best.right()))
    rect.moveBottom(min(rect.bottom(), best.bottom()))
    rect.moveLeft(max(rect.left(), best.left()))
    rect.moveTop(max(rect.top(), best.top()))
    return rect


def available_screens() -> list[QRect]:
    """Every screen's available geometry, the primary first."""
    primary = QGuiApplication.primaryScreen()
    screens = [primary] if primary is not None else []
    screens += [s for s in QGuiApplication.screens() if s is not primary]
    return [s.availableGeometry() for s in screens]


def _frame_extra(window: QWidget) -> QSize:
    """What the window manager adds around the client area (title bar, borders); zero before the first show."""
    frame, inner = window.frameGeometry(), window.geometry()
    return QSize(max(0, frame.width() - inner.width()), max(0, frame.height() - inner.height()))


def fit_to_screen(window: QWidget, *, restored: bool) -> None:
    """Size the window for the screen it opens on: the first window by `initial_geometry`, a restored one clamped."""
    screens = available_screens()
    if not screens:
        return
    extra = _frame_extra(window)
    if restored:
        frame = QRect(window.pos(), window.size() + extra)
        target = clamp_geometry(frame, screens, window.minimumSizeHint() + extra)
        if target != frame:
            window.resize(target.size() - extra)
            window.move(target.topLeft())
        return
    screen = window.screen()
    available = screen.availableGeometry() if screen is not None else screens[0]
    target = initial_geometry(available)
    window.resize(target.size() - extra)
    window.move(target.topLeft())
