"""The case document format of docs/data-format.md, checked when a library file is read.

A library file that parses as JSON but does not fit the format (a key misspelled, a number written as text, a
document cut short) is *damaged*: model/storage.py moves it aside and restores the newest backup that passes this
check, instead of failing later with a traceback inside `Case.from_doc`.

The check is strict: every field of the format is required, with its type (`int` is never a bool, `str | null`
means exactly that), `population_band` is one of the six bands, ids are unique within a file, and a key the format
does not name is an error (the format allows none). The one exception is `interview_note` (`str | null`), which
files written before it existed do not have.

`validate_case_doc(doc)` and `validate_case_tables(tables)` raise ValueError whose `str()` is one line naming the
document and the field, e.g. ``事例 3（1-05）: 項目 cost.initial.yen の値が正しくありません（int | null が必要）``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from model.case import POPULATION_BANDS
from model.i18n import translate

TABLE = "cases"
ARCHIVED_TABLE = "archived"
ALIASES_TABLE = "aliases"
KNOWN_TABLES = frozenset({TABLE, ARCHIVED_TABLE, ALIASES_TABLE})
# Keys a document may lack (added to the format after files were written without them).
OPTIONAL_KEYS = frozenset({"interview_note"})


class _Wrong(Exception):
    """A value of the wrong type; ``path`` is filled in (innermost key first) while the error propagates."""

    def __init__(self, expected: str) -> None:
        super().__init__(expected)
        self.expected = expected
        self.path: list[str] = []
        self.missing = False
        self.unknown = False


Check = Callable[[Any], None]


class _Leaf:
    """A value whose exact type is one of ``kinds``: `type(...) in`, not isinstance, for True is an int to
    isinstance, and JSON gives exact types. `_object` checks leaves inline, without a call each: the check runs
    on every open of the library."""

    __slots__ = ("kinds", "name")

    def __init__(self, name: str, *kinds: type) -> None:
        self.name = name
        self.kinds = kinds

    def __call__(self, value: Any) -> None:
        if type(value) not in self.kinds:
            raise _Wrong(self.name)


def _nullable(inner: Check, name: str) -> Check:
    def check(value: Any) -> None:
        if value is not None:
            try:
                inner(value)
            except _Wrong as wrong:
                if wrong.path or wrong.missing or wrong.unknown:
                    raise
                raise _Wrong(name) from None

    return check


def _list_of(inner: Check, name: str) -> Check:
    def check(value: Any) -> None:
        if type(value) is not list:
            raise _Wrong(name)
        for index, item in enumerate(value):
            try:
                inner(item)
            except _Wrong as wrong:
                wrong.path.append(f"[{index}]")
                raise

    return check


def _str_list(value: Any) -> None:
    if type(value) is not list or not all(type(item) is str for item in value):
        raise _Wrong("[str]")


def _object(fields: Mapping[str, Check], optional: frozenset[str] = frozenset()) -> Check:
    required = frozenset(fields) - optional
    known = frozenset(fields)
    required_items = tuple((k, c.kinds if isinstance(c, _Leaf) else None, c) for k, c in fields.items()
                           if k in required)
    optional_items = tuple((k, c) for k, c in fields.items() if k in optional)

    def check(value: Any) -> None:
        if type(value) is not dict:
            raise _Wrong("object")
        keys = value.keys()
        if not required <= keys:
            wrong = _Wrong("")
            wrong.missing = True
            wrong.path.append(next(k for k, _, _ in required_items if k not in keys))
            raise wrong
        if len(value) > len(required) and not keys <= known:
            wrong = _Wrong("")
            wrong.unknown = True
            wrong.path.append(min(str(k) for k in keys - known))
            raise wrong
        key = ""
        try:
            for key, kinds, inner in required_items:
                if kinds is None:
                    inner(value[key])
                elif type(value[key]) not in kinds:
                    inner(value[key])  # raises with its name
            for key, inner in optional_items:
                if key in value:
                    inner(value[key])
        except _Wrong as wrong:
            wrong.path.append(key)
            raise

    return check


def _band(value: Any) -> None:
    if type(value) is not str or value not in _BANDS:
        raise _Wrong(" / ".join(POPULATION_BANDS))


_BANDS = frozenset(POPULATION_BANDS)
STR = _Leaf("str", str)
INT = _Leaf("int", int)
BOOL = _Leaf("bool", bool)
OPT_STR = _Leaf("str | null", str, type(None))
OPT_INT = _Leaf("int | null", int, type(None))
NUMBERED = _object({"number": INT, "name": STR})
_ENTRY = _object({
    "yen": OPT_INT,
    "text": STR,
    "breakdown": _list_of(_object({"item": STR, "yen": OPT_INT, "text": STR}), "[object]"),
    "note": OPT_STR,
})
_OPT_ENTRY = _nullable(_ENTRY, "object | null")

CASE_DOC = _object({
    "id": STR,
    "number": INT,
    "title": STR,
    "organization": STR,
    "prefecture": STR,
    "municipality": OPT_STR,
    "category": NUMBERED,
    "subcategory": NUMBERED,
    "population_band": _band,
    "population": _nullable(_object({"persons": OPT_INT, "text": STR, "as_of": OPT_STR}), "object | null"),
    "is_new": BOOL,
    "points": _str_list,
    "overview": _str_list,
    "effects": _str_list,
    "cost": _nullable(_object({"initial": _OPT_ENTRY, "running": _OPT_ENTRY, "note": OPT_STR}), "object | null"),
    "schedule": _nullable(_object({
        "lead_time": OPT_STR,
        "steps": _list_of(_object({"when": STR, "what": STR}), "[object]"),
    }), "object | null"),
    "providers": _nullable(_object({
        "companies": _str_list, "service": OPT_STR, "operation": OPT_STR, "others": _str_list,
    }), "object | null"),
    "contacts": _list_of(_object({"department": STR, "phone": OPT_STR, "email": OPT_STR}), "[object]"),
    "interview": _list_of(_object({"question": STR, "answer": STR}), "[object]"),
    "interview_note": OPT_STR,
    "links": _list_of(_object({"label": STR, "url": STR}), "[object]"),
    "awards": _str_list,
    "source": _object({"file": STR, "volume": STR, "edition": OPT_STR}, optional=frozenset({"edition"})),
}, optional=OPTIONAL_KEYS)


def _describe(wrong: _Wrong, where: str) -> str:
    key = ".".join(reversed(wrong.path)).replace(".[", "[")
    if wrong.missing:
        text = translate("CaseSchema", "事例 {where}: 項目 {key} がありません")
    elif wrong.unknown:
        text = translate("CaseSchema", "事例 {where}: 形式にない項目 {key} があります")
    else:
        text = translate("CaseSchema", "事例 {where}: 項目 {key} の値が正しくありません（{expected} が必要）")
    return _one_line(text.format(where=where, key=key, expected=wrong.expected))


def _one_line(text: str) -> str:
    return " ".join(text.split())[:300]


def validate_case_doc(doc: Any, where: str = "") -> None:
    """Raise ValueError (one line) when ``doc`` is not a case document of docs/data-format.md."""
    try:
        CASE_DOC(doc)
    except _Wrong as wrong:
        if not where:
            case_id = doc.get("id") if isinstance(doc, dict) else None
            where = case_id if isinstance(case_id, str) else "?"
        if not wrong.path:  # the document itself is not an object
            raise ValueError(_one_line(translate("CaseSchema", "事例 {where}: 事例がオブジェクトではありません").format(
                where=where))) from None
        raise ValueError(_describe(wrong, where)) from None


def validate_case_tables(tables: Mapping[str, Any]) -> None:
    """Raise ValueError (one line) when a library file's tables do not fit the format.

    A library file has the table ``cases`` (or none: an empty library), and may have ``archived`` (the kept
    copies of bookmarked cases that left the library, case documents too) and ``aliases`` (``{from, to}`` case
    keys); each case document is checked with :func:`validate_case_doc`, and a case id may appear once in all.
    """
    for table in tables:
        if table not in KNOWN_TABLES:
            raise ValueError(_one_line(translate("CaseSchema", "形式にない表 {table} があります").format(table=table)))
    seen: set[str] = set()
    for name in (TABLE, ARCHIVED_TABLE):
        for doc_id, doc in tables.get(name, {}).items():
            case_id = doc.get("id") if isinstance(doc, dict) else None
            where = (translate("CaseSchema", "{doc_id}（{case_id}）").format(doc_id=doc_id, case_id=case_id)
                     if isinstance(case_id, str) else str(doc_id))
            validate_case_doc(doc, where)
            if case_id in seen:
                raise ValueError(_one_line(translate("CaseSchema", "事例 {where}: 事例IDが重複しています").format(
                    where=where)))
            seen.add(case_id)  # type: ignore[arg-type]  # validated: a str
    for doc_id, doc in tables.get(ALIASES_TABLE, {}).items():
        if not (type(doc) is dict and set(doc) == {"from", "to"} and all(type(v) is str for v in doc.values())):
            raise ValueError(_one_line(translate("CaseSchema", "表 {table} の {doc_id} が正しくありません").format(
                table=ALIASES_TABLE, doc_id=doc_id)))
