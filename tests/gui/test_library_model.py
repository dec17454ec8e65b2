"""The library's Qt adapter: one `changed` per change, whoever made it, and a message when a reload had to repair."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from gui.library_model import LibraryModel
from model.case import Numbered
from model.library import Library
from tests.factories import make_case


def _volume(category: int) -> list:
    return [make_case(id=f"{category}-01", number=1, organization="北海道札幌市", prefecture="北海道",
                      category=Numbered(category, f"分類{category}"))]


def test_an_import_and_another_process_import_each_announce_one_change(qtbot: QtBot, tmp_path: Path) -> None:
    user = tmp_path / "library.json"
    model = LibraryModel(Library.open(user=user))
    changes: list[int] = []
    model.changed.connect(lambda: changes.append(len(model)))
    assert model.reload_if_changed() is False and changes == []  # nothing new: no signal, no re-read
    Library.open(user=user).import_cases(_volume(2))  # another process
    assert model.reload_if_changed() is True and changes == [14]
    assert "北海道" in model.prefectures()
    assert model.reload_if_changed() is False and changes == [14]


def test_a_file_damaged_behind_the_apps_back_is_restored_and_reported(qtbot: QtBot, tmp_path: Path) -> None:
    user = tmp_path / "library.json"
    library = Library.open(user=user)
    library.import_cases(_volume(2))
    model = LibraryModel(library)
    failures: list[str] = []
    model.failed.connect(failures.append)
    user.write_text("{ not json", encoding="utf-8")  # edited by hand, say
    assert model.reload_if_changed() is True
    assert len(failures) == 1 and "\n" not in failures[0]
    assert model.get("2-01") is not None  # restored from the backup
