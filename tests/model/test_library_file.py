"""The user's library file as an import writes it: compact JSON holding each case's document byte for byte, every
document checked before anything is written, and read at the next start through its start-up index, as a file
written indented (before the library file was written compact) still is."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import orjson
import pytest

from model import library_index
from model.case import Case, Numbered
from model.importer import parse_volume, read_text
from model.library import Library, case_docs_table
from model.storage import StorageError, backups
from tests.factories import make_bare_case, make_case
from tests.model.test_editions import SEED

VOLUME = [make_case(id=f"2-{n:02d}", number=n, category=Numbered(2, "人材確保・育成")) for n in (1, 2, 3)]


def _indexed(library: Library) -> int:
    """How many of the library's cases wait for their full document (read from the start-up index)."""
    return sum(source.pending for source in library._sources)


def _same(cases: list[Case]) -> list[Case]:
    return [Case.from_doc(c.to_doc()) for c in cases]


def test_each_case_is_written_as_its_document() -> None:
    seed = parse_volume(read_text(SEED), SEED.name).cases
    with_edition = replace(seed[0], source=replace(seed[0].source, edition="5.0"))
    for case in [*seed, with_edition, make_case(), make_bare_case(), make_bare_case(population=None)]:
        assert orjson.dumps(case) == orjson.dumps(case.to_doc())


def test_an_import_writes_compact_json_and_the_next_starts_read_it_through_the_index(tmp_path: Path) -> None:
    path = tmp_path / "lib.json"
    library = Library.open_db(path)
    library.import_cases(VOLUME)
    raw = path.read_bytes()
    assert b"\n " not in raw and raw.endswith(b"}\n")  # one line, not indented
    assert orjson.loads(raw) == case_docs_table(VOLUME)
    assert backups(path)[0].read_bytes() == raw
    first = Library.open_db(path)  # reads the whole file (the import made it new) and writes its index
    assert _indexed(first) == 0 and library_index.index_path(path).exists()
    second = Library.open_db(path)
    assert _indexed(second) == len(VOLUME)  # every document's range was found in the compact file
    assert second.cases() == _same(library.cases())
    assert second.get("2-02").interview == VOLUME[1].interview  # type: ignore[union-attr]


def test_a_file_written_indented_still_reads_and_the_next_import_writes_it_compact(tmp_path: Path) -> None:
    path = tmp_path / "lib.json"
    path.write_bytes(orjson.dumps(case_docs_table(VOLUME), option=orjson.OPT_INDENT_2) + b"\n")
    assert Library.open_db(path).cases() == VOLUME
    indexed = Library.open_db(path)
    assert _indexed(indexed) == len(VOLUME) and indexed.cases() == VOLUME
    indexed.import_cases([make_bare_case(id="3-01", number=1, category=Numbered(3, "業務改革"))])
    assert b"\n " not in path.read_bytes()
    assert [c.id for c in Library.open_db(path).cases()] == ["2-01", "2-02", "2-03", "3-01"]


@pytest.mark.parametrize("wrong", [{"population_band": "人口不明"}, {"number": "2"}, {"title": None}])
def test_a_case_that_does_not_fit_the_format_is_not_written(tmp_path: Path, wrong: dict[str, object]) -> None:
    path = tmp_path / "lib.json"
    library = Library.open_db(path)
    library.import_cases(VOLUME)
    before, names = path.read_bytes(), [b.name for b in backups(path)]
    bad = replace(make_case(id="3-01", number=1, category=Numbered(3, "業務改革")), **wrong)  # type: ignore[arg-type]
    with pytest.raises(StorageError) as caught:
        library.import_cases([bad])
    assert "3-01" in str(caught.value) and "\n" not in str(caught.value)
    assert path.read_bytes() == before and [b.name for b in backups(path)] == names
    assert library.get("3-01") is None
