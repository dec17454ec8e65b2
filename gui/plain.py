"""Case text and notes shown literally wherever Qt would guess the format (tooltips, message boxes, labels).

Qt renders a string in an "auto" place (a tooltip, `QMessageBox.information`'s text, a `QLabel` left at
`Qt.AutoText`) as HTML when `Qt.mightBeRichText` says it looks like markup, so `<img src="file:///…">` in a volume
or in a colleague's note would load a local file. Every such string goes through `plain` (or `plain_tooltip`, which
also shortens): a string Qt would take as plain is left as it is, any other is escaped into a paragraph that keeps
its spaces and line breaks. Window titles, tab titles, the status bar and item texts are always plain in Qt.
"""

from __future__ import annotations

import html

from PySide6.QtGui import Qt  # QtGui adds mightBeRichText to the Qt namespace

TOOLTIP_CHARS = 2000  # a 10 MB note must not become a 10 MB tooltip
NOTE_PREVIEW_CHARS = 60


def escaped(text: str) -> str:
    """``text`` as an HTML paragraph that shows it literally: markup escaped, spaces and line breaks kept."""
    return '<p style="white-space:pre-wrap">' + html.escape(text).replace("\n", "<br>") + "</p>"


def plain(text: str) -> str:
    """``text`` for a place where Qt guesses the format: unchanged when Qt shows it plain, else escaped."""
    return escaped(text) if Qt.mightBeRichText(text) else text


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally: escaped, line breaks kept, shortened when long."""
    if len(text) > TOOLTIP_CHARS:
        text = text[:TOOLTIP_CHARS] + "…"
    return escaped(text)


def note_preview(note: str) -> str:
    """The first line of a note, shortened to a table cell."""
    first = note.strip().split("\n", 1)[0].strip() if note.strip() else ""
    return first[:NOTE_PREVIEW_CHARS] + "…" if len(first) > NOTE_PREVIEW_CHARS else first
