"""The official list of Japanese local governments (全国地方公共団体コード): names, readings, town-hall points.

data/municipalities.csv (built by model/municipalities_build.py, sources in data/municipalities-LICENSE.md) holds
the 47 prefectures and the 1,741 municipalities (792 市, 743 町, 183 村 and the 23 特別区 of 東京都). It is read on
first use, never at start-up, and never from the network.

An organization is named as the casebook prints it: 「山形県舟形町」 for a municipality, 「山口県」 for a
prefecture's own case (the prefecture is the organization).
"""

from __future__ import annotations

import functools
import math
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from model.i18n import translate
from model.paths import DATA_DIR
from model.search import normalize

DATA_FILE = DATA_DIR / "municipalities.csv"

KINDS = ("prefecture", "city", "ward", "town", "village")

EARTH_RADIUS_KM = 6371.0088  # mean radius (IUGG)

# Longest name or query compared character by character (difflib is quadratic): the longest official name,
# 「鹿児島県いちき串木野市」, has 11 characters.
_MAX_QUERY = 40


@dataclass(frozen=True)
class Municipality:
    """One prefecture or municipality of the official list."""

    code: str  # 全国地方公共団体コード, six digits with the check digit: "063631"
    name: str  # its own name: "舟形町"; for a prefecture the prefecture: "山形県"
    prefecture: str  # "山形県"
    reading: str  # reading of `name` in katakana: "フナガタマチ"
    lat: float  # the town hall (prefectural office for a prefecture), WGS 84
    lon: float
    kind: str  # one of KINDS

    @property
    def is_prefecture(self) -> bool:
        return self.kind == "prefecture"

    @property
    def organization(self) -> str:
        """The name as the casebook prints it: 「山形県舟形町」, 「山口県」."""
        return self.prefecture if self.is_prefecture else self.prefecture + self.name


def kind_label(kind: str) -> str:
    """`kind` in the UI language (都道府県, 市, 特別区, 町, 村)."""
    labels = {
        "prefecture": translate("Municipality", "都道府県"),
        "city": translate("Municipality", "市"),
        "ward": translate("Municipality", "特別区"),
        "town": translate("Municipality", "町"),
        "village": translate("Municipality", "村"),
    }
    return labels.get(kind, kind)


class _Index:
    """The loaded list with its lookups."""

    def __init__(self, rows: list[Municipality]) -> None:
        self.all = rows
        self.by_code = {m.code: m for m in rows}
        self.by_organization = {m.organization: m for m in rows}
        prefectures = {m.prefecture: m for m in rows if m.is_prefecture}
        self.full_reading = {
            m.code: m.reading if m.is_prefecture else prefectures[m.prefecture].reading + m.reading for m in rows}
        names: dict[str, list[Municipality]] = {}
        for m in rows:
            if not m.is_prefecture:
                names.setdefault(m.name, []).append(m)
        self.by_name = names

    @functools.cached_property
    def keys(self) -> list[tuple[Municipality, tuple[str, ...]]]:
        """What search() looks in, normalised: the organization, the own name, the full and the own reading."""
        return [(m, (normalize(m.organization), normalize(m.name), normalize(self.full_reading[m.code]),
                     normalize(m.reading))) for m in self.all]


def _read(path: Path) -> list[Municipality]:
    import csv

    with path.open(encoding="utf-8", newline="") as f:
        return [Municipality(code=r["code"], name=r["name"], prefecture=r["prefecture"], reading=r["reading"],
                             lat=float(r["lat"]), lon=float(r["lon"]), kind=r["kind"])
                for r in csv.DictReader(f)]


@functools.cache
def _index() -> _Index:
    return _Index(_read(DATA_FILE))


def load() -> list[Municipality]:
    """Every prefecture and municipality, in code order (read once, then cached)."""
    return list(_index().all)


def by_code(code: str) -> Municipality | None:
    return _index().by_code.get(code.strip())


def _clean(name: str) -> str:
    """`name` in the search form (model.search.normalize: width and kana folded), no white space, bounded."""
    return "".join(normalize(name[:_MAX_QUERY * 4]).split())[:_MAX_QUERY]


def _typed(name: str) -> str:
    """`name` as typed, compared with the list: NFKC (full-width letters, half-width kana), no white space."""
    return "".join(unicodedata.normalize("NFKC", name[:_MAX_QUERY * 4]).split())[:_MAX_QUERY + 1]


def find(name: str) -> Municipality | None:
    """The organization printed as `name` (「山形県舟形町」, 「山口県」); a bare municipality name
    (「舟形町」) when only one has it. White space and character width do not matter."""
    index = _index()
    found = index.by_organization.get(name)
    if found is None:
        key = _typed(name)
        found = index.by_organization.get(key)
        if found is None:
            same_name = index.by_name.get(key, [])
            found = same_name[0] if len(same_name) == 1 else None
    return found


def named(name: str) -> list[Municipality]:
    """The municipalities whose own name is `name` (「府中市」: 東京都's and 広島県's), in code order."""
    return list(_index().by_name.get(_typed(name), []))


def search(text: str, limit: int | None = None) -> list[Municipality]:
    """Organizations whose name or reading contains `text` (hiragana, katakana and half-width kana alike).

    Exact matches first, then names or readings starting with `text`, then the rest; code order within each.
    """
    query = _clean(text)
    if not query:
        return []
    ranked: list[tuple[int, str, Municipality]] = []
    for m, keys in _index().keys:
        if query in keys:
            ranked.append((0, m.code, m))
        elif any(k.startswith(query) for k in keys):
            ranked.append((1, m.code, m))
        elif any(query in k for k in keys):
            ranked.append((2, m.code, m))
    ranked.sort(key=lambda t: (t[0], t[1]))
    found = [m for _, _, m in ranked]
    return found if limit is None else found[:limit]


def suggest(name: str, n: int = 5) -> list[Municipality]:
    """Up to `n` organizations close to `name`, for an error message: names containing it first, then look-alikes."""
    out = search(name, limit=n)
    query = _clean(name)
    if len(out) < n and query:
        import difflib

        index = _index()
        candidates = {normalize(m.organization): m for m in index.all}
        candidates.update({normalize(m.name): m for m in index.all if len(index.by_name.get(m.name, [])) == 1})
        for key in difflib.get_close_matches(query, list(candidates), n=n * 2, cutoff=0.5):
            m = candidates[key]
            if m not in out:
                out.append(m)
            if len(out) >= n:
                break
    return out[:n]


def reading_of(organization: str) -> str | None:
    """The katakana reading of an organization, prefecture included: 「ヤマガタケンフナガタマチ」."""
    m = find(organization)
    return None if m is None else _index().full_reading[m.code]


def search_readings(organization: str) -> list[str]:
    """What the library adds to a case's search text so that its organization is found by reading:
    the full reading and the municipality's own one (「ヤマガタケンフナガタマチ」, 「フナガタマチ」)."""
    m = find(organization)
    if m is None:
        return []
    full = _index().full_reading[m.code]
    return [full] if m.is_prefecture else [full, m.reading]


def distance_km(a: Municipality, b: Municipality) -> float:
    """Great-circle distance between the two town halls (haversine, mean Earth radius)."""
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))
