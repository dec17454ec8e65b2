"""Japanese-aware matching: what a user types finds what the PDF printed."""

from __future__ import annotations

from pathlib import Path

import pytest

from model.library import Library, case_docs_table
from model.search import Query, highlight_spans, normalize
from tests.factories import make_bare_case, make_case


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("DX", "ＤＸ推進"),
        ("dx", "ＤＸ推進"),
        ("工夫", "⼯夫している点"),  # U+2F2F KANGXI RADICAL WORK in the PDF text
        ("でじたる", "デジタル"),
        ("ﾃﾞｼﾞﾀﾙ", "デジタル"),
        ("１万人", "1万人未満"),
        ("ict", "ＩＣＴアドバイザー"),
    ],
)
def test_typed_form_matches_printed_form(typed: str, printed: str) -> None:
    assert Query.parse(typed).matches(normalize(printed))


def test_terms_are_anded_and_split_on_ideographic_space() -> None:
    q = Query.parse("福島　ＩＣＴ  派遣")
    assert q.terms == ("福島", "ict", "派遣")
    assert q.matches(normalize("福島県のＩＣＴアドバイザー派遣"))
    assert not q.matches(normalize("福島県のアドバイザー"))


def test_empty_query_matches_everything() -> None:
    q = Query.parse("   　 ")
    assert q.is_empty and q.matches("anything")


def test_terms_do_not_match_across_fields(tmp_path: Path) -> None:
    # "県DX" would only match by gluing the end of one field to the start of the next.
    lib = _library(tmp_path, [make_case(title="県", organization="DX市", prefecture="X", points=[])])
    assert lib.search("県") and not lib.search("県DX")


def test_highlight_spans_point_into_the_original_text() -> None:
    text = "本県の⼯夫とＤＸの推進"
    spans = highlight_spans(text, "工夫 dx")
    assert [text[s:e] for s, e in spans] == ["⼯夫", "ＤＸ"]


def test_highlight_spans_merge_overlaps() -> None:
    assert highlight_spans("デジタルデジタル", "ジタ タル") == [(1, 4), (5, 8)]


def _library(tmp_path: Path, cases: list) -> Library:
    import orjson

    path = tmp_path / "lib.json"
    path.write_bytes(orjson.dumps(case_docs_table(cases)))
    return Library.open_db(path)


def test_every_text_field_is_searchable(tmp_path: Path) -> None:
    lib = _library(tmp_path, [make_case(), make_bare_case()])
    for query, expected in [
        ("ＩＣＴアドバイザー派遣", "1-04"),  # title
        ("働き方改革", "1-11"),  # title of the other case
        ("神戸市", "1-11"),  # organization
        ("ニーズを把握", "1-04"),  # points / overview
        ("地元ベンター", "1-04"),  # effects
        ("アドバイザーの派遣費用", "1-04"),  # cost breakdown
        ("市町村へ募集", "1-04"),  # schedule
        ("利活用推進協議会", "1-04"),  # providers
        ("jouhou_kikaku", "1-04"),  # contact e-mail
        ("024-521-7134", "1-04"),  # contact phone
        ("支援メニューの改善", "1-04"),  # interview answer
    ]:
        assert [c.id for c in lib.search(query)] == [expected], query


def test_highlight_half_width_kana_with_sound_marks() -> None:
    text = "ﾃﾞｼﾞﾀﾙ窓口とデジタル"
    spans = highlight_spans(text, "デジタル")
    assert [text[s:e] for s, e in spans] == ["ﾃﾞｼﾞﾀﾙ", "デジタル"]
    combining = "小か\u3099っこう"
    assert [combining[s:e] for s, e in highlight_spans(combining, "がっこう")] == ["か\u3099っこう"]
