from __future__ import annotations

import os
import subprocess
import sys

from gui.app import use_ui_language_for_dates
from model import paths


def test_the_time_locale_follows_the_ui_language_unless_the_user_chose_one() -> None:
    env = {"LANG": "C"}
    use_ui_language_for_dates("ja", env)
    assert env["LC_TIME"] == "ja_JP.UTF-8"
    env = {"LANG": "ja_JP.UTF-8"}
    use_ui_language_for_dates("ja", env)
    assert "LC_TIME" not in env
    env = {"LANG": "C", "LC_ALL": "de_DE.UTF-8"}
    use_ui_language_for_dates("ja", env)
    assert "LC_TIME" not in env
    env = {"LANG": "ja_JP.UTF-8"}
    use_ui_language_for_dates("en", env)
    assert env["LC_TIME"] == "en_US.UTF-8"


def test_the_file_dialogs_dates_read_japanese_on_a_c_locale_machine(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # The file dialog's 更新日時 column is formatted by QFileSystemModel with the system locale.
    script = f"""
import os, sys, time
sys.path.insert(0, {str(paths.PROJECT_ROOT)!r})
from gui.app import use_ui_language_for_dates
use_ui_language_for_dates("ja", os.environ)
from PySide6.QtWidgets import QApplication, QFileSystemModel
app = QApplication([])
m = QFileSystemModel()
m.setRootPath({str(tmp_path)!r})
deadline = time.monotonic() + 20
while m.rowCount(m.index({str(tmp_path)!r})) == 0 and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.02)
print(m.index(0, 3, m.index({str(tmp_path)!r})).data())
"""
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG="C", QT_QPA_PLATFORM="offscreen")
    shown = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True,
                           timeout=60).stdout.strip()
    assert "/" in shown and shown[:4].isdigit(), shown  # 2026/12/01 09:03, not 1 12 2026 09:03
