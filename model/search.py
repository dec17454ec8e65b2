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

import re
import unicodedata
from dataclasses import dataclass

# Hiragana ぁ..ゖ and the iteration marks ゝゞ map onto their katakana counterparts (+0x60).
_HIRA_TO_KATA = {cp: cp + 0x60 for cp in [*range(0x3041, 0x3097), 0x309D, 0x309E]}
_SPACE_RE = re.compile(r"\s+")


def normalize(text: str) -> str:
    """The search form of `text`."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_HIRA_TO_KATA)
    return _SPACE_RE.sub(" ", text)


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
    # Normalise character by character, remembering which original character each normalised one came from.
    pieces: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        norm = " " if ch.isspace() else _normalize_char(ch)
        pieces.append(norm)
        origin.extend([i] * len(norm))
    haystack = "".join(pieces)
    spans: list[tuple[int, int]] = []
    for term in query.terms:
        start = haystack.find(term)
        while start != -1:
            end = start + len(term)
            spans.append((origin[start], origin[end - 1] + 1))
            start = haystack.find(term, end)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged
