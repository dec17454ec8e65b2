"""The shipped official list of local governments and its lookups: find, search by reading, suggest, distance."""

from __future__ import annotations

import csv
import re
from collections import Counter

import pytest

from model import municipalities, paths
from model.importer import parse_volume, read_text
from model.library import Library
from model.municipalities import distance_km, find, reading_of, search, search_readings, suggest
from model.municipalities_build import WHEELS, check_digit
from model.prefectures import PREFECTURES

UNSEEN = paths.PROJECT_ROOT / "tests" / "data" / "vol2-sample.txt"
KATAKANA = re.compile(r"[ァ-ヶー]+")


def test_the_data_file_holds_47_prefectures_and_1741_municipalities() -> None:
    everything = municipalities.load()
    kinds = Counter(m.kind for m in everything)
    assert kinds == {"prefecture": 47, "city": 792, "town": 743, "village": 183, "ward": 23}
    assert sorted(m.prefecture for m in everything if m.is_prefecture) == sorted(PREFECTURES)
    assert {m.prefecture for m in everything} == set(PREFECTURES)
    codes = [m.code for m in everything]
    assert len(set(codes)) == len(codes) == 1788
    assert len({m.organization for m in everything}) == 1788
    assert all(re.fullmatch(r"\d{6}", c) and c[5] == check_digit(c[:5]) for c in codes)
    # The prefecture code is the code's first two digits, in JIS order.
    assert all(PREFECTURES[int(m.code[:2]) - 1] == m.prefecture for m in everything)


def test_every_reading_is_katakana_and_every_point_is_in_japan() -> None:
    for m in municipalities.load():
        assert KATAKANA.fullmatch(m.reading), m
        # From 与那国町 (122.9 E) to 南鳥島 (153.9 E), 沖ノ鳥島 (20.4 N) to 稚内 (45.6 N).
        assert 20.0 < m.lat < 45.6 and 122.9 < m.lon < 154.0, m


def test_every_municipality_lies_near_the_others_of_its_prefecture() -> None:
    # A point geocoded into the wrong prefecture (府中市 of 東京都 for 広島県's) would be hundreds of km away from
    # the prefecture's office; only island municipalities are that far, and they are far south or east.
    for m in municipalities.load():
        office = find(m.prefecture)
        assert office is not None
        d = distance_km(m, office)
        if d > 300:
            assert m.prefecture in ("北海道", "東京都", "鹿児島県", "沖縄県"), (m, d)


def test_every_case_organization_is_found() -> None:
    shipped = Library(paths.SHIPPED_LIBRARY, None).cases()
    unseen = parse_volume(read_text(UNSEEN), UNSEEN.name).cases
    assert len(shipped) == 13 and len(unseen) == 4
    for case in shipped + unseen:
        m = find(case.organization)
        assert m is not None, case.organization
        assert m.prefecture == case.prefecture
        assert m.is_prefecture == (case.municipality is None)
        assert m.name == (case.municipality or case.prefecture)


def test_the_csv_is_as_the_build_script_writes_it() -> None:
    with (paths.DATA_DIR / "municipalities.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["code", "kind", "prefecture", "name", "reading", "lat", "lon"]
    assert rows[1:] == sorted(rows[1:])
    licence = (paths.DATA_DIR / "municipalities-LICENSE.md").read_text(encoding="utf-8")
    for wheel, digest in WHEELS.items():  # the licence file names the very files the script builds from
        assert wheel in licence and digest in licence


def test_find_by_printed_name_bare_name_and_code() -> None:
    funagata = find("山形県舟形町")
    assert funagata is not None and funagata.code == "063631" and funagata.kind == "town"
    assert funagata.organization == "山形県舟形町"
    yamaguchi = find("山口県")
    assert yamaguchi is not None and yamaguchi.is_prefecture and yamaguchi.organization == "山口県"
    assert find(" 山形県　舟形町 ") == funagata  # white space, including the ideographic space
    assert find("舟形町") == funagata  # unique bare name
    assert find("府中市") is None  # 東京都府中市 and 広島県府中市
    assert find("東京都府中市") is not None and find("広島県府中市") is not None
    assert find("東京都千代田区") is not None and find("東京都千代田区").kind == "ward"  # type: ignore[union-attr]
    assert find("篠山市") is None  # renamed 丹波篠山市 in 2019
    assert find("山形県舟形村") is None
    assert find("") is None
    assert municipalities.by_code("063631") == funagata


@pytest.mark.parametrize("typed", ["ふながた", "フナガタ", "ﾌﾅｶﾞﾀ", "ふながたまち", "やまがたけんふながた", "舟形"])
def test_search_by_reading_in_any_kana(typed: str) -> None:
    assert [m.organization for m in search(typed)] == ["山形県舟形町"]


def test_search_ranks_exact_then_prefix_then_substring() -> None:
    assert [m.organization for m in search("さかたし")] == ["山形県酒田市"]
    assert [m.organization for m in search("府中")] == ["東京都府中市", "広島県府中市", "広島県府中町"]
    found = [m.organization for m in search("山形")]
    assert found[:2] == ["山形県", "山形県山形市"]  # exact name, then prefix in code order…
    assert "北海道上ノ国町" not in found and len(found) > 30  # …then every 山形県 organization
    assert search("") == [] and search("   ") == []
    assert len(search("し", limit=5)) == 5


def test_suggest_offers_close_names_for_a_typo() -> None:
    assert suggest("大坂府池田市")[0].organization == "大阪府池田市"
    assert suggest("篠山市")[0].organization == "兵庫県丹波篠山市"
    assert suggest("山形県舟形村")[0].organization == "山形県舟形町"
    assert len(suggest("山形", n=3)) == 3
    assert suggest("xyz") == []


def test_suggest_and_search_take_bounded_time_on_a_huge_input() -> None:
    # difflib is quadratic: the input is cut before comparing. A hang guard, not a speed target.
    assert len(suggest("あ" * 200_000)) <= 5
    assert search("山" * 200_000) == []


def test_readings_of_an_organization() -> None:
    assert reading_of("山形県舟形町") == "ヤマガタケンフナガタマチ"
    assert reading_of("山口県") == "ヤマグチケン"
    assert reading_of("どこにもない町") is None
    assert search_readings("山形県酒田市") == ["ヤマガタケンサカタシ", "サカタシ"]
    assert search_readings("山口県") == ["ヤマグチケン"]
    assert search_readings("謎県謎町") == []


def test_distance_between_town_halls() -> None:
    funagata, sakata = find("山形県舟形町"), find("山形県酒田市")
    assert funagata is not None and sakata is not None
    assert distance_km(funagata, funagata) == 0
    assert 40 < distance_km(funagata, sakata) < 60 and distance_km(funagata, sakata) == distance_km(sakata, funagata)
    sapporo, naha = find("北海道札幌市"), find("沖縄県那覇市")
    assert sapporo is not None and naha is not None
    assert 2200 < distance_km(sapporo, naha) < 2300  # great-circle distance Sapporo-Naha is about 2,245 km


def test_load_is_cached_and_returns_a_copy() -> None:
    first = municipalities.load()
    first.clear()
    assert len(municipalities.load()) == 1788
