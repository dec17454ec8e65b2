"""Exporting the library: a JSON array of case documents, or a CSV with one row per case for Excel."""

from __future__ import annotations

import csv
import io

import orjson

from model.case import Case

CSV_COLUMNS = (
    "id", "number", "category", "subcategory", "title", "organization", "prefecture", "municipality",
    "population_band", "population", "population_as_of", "is_new", "points", "overview", "effects",
    "initial_cost_yen", "initial_cost", "running_cost_yen", "running_cost", "lead_time", "schedule",
    "providers", "service", "operation", "other_participants", "contacts", "interview", "links", "awards",
    "source_file", "source_volume",
)


def to_json(cases: list[Case]) -> bytes:
    return orjson.dumps([c.to_doc() for c in cases], option=orjson.OPT_INDENT_2) + b"\n"


def _row(case: Case) -> list[object]:
    def lines(items: list[str]) -> str:
        return "\n".join(items)

    cost, sched, prov = case.cost, case.schedule, case.providers
    initial = cost.initial if cost else None
    running = cost.running if cost else None
    return [
        case.id, case.number, f"{case.category.number}．{case.category.name}",
        f"{case.subcategory.number} {case.subcategory.name}", case.title, case.organization, case.prefecture,
        case.municipality or "", case.population_band,
        case.population.persons if case.population and case.population.persons is not None else "",
        case.population.as_of or "" if case.population else "",
        "New" if case.is_new else "", lines(case.points), lines(case.overview), lines(case.effects),
        initial.yen if initial and initial.yen is not None else "", initial.text if initial else "",
        running.yen if running and running.yen is not None else "", running.text if running else "",
        sched.lead_time or "" if sched else "",
        lines([f"{s.when} {s.what}" for s in sched.steps]) if sched else "",
        lines(prov.companies) if prov else "", prov.service or "" if prov else "",
        prov.operation or "" if prov else "", lines(prov.others) if prov else "",
        lines([" ".join(x for x in (c.department, c.phone, c.email) if x) for c in case.contacts]),
        lines([f"Q. {qa.question}\nA. {qa.answer}" for qa in case.interview]),
        lines([f"{link.label} {link.url}".strip() for link in case.links]),
        lines(case.awards), case.source.file, case.source.volume,
    ]


def to_csv(cases: list[Case]) -> bytes:
    """UTF-8 with a BOM and CRLF line ends, so Excel opens it with Japanese intact."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for case in cases:
        writer.writerow(_row(case))
    return buf.getvalue().encode("utf-8-sig")
