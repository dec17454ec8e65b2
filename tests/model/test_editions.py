"""Matching two editions of a volume: the next edition is made from the shipped text as 総務省 would make it.

The "next edition" inserts a new case before case 5 (so every later case is renumbered), drops case 9, changes the
phone number of case 4, rewords the title of case 12 and re-spells the title of case 1 (『』, a half-width dot) —
edits to the text, parsed by the real importer, so the cases compared are what a user's import would produce.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from model.case import Case, Numbered
from model.editions import (
    EditionDiff,
    case_key,
    changed_fields,
    edition_report_lines,
    field_labels,
    match_editions,
    remap_keys,
)
from model.importer import parse_volume, read_text
from model.importer.pages import split_volume
from tests.factories import make_case

SEED = Path(__file__).resolve().parents[2] / "data" / "source" / "vol1-taisei-seibi.txt"

NEW_ORG = "山形県鮭川村"
NEW_TITLE = "住民の声を聞くデジタル窓口を職員ワーキンググループで設計"
OLD_TITLE_12 = "デジタル×デザインを戦略的に推進する体制の強化"
NEW_TITLE_12 = "デジタル×デザインによる全庁的なDX推進体制の強化"
OLD_TITLE_1 = "「山口県デジタル・ガバメント構築連携会議」を設置し、市町と意見交換しつつ、デジタル化を推進"
RESPELT_TITLE_1 = "『山口県デジタル･ガバメント構築連携会議』を設置し、市町と意見交換しつつ、デジタル化を推進"
_NUMBER_RE = re.compile(r"^(\s*(?:New\s+|NEW\s+)?)([0-9０-９]{1,4})(\s)")


def _renumber(line: str, number: int) -> str:
    return _NUMBER_RE.sub(lambda m: f"{m.group(1)}{number}{m.group(3)}", line, count=1)


def next_edition(text: str) -> str:
    """The shipped volume as its next edition would print it (see the module docstring)."""
    lines = text.splitlines()
    spans = {s.number: s for s in split_volume(text).cases}
    blocks = {number: lines[span.start:span.end] for number, span in spans.items()}
    head = lines[:spans[1].start]

    def titled(number: int) -> list[int]:
        return [k - spans[number].start for k in spans[number].title_lines]

    # case 4: a new phone number (the contact bar as extracted: labels glued to the values)
    blocks[4] = [t.replace("024-521-7134", "024-521-7000") for t in blocks[4]]
    # case 12: reworded title, on every page
    blocks[12] = [t.replace(OLD_TITLE_12, NEW_TITLE_12) for t in blocks[12]]
    # case 1: the same words, spelt differently
    blocks[1] = [t.replace(OLD_TITLE_1, RESPELT_TITLE_1) for t in blocks[1]]
    inserted = [t.replace("係長級以下のWGから意見をデジタルファースト推進本部幹事会が吸い上げ", NEW_TITLE)
                .replace("舟形町", "鮭川村") for t in blocks[5]]

    order: list[tuple[list[str], list[int]]] = []
    for number in range(1, 14):
        if number == 5:
            order.append((inserted, titled(5)))
        if number == 9:
            continue  # dropped from the edition
        order.append((blocks[number], titled(number)))
    out = list(head)
    for new_number, (block, title_lines) in enumerate(order, start=1):
        block = list(block)
        for k in title_lines:
            block[k] = _renumber(block[k], new_number)
        out += block
    return "\n".join(out) + "\n"


@pytest.fixture(scope="module")
def editions() -> tuple[list[Case], list[Case]]:
    text = read_text(SEED)
    old = parse_volume(text, SEED.name)
    new = parse_volume(next_edition(text), "vol1-taisei-seibi-5.0.txt")
    assert old.warnings == [] and new.warnings == []
    return old.cases, new.cases


@pytest.fixture(scope="module")
def diff(editions: tuple[list[Case], list[Case]]) -> EditionDiff:
    return match_editions(*editions)


def by_org(cases: list[Case]) -> dict[str, Case]:
    return {c.organization: c for c in cases}


# -- the test edition is what it claims to be ------------------------------------------------------------------

def test_next_edition_is_renumbered_as_printed(editions: tuple[list[Case], list[Case]]) -> None:
    old, new = editions
    assert len(old) == 13 and len(new) == 13
    assert by_org(new)[NEW_ORG].id == "1-05"
    assert by_org(old)["山形県舟形町"].id == "1-05" and by_org(new)["山形県舟形町"].id == "1-06"
    assert by_org(old)["山形県酒田市"].id == "1-09" and "山形県酒田市" not in by_org(new)
    # the id 1-09 now names another organization's case: what used to move notes onto the wrong case
    assert by_org(new)["福島県西会津町"].id == "1-09"


# -- pairing ---------------------------------------------------------------------------------------------------

def test_every_old_case_is_paired_with_its_organizations_case(diff: EditionDiff,
                                                              editions: tuple[list[Case], list[Case]]) -> None:
    old, new = editions
    assert all(o.organization == n.organization for o, n in diff.pairs)
    assert {o.organization for o, _ in diff.pairs} == {c.organization for c in old} - {"山形県酒田市"}
    old_org = {c.id: c.organization for c in old}
    new_org = {c.id: c.organization for c in new}
    assert len(diff.id_map) == 12
    assert all(old_org[o] == new_org[n] for o, n in diff.id_map.items())


def test_added_removed_and_updated_are_named(diff: EditionDiff) -> None:
    assert [(c.id, c.organization, c.title) for c in diff.added] == [("1-05", NEW_ORG, NEW_TITLE)]
    assert [(c.id, c.organization) for c in diff.removed] == [("1-09", "山形県酒田市")]
    updated = {(ch.old.id, ch.new.id, ch.new.organization): ch.fields for ch in diff.updated}
    assert updated == {
        ("1-01", "1-01", "山口県"): ("title",),  # re-spelt: same key, but the printed title did change
        ("1-04", "1-04", "福島県"): ("contacts",),
        ("1-12", "1-12", "神奈川県横浜市"): ("title",),  # reworded: paired by organization and subcategory
    }
    assert diff.unchanged == 10 - 1  # 13 old - removed - 3 updated
    assert not diff.is_empty


def test_renumbering_is_reported_separately(diff: EditionDiff) -> None:
    # inserted before 5: 5..8 move up one; dropping 9 brings 10..13 back to their numbers
    assert diff.renumbered == [("1-05", "1-06"), ("1-06", "1-07"), ("1-07", "1-08"), ("1-08", "1-09")]
    assert diff.id_map["1-10"] == "1-10" and "1-09" not in diff.id_map


def test_the_changed_phone_is_the_only_difference(diff: EditionDiff) -> None:
    change = next(ch for ch in diff.updated if ch.new.organization == "福島県")
    assert [c.phone for c in change.old.contacts] == ["024-521-7134"]
    assert [c.phone for c in change.new.contacts] == ["024-521-7000"]


def test_same_text_twice_is_an_empty_diff(editions: tuple[list[Case], list[Case]]) -> None:
    old, _ = editions
    again = parse_volume(read_text(SEED), "copy.txt").cases  # another file name: the source does not count
    diff = match_editions(old, again)
    assert diff.is_empty
    assert diff.unchanged == 13 and diff.added == diff.removed == diff.updated == diff.renumbered == []
    assert diff.id_map == {c.id: c.id for c in old}
    assert edition_report_lines(diff) == ["変更はありません（13 件）"]


# -- the key -----------------------------------------------------------------------------------------------------

def test_key_ignores_width_brackets_and_spaces_but_not_words() -> None:
    case = make_case(title="「ＤＸ推進」の体制 整備", organization="福島県")
    assert case_key(case) == case_key(replace(case, title="『DX推進』の体制整備。"))
    assert case_key(case) == case_key(replace(case, id="1-09", number=9))
    assert case_key(case) != case_key(replace(case, title="「ＤＸ推進」の体制整備の取組"))
    assert case_key(case) != case_key(replace(case, organization="福島県西会津町"))
    # the same case text in another volume is another case
    assert case_key(case) != case_key(replace(case, category=Numbered(2, "人材確保・育成")))


def test_seed_keys_are_unique(editions: tuple[list[Case], list[Case]]) -> None:
    old, new = editions
    assert len({case_key(c) for c in old}) == 13 and len({case_key(c) for c in new}) == 13


def test_retitle_fallback_only_when_unambiguous() -> None:
    sub = Numbered(2, "若手や現場の職員の声をDX推進に取り入れる体制の整備")
    a = make_case(id="1-05", number=5, organization="山形県舟形町", municipality="舟形町", subcategory=sub,
                  title="WGの意見を吸い上げ")
    b = replace(a, id="1-06", number=6, title="アイデアソンを実施")
    # one retitled case of the organization in the subcategory: paired
    one = match_editions([a], [replace(a, title="WGの意見を幹事会が吸い上げ")])
    assert [(o.id, n.id) for o, n in one.pairs] == [("1-05", "1-05")] and one.updated[0].fields == ("title",)
    # two old and two new: which is which cannot be told, so nothing is guessed
    two = match_editions([a, b], [replace(a, title="別の事例名1"), replace(b, title="別の事例名2")])
    assert two.pairs == [] and len(two.removed) == 2 and len(two.added) == 2
    # the same organization in another subcategory is not the same case
    other = match_editions([a], [replace(a, title="別の事例名", subcategory=Numbered(3, "外部デジタル人材"))])
    assert other.pairs == [] and other.removed == [a]


def test_same_key_twice_pairs_in_page_order() -> None:
    a = make_case(id="1-01", number=1)
    b = replace(a, id="1-02", number=2, effects=["二つ目"])
    diff = match_editions([a, b], [replace(a, id="1-02", number=2), replace(b, id="1-03", number=3)])
    assert diff.id_map == {"1-01": "1-02", "1-02": "1-03"} and diff.updated == []


def test_changed_fields_ignore_where_the_case_is_printed() -> None:
    a = make_case()
    assert changed_fields(a, replace(a, id="1-20", number=20, source=replace(a.source, file="x.txt"))) == ()
    assert changed_fields(a, replace(a, is_new=True, awards=["賞"])) == ("is_new", "awards")


# -- bookmarks ---------------------------------------------------------------------------------------------------

def test_bookmarks_follow_their_case(diff: EditionDiff, editions: tuple[list[Case], list[Case]]) -> None:
    old, new = editions
    yokohama_key = case_key(by_org(old)["神奈川県横浜市"])
    fates = remap_keys(diff, ["1-05", "1-09", yokohama_key, "1-02", "2-01", "no-such-key"])
    assert set(fates) == {"1-05", "1-09", yokohama_key, "1-02"}

    moved = fates["1-05"]  # 舟形町: renumbered
    assert (moved.new_id, moved.moved, moved.left) == ("1-06", True, False)
    assert moved.new_key == case_key(by_org(new)["山形県舟形町"])

    gone = fates["1-09"]  # 酒田市: not in the new edition; not 西会津町, which has 1-09 now
    assert gone.left and gone.new_id is None and gone.new_key is None
    assert gone.last is not None and (gone.last.organization, gone.last.id) == ("山形県酒田市", "1-09")

    retitled = fates[yokohama_key]  # same id, new key: the bookmark must be rewritten to the new key
    assert retitled.new_id == "1-12" and retitled.moved
    assert retitled.new_key == case_key(by_org(new)["神奈川県横浜市"]) != yokohama_key

    assert fates["1-02"].new_id == "1-02" and not fates["1-02"].moved


# -- the summary -------------------------------------------------------------------------------------------------

def test_report_names_each_case_and_the_counts(diff: EditionDiff) -> None:
    lines = edition_report_lines(diff)
    assert lines == [
        f"新規 1-05 {NEW_ORG}：{NEW_TITLE}",
        "更新 1-01 山口県：事例名",
        "更新 1-04 福島県：担当部署",
        "更新 1-12 神奈川県横浜市：事例名",
        f"掲載終了 1-09 山形県酒田市：{next(c.title for c in diff.removed)}",
        "番号の変わった事例 4 件",
        "変更なし 9 件",
    ]


def test_report_shows_the_old_id_of_a_renumbered_update() -> None:
    a = make_case(id="1-04", number=4)
    diff = match_editions([a], [replace(a, id="1-05", number=5, effects=["変更"], awards=["賞"])])
    assert edition_report_lines(diff)[0] == "更新 1-05（旧 1-04） 福島県：事業効果、受賞歴等"


def test_report_goes_through_the_translator(diff: EditionDiff) -> None:
    seen: list[tuple[str, str]] = []

    def english(context: str, text: str) -> str:
        seen.append((context, text))
        return {"新規 {id} {organization}：{title}": "New {id} {organization}: {title}",
                "変更なし {count} 件": "Unchanged: {count}"}.get(text, text)

    lines = edition_report_lines(diff, translate=english)
    assert lines[0] == f"New 1-05 {NEW_ORG}: {NEW_TITLE}" and lines[-1] == "Unchanged: 9"
    assert "更新 1-04 福島県：担当部署" in lines  # field names are the field table's labels
    assert {c for c, _ in seen} == {"Editions"}


def test_every_compared_field_has_a_label() -> None:
    from model.editions import COMPARED_FIELDS

    assert set(field_labels()) == set(COMPARED_FIELDS)
