"""Who a case is about: splitting 【山形県舟形町】 into prefecture and municipality, and population bands."""

from __future__ import annotations

import re

from model.case import POPULATION_BANDS
from model.importer.text import nfkc
from model.prefectures import PREFECTURES

PREFECTURE_BAND = POPULATION_BANDS[0]


def split_organization(organization: str) -> tuple[str, str | None] | None:
    """(prefecture, municipality or None) of an organisation as printed; None when it names no prefecture."""
    org = organization.strip()
    # Longest first is not needed (no prefecture name is a prefix of another), but 京都府/東京都 must match whole:
    # the head of each length a name has, looked up in the set of names.
    for length in _PREFECTURE_LENGTHS:
        pref = org[:length]
        if pref in _PREFECTURE_SET:
            rest = org[length:].strip()
            return pref, (rest or None)
    return None


_PREFECTURE_SET = frozenset(PREFECTURES)
_PREFECTURE_LENGTHS = sorted({len(p) for p in PREFECTURES})


_BAND_RE = re.compile(r"^(?:人口[:：]?)?(\d+万人(?:以上|未満))(\d+万人未満)?$")


def normalize_band(label: str) -> str | None:
    """The POPULATION_BANDS entry printed as `label` (`人口：１万人以上５万人未満` -> `1万人以上5万人未満`)."""
    plain = re.sub(r"\s+", "", nfkc(label))
    if plain == PREFECTURE_BAND:
        return PREFECTURE_BAND
    m = _BAND_RE.match(plain)
    if not m:
        return None
    band = m.group(1) + (m.group(2) or "")
    return band if band in POPULATION_BANDS else None


def is_partial_band(label: str) -> bool:
    """A label cut by the layout: `人口：10万人以上` whose `30万人未満` is on the next line."""
    plain = re.sub(r"\s+", "", nfkc(label))
    return bool(re.fullmatch(r"(?:人口[:：]?)?\d+万人以上", plain)) and normalize_band(plain) is None


def band_for_persons(count: int) -> str:
    """The municipal band of a population count, for a case whose pages lost their band label."""
    if count < 10_000:
        return "1万人未満"
    if count < 50_000:
        return "1万人以上5万人未満"
    if count < 100_000:
        return "5万人以上10万人未満"
    if count < 300_000:
        return "10万人以上30万人未満"
    return "30万人以上"
