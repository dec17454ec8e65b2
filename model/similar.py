"""「近い団体の事例」: cases ranked by how close their organization is to the user's own (自分の団体).

Order: same population band first, then same prefecture, then same region (model.prefectures.REGIONS), then the
distance between the town halls, nearest first (library order among equals; a case whose organization is not in
the official list comes last within its group). Each result says why, from translated parts:
「同じ人口規模・東北・約 120 km」.

`MyOrganization` is the 自分の団体 setting: an official code with a population or a band, parsed and validated
from what the user typed, stored as plain strings (the GUI keeps them in QSettings).
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from model import municipalities
from model.case import POPULATION_BANDS, Case, population_band_label
from model.i18n import translate
from model.municipalities import Municipality, distance_km
from model.prefectures import region_label, region_of

PREFECTURE_BAND = POPULATION_BANDS[0]  # 都道府県

# Upper limits (exclusive) of the municipal bands, as the casebook prints them.
_BAND_LIMITS: tuple[tuple[int, str], ...] = (
    (10_000, "1万人未満"),
    (50_000, "1万人以上5万人未満"),
    (100_000, "5万人以上10万人未満"),
    (300_000, "10万人以上30万人未満"),
)
_TOP_BAND = "30万人以上"
MAX_POPULATION = 99_999_999  # more than any single organization (東京都: about 14 million)
_MAX_TYPED = 40  # longer input is an error without being parsed


@dataclass(frozen=True)
class Ranked:
    """One case of the ranking and why it is where it is."""

    case: Case
    reason: str  # the parts joined: 「同じ人口規模・東北・約 120 km」
    parts: tuple[str, ...]
    distance_km: float | None  # between the town halls; None when the case's organization is not in the list
    same_band: bool
    same_prefecture: bool
    same_region: bool
    municipality: Municipality | None  # the case's organization in the official list


def _shown(text: str) -> str:
    """What the user typed, for an error message: one line, bounded, control characters escaped."""
    folded = " ".join(text[:_MAX_TYPED * 4].split())
    cut = folded[:_MAX_TYPED] + ("…" if len(folded) > _MAX_TYPED else "")
    return "".join(ch if ch.isprintable() else f"\\u{ord(ch):04x}" for ch in cut) or "''"


def _join(names: Iterable[str]) -> str:
    return translate("Similar", "、").join(names)


def band_of(persons: int) -> str:
    """The municipal population band of `persons` (one of POPULATION_BANDS other than 都道府県)."""
    for limit, band in _BAND_LIMITS:
        if persons < limit:
            return band
    return _TOP_BAND


def _population_error(text: str) -> ValueError:
    shown = _shown(text)
    return ValueError(translate("Similar", "人口は 1 以上の整数で入力してください（例: 8000、0.8万）: {text}").format(
        text=shown))


def parse_population(text: str) -> int:
    """Persons from what a user typed: 「8000」, 「8,000」, 「８０００人」, 「0.8万」 -> 8000.

    Raises ValueError with a translated one-line message for empty, non-numeric, zero or negative input.
    """
    if not text.strip():
        raise ValueError(translate("Similar", "人口を入力してください"))
    if len(text) > _MAX_TYPED:
        raise _population_error(text)
    typed = "".join(unicodedata.normalize("NFKC", text).split()).replace(",", "").removesuffix("人")
    scale = 1
    if typed.endswith("万"):
        typed, scale = typed[:-1], 10_000
    try:
        if scale == 1 and not typed.lstrip("+-").isdigit():
            raise ValueError(text)
        value = float(typed) * scale
    except ValueError:
        raise _population_error(text) from None
    if not math.isfinite(value) or value < 1 or value > MAX_POPULATION or value != int(value):
        raise _population_error(text)
    return int(value)


def parse_band(text: str) -> str:
    """One of POPULATION_BANDS from its Japanese name (any width: 「１万人未満」) or its label in the UI language."""
    typed = unicodedata.normalize("NFKC", text.strip())[:_MAX_TYPED * 2]
    for band in POPULATION_BANDS:
        if typed in (band, population_band_label(band)):
            return band
    raise ValueError(translate("Similar", "人口規模が正しくありません: {band}（{choices}）").format(
        band=_shown(text), choices=_join(population_band_label(b) for b in POPULATION_BANDS)))


def organization_of(text: str) -> Municipality:
    """The official organization named (or coded) by `text`; ValueError naming close names when there is none."""
    found = municipalities.by_code(text) if text.strip().isdigit() else municipalities.find(text)
    if found is not None:
        return found
    shown = _shown(text)
    same_name = municipalities.named(text)
    if len(same_name) > 1:
        message = translate("Similar", "同じ名前の団体が複数あります: {name}（都道府県名から入力: {names}）")
        raise ValueError(message.format(name=shown, names=_join(m.organization for m in same_name)))
    close = _join(m.organization for m in municipalities.suggest(text))
    if close:
        message = translate("Similar", "公式の団体一覧にない団体です: {name}（候補: {names}）").format(
            name=shown, names=close)
    else:
        message = translate("Similar", "公式の団体一覧にない団体です: {name}").format(name=shown)
    raise ValueError(message)


def band_for(me: Municipality, population: int | str) -> str:
    """The band `me` is compared in: 都道府県 for a prefecture, else that of the population or the given band."""
    if me.is_prefecture:
        return PREFECTURE_BAND
    if isinstance(population, str):
        band = parse_band(population)
        if band == PREFECTURE_BAND:
            raise ValueError(translate("Similar", "市区町村の人口規模に「都道府県」は選べません"))
        return band
    if isinstance(population, bool) or not isinstance(population, int) or population < 1:
        raise _population_error(str(population))
    return band_of(population)


def distance_text(km: float) -> str:
    """「約 120 km」: whole km below 100, tens of km above."""
    rounded = round(km) if km < 100 else int(round(km, -1))
    return translate("Similar", "約 {km} km").format(km=f"{max(rounded, 1):,}")


@dataclass(frozen=True)
class _Place:
    """What ranking needs of one organization (shared by all its cases)."""

    municipality: Municipality | None
    distance_km: float | None
    same_prefecture: bool
    same_region: bool
    parts: tuple[str, ...]  # the reason's parts after the band: where it is


def _place(organization: str, prefecture: str, me: Municipality) -> _Place:
    theirs = municipalities.find(organization)
    km = None if theirs is None else distance_km(me, theirs)
    my_region = region_of(me.prefecture)
    same_prefecture = prefecture == me.prefecture
    same_region = my_region is not None and region_of(prefecture) == my_region
    parts: list[str] = []
    if theirs is not None and theirs.code == me.code:
        parts.append(translate("Similar", "自分の団体"))
    elif same_prefecture:
        parts.append(prefecture)
    elif same_region and my_region is not None:
        parts.append(region_label(my_region))
    if theirs is None:
        parts.append(translate("Similar", "所在地不明"))
    elif theirs.code != me.code:
        parts.append(distance_text(km or 0.0))
    return _Place(theirs, km, same_prefecture, same_region, tuple(parts))


def rank(cases: Iterable[Case], me: Municipality, population: int | str) -> list[Ranked]:
    """`cases` ranked for the organization `me` of `population` persons or of the band `population`.

    Raises ValueError (a translated line) for a population below 1, a non-numeric one or an unknown band.
    """
    my_band = band_for(me, population)
    separator = translate("Similar", "・")
    same_band_text = translate("Similar", "同じ人口規模")
    places: dict[tuple[str, str], _Place] = {}  # many cases share an organization
    keyed: list[tuple[tuple[bool, bool, bool, float, int], Ranked]] = []
    for order, case in enumerate(cases):
        where = places.get((case.organization, case.prefecture))
        if where is None:
            where = places[case.organization, case.prefecture] = _place(case.organization, case.prefecture, me)
        same_band = case.population_band == my_band
        parts = (same_band_text, *where.parts) if same_band else where.parts
        ranked = Ranked(case=case, reason=separator.join(parts), parts=parts, distance_km=where.distance_km,
                        same_band=same_band, same_prefecture=where.same_prefecture, same_region=where.same_region,
                        municipality=where.municipality)
        km = math.inf if where.distance_km is None else where.distance_km
        keyed.append(((not same_band, not where.same_prefecture, not where.same_region, km, order), ranked))
    keyed.sort(key=lambda item: item[0])
    return [r for _, r in keyed]


@dataclass(frozen=True)
class MyOrganization:
    """自分の団体: an organization of the official list and its population (persons) or band."""

    code: str
    population: int | None = None
    band: str | None = None  # set when the user picked a band instead of entering a population

    @property
    def municipality(self) -> Municipality:
        found = municipalities.by_code(self.code)
        if found is None:
            raise ValueError(translate("Similar", "公式の団体一覧にない団体です: {name}").format(name=self.code))
        return found

    @property
    def population_band(self) -> str:
        return band_for(self.municipality, self.criterion)

    @property
    def criterion(self) -> int | str:
        """What rank() takes: the population when known, else the band."""
        if self.population is not None:
            return self.population
        return self.band or PREFECTURE_BAND

    def rank(self, cases: Iterable[Case]) -> list[Ranked]:
        return rank(cases, self.municipality, self.criterion)

    @classmethod
    def parse(cls, organization: str, population: str = "", band: str = "") -> MyOrganization:
        """From what the user typed or picked; ValueError with one translated line for anything invalid.

        A prefecture needs neither population nor band (it is compared as 都道府県); a municipality needs one.
        """
        me = organization_of(organization)
        if population.strip():
            persons = parse_population(population)
            return cls(me.code, persons, None)
        if band.strip():
            chosen = band_for(me, band)
            return cls(me.code, None, None if me.is_prefecture else chosen)
        if me.is_prefecture:
            return cls(me.code)
        raise ValueError(translate("Similar", "人口を入力するか人口規模を選んでください"))

    def to_settings(self) -> dict[str, str]:
        """Plain strings to store (QSettings): code, population (persons or empty), band (or empty)."""
        return {"code": self.code, "population": "" if self.population is None else str(self.population),
                "band": self.band or ""}

    @classmethod
    def from_settings(cls, values: Mapping[str, object]) -> MyOrganization | None:
        """What to_settings() stored; None when nothing valid is stored (never raises on stale settings)."""
        code = str(values.get("code") or "")
        if not code:
            return None
        try:
            return cls.parse(code, str(values.get("population") or ""), str(values.get("band") or ""))
        except ValueError:
            return None
