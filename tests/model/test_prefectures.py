from __future__ import annotations

from model.prefectures import PREFECTURES, REGIONS, prefecture_code, prefecture_order, region_of


def test_every_prefecture_is_in_exactly_one_region() -> None:
    listed = [p for prefs in REGIONS.values() for p in prefs]
    assert sorted(listed) == sorted(PREFECTURES)
    assert len(listed) == len(set(listed)) == 47


def test_region_and_code_lookups() -> None:
    assert region_of("山形県") == "東北"
    assert region_of("沖縄県") == "九州・沖縄"
    assert region_of("三重県") == "近畿"
    assert region_of("東京") is None
    assert prefecture_code("北海道") == 1
    assert prefecture_code("沖縄県") == 47


def test_prefecture_order_is_jis_order_with_unknown_names_last() -> None:
    assert prefecture_order(["沖縄県", "謎県", "北海道", "東京都", "北海道"]) == ["北海道", "東京都", "沖縄県", "謎県"]
