"""The app and other writers (a second app, the CLI) bookmark at the same time: nothing is lost, and the window
shows what the others saved."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from gui.main_window import MainWindow
from model import paths
from model.bookmarks import BookmarkStore
from model.paths import PROJECT_ROOT
from tests.gui.library_fixtures import many_cases, write_library

# A second process bookmarking through the same store the CLI uses, as fast as it can.
WRITER = """
import sys
sys.path.insert(0, sys.argv[1])
from model.bookmarks import BookmarkStore
store = BookmarkStore()
print("ready", flush=True)
for case_id in sys.argv[2:]:
    store.add(case_id, "other " + case_id)
"""


@pytest.mark.slow
def test_gui_and_another_process_bookmarking_300_each_keep_all_600(qtbot: QtBot, tmp_path: Path) -> None:
    cases = many_cases(600)
    library = write_library(tmp_path / "library.json", cases)
    ids = [c.id for c in library.cases()]
    mine, theirs = ids[0::2], ids[1::2]
    window = MainWindow(library, BookmarkStore(paths.bookmarks_path()),
                        QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()

    env = {**os.environ}
    other = subprocess.Popen([sys.executable, "-c", WRITER, str(PROJECT_ROOT), *theirs], env=env,
                             stdout=subprocess.PIPE, text=True)
    assert other.stdout is not None and other.stdout.readline().strip() == "ready"
    for case_id in mine:
        window.toggle_bookmark(case_id)
    # The CLI beside the running app, too.
    cli = subprocess.run([sys.executable, str(PROJECT_ROOT / "main.py"), "--db", str(tmp_path / "library.json"),
                          "bookmarks", "add", mine[0], "--note", "CLIから"], env=env, capture_output=True, text=True)
    assert cli.returncode == 0, cli.stderr
    assert other.wait(timeout=120) == 0

    on_disk = {b.case_id: b.note for b in BookmarkStore(paths.bookmarks_path()).all()}
    assert set(on_disk) == set(ids)
    assert on_disk[mine[0]] == "CLIから" and on_disk[theirs[0]] == "other " + theirs[0]

    # Coming back to the window shows the other writers' bookmarks too.
    window.bookmarks.reload()
    assert len(window.bookmarks.all()) == 600
    assert window.bookmarks_view.list.count() == 600
    assert window.bookmarks.note(mine[0]) == "CLIから"
