"""The edition stamp read from a volume's legend."""

from __future__ import annotations

from pathlib import Path

import pytest

from model.importer import read_text
from model.importer.edition import edition_of

SEED = Path(__file__).resolve().parents[2] / "data" / "source" / "vol1-taisei-seibi.txt"


def test_shipped_volume_is_edition_4_0() -> None:
    assert edition_of(read_text(SEED)) == "4.0"


def test_the_next_edition_of_the_shipped_text() -> None:
    text = read_text(SEED).replace("第4.0版で新たに掲載", "第５．１版で新たに掲載")
    assert edition_of(text) == "5.1"


@pytest.mark.parametrize(("legend", "expected"), [
    ("※ 第4.0版で新たに掲載した事例には、左上に のラベルが付いています。", "4.0"),
    ("※ 第５版で新たに掲載した事例", "5"),
    ("自治体DX推進参考事例集【第 3.1 版】", "3.1"),
    ("令和７年３月 第１０．２版", "10.2"),
    ("事例集の構成", None),
    ("第版", None),
])
def test_stamp_spellings(legend: str, expected: str | None) -> None:
    assert edition_of(f"{legend}\n\n１．体制整備参考事例集の構成\n １ 事例名 【山口県】\n") == expected


def test_only_the_legend_is_read() -> None:
    # an edition of some other document mentioned inside a case is not the volume's edition
    text = "事例集は以下のページで構成しています。\n１．体制整備参考事例集の構成\n １ 事例名 【山口県】\n" \
           "○ 「第２版の計画」を策定。\n"
    assert edition_of(text) is None
    no_legend_end = " １ 事例名 【山口県】\n※ 第4.0版で新たに掲載\n"
    assert edition_of(no_legend_end) is None


def test_a_huge_text_without_titles_is_read_only_so_far() -> None:
    text = "あ\n" * 1000 + "第9版\n"
    assert edition_of(text) is None
    assert edition_of("x" * 10_000_000 + "\n第9版\n") is None
