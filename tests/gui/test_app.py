"""Starting the app: the start-up report of `python main.py` and the translators."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from gui.app import install_translators
from model import i18n, paths
from tests.gui.library_fixtures import sample_cases, write_library


def test_startup_report_prints_the_time_to_first_paint_and_quits(tmp_path: Path, user_home: Path) -> None:
    db = tmp_path / "library.json"
    write_library(db, sample_cases())
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", paths.HOME_ENV: str(user_home)}
    result = subprocess.run([sys.executable, str(paths.PROJECT_ROOT / "main.py"), "--db", str(db),
                             "--startup-report"], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"startup: \d+\.\d\d s\n", result.stdout)
    # A measuring run does not overwrite the saved session.
    assert not (user_home / "settings.ini").exists()


@pytest.fixture
def restore_translators(qapp: QApplication) -> Iterator[None]:
    yield
    for translator in getattr(qapp, "_dx_translators", []):
        qapp.removeTranslator(translator)
    i18n.set_translator(None)


def test_japanese_needs_no_app_translation_but_gets_qt_dialogs_in_japanese(
        qapp: QApplication, restore_translators: None) -> None:
    assert install_translators(qapp, "en") == "en"
    assert QCoreApplication.translate("MainWindow", "検索") == "Search"
    # Switching to Japanese drops the English translation of our strings and brings Qt's own dialogs in Japanese.
    assert install_translators(qapp, "ja") == "ja"
    assert QCoreApplication.translate("MainWindow", "検索") == "検索"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "キャンセル"
    assert i18n.translate("Field", "関連URL") == "関連URL"


def test_english_is_chosen_even_without_a_compiled_translation(qapp: QApplication, restore_translators: None,
                                                               tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    assert install_translators(qapp, "ja") == "ja"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "キャンセル"
    monkeypatch.setattr("gui.app.TRANSLATIONS_DIR", tmp_path)  # a build without our .qm files
    assert install_translators(qapp, "en") == "en"
    # Qt's dialogs speak English again (the Japanese Qt translation went), our strings stay in the source language.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert QCoreApplication.translate("MainWindow", "検索") == "検索"
