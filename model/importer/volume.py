"""parse_volume: a casebook volume's text -> its cases, with one-line translated warnings for what was not found."""

from __future__ import annotations

from dataclasses import dataclass, field

from model.case import POPULATION_BANDS, Case, Numbered, Source
from model.i18n import translate
from model.importer import contacts as contact_block
from model.importer import costpage, interview, reference, sections
from model.importer.context import CaseLines
from model.importer.edition import edition_of
from model.importer.errors import CasebookError
from model.importer.labels import MATERIALS_RE, is_label, is_question
from model.importer.organization import PREFECTURE_BAND, band_for_persons, split_organization
from model.importer.pages import FIELD, CaseSpan, Volume, split_volume

# Lines that look like labels but are ordinary content of a reference page (notes, bullets, captions).
_MATERIAL_STARTS = ("※", "・", "＜", "【", "■", "［", "○", "•")


@dataclass
class ImportResult:
    cases: list[Case] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def parse_volume(text: str, file_name: str) -> ImportResult:
    """The cases of one volume. Raises CasebookError when `text` is not a casebook; never anything else."""
    try:
        volume = split_volume(text)
    except Exception as exc:  # noqa: BLE001 - no traceback may reach the user
        raise CasebookError(translate("Importer", "事例集のテキストを解析できません（{error}）: {name}").format(
            error=type(exc).__name__, name=file_name)) from None
    if not volume.cases or volume.category is None:
        raise CasebookError(translate(
            "Importer", "事例集のテキストではありません（事例の見出しが見つかりません）: {name}"
        ).format(name=file_name))
    result = ImportResult()
    edition = edition_of(text)
    ids: set[str] = set()
    for span in volume.cases:
        case_id = f"{volume.category.number}-{span.number:02d}"
        if case_id in ids:
            result.warnings.append(translate(
                "Importer", "{id}: 同じ番号の事例が重複しているため、後のものを読み飛ばしました").format(id=case_id))
            continue
        try:
            case, warnings = _case(volume, span, volume.category, case_id, file_name, edition)
        except Exception as exc:  # noqa: BLE001 - one damaged case must not lose the others
            result.warnings.append(translate(
                "Importer", "{id}: 事例を読み取れなかったため読み飛ばしました（{error}）").format(
                    id=case_id, error=type(exc).__name__))
            continue
        ids.add(case_id)
        result.cases.append(case)
        result.warnings += warnings
    return result


def _case(volume: Volume, span: CaseSpan, category: Numbered, case_id: str, file_name: str,
          edition: str | None) -> tuple[Case, list[str]]:
    warnings: list[str] = []

    def warn(what: str) -> None:
        warnings.append(f"{case_id}: {what}")

    lines = CaseLines(volume, span.start, span.end)
    split = split_organization(span.organization)
    assert split is not None  # title lines are only accepted with a prefecture
    prefecture, municipality = split
    names = {"総務省", span.organization, prefecture} | ({municipality} if municipality else set())
    interview_note = interview.elsewhere_note(lines)
    elsewhere = interview_note is not None

    reference.drop_furniture(lines, names)
    population = reference.population(lines)
    links = reference.links(lines)
    awards = reference.awards(lines, links)
    contacts = contact_block.contacts(lines)
    cost = costpage.cost(lines)
    schedule = costpage.schedule(lines)
    providers = costpage.providers(lines)
    reference.extra_links(lines, links)
    _drop_materials(lines)
    points, overview, effects = sections.extract(lines)
    qas = interview.extract(lines)

    if municipality is None:
        band = PREFECTURE_BAND
    elif span.band and span.band != PREFECTURE_BAND:
        band = span.band
    elif population is not None and population.persons is not None:
        band = band_for_persons(population.persons)
        warn(translate("Importer", "人口区分のラベルが見つからないため、参考情報の人口から判定しました"))
    else:
        band = POPULATION_BANDS[1]
        warn(translate("Importer", "人口区分が見つかりません"))
    subcategory = span.subcategory
    if subcategory is None:
        subcategory = Numbered(0, "")
        warn(translate("Importer", "分類（①など）が見つかりません"))
    if not points:
        warn(translate("Importer", "Point が見つかりません"))
    if not overview:
        warn(translate("Importer", "事業の概要が見つかりません"))
    if not effects:
        warn(translate("Importer", "事業効果が見つかりません"))
    if population is None:
        warn(translate("Importer", "参考情報（人口）が見つかりません"))
    if not contacts and not elsewhere:
        warn(translate("Importer", "担当部署が見つかりません"))
    if not qas and not elsewhere:
        warn(translate("Importer", "インタビューが見つかりません"))
    for qa in qas:
        if not qa.answer:
            warn(translate("Importer", "質問「{question}」の回答が見つかりません").format(question=qa.question))

    case = Case(
        id=case_id,
        number=span.number,
        title=span.title,
        organization=span.organization,
        prefecture=prefecture,
        municipality=municipality,
        category=category,
        subcategory=subcategory,
        population_band=band,
        population=population,
        is_new=span.is_new,
        points=points,
        overview=overview,
        effects=effects,
        cost=cost,
        schedule=schedule,
        providers=providers,
        contacts=contacts,
        interview=qas,
        links=links.links,
        awards=awards,
        source=Source(file=file_name, volume=category.name, edition=edition),
        interview_note=interview_note,
    )
    return case, warnings


def _drop_materials(lines: CaseLines) -> None:
    """The 参考資料 page (figures and reprinted documents) is no field of the case. It lasts until a field's line,
    a question or a field label shows the page has changed."""
    inside = False
    kinds, texts = lines.kinds, lines.texts
    for k in lines.indices():
        if kinds[k] is not None:
            if kinds[k] == FIELD:
                inside = False
            continue
        t = texts[k]
        if t.startswith("参考資料") and MATERIALS_RE.match(t):
            inside = True
            lines.claim(k)
        elif inside:
            if is_question(t) or (is_label(t) and not t.startswith(_MATERIAL_STARTS)):
                inside = False
            else:
                lines.claim(k)
