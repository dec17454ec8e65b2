"""Plain-text renderings of cases for the terminal: one line per case, and every field of one case."""

from __future__ import annotations

from model.case import Case, CostEntry, population_band_label
from model.i18n import translate


def case_line(case: Case) -> str:
    new = " [New]" if case.is_new else ""
    return f"{case.id}\t{case.organization}\t{case.population_band}\t{case.title}{new}"


def _labels() -> dict[str, str]:
    return {
        "org": translate("cli", "団体名"),
        "pref": translate("cli", "都道府県"),
        "muni": translate("cli", "市区町村"),
        "band": translate("cli", "人口規模"),
        "pop": translate("cli", "人口"),
        "as_of": translate("cli", "（{date}現在）"),
        "category": translate("cli", "分類"),
        "source": translate("cli", "出典"),
        "overview": translate("cli", "事業の概要"),
        "effects": translate("cli", "事業効果"),
        "cost": translate("cli", "コスト"),
        "no_cost": translate("cli", "（コストの掲載なし）"),
        "initial": translate("cli", "イニシャルコスト"),
        "running": translate("cli", "ランニングコスト（1年あたり）"),
        "note": translate("cli", "備考"),
        "schedule": translate("cli", "スケジュール"),
        "no_schedule": translate("cli", "（スケジュールの掲載なし）"),
        "lead_time": translate("cli", "検討開始から導入までの期間"),
        "providers": translate("cli", "サービス提供事業者等"),
        "companies": translate("cli", "サービス提供事業者"),
        "service": translate("cli", "サービス名"),
        "operation": translate("cli", "運用形態"),
        "others": translate("cli", "その他参画主体"),
        "contacts": translate("cli", "担当部署"),
        "contact": translate("cli", "{department}（電話：{phone}、メール：{email}）"),
        "interview": translate("cli", "インタビュー"),
        "no_interview": translate("cli", "（この巻には掲載なし）"),
        "links": translate("cli", "関連URL"),
        "awards": translate("cli", "受賞歴等"),
        "none": translate("cli", "（掲載なし）"),
    }


def _cost_lines(label: str, entry: CostEntry | None, note_label: str) -> list[str]:
    if entry is None:
        return [f"  {label}: －"]
    out = [f"  {label}: {entry.text}"]
    out += [f"    ・{b.item} {b.text}".rstrip() for b in entry.breakdown]
    if entry.note:
        out.append(f"    {note_label}: {entry.note}")
    return out


def case_text(case: Case) -> str:
    """Every field of a case, as a reader would want it in a terminal."""
    L = _labels()
    pop = "－"
    if case.population:
        pop = case.population.text
        if case.population.as_of:
            pop += L["as_of"].format(date=case.population.as_of)
    muni = f"  {L['muni']}: {case.municipality}" if case.municipality else ""
    lines = [
        f"{case.id}  {case.title}" + ("  [New]" if case.is_new else ""),
        "",
        f"{L['org']}: {case.organization}",
        f"{L['pref']}: {case.prefecture}{muni}",
        f"{L['band']}: {population_band_label(case.population_band)}  {L['pop']}: {pop}",
        f"{L['category']}: {case.category.number}．{case.category.name} / "
        f"{case.subcategory.number} {case.subcategory.name}",
        f"{L['source']}: {case.source.volume} ({case.source.file})",
    ]

    def section(title: str, items: list[str], bullet: str = "○ ", empty: str = L["none"]) -> None:
        lines.extend(["", f"■ {title}"])
        lines.extend([f"{bullet}{x}" for x in items] or [empty])

    section("Point", case.points, "・")
    section(L["overview"], case.overview)
    section(L["effects"], case.effects)
    lines.extend(["", f"■ {L['cost']}"])
    if case.cost is None:
        lines.append(L["no_cost"])
    else:
        lines += _cost_lines(L["initial"], case.cost.initial, L["note"])
        lines += _cost_lines(L["running"], case.cost.running, L["note"])
        if case.cost.note:
            lines.append(f"  {L['note']}: {case.cost.note}")
    lines.extend(["", f"■ {L['schedule']}"])
    if case.schedule is None:
        lines.append(L["no_schedule"])
    else:
        lines.append(f"  {L['lead_time']}: {case.schedule.lead_time or '－'}")
        lines += [f"  {s.when}  {s.what}" for s in case.schedule.steps]
    lines.extend(["", f"■ {L['providers']}"])
    if case.providers is None:
        lines.append(L["none"])
    else:
        p = case.providers
        lines += [f"  {L['companies']}: {'、'.join(p.companies) or '－'}",
                  f"  {L['service']}: {p.service or '－'}",
                  f"  {L['operation']}: {p.operation or '－'}",
                  f"  {L['others']}: {'、'.join(p.others) or '－'}"]
    contacts = [L["contact"].format(department=c.department, phone=c.phone or "－", email=c.email or "－")
                for c in case.contacts]
    section(L["contacts"], contacts, "")
    lines.extend(["", f"■ {L['interview']}"])
    if not case.interview:
        lines.append(L["no_interview"])
    for qa in case.interview:
        lines += [f"Q. {qa.question}", f"A. {qa.answer}", ""]
    section(L["links"], [f"{link.label} {link.url}".strip() for link in case.links], "・")
    section(L["awards"], case.awards, "・")
    return "\n".join(lines).rstrip() + "\n"
