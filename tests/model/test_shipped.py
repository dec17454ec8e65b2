"""The shipped library is exactly what the importer makes of the shipped source text."""

from __future__ import annotations

import orjson

from model import paths
from model.library import Library
from model.shipped import serialize, shipped_content


def test_shipped_file_equals_a_fresh_import_of_the_source() -> None:
    fresh = shipped_content()
    shipped = orjson.loads(paths.SHIPPED_LIBRARY.read_bytes())
    assert shipped == fresh, "data/cases.json is stale: run `python -m model.shipped`"
    assert paths.SHIPPED_LIBRARY.read_bytes() == serialize(fresh)


def test_shipped_library_has_the_13_cases_of_the_first_volume() -> None:
    lib = Library.open(user=paths.user_library_path())
    assert [c.id for c in lib.cases()] == [f"1-{n:02d}" for n in range(1, 14)]
    assert {c.category.name for c in lib.cases()} == {"体制整備"}
    assert "\\u" not in paths.SHIPPED_LIBRARY.read_text(encoding="utf-8")
