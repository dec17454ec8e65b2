"""The bundled Japanese font (IPAexGothic, resources/fonts) and making Qt use it for Japanese text.

Without it, a machine with no CJK font installed shows boxes (tofu) for every kanji and kana and writes a PDF with
no Japanese glyphs. `register_fonts()` adds the font to Qt's application font database and puts it in the
application font's family list right after the platform's default family, so Latin text keeps the platform's look
and any character the default family lacks comes from IPAexGothic before Qt asks the system for a fallback.

QtGui only, so it lives with the printing code that embeds it in every PDF; the window registers it too (gui/app.py).
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from model.paths import RESOURCES_DIR

FONT_DIR = RESOURCES_DIR / "fonts"
FONT_FILE = FONT_DIR / "ipaexg.ttf"
FAMILY = "IPAexGothic"


class FontError(RuntimeError):
    """The bundled font file is missing or Qt could not load it."""


def register_fonts() -> str:
    """Load the bundled font (once per application) and make it the CJK fallback; returns its family name.

    Needs a QGuiApplication. Safe to call again: the font is added only while Qt does not know the family yet.
    """
    if QGuiApplication.instance() is None:
        raise FontError("register_fonts() needs a QGuiApplication")
    family = FAMILY
    if FAMILY not in QFontDatabase.families():
        font_id = QFontDatabase.addApplicationFont(str(FONT_FILE))
        if font_id < 0:
            raise FontError(f"cannot load the Japanese font {FONT_FILE}")
        family = QFontDatabase.applicationFontFamilies(font_id)[0]
    app_font = QGuiApplication.font()
    families = app_font.families() or [app_font.family()]
    if family not in families:
        # After the default family: Latin stays native, kanji/kana resolve to the bundled font.
        app_font.setFamilies([*families, family])
        QGuiApplication.setFont(app_font)
    return family


def japanese_font(point_size: float | None = None) -> QFont:
    """A font whose primary family is the bundled one: used for print, where one embedded font looks uniform."""
    family = register_fonts()
    font = QFont()
    font.setFamilies([family])
    font.setStyleHint(QFont.StyleHint.SansSerif)
    if point_size is not None:
        font.setPointSizeF(point_size)
    return font
