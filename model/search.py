"""Japanese-aware search: normalisation of text and queries, matching and highlight spans.

Both sides are normalised the same way, so a user typing `dx` finds `ＤＸ`, `工夫` finds the PDF's `⼯夫`
(a Kangxi radical look-alike), and `でじたる` finds `デジタル`:

- NFKC (full-width ASCII and half-width kana to their usual forms, compatibility radicals to kanji);
- case-folding;
- hiragana to katakana;
- runs of white space to one space (query terms never contain white space, so they never match across fields).

Space-separated query terms (ASCII or ideographic space) are ANDed.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

# Hiragana ぁ..ゖ and the iteration marks ゝゞ map onto their katakana counterparts (+0x60).
_HIRA_TO_KATA = {cp: cp + 0x60 for cp in [*range(0x3041, 0x3097), 0x309D, 0x309E]}

# Texts at least this long take the windowed NFKC path (`_nfkc`); below it one unicodedata call is as fast.
_WINDOWED_NFKC_MIN = 512


def normalize(text: str) -> str:
    """The search form of `text`."""
    text = _nfkc(text).casefold().translate(_kana_table())
    return _fold_spaces(text)


def _fold_spaces(text: str) -> str:
    # Same result as re.sub(r"\s+", " ", text) (str.isspace and re's \s agree on every code point), about 3x
    # faster on a whole library's text: split() keeps no empty pieces, so an outer run of space is put back.
    folded = " ".join(text.split())
    if not folded:
        return " " if text else ""
    head = " " if text[0].isspace() else ""
    tail = " " if text[-1].isspace() else ""
    return head + folded + tail if head or tail else folded


@functools.cache
def _kana_table() -> list[int]:
    # str.translate with a dict raises and clears a KeyError for every character it does not map (nearly all);
    # a list covering the BMP maps every character by index: about 2x faster on Japanese text. Characters past
    # the BMP fall off the end of the list, which translate treats as unmapped, as with the dict.
    table = list(range(0x10000))
    for cp, kata in _HIRA_TO_KATA.items():
        table[cp] = kata
    return table


def _nfkc(text: str) -> str:
    """unicodedata.normalize("NFKC", text), normalising only around the characters NFKC can change.

    CPython's NFKC costs about 150 ns a character on Japanese text (0.9 s for the search text of 10,000 cases)
    even though almost every character stays as it is. NFKC works segment by segment, and a segment boundary
    lies before every *stable* character: one that NFKC leaves alone, of combining class 0, that never composes
    with the character before it. So each run of unstable characters (full-width letters, half-width kana,
    compatibility radicals, combining marks…) is normalised together with the one stable character before it,
    and the rest is copied: the result is identical (tests/model/test_normalize_equivalence.py checks it
    against unicodedata on random text).
    """
    if len(text) < _WINDOWED_NFKC_MIN:
        return unicodedata.normalize("NFKC", text)
    return _nfkc_windowed(text)


def _nfkc_windowed(text: str) -> str:
    out: list[str] = []
    pos = 0
    for match in _unstable_runs().finditer(text):
        start, end = match.span()
        if start > pos:
            start -= 1  # the stable character before the run may compose with it (か + ﾞ -> が)
        out.append(text[pos:start])
        out.append(unicodedata.normalize("NFKC", text[start:end]))
        pos = end
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


# Starters (combining class 0) that compose with the character before them, found by `_composing_starters`:
# Hangul vowel and trailing jamo compose algorithmically, so unicodedata.decomposition does not list them.
_HANGUL_V_T = (range(0x1161, 0x1176), range(0x11A8, 0x11C3))


def _composing_starters() -> set[int]:
    """BMP characters of combining class 0 that are the second half of some canonical composition."""
    found = {cp for r in _HANGUL_V_T for cp in r}
    for cp in range(0x10000):
        d = unicodedata.decomposition(chr(cp))
        if d and d[0] != "<":
            parts = d.split()
            if len(parts) == 2:
                second = int(parts[1], 16)
                if second < 0x10000 and not unicodedata.combining(chr(second)):
                    found.add(second)
    return found


@functools.cache
def _unstable_runs() -> re.Pattern[str]:
    """A regex matching runs of characters that NFKC might change or that may combine with their neighbour.

    Built from the running Python's unicodedata (about 25 ms, once), so it follows its Unicode version. Every
    character outside the BMP counts as unstable: rare in this data, and always correct.
    """
    unstable = _composing_starters()
    for cp in range(0x10000):
        ch = chr(cp)
        if 0xD800 <= cp <= 0xDFFF or unicodedata.combining(ch) or not unicodedata.is_normalized("NFKC", ch):
            unstable.add(cp)
    ranges: list[list[int]] = []
    for cp in sorted(unstable):
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    ranges.append([0x10000, 0x10FFFF])
    klass = "".join(f"\\U{a:08x}" if a == b else f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges)
    return re.compile(f"[{klass}]+")


_SOUND_MARKS = frozenset("\uff9e\uff9f\u309b\u309c")  # half-width and spacing (han)dakuten


def _normalize_char(ch: str) -> str:
    return unicodedata.normalize("NFKC", ch).casefold().translate(_HIRA_TO_KATA)


@dataclass(frozen=True)
class Query:
    """A parsed query: normalised terms that must all occur."""

    terms: tuple[str, ...]

    @classmethod
    def parse(cls, text: str) -> Query:
        terms: list[str] = []
        for term in normalize(text).split(" "):
            if term and term not in terms:
                terms.append(term)
        return cls(tuple(terms))

    @property
    def is_empty(self) -> bool:
        return not self.terms

    def matches(self, normalised_haystack: str) -> bool:
        """True when every term occurs in an already-normalised text (empty query: everything)."""
        return all(term in normalised_haystack for term in self.terms)


def highlight_spans(text: str, query: Query | str) -> list[tuple[int, int]]:
    """Where the query's terms occur in `text`, as merged (start, end) offsets into the original `text`."""
    if isinstance(query, str):
        query = Query.parse(query)
    if query.is_empty or not text:
        return []
    # Normalise piece by piece, remembering which original characters each normalised one came from. A piece is a
    # character with the marks that follow it (ﾃﾞ, か + U+3099), since NFKC composes them into one character.
    pieces: list[str] = []
    origin: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and (text[j] in _SOUND_MARKS or unicodedata.combining(text[j])):
            j += 1
        unit = text[i:j]
        norm = " " if unit.isspace() else _normalize_char(unit)
        pieces.append(norm)
        origin.extend([(i, j)] * len(norm))
        i = j
    haystack = "".join(pieces)
    spans: list[tuple[int, int]] = []
    for term in query.terms:
        start = haystack.find(term)
        while start != -1:
            end = start + len(term)
            spans.append((origin[start][0], origin[end - 1][1]))
            start = haystack.find(term, end)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged
