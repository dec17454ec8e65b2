"""Plain-text renderings of cases for the terminal: one line per case, and every field of one case.

Labels come from the field table (`model.fields`), so the terminal says what the screen and the paper say.
"""

from __future__ import annotations

from model.case import Case, CostEntry
from model.fields import field, label
from model.i18n import translate


def case_line(case: Case) -> str:
    new = " [New]" if case.is_new else ""
    return f"{case.id}\t{case.organization}\t{case.population_band}\t{case.title}{new}"


def _cost_lines(key: str, entry: CostEntry | None) -> list[str]:
    if entry is None:
        return [f"  {label(key)}: －"]
    out = [f"  {label(key)}: {entry.text}"]
    out += [f"    ・{b.item} {b.text}".rstrip() for b in entry.breakdown]
    if entry.note:
        out.append(f"    {label('cost_note')}: {entry.note}")
    return out


def _header(case: Case) -> list[str]:
    def text(key: str) -> str:
        return field(key).text(case) or "－"

    muni = f"  {label('municipality')}: {case.municipality}" if case.municipality else ""
    return [
        f"{case.id}  {case.title}" + ("  [New]" if case.is_new else ""),
        "",
        f"{label('organization')}: {case.organization}",
        f"{label('prefecture')}: {case.prefecture}{muni}",
        f"{label('population_band')}: {text('population_band')}  {label('population')}: {text('population')}",
        f"{label('category')}: {text('category')} / {text('subcategory')}",
        f"{label('source')}: {text('source')}",
    ]


def case_text(case: Case) -> str:
    """Every field of a case, as a reader would want it in a terminal."""
    lines = _header(case)
    none = translate("cli", "（掲載なし）")

    def section(title: str, items: list[str], bullet: str = "○ ", empty: str = none) -> None:
        lines.extend(["", f"■ {title}"])
        lines.extend([f"{bullet}{x}" for x in items] or [empty])

    section(label("points"), case.points, "・")
    section(label("overview"), case.overview)
    section(label("effects"), case.effects)
    lines.extend(["", f"■ {label('cost')}"])
    if case.cost is None:
        lines.append(translate("cli", "（コストの掲載なし）"))
    else:
        lines += _cost_lines("initial_cost", case.cost.initial)
        lines += _cost_lines("running_cost", case.cost.running)
        if case.cost.note:
            lines.append(f"  {label('cost_note')}: {case.cost.note}")
    lines.extend(["", f"■ {label('schedule')}"])
    if case.schedule is None:
        lines.append(translate("cli", "（スケジュールの掲載なし）"))
    else:
        lines.append(f"  {label('lead_time')}: {case.schedule.lead_time or '－'}")
        lines += [f"  {s.when}  {s.what}" for s in case.schedule.steps]
    lines.extend(["", f"■ {label('providers')}"])
    if case.providers is None:
        lines.append(none)
    else:
        p = case.providers
        lines += [f"  {label('companies')}: {'、'.join(p.companies) or '－'}",
                  f"  {label('service')}: {p.service or '－'}",
                  f"  {label('operation')}: {p.operation or '－'}",
                  f"  {label('others')}: {'、'.join(p.others) or '－'}"]
    contact = translate("cli", "{department}（{phone_label}：{phone}、{email_label}：{email}）")
    contacts = [contact.format(department=c.department, phone_label=label("phone"), phone=c.phone or "－",
                               email_label=label("email"), email=c.email or "－") for c in case.contacts]
    section(label("department"), contacts, "")
    lines.extend(["", f"■ {label('interview')}"])
    if not case.interview:
        lines.append(translate("cli", "（この巻には掲載なし）"))
    for qa in case.interview:
        lines += [f"Q. {qa.question}", f"A. {qa.answer}", ""]
    section(label("links"), [f"{link.label} {link.url}".strip() for link in case.links], "・")
    section(label("awards"), case.awards, "・")
    return "\n".join(lines).rstrip() + "\n"
