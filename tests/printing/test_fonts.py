"""The bundled Japanese font: registered once, used for kanji and kana, even where no CJK font is installed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase, QGuiApplication, QTextLayout

from model.paths import PROJECT_ROOT
from printing.fonts import FAMILY, FONT_DIR, register_fonts

SAMPLE = "舟形町のデジタル化、ＤＸ推進"


def glyph_runs(text: str) -> list[tuple[str, list[int]]]:
    """(font family, glyph indexes) of each run Qt shapes `text` into with the application font."""
    layout = QTextLayout(text, QGuiApplication.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(run.rawFont().familyName(), list(run.glyphIndexes())) for run in layout.glyphRuns()]


def test_font_and_licence_are_shipped() -> None:
    assert (FONT_DIR / "ipaexg.ttf").stat().st_size > 1_000_000
    assert "IPA Font License Agreement v1.0" in (FONT_DIR / "IPA_Font_License_Agreement_v1.0.txt").read_text(
        encoding="utf-8", errors="replace")


def test_register_fonts_is_idempotent_and_known_to_qt(qapp: QGuiApplication) -> None:
    assert register_fonts() == FAMILY
    assert register_fonts() == FAMILY
    assert FAMILY in QFontDatabase.families()
    assert FAMILY in QFontDatabase.families(QFontDatabase.WritingSystem.Japanese)
    families = QGuiApplication.font().families()
    assert families.count(FAMILY) == 1
    assert families[-1] == FAMILY  # after the platform's default family: Latin keeps the native look


def test_japanese_text_is_drawn_with_the_bundled_font(qapp: QGuiApplication) -> None:
    register_fonts()
    runs = glyph_runs(SAMPLE)
    japanese = [glyphs for family, glyphs in runs if family == FAMILY]
    assert japanese, runs
    assert all(0 not in glyphs for _, glyphs in runs), "a character has no glyph (would print as a box)"


NO_CJK_SCRIPT = f"""
import sys
sys.path.insert(0, {str(PROJECT_ROOT)!r})
from PySide6.QtGui import QGuiApplication, QFontDatabase, QTextLayout
app = QGuiApplication([])

def missing():
    layout = QTextLayout({SAMPLE!r}, QGuiApplication.font())
    layout.beginLayout(); layout.createLine(); layout.endLayout()
    return sum(list(run.glyphIndexes()).count(0) for run in layout.glyphRuns())

print("before", len(QFontDatabase.families(QFontDatabase.WritingSystem.Japanese)), missing())
from printing.fonts import register_fonts
register_fonts()
print("after", len(QFontDatabase.families(QFontDatabase.WritingSystem.Japanese)), missing())
"""


def _latin_only_fonts(folder: Path) -> bool:
    """Links to the machine's fonts that cover no Japanese into `folder`; False when there are none."""
    if shutil.which("fc-list") is None:
        return False
    listed = subprocess.run(["fc-list", "--format", "%{file}\\t%{lang}\\n"], capture_output=True, text=True,
                            check=False).stdout
    count = 0
    for line in listed.splitlines():
        file, _, langs = line.partition("\t")
        if file.endswith((".ttf", ".otf")) and "ja" not in langs.split("|") and "zh" not in langs:
            target = folder / f"{count}{Path(file).suffix}"
            target.symlink_to(file)
            count += 1
    return count > 0


@pytest.mark.skipif(sys.platform != "linux", reason="uses fontconfig to hide the machine's CJK fonts")
def test_works_on_a_machine_without_cjk_fonts(tmp_path: Path) -> None:
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    if not _latin_only_fonts(fonts):
        pytest.skip("no non-CJK system font to build a font-less machine from")
    conf = tmp_path / "fonts.conf"
    conf.write_text(f"""<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>{fonts}</dir><cachedir>{tmp_path / "cache"}</cachedir></fontconfig>
""", encoding="utf-8")
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", NO_CJK_SCRIPT], env=env, capture_output=True, text=True,
                         timeout=120, check=True).stdout.split("\n")
    before = out[0].split()
    after = out[1].split()
    # Without the bundled font this machine has no Japanese font and draws boxes (glyph 0)…
    assert before[1] == "0" and int(before[2]) > 0, out
    # …and with it, Qt knows one Japanese family and every character has a glyph.
    assert after[1] == "1" and after[2] == "0", out
