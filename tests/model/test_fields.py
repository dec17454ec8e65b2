"""The field table: every field of a case once, with one label, its value, its text and its CSV columns."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

from model import fields
from model.case import Case
from model.fields import FIELDS, HEADINGS, field
from model.i18n import set_translator
from model.library import Library
from tests.factories import make_bare_case, make_case

ROOT = Path(__file__).resolve().parents[2]


def _all_cases() -> list[Case]:
    return [*Library.open(user=None).cases(), make_case(), make_bare_case()]


def test_keys_and_labels_are_unique_and_in_display_order() -> None:
    keys = [f.key for f in FIELDS]
    assert len(keys) == len(set(keys))
    labels = [f.source for f in FIELDS] + list(HEADINGS.values())
    assert len(labels) == len(set(labels)), Counter(labels).most_common(3)
    assert keys.index("title") < keys.index("overview") < keys.index("effects") < keys.index("initial_cost")
    assert keys.index("initial_cost") < keys.index("lead_time") < keys.index("interview")
    assert {f.tab for f in FIELDS} == {None, "overview", "effects", "cost", "schedule", "interview"}


def test_labels_use_the_casebooks_wording() -> None:
    # As the casebook prints them on its cost/schedule page and in its reference box.
    assert field("lead_time").label() == "検討開始から導入までの期間"
    assert field("service").label() == "サービス名"
    assert field("others").label() == "その他参画主体"
    assert field("links").label() == "関連URL"
    assert field("awards").label() == "受賞歴等"


def test_label_goes_through_the_translator() -> None:
    seen: list[tuple[str, str]] = []

    def fake(context: str, text: str) -> str:
        seen.append((context, text))
        return "Awards" if text == "受賞歴等" else text

    set_translator(fake)
    try:
        assert field("awards").label() == "Awards"
        assert fields.label("cost") == "コスト"
    finally:
        set_translator(None)
    assert ("Field", "受賞歴等") in seen and ("Field", "コスト") in seen


def test_unknown_key_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        field("no_such_field")


def test_typed_values_and_plain_text() -> None:
    case = make_case()
    assert field("initial_cost").value(case) == 68515000
    assert field("running_cost").value(case) is None  # 「－円」: no figure
    assert field("population").value(case) == 1740000
    assert field("population").text(case) == "174.0万人（令和６年12月１日現在）"
    assert field("lead_time").text(case) == "４か月"
    assert field("schedule").text(case).splitlines()[1] == "R6.5~6 市町村へ募集"
    assert field("category").text(case) == "1．体制整備"
    assert field("population_band").text(case) == "都道府県"
    bare = make_bare_case()
    for key in ("initial_cost", "lead_time", "service", "interview", "awards", "cost_note"):
        assert field(key).text(bare) == "", key
    assert field("initial_cost").value(bare) is None and field("companies").value(bare) == []


def _translatable_strings(path: Path) -> set[str]:
    """The literal texts a module passes to translate(), tr() or QT_TRANSLATE_NOOP()."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            texts = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            # 「都道府県」 is also a population band and a kind of local government: values, not the field label.
            if name in ("translate", "tr", "QT_TRANSLATE_NOOP") and texts[:1] not in (["PopulationBand"],
                                                                                     ["Municipality"]):
                out |= set(texts)
    return out


def test_every_label_is_declared_once_in_the_code() -> None:
    # The field labels are translatable text in model/fields.py only: no renderer declares them again.
    labels = {f.source for f in FIELDS} | set(HEADINGS.values())
    for path in [*ROOT.glob("gui/*.py"), *ROOT.glob("cli/*.py"), *ROOT.glob("printing/*.py"),
                 *ROOT.glob("model/**/*.py"), ROOT / "main.py"]:
        if path.name != "fields.py":
            again = _translatable_strings(path) & labels
            assert not again, (path.relative_to(ROOT).as_posix(), again)
