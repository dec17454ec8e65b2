"""The fast `normalize` gives exactly what the plain definition gives: NFKC, casefold, kana fold, spaces folded.

`model.search` normalises a whole library's text in one pass with shortcuts (NFKC only around characters it can
change, a list-indexed kana table, split/join for white space); a search that found other cases than the plain
definition would be a silent bug, so random text full of the awkward characters is compared with it.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from model import search
from model.search import _HIRA_TO_KATA, normalize


def reference(text: str) -> str:
    """The definition in model/search.py's docstring, written the slow, obvious way."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_HIRA_TO_KATA)
    return re.sub(r"\s+", " ", text)


# Characters NFKC treats specially, mixed with the ordinary Japanese they sit among.
AWKWARD = st.one_of(
    st.sampled_from("ぁあがぱゝゞゟァアガヷヽヾ一工夫デジタル県市町村"),
    st.sampled_from("ﾃﾞｼﾞﾀﾙﾊﾟｶﾞｳﾞﾞﾟｰ｡｢｣"),  # half-width kana and their sound marks
    st.sampled_from("\u3099\u309a\u309b\u309c\u0301\u0308\u0323\u0345\u05b0\u0e38"),  # combining and spacing marks
    st.sampled_from("ＤＸＩＣＴ１２３（）：！～－　Ⅰⅱ①㈱㍻ﬁ\ufb01ß\u0130ΣςΩ\u212b"),
    st.sampled_from("\u2f2f\u2ecf\u2f00\uf900\ufa10"),  # Kangxi radicals, CJK compatibility ideographs
    st.sampled_from("\u1100\u1161\u11a8\uac00\uac01\u0b47\u0b3e\u0bc6\u0bbe\u09c7\u09be"),  # jamo, Indic vowels
    st.sampled_from(" \t\n\r\x0b\x0c\x1c\x85\xa0\u2000\u2028\u3000"),
    st.characters(max_codepoint=0xFFFF, exclude_categories=("Cs",)),
    st.characters(min_codepoint=0x10000, exclude_categories=("Cs",)),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(AWKWARD, min_size=0, max_size=1500).map("".join))
def test_normalize_equals_the_plain_definition(text: str) -> None:
    assert normalize(text) == reference(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(AWKWARD, min_size=1, max_size=200).map("".join))
def test_windowed_nfkc_equals_unicodedata(text: str) -> None:
    assert search._nfkc_windowed(text) == unicodedata.normalize("NFKC", text)


@pytest.mark.parametrize("text", ["", " ", "　　", " a ", "\na\n", "ａ　ｂ", "ﾃﾞｼﾞﾀﾙ" * 200, "か\u3099" * 300])
def test_edge_cases(text: str) -> None:
    assert normalize(text) == reference(text)


def test_composing_starters_cover_every_canonical_second_of_this_unicode_version() -> None:
    # The windowed NFKC treats characters outside the BMP as unstable, and finds the BMP ones itself; this
    # checks that no canonical composition anywhere has a BMP second half of class 0 it did not find.
    found = search._composing_starters()
    for cp in range(0x110000):
        d = unicodedata.decomposition(chr(cp)) if not 0xD800 <= cp <= 0xDFFF else ""
        if d and d[0] != "<" and len(d.split()) == 2:
            second = int(d.split()[1], 16)
            if second < 0x10000 and not unicodedata.combining(chr(second)):
                assert second in found, hex(second)
