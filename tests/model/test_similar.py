"""「近い団体の事例」: the ranking order, its reasons, population input and the 自分の団体 setting."""

from __future__ import annotations

import pytest

from model import i18n, paths
from model.case import POPULATION_BANDS, Case
from model.library import Library
from model.municipalities import Municipality, find
from model.similar import (
    MyOrganization,
    band_for,
    band_of,
    distance_text,
    organization_of,
    parse_band,
    parse_population,
    rank,
)
from tests.factories import make_case


def case_of(case_id: str, organization: str, band: str) -> Case:
    m = find(organization)
    prefecture = m.prefecture if m else organization[:3]
    municipality = None if m is not None and m.is_prefecture else organization.removeprefix(prefecture)
    return make_case(id=case_id, organization=organization, prefecture=prefecture, municipality=municipality,
                     population_band=band)


def me(organization: str) -> Municipality:
    found = find(organization)
    assert found is not None
    return found


# A town of about 8,000 in 山形県 (東北).
CASES = [
    case_of("1-01", "神奈川県横浜市", "30万人以上"),
    case_of("1-02", "沖縄県竹富町", "1万人未満"),  # same band, far away
    case_of("1-03", "山形県酒田市", "5万人以上10万人未満"),  # same prefecture, other band
    case_of("1-04", "福島県", "都道府県"),  # same region
    case_of("1-05", "福島県西会津町", "1万人未満"),  # same band, same region
    case_of("1-06", "山形県大蔵村", "1万人未満"),  # same band, same prefecture, next door
    case_of("1-07", "山形県小国町", "1万人未満"),  # same band, same prefecture, farther
    case_of("1-08", "架空県ゆめ町", "1万人未満"),  # same band, not in the official list
    case_of("1-09", "宮城県仙台市", "30万人以上"),  # same region, other band
]


def test_same_band_then_prefecture_then_region_then_distance() -> None:
    ranked = rank(CASES, me("山形県舟形町"), 8000)
    assert [r.case.id for r in ranked] == ["1-06", "1-07", "1-05", "1-02", "1-08", "1-03", "1-09", "1-04", "1-01"]
    first = ranked[0]
    assert first.same_band and first.same_prefecture and first.same_region
    assert first.distance_km is not None and first.distance_km < 15
    assert ranked[1].distance_km is not None and ranked[1].distance_km > first.distance_km
    # Within "same band, other region" the nearest comes first and the one without a location last.
    assert ranked[3].case.id == "1-02" and ranked[4].distance_km is None and ranked[4].municipality is None
    # 仙台市 (about 65 km) before the 福島県 office (about 100 km): both same region, other band.
    assert ranked[6].distance_km < ranked[7].distance_km  # type: ignore[operator]


def test_each_row_says_why() -> None:
    reasons = {r.case.id: r.reason for r in rank(CASES, me("山形県舟形町"), 8000)}
    assert reasons["1-06"].startswith("同じ人口規模・山形県・約 ") and reasons["1-06"].endswith(" km")
    assert reasons["1-05"].startswith("同じ人口規模・東北・約 1")  # about 140 km
    assert reasons["1-03"] == "山形県・約 49 km"
    assert reasons["1-08"] == "同じ人口規模・所在地不明"
    assert reasons["1-01"] == "約 370 km"
    assert reasons["1-02"].startswith("同じ人口規模・約 2,") and reasons["1-02"].count("・") == 1


def test_the_reason_in_english() -> None:
    english = {"同じ人口規模": "same population band", "東北": "Tōhoku", "約 {km} km": "about {km} km", "・": " · "}
    i18n.set_translator(lambda context, text: english.get(text, text))
    try:
        ranked = rank([case_of("1-05", "福島県西会津町", "1万人未満")], me("山形県舟形町"), 8000)
    finally:
        i18n.set_translator(None)
    assert ranked[0].reason.startswith("same population band · Tōhoku · about 1")
    assert ranked[0].parts[0] == "same population band"


def test_own_case_and_a_band_instead_of_a_population() -> None:
    cases = [case_of("1-01", "山形県酒田市", "5万人以上10万人未満"), case_of("1-02", "山形県舟形町", "1万人未満")]
    by_band = rank(cases, me("山形県酒田市"), "5万人以上10万人未満")
    assert [r.case.id for r in by_band] == ["1-01", "1-02"]
    assert by_band[0].reason == "同じ人口規模・自分の団体" and by_band[0].distance_km == 0
    assert [r.case.id for r in rank(cases, me("山形県酒田市"), 96000)] == ["1-01", "1-02"]
    assert [r.case.id for r in rank(cases, me("山形県酒田市"), 5000)] == ["1-02", "1-01"]


def test_a_prefecture_is_compared_with_prefectures_whatever_population_is_given() -> None:
    ranked = rank(CASES, me("山口県"), 1_280_000)
    assert ranked[0].case.id == "1-04" and ranked[0].same_band  # the only 都道府県 case
    assert band_for(me("山口県"), 5) == "都道府県"


def test_the_shipped_library_for_a_town_in_tohoku() -> None:
    ranked = rank(Library(paths.SHIPPED_LIBRARY, None).cases(), me("山形県最上町"), 8000)
    assert [r.case.organization for r in ranked[:4]] == ["山形県舟形町", "福島県西会津町", "山形県酒田市", "福島県"]


@pytest.mark.parametrize(("persons", "band"), [
    (1, "1万人未満"), (9_999, "1万人未満"), (10_000, "1万人以上5万人未満"), (49_999, "1万人以上5万人未満"),
    (50_000, "5万人以上10万人未満"), (100_000, "10万人以上30万人未満"), (299_999, "10万人以上30万人未満"),
    (300_000, "30万人以上"), (14_000_000, "30万人以上"),
])
def test_band_of(persons: int, band: str) -> None:
    assert band_of(persons) == band and band in POPULATION_BANDS


@pytest.mark.parametrize(("typed", "persons"), [
    ("8000", 8000), ("8,000", 8000), ("８０００", 8000), (" 8000人 ", 8000), ("0.8万", 8000), ("1.5万人", 15000),
    ("96000", 96000),
])
def test_parse_population(typed: str, persons: int) -> None:
    assert parse_population(typed) == persons


@pytest.mark.parametrize("typed", ["0", "-5", "abc", "8千", "1e3", "0.5", "nan万", "inf万", "1" * 200, "100000000"])
def test_bad_population_is_one_clear_line(typed: str) -> None:
    with pytest.raises(ValueError, match="人口は 1 以上の整数で入力してください") as info:
        parse_population(typed)
    assert "\n" not in str(info.value) and len(str(info.value)) < 120
    with pytest.raises(ValueError, match="人口を入力してください"):
        parse_population("  ")


@pytest.mark.parametrize("population", [0, -1, True])
def test_rank_rejects_a_bad_population(population: int) -> None:
    with pytest.raises(ValueError, match="人口は 1 以上"):
        rank(CASES, me("山形県舟形町"), population)


def test_bands_by_name_in_any_width_and_bad_bands() -> None:
    assert parse_band("１万人未満") == "1万人未満"
    assert parse_band(" 30万人以上 ") == "30万人以上"
    with pytest.raises(ValueError, match=r"人口規模が正しくありません: 2万人.*1万人未満"):
        parse_band("2万人")
    with pytest.raises(ValueError, match="都道府県"):
        rank(CASES, me("山形県舟形町"), "都道府県")


def test_unknown_and_ambiguous_organizations_name_close_ones() -> None:
    with pytest.raises(ValueError, match="公式の団体一覧にない団体です: 山形県舟形村（候補: 山形県舟形町"):
        organization_of("山形県舟形村")
    with pytest.raises(ValueError, match=r"同じ名前の団体が複数あります: 府中市.*東京都府中市、広島県府中市"):
        organization_of("府中市")
    with pytest.raises(ValueError, match=r"^公式の団体一覧にない団体です: xyz$"):
        organization_of("xyz")
    assert organization_of("063631").organization == "山形県舟形町"
    assert organization_of("舟形町").code == "063631"


def test_distance_text_rounds_to_what_a_reader_needs() -> None:
    assert distance_text(0.2) == "約 1 km"
    assert distance_text(48.7) == "約 49 km"
    assert distance_text(123.4) == "約 120 km"
    assert distance_text(2246.3) == "約 2,250 km"


def test_my_organization_round_trips_through_settings_strings() -> None:
    mine = MyOrganization.parse("山形県舟形町", "8,000")
    assert mine == MyOrganization("063631", 8000, None)
    assert mine.population_band == "1万人未満" and mine.municipality.name == "舟形町"
    stored = mine.to_settings()
    assert stored == {"code": "063631", "population": "8000", "band": ""}
    assert MyOrganization.from_settings(stored) == mine
    by_band = MyOrganization.parse("酒田市", band="5万人以上10万人未満")
    assert by_band == MyOrganization("062049", None, "5万人以上10万人未満")
    assert MyOrganization.from_settings(by_band.to_settings()) == by_band
    assert [r.case.id for r in mine.rank(CASES)][:2] == ["1-06", "1-07"]
    prefecture = MyOrganization.parse("山口県")
    assert prefecture.population_band == "都道府県"


def test_invalid_settings_input_raises_and_stale_settings_read_as_none() -> None:
    with pytest.raises(ValueError, match="人口を入力するか人口規模を選んでください"):
        MyOrganization.parse("山形県舟形町")
    with pytest.raises(ValueError, match="人口は 1 以上"):
        MyOrganization.parse("山形県舟形町", "0")
    with pytest.raises(ValueError, match="公式の団体一覧にない団体です"):
        MyOrganization.parse("山形県舟形村", "8000")
    assert MyOrganization.from_settings({}) is None
    assert MyOrganization.from_settings({"code": "999999", "population": "8000"}) is None
    assert MyOrganization.from_settings({"code": "063631", "population": "-3"}) is None


def test_typed_text_in_errors_is_one_bounded_line_without_control_characters() -> None:
    for parse, typed in ((organization_of, "\x1b[31m町\x07"), (parse_population, "\x1b" * 500),
                         (parse_band, "\x00\n2万")):
        with pytest.raises(ValueError) as info:
            parse(typed)  # type: ignore[operator]
        message = str(info.value)
        assert message.isprintable() and len(message) < 400, message  # 40 typed characters at most
        assert "\\u001b" in message or "\\u0000" in message
