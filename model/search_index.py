"""A bigram index over the library's normalised search texts: which texts hold each pair of adjacent characters.

A text holding a term holds each of the term's bigrams, so the texts listed under the term's rarest bigrams are a
superset of the texts holding it: `Library.search` checks the term in those only instead of scanning all 10 million
characters of 10,000 cases (a term of exactly two characters needs no check: its one list is the answer).

Built in idle slices after the search text (`add`), from the texts' UTF-16 code units (a bigram is two units as one
32-bit number, so building never makes a Python string per character): 2-3 s for 10,000 cases (7-9 million
postings, +32 MB of memory) in idle slices of 32 texts. Until it is complete the library scans as before.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence

_CODE = "I" if array("I").itemsize == 4 else "L"
# Candidates are narrowed with at most this many posting lists (the shortest ones): more cost more than they save.
_LISTS_PER_TERM = 3


def _units(text: str) -> bytes:
    return text.encode("utf-16-le", "surrogatepass")


def bigrams(text: str) -> set[int]:
    """The distinct bigrams of `text`, each two UTF-16 code units as one number (first | second << 16)."""
    raw = _units(text)
    n = len(raw) // 2
    if n < 2:
        return set()
    codes = set(array(_CODE, raw[:n // 2 * 4]))  # the pairs starting at even units
    codes.update(array(_CODE, raw[2:2 + (n - 1) // 2 * 4]))  # and at odd ones
    return codes


class BigramIndex:
    """The bigram postings of `texts` (positions into it, ascending), filled a slice at a time."""

    def __init__(self, texts: Sequence[str]) -> None:
        self._texts = texts
        self._postings: dict[int, array[int]] = {}
        self._next = 0

    @property
    def complete(self) -> bool:
        return self._next >= len(self._texts)

    def add(self, limit: int | None = None) -> bool:
        """Index up to `limit` more texts (all when None); True once every text is indexed."""
        texts = self._texts
        start = self._next
        end = len(texts) if limit is None else min(len(texts), start + max(limit, 0))
        postings = self._postings
        for i in range(start, end):
            for code in bigrams(texts[i]):
                found = postings.get(code)
                if found is None:
                    postings[code] = found = array(_CODE)
                found.append(i)
        self._next = end
        return self.complete

    def candidates(self, term: str) -> tuple[Sequence[int], bool] | None:
        """Positions of the texts that may hold `term`, ascending, and whether exactly those hold it; None when the
        index cannot tell (incomplete, or a term of one character)."""
        if not self.complete:
            return None
        codes = bigrams(term)
        if not codes:
            return None
        lists = []
        for code in codes:
            found = self._postings.get(code)
            if found is None:
                return [], True
            lists.append(found)
        lists.sort(key=len)
        if len(_units(term)) == 4:  # two code units: one bigram, and its texts are exactly the ones holding it
            return lists[0], True
        result: Sequence[int] = lists[0]
        for other in lists[1:_LISTS_PER_TERM]:
            if len(other) >= len(self._texts):
                break  # in every text: narrows nothing
            keep = set(other)
            result = [i for i in result if i in keep]
        return result, False
