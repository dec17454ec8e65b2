"""A case of the 自治体DX推進参考事例集 and its mapping to and from a TinyDB document.

The document format is described in docs/data-format.md; `Case.to_doc()` and
`Case.from_doc()` are its single implementation.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from model.i18n import translate

POPULATION_BANDS: tuple[str, ...] = (
    "都道府県",
    "1万人未満",
    "1万人以上5万人未満",
    "5万人以上10万人未満",
    "10万人以上30万人未満",
    "30万人以上",
)


def population_band_label(band: str) -> str:
    """`band` in the UI language. The stored value stays Japanese: it is case data, a filter key and a CSV column."""
    labels = {
        "都道府県": translate("PopulationBand", "都道府県"),
        "1万人未満": translate("PopulationBand", "1万人未満"),
        "1万人以上5万人未満": translate("PopulationBand", "1万人以上5万人未満"),
        "5万人以上10万人未満": translate("PopulationBand", "5万人以上10万人未満"),
        "10万人以上30万人未満": translate("PopulationBand", "10万人以上30万人未満"),
        "30万人以上": translate("PopulationBand", "30万人以上"),
    }
    return labels.get(band, band)


@dataclass(frozen=True)
class Numbered:
    """A category or subcategory: `{1, "体制整備"}`, `{2, "若手や現場の職員の声を…"}`."""

    number: int
    name: str


@dataclass(frozen=True)
class Population:
    persons: int | None  # 0.5万人 -> 5000
    text: str  # as printed: "0.5万人"
    as_of: str | None  # "令和６年１月１日"


@dataclass(frozen=True)
class CostLine:
    item: str
    yen: int | None
    text: str


@dataclass(frozen=True)
class CostEntry:
    yen: int | None  # 68,515千円 -> 68515000; None for －円 / 非公表
    text: str  # as printed: "68,515千円", "－円", "（非公表）"
    breakdown: list[CostLine] = field(default_factory=list)
    note: str | None = None  # （備考）


@dataclass(frozen=True)
class Cost:
    initial: CostEntry | None
    running: CostEntry | None
    note: str | None = None


@dataclass(frozen=True)
class ScheduleStep:
    when: str  # "R6.5~6"
    what: str


@dataclass(frozen=True)
class Schedule:
    lead_time: str | None  # "4か月"; None when printed as －
    steps: list[ScheduleStep] = field(default_factory=list)


@dataclass(frozen=True)
class Providers:
    companies: list[str] = field(default_factory=list)
    service: str | None = None
    operation: str | None = None
    others: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Contact:
    department: str
    phone: str | None
    email: str | None


@dataclass(frozen=True)
class QA:
    question: str
    answer: str


@dataclass(frozen=True)
class Link:
    label: str
    url: str


@dataclass(frozen=True)
class Source:
    file: str  # file name of the imported text, e.g. "vol1-taisei-seibi.txt"
    volume: str  # e.g. "体制整備"
    edition: str | None = None  # the volume's edition stamp as ASCII digits ("4.0" for 第4.0版), None when unknown


@dataclass(frozen=True)
class Case:
    id: str  # "1-05": category 1, case 5; unique across volumes
    number: int
    title: str
    organization: str  # as printed: "山形県舟形町", "山口県"
    prefecture: str
    municipality: str | None  # None for a prefecture's own case
    category: Numbered
    subcategory: Numbered
    population_band: str  # one of POPULATION_BANDS
    population: Population | None
    is_new: bool
    points: list[str]
    overview: list[str]
    effects: list[str]
    cost: Cost | None
    schedule: Schedule | None
    providers: Providers | None
    contacts: list[Contact]
    interview: list[QA]
    links: list[Link]
    awards: list[str]
    source: Source
    # the volume's note that the interview is printed in another volume, as printed (without its ※ mark):
    # "神戸市のインタビュー欄は、『人材確保･育成事例集』に掲載しています。"; None when the interview is here
    interview_note: str | None = None

    if not TYPE_CHECKING:  # (hidden from mypy: it would make every attribute of a Case look valid)

        def __getattr__(self, name: str) -> Any:
            # A case read from the start-up index (model/library_index.py) holds its summary fields only; the first
            # read of any other field loads the full document. Only called for attributes not in __dict__.
            rest = self.__dict__.get("_load_rest")
            if rest is None or name.startswith("__"):
                raise AttributeError(name)
            rest(self)
            return object.__getattribute__(self, name)

    def to_doc(self) -> dict[str, Any]:
        """The TinyDB document: plain JSON types only."""
        return asdict(self)

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Case:
        def opt(factory: Any, value: Any) -> Any:
            return None if value is None else factory(value)

        def entry(d: dict[str, Any]) -> CostEntry:
            return CostEntry(
                yen=d.get("yen"),
                text=d.get("text", ""),
                breakdown=[CostLine(**b) for b in d.get("breakdown", [])],
                note=d.get("note"),
            )

        def cost(d: dict[str, Any]) -> Cost:
            return Cost(initial=opt(entry, d.get("initial")), running=opt(entry, d.get("running")),
                        note=d.get("note"))

        def schedule(d: dict[str, Any]) -> Schedule:
            return Schedule(lead_time=d.get("lead_time"),
                            steps=[ScheduleStep(**s) for s in d.get("steps", [])])

        def providers(d: dict[str, Any]) -> Providers:
            return Providers(companies=list(d.get("companies", [])), service=d.get("service"),
                             operation=d.get("operation"), others=list(d.get("others", [])))

        return cls(
            id=doc["id"],
            number=int(doc["number"]),
            title=doc["title"],
            organization=doc["organization"],
            prefecture=doc["prefecture"],
            municipality=doc.get("municipality"),
            category=Numbered(**doc["category"]),
            subcategory=Numbered(**doc["subcategory"]),
            population_band=doc["population_band"],
            population=opt(lambda d: Population(**d), doc.get("population")),
            is_new=bool(doc.get("is_new", False)),
            points=list(doc.get("points", [])),
            overview=list(doc.get("overview", [])),
            effects=list(doc.get("effects", [])),
            cost=opt(cost, doc.get("cost")),
            schedule=opt(schedule, doc.get("schedule")),
            providers=opt(providers, doc.get("providers")),
            contacts=[Contact(**c) for c in doc.get("contacts", [])],
            interview=[QA(**q) for q in doc.get("interview", [])],
            links=[Link(**link) for link in doc.get("links", [])],
            awards=list(doc.get("awards", [])),
            source=Source(**doc["source"]),
            interview_note=doc.get("interview_note"),
        )
