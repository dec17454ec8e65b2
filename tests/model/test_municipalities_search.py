"""The library's search finds a case by the reading of its organization, from the official list."""

from __future__ import annotations

from pathlib import Path

import pytest

from model import paths
from model.case import Numbered
from model.library import Library
from tests.factories import make_case


@pytest.mark.parametrize(("typed", "organization"), [
    ("ふながた", "山形県舟形町"), ("フナガタ", "山形県舟形町"), ("ﾌﾅｶﾞﾀ", "山形県舟形町"),
    ("さかたし", "山形県酒田市"), ("ｻｶﾀｼ", "山形県酒田市"), ("やまぐちけん", "山口県"),
])
def test_search_by_reading_finds_the_shipped_case(typed: str, organization: str) -> None:
    hits = Library(paths.SHIPPED_LIBRARY, None).search(typed)
    assert [c.organization for c in hits] == [organization]


def test_a_reading_joins_other_terms_and_narrowing(tmp_path: Path) -> None:
    lib = Library.open(user=tmp_path / "library.json")
    assert [c.organization for c in lib.search("やまがた")] == ["山形県舟形町", "山形県酒田市"]
    assert [c.organization for c in lib.search("やまがたけんさ")] == ["山形県酒田市"]  # typing on narrows
    assert [c.organization for c in lib.search("やまがた 外部人材")] == ["山形県酒田市"]
    assert lib.search("ふながたし") == []  # 舟形 is a 町 (まち)


def test_an_imported_case_is_found_by_reading_and_an_unlisted_name_still_by_its_text(tmp_path: Path) -> None:
    lib = Library.open(user=tmp_path / "library.json")
    lib.import_cases([
        make_case(id="2-01", organization="北海道札幌市", category=Numbered(2, "人材確保・育成")),
        make_case(id="2-02", number=2, organization="架空県ゆめ町", prefecture="架空県", municipality="ゆめ町",
                  category=Numbered(2, "人材確保・育成")),
    ])
    assert [c.id for c in lib.search("さっぽろ")] == ["2-01"]
    assert [c.id for c in lib.search("ユメ")] == ["2-02"]  # its own text, in any kana
    assert lib.prepare_search() and [c.id for c in lib.search("ゆめまち")] == []
