"""`main.py similar` as a user runs it: the ranked list with a reason per row, one-line errors with exit code 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_cli import assert_clean_error, run


def rows(stdout: str) -> list[list[str]]:
    return [line.split("\t") for line in stdout.splitlines()]


def test_similar_ranks_the_shipped_cases_for_a_small_town_in_tohoku(user_home: Path) -> None:
    proc = run("similar", "山形県最上町", "--population", "8,000", home=user_home)
    assert proc.returncode == 0, proc.stderr
    listed = rows(proc.stdout)
    assert len(listed) == 13
    assert [r[1] for r in listed[:4]] == ["山形県舟形町", "福島県西会津町", "山形県酒田市", "福島県"]
    assert listed[0][3].startswith("同じ人口規模・山形県・約 ") and listed[0][3].endswith(" km")
    assert listed[1][3].startswith("同じ人口規模・東北・約 ")
    assert listed[0][0] == "1-05" and listed[0][2] == "1万人未満" and listed[0][4].startswith("係長級以下")
    assert "山形県最上町（1万人未満）" in proc.stderr and "13 件" in proc.stderr


def test_similar_by_band_with_a_limit_in_english(user_home: Path) -> None:
    proc = run("--lang", "en", "similar", "山口県", "--band", "都道府県", "--limit", "2", home=user_home)
    assert proc.returncode == 0, proc.stderr
    listed = rows(proc.stdout)
    assert [r[1] for r in listed] == ["山口県", "大分県"]
    assert listed[1][3].startswith("same population band · about ")


def test_a_bare_unique_name_and_a_code_work_too(user_home: Path) -> None:
    by_name = run("similar", "酒田市", "--population", "9.6万", home=user_home)
    by_code = run("similar", "062049", "--band", "5万人以上10万人未満", home=user_home)
    assert by_name.returncode == by_code.returncode == 0
    assert by_name.stdout == by_code.stdout
    assert rows(by_name.stdout)[0][:4] == ["1-09", "山形県酒田市", "5万人以上10万人未満", "同じ人口規模・自分の団体"]


def test_unknown_organization_suggests_close_names(user_home: Path) -> None:
    proc = run("similar", "山形県舟形村", "--population", "8000", home=user_home)
    assert_clean_error(proc, "山形県舟形村", "山形県舟形町")
    assert proc.stdout == ""
    assert_clean_error(run("similar", "府中市", "--population", "8000", home=user_home),
                       "東京都府中市", "広島県府中市")


@pytest.mark.parametrize("bad", ["0", "-5", "many", "1e9"])
def test_bad_population_is_exit_2(user_home: Path, bad: str) -> None:
    assert_clean_error(run("similar", "山形県舟形町", f"--population={bad}", home=user_home), "人口")


def test_bad_band_limit_or_missing_population_is_exit_2(user_home: Path) -> None:
    assert_clean_error(run("similar", "山形県舟形町", "--band", "2万人", home=user_home), "1万人未満")
    assert_clean_error(run("similar", "山形県舟形町", "--band", "都道府県", home=user_home), "都道府県")
    assert_clean_error(run("similar", "山形県舟形町", "--population", "8000", "--limit", "0", home=user_home),
                       "--limit")
    assert_clean_error(run("similar", "山形県舟形町", home=user_home), "--population")
    assert_clean_error(run("--lang", "en", "similar", "xyz", "--population", "8000", home=user_home), "xyz")


def test_search_by_reading(user_home: Path) -> None:
    for typed in ("ふながた", "ﾌﾅｶﾞﾀ"):
        proc = run("search", typed, home=user_home)
        assert proc.returncode == 0 and [r[1] for r in rows(proc.stdout)] == ["山形県舟形町"]
    proc = run("search", "さかたし", home=user_home)
    assert [r[1] for r in rows(proc.stdout)] == ["山形県酒田市"]
