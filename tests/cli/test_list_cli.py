"""`list` and `search` with the facet and sort options (the window's filters, from the command line)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_cli import assert_clean_error, run


def _ids(out: str) -> list[str]:
    return [line.split("\t")[0] for line in out.splitlines()]


def test_list_by_region_sorted_by_population_both_directions(user_home: Path) -> None:
    up = run("list", "--region", "東北", "--sort", "population", home=user_home)
    assert up.returncode == 0, up.stderr
    assert _ids(up.stdout) == ["1-05", "1-08", "1-09", "1-04"]  # 0.5万, 0.6万, 9.6万, 174万
    assert up.stdout.splitlines()[0].endswith("0.5万人（令和６年１月１日現在）")  # the figure sorted by
    down = run("list", "--region", "東北", "--sort", "population", "--desc", home=user_home)
    assert _ids(down.stdout) == ["1-04", "1-09", "1-08", "1-05"]
    assert "4 件" in up.stderr


def test_list_several_prefectures_bands_new_and_cost(user_home: Path) -> None:
    both = run("list", "--prefecture", "山形県", "福島", home=user_home)
    assert both.returncode == 0, both.stderr
    orgs = {line.split("\t")[1] for line in both.stdout.splitlines()}
    assert orgs and all(o.startswith(("山形県", "福島県")) for o in orgs)
    small = run("list", "--prefecture", "山形県", "福島", "--band", "1万人未満", home=user_home)
    assert set(_ids(small.stdout)) < set(_ids(both.stdout))
    assert all(line.split("\t")[2] == "1万人未満" for line in small.stdout.splitlines())
    costed = run("list", "--has-cost", "--sort", "initial-cost", home=user_home)
    assert costed.returncode == 0 and costed.stdout
    every = run("list", home=user_home)
    assert 0 < len(costed.stdout.splitlines()) < len(every.stdout.splitlines())
    assert costed.stdout.splitlines()[0].split("\t")[-1] != "－"  # cases with an initial cost figure first
    new = run("list", "--new", home=user_home)
    assert new.returncode == 0
    assert all("[New]" in line for line in new.stdout.splitlines())


@pytest.mark.parametrize(("args", "needle"), [
    (["--region", "北陸"], "九州・沖縄"),
    (["--sort", "title"], "lead-time"),
    (["--band", "2万人"], "30万人以上"),
    (["--status", "done"], "declined"),
    (["--prefecture", "京"], "沖縄県"),
])
def test_unknown_values_list_the_valid_ones(user_home: Path, args: list[str], needle: str) -> None:
    assert_clean_error(run("list", *args, home=user_home), needle)


def test_status_and_bookmarked_and_note_hits_in_search(user_home: Path) -> None:
    assert run("bookmarks", "add", "1-05", "--note", "資料送付の約束", "--status", "considering",
               home=user_home).returncode == 0
    assert run("bookmarks", "add", "1-09", home=user_home).returncode == 0
    assert _ids(run("list", "--status", "検討中", home=user_home).stdout) == ["1-05"]
    assert _ids(run("list", "--bookmarked", home=user_home).stdout) == ["1-05", "1-09"]
    hit = run("search", "資料送付", home=user_home)
    assert hit.returncode == 0, hit.stderr
    assert _ids(hit.stdout) == ["1-05"] and "[メモに一致]" in hit.stdout
    # search takes the filters too
    assert run("search", "資料送付", "--region", "関東", home=user_home).stdout == ""


def test_list_escapes_control_characters_of_a_note_free_listing(user_home: Path, tmp_path: Path) -> None:
    import orjson

    from model.case import Numbered
    from model.library import case_docs_table
    from tests.factories import make_bare_case

    db = tmp_path / "lib.json"
    bad = make_bare_case(title="悪い\x1b]0;題\x07", category=Numbered(1, "x"))
    db.write_bytes(orjson.dumps(case_docs_table([bad])))
    out = run("--db", db, "list", "--sort", "number", home=user_home)
    assert out.returncode == 0, out.stderr
    assert "\x1b" not in out.stdout and "\\x1b" in out.stdout
