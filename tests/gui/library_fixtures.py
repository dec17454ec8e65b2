"""GUI test helpers: the shared test libraries, and typing as a Japanese input method does."""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from tests.libraries import many_cases, sample_cases, write_library

__all__ = ["many_cases", "sample_cases", "type_text", "write_library"]


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` as a Japanese input method commits it (QTest.keyClicks only knows ASCII keys)."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget.focusProxy() or widget, event)
