"""The case document format check (model/case_schema.py): every key deleted, misspelled or retyped is caught."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import orjson
import pytest

from bench.generate import generate
from model import paths
from model.case import Case
from model.case_schema import validate_case_doc, validate_case_tables
from model.library import case_docs_table
from tests.factories import make_bare_case, make_case

Path_ = tuple[str | int, ...]


def key_paths(value: Any, prefix: Path_ = ()) -> Iterator[Path_]:
    """Every dict key and list index inside a document, outermost first."""
    if isinstance(value, dict):
        for key, inner in value.items():
            yield (*prefix, key)
            yield from key_paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield (*prefix, index)
            yield from key_paths(inner, (*prefix, index))


_NULLABLE = {"municipality", "population", "persons", "as_of", "cost", "initial", "running", "note", "yen",
             "schedule", "lead_time", "providers", "service", "operation", "phone", "email", "interview_note"}


def wrong_values(value: Any, nullable: bool) -> list[Any]:
    """Values of another JSON type than `value` that the field does not take (for an int also True and 1.5)."""
    if value is None:
        return [True, []]  # no nullable field of the format takes a bool or a list
    if isinstance(value, bool):
        return ["true", 0]
    if isinstance(value, int):
        wrong: list[Any] = [str(value), True, 1.5]
    elif isinstance(value, str):
        wrong = [123]
    elif isinstance(value, list):
        wrong = ["一覧", {}]
    else:
        wrong = [["object"], "object"]
    return wrong if nullable else [*wrong, None]


def at(doc: dict[str, Any], where: Path_) -> tuple[Any, str | int]:
    """The container holding the value at `where`, and its key there."""
    parent: Any = doc
    for step in where[:-1]:
        parent = parent[step]
    return parent, where[-1]


def mutations(doc: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(description, mutated copy): each key deleted, each key misspelled, each value retyped, in turn."""
    for where in key_paths(doc):
        parent, key = at(doc, where)
        if isinstance(key, str):
            if key not in ("interview_note", "edition"):  # the optional keys
                deleted = copy.deepcopy(doc)
                container, _ = at(deleted, where)
                del container[key]
                yield f"delete {where}", deleted
            misspelled = copy.deepcopy(doc)
            container, _ = at(misspelled, where)
            container[key[:-1] + key[-1].upper()] = container.pop(key)
            yield f"misspell {where}", misspelled
        nullable = isinstance(key, str) and key in _NULLABLE
        for replacement in wrong_values(parent[key], nullable):
            retyped = copy.deepcopy(doc)
            container, _ = at(retyped, where)
            container[key] = replacement
            yield f"retype {where} to {replacement!r}", retyped


def full_doc() -> dict[str, Any]:
    doc = orjson.loads(orjson.dumps(make_case(awards=["令和４年度 デジ田甲子園"]).to_doc()))
    doc["providers"]["companies"] = ["株式会社サンプル"]
    doc["cost"]["note"] = "税込"
    doc.setdefault("interview_note", None)
    return doc


def test_the_shipped_file_generated_libraries_and_factory_cases_are_valid() -> None:
    validate_case_tables(orjson.loads(paths.SHIPPED_LIBRARY.read_bytes()))
    validate_case_tables(orjson.loads(orjson.dumps(case_docs_table(generate(300, seed=5)))))
    for case in (make_case(), make_bare_case()):
        validate_case_doc(orjson.loads(orjson.dumps(case.to_doc())))
    validate_case_tables({})  # an empty library
    validate_case_tables({"cases": {}})


def test_every_key_deleted_misspelled_or_retyped_is_rejected_with_one_line_naming_it() -> None:
    doc = full_doc()
    validate_case_doc(doc)
    tried = 0
    for description, mutated in mutations(doc):
        with pytest.raises(ValueError) as caught:
            validate_case_tables({"cases": {"1": mutated}})
        message = str(caught.value)
        assert "\n" not in message and message.startswith("事例 1"), (description, message)
        tried += 1
    assert tried > 300  # every field of the format, nested ones included


def test_a_message_names_the_document_and_the_field() -> None:
    doc = full_doc()
    doc["cost"]["initial"]["breakdown"][0]["yen"] = "68515000"
    expected = r"^事例 7（1-04）: 項目 cost\.initial\.breakdown\[0\]\.yen の値が正しくありません"
    with pytest.raises(ValueError, match=expected):
        validate_case_tables({"cases": {"7": doc}})
    del doc["title"]
    with pytest.raises(ValueError, match="項目 title がありません"):
        validate_case_doc(doc)
    with pytest.raises(ValueError, match="事例がオブジェクトではありません"):
        validate_case_doc(["not", "a", "case"])


def test_interview_note_is_optional_str_or_null_and_nothing_else_is_unknown_allowed() -> None:
    doc = full_doc()
    doc.pop("interview_note", None)
    validate_case_doc(doc)
    for note in (None, "インタビューは別冊に掲載"):
        validate_case_doc({**doc, "interview_note": note})
    with pytest.raises(ValueError, match="interview_note"):
        validate_case_doc({**doc, "interview_note": 3})
    with pytest.raises(ValueError, match="形式にない項目 titel"):
        validate_case_doc({**doc, "titel": "誤記"})


def test_population_band_must_be_one_of_the_six_and_ids_unique_and_only_the_cases_table() -> None:
    doc = full_doc()
    with pytest.raises(ValueError, match="population_band"):
        validate_case_doc({**doc, "population_band": "１万人未満"})  # full-width digit: not a band
    with pytest.raises(ValueError, match="事例IDが重複しています"):
        validate_case_tables({"cases": {"1": doc, "2": copy.deepcopy(doc)}})
    with pytest.raises(ValueError, match="形式にない表 _default"):
        validate_case_tables({"cases": {"1": doc}, "_default": {}})


def test_a_valid_document_reads_back_as_the_same_case() -> None:
    # The check accepts exactly what Case.to_doc writes, so a saved library always reads back.
    case = make_case(awards=["賞"])
    doc = orjson.loads(orjson.dumps(case.to_doc()))
    validate_case_doc(doc)
    assert Case.from_doc(doc) == case
