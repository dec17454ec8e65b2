"""The 自分の団体 dialog: search by name and reading, population or band, inline validation, the saved setting."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from gui.my_organization import (
    MyOrganizationDialog,
    load_organization,
    mark_prompt_done,
    save_organization,
    should_prompt,
)
from model.similar import MyOrganization
from tests.gui.library_fixtures import type_text


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def dialog(qtbot: QtBot) -> MyOrganizationDialog:
    d = MyOrganizationDialog()
    qtbot.addWidget(d)
    d.show()
    return d


def _search(d: MyOrganizationDialog, text: str) -> list[str]:
    d.search_field.clear()
    d.search_field.setFocus()
    type_text(d.search_field, text)
    return [d.results.item(i).text() for i in range(d.results.count())]


def test_search_by_reading_in_hiragana_katakana_and_half_width(dialog: MyOrganizationDialog) -> None:
    for typed in ("ふながた", "フナガタ", "ﾌﾅｶﾞﾀ"):
        found = _search(dialog, typed)
        assert found and found[0].startswith("山形県舟形町（"), typed
    assert _search(dialog, "さかたし")[0].startswith("山形県酒田市")


def test_choosing_an_organization_and_a_population_enables_ok(dialog: MyOrganizationDialog) -> None:
    assert not dialog.ok_button().isEnabled()
    assert dialog.message.text() == "団体を検索して一覧から選んでください"
    _search(dialog, "ふながた")
    dialog.results.setCurrentRow(0)
    assert not dialog.ok_button().isEnabled()  # a municipality needs a population or a band
    type_text(dialog.population_field, "5,000")
    assert dialog.ok_button().isEnabled()
    assert not dialog.message.isVisible()
    result = dialog.result_organization()
    assert result is not None and result.municipality.organization == "山形県舟形町"
    assert result.population == 5000 and result.population_band == "1万人未満"


@pytest.mark.parametrize("typed", ["0", "-5", "たくさん", "1.5"])
def test_a_bad_population_is_a_red_line_and_ok_disabled(dialog: MyOrganizationDialog, typed: str) -> None:
    _search(dialog, "山形県舟形町")
    dialog.population_field.setText(typed)
    assert not dialog.ok_button().isEnabled()
    assert dialog.message.isVisible()
    assert dialog.message.text().startswith("人口は 1 以上の整数で入力してください")
    assert "#c0392b" in dialog.message.styleSheet()


def test_an_unknown_organization_names_close_ones(dialog: MyOrganizationDialog) -> None:
    _search(dialog, "山形県舟形村")
    dialog.population_field.setText("8000")
    assert not dialog.ok_button().isEnabled()
    assert dialog.message.text().startswith("公式の団体一覧にない団体です: 山形県舟形村")
    assert "山形県舟形町" in dialog.message.text()


def test_a_band_instead_of_a_population(dialog: MyOrganizationDialog) -> None:
    _search(dialog, "山形県舟形町")
    dialog.band_combo.setCurrentIndex(dialog.band_combo.findData("1万人以上5万人未満"))
    assert dialog.ok_button().isEnabled()
    result = dialog.result_organization()
    assert result == MyOrganization(result.code if result else "", None, "1万人以上5万人未満")


def test_a_prefecture_needs_no_population(dialog: MyOrganizationDialog) -> None:
    _search(dialog, "山口県")
    assert dialog.results.currentItem() is not None
    assert not dialog.population_field.isEnabled()
    assert dialog.ok_button().isEnabled()
    result = dialog.result_organization()
    assert result is not None and result.population_band == "都道府県"


def test_the_setting_round_trips_and_cancel_leaves_it(qtbot: QtBot, settings: QSettings) -> None:
    assert load_organization(settings) is None and should_prompt(settings)
    saved = MyOrganization.parse("山形県舟形町", "5000")
    save_organization(settings, saved)
    again = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    assert load_organization(again) == saved
    assert not should_prompt(again)

    d = MyOrganizationDialog(load_organization(again))
    qtbot.addWidget(d)
    assert d.search_field.text() == "山形県舟形町" and d.population_field.text() == "5000"
    d.population_field.setText("-1")  # edited, then cancelled
    d.reject()
    assert load_organization(again) == saved


def test_stale_or_broken_settings_read_as_unset(settings: QSettings) -> None:
    settings.setValue("user/organization/code", "999999")
    settings.setValue("user/organization/population", "5000")
    assert load_organization(settings) is None
    settings.setValue("user/organization/code", MyOrganization.parse("山形県舟形町", "5000").code)
    settings.setValue("user/organization/population", "-3")
    assert load_organization(settings) is None


def test_skipping_the_prompt_is_remembered(settings: QSettings) -> None:
    assert should_prompt(settings)
    mark_prompt_done(settings)
    assert not should_prompt(QSettings(settings.fileName(), QSettings.Format.IniFormat))
