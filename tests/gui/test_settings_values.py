"""A garbage settings.ini never stops the window from opening: every saved key with a wrong value is ignored."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from gui import settings_values
from gui.main_window import MainWindow
from model import paths
from model.bookmarks import BookmarkStore
from tests.gui.library_fixtures import sample_cases, write_library

KEYS = ["window/geometry", "window/state", "window/splitter", "session/search", "session/case", "filters/bands",
        "filters/prefecture", "filters/prefectures", "filters/regions", "filters/statuses", "filters/newOnly",
        "filters/hasCost", "filters/bookmarkedOnly", "tree/header", "tree/grouped"]

GARBAGE = [
    "garbage",
    "1, 2, 3",
    "@ByteArray(garbage)",
    "@ByteArray()",
    "@Variant(garbage)",
    "@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x13QStringList)",
    "@Size(-1 99999999)",
    "@Rect(0 0 -5 99999999)",
    "@Point(x y)",
    "\"\\x1b]0;title\\a\"",
    "x" * 50_000,
    "",
]


def _write(path: Path, value: str) -> None:
    sections: dict[str, list[str]] = {}
    for key in KEYS:
        section, name = key.split("/")
        sections.setdefault(section, []).append(f"{name}={value}")
    path.write_text("".join(f"[{s}]\n" + "\n".join(lines) + "\n" for s, lines in sections.items()), encoding="utf-8")


@pytest.mark.parametrize("value", GARBAGE, ids=[g[:20] for g in GARBAGE])
def test_a_garbage_value_in_every_key_opens_the_window_with_the_defaults(qtbot: QtBot, tmp_path: Path,
                                                                        value: str) -> None:
    ini = tmp_path / "settings.ini"
    _write(ini, value)
    library = write_library(tmp_path / "library.json", sample_cases())
    window = MainWindow(library, BookmarkStore(paths.bookmarks_path()),
                        QSettings(str(ini), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    filters = window.search_panel.filters()
    assert filters.bands == frozenset()
    assert not filters.bookmarked_only
    assert not filters.prefectures and not filters.regions and not filters.statuses
    assert not filters.new_only and not filters.has_cost
    searched = window.search_panel.field.text()
    assert len(searched) <= settings_values.MAX_TEXT  # a string is a valid search text
    assert window.detail.case_id is not None or searched  # the first case is shown unless the search finds none
    window.search_panel.field.clear()
    window.search_panel.flush()
    assert len(window.tree_model.case_ids()) == len(sample_cases())  # no other filter came from the garbage
    window.close()  # and the session is saved over the garbage
    assert settings_values.flag(QSettings(str(ini), QSettings.Format.IniFormat), "filters/bookmarkedOnly") is False


def test_typed_getters_keep_good_values(tmp_path: Path) -> None:
    s = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    s.setValue("a/bands", ["1万人未満", "どこでもない"])
    s.setValue("a/one", "30万人以上")
    s.setValue("a/flag", True)
    s.setValue("a/text", "神戸")
    s.sync()
    again = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert settings_values.choices(again, "a/bands", ["1万人未満", "30万人以上"]) == ["1万人未満"]
    assert settings_values.choices(again, "a/one", ["30万人以上"]) == ["30万人以上"]
    assert settings_values.flag(again, "a/flag") is True
    assert settings_values.text(again, "a/text") == "神戸"
    assert settings_values.text(again, "a/bands") == ""
    assert settings_values.byte_array(again, "a/text") is None
