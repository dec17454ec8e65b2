"""A file that parses but does not fit its document format is damaged.

Real library files: each key of a saved case deleted, misspelled or retyped in turn is found when the library is
opened, the file is moved aside and the newest *valid* backup restored, with a one-line message; without a backup a
--db file is left where it is; a damaged shipped data/cases.json is a one-line "reinstall" error.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import orjson
import pytest

from model import paths, storage
from model.case import Numbered
from model.case_schema import validate_case_tables
from model.library import Library
from model.shipped import ShippedDataError
from model.storage import DamagedFileError, StorageError, backups, recover_and_read, transaction
from tests.factories import make_case
from tests.model.test_case_schema import mutations

VOLUME = [make_case(id=f"2-{n:02d}", number=n, category=Numbered(2, "人材確保・育成"), awards=["受賞"])
          for n in (1, 2, 3)]


def saved_library(path: Path) -> bytes:
    """A --db library with two saved versions (so backups exist); returns the last saved bytes."""
    library = Library.open_db(path)
    library.import_cases(VOLUME[:2])
    library.import_cases(VOLUME)
    return path.read_bytes()


def damaged_copies(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.damaged-*"))


def test_each_key_of_a_case_deleted_misspelled_or_retyped_is_restored_from_the_backup(tmp_path: Path) -> None:
    path = tmp_path / "lib.json"
    good = saved_library(path)
    good_ids = [c.id for c in Library.open_db(path).cases()]
    doc = orjson.loads(good)["cases"]["2"]
    all_mutations = list(mutations(doc))
    # All of them at the storage level (fast), a spread of them through the whole library open.
    through_library = set(random.Random(14).sample(range(len(all_mutations)), 40))
    for n, (description, mutated) in enumerate(all_mutations):
        tables = orjson.loads(good)
        tables["cases"]["2"] = mutated
        hand_edited = orjson.dumps(tables)
        path.write_bytes(hand_edited)
        if n in through_library:
            library = Library.open_db(path)
            message = library.recovered
            assert [c.id for c in library.cases()] == good_ids, description
        else:
            restored, message = recover_and_read(path, validate=validate_case_tables, keep_without_backup=True)
            assert restored == orjson.loads(good), description
        assert message is not None and "バックアップから復元しました" in message and "\n" not in message, description
        assert path.read_bytes() == good, description
        assert damaged_copies(tmp_path)[-1].read_bytes() == hand_edited, description
        for copy in damaged_copies(tmp_path):
            copy.unlink()
    assert len(all_mutations) > 300


def test_the_issue_example_with_a_misspelled_key_no_longer_gives_a_traceback(tmp_path: Path) -> None:
    path = paths.user_library_path()
    path.parent.mkdir(parents=True)
    path.write_text('{"cases": {"1": {"id": "x"}}}', encoding="utf-8")
    library = Library.open()  # the app's own file, no backup: kept aside, the shipped cases shown
    assert len(library) == 13
    assert library.recovered is not None and "空の状態から始めます" in library.recovered
    assert damaged_copies(path.parent)[0].read_text(encoding="utf-8") == '{"cases": {"1": {"id": "x"}}}'


def test_backups_that_do_not_fit_the_format_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "lib.json"
    saved_library(path)
    Library.open_db(path).import_cases(VOLUME[:1])
    newest, second = backups(path)[:2]
    wrong_shape = orjson.loads(newest.read_bytes())
    wrong_shape["cases"]["1"]["number"] = "1"  # parses, but a number as text
    newest.write_bytes(orjson.dumps(wrong_shape))
    path.write_bytes(b'{"cases": {"1": {"id": "x"}}}')

    library = Library.open_db(path)

    assert library.recovered is not None and "バックアップから復元しました" in library.recovered
    assert path.read_bytes() == second.read_bytes()
    assert [c.id for c in library.cases()] == ["2-01", "2-02", "2-03"]


@pytest.mark.parametrize("content", [b'{"cases": {"1": {"id": "x"}}}', b"{trunc", b""])
def test_a_damaged_db_file_without_a_backup_is_left_where_it_is_with_one_line(tmp_path: Path,
                                                                                content: bytes) -> None:
    path = tmp_path / "mine.json"
    path.write_bytes(content)
    with pytest.raises(DamagedFileError) as caught:
        Library.open_db(path)
    message = str(caught.value)
    assert "\n" not in message and "mine.json" in message and "そのままにしてあります" in message
    assert path.read_bytes() == content
    assert damaged_copies(tmp_path) == []
    # ... and stays so: no save can replace it.
    with pytest.raises(DamagedFileError), transaction(path, validate=validate_case_tables) as db:
        db.table("cases").truncate()
    assert path.read_bytes() == content


def test_a_wrong_shape_names_the_field_when_there_is_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "mine.json"
    saved_library(path)
    tables = orjson.loads(path.read_bytes())
    tables["cases"]["3"]["title"] = 5
    path.write_bytes(orjson.dumps(tables))
    for backup in backups(path):
        backup.unlink()
    with pytest.raises(DamagedFileError, match=r"事例 3（2-03）: 項目 title の値が正しくありません"):
        Library.open_db(path)


def test_a_transaction_refuses_to_overwrite_a_wrong_shape_or_to_write_one(tmp_path: Path) -> None:
    path = tmp_path / "lib.json"
    good = saved_library(path)
    names = [b.name for b in backups(path)]
    with (pytest.raises(StorageError, match="形式に合わないため保存しませんでした") as caught,
          transaction(path, validate=validate_case_tables) as db):
        db.table("cases").insert({"id": "2-99"})
    assert "\n" not in str(caught.value)
    assert path.read_bytes() == good and [b.name for b in backups(path)] == names

    wrong = b'{"cases": {"1": {"id": "x"}}}'
    path.write_bytes(wrong)
    with pytest.raises(DamagedFileError), transaction(path, validate=validate_case_tables) as db:
        db.table("cases").truncate()
    assert path.read_bytes() == wrong


def test_the_validator_is_one_function_passed_to_every_entry_point(tmp_path: Path) -> None:
    # How the bookmark store plugs in its own check: the same `validate` everywhere the file is opened.
    path = tmp_path / "bookmarks.json"

    def check(tables: dict[str, Any]) -> None:
        for doc in tables.get("bookmarks", {}).values():
            if not isinstance(doc.get("case_id"), str):
                raise ValueError("case_id がありません")

    with transaction(path, validate=check) as db:
        db.table("bookmarks").insert({"case_id": "1-01"})
    with transaction(path, validate=check) as db:
        db.table("bookmarks").insert({"case_id": "1-02"})
    path.write_bytes(b'{"bookmarks": {"1": {"caseid": "1-01"}}}')
    with pytest.raises(DamagedFileError, match="case_id がありません"):
        storage.read_tables(path, validate=check)
    message = storage.recover(path, validate=check)
    assert message is not None and "バックアップから復元しました" in message
    assert [d["case_id"] for d in storage.read_tables(path, validate=check)["bookmarks"].values()] == ["1-01", "1-02"]


# -- the shipped file ----------------------------------------------------------------------------------------


SHIPPED_DAMAGE = {
    "unparseable": b'{"cases": {"1": {"id": ',
    "wrong shape": b'{"cases": {"1": {"id": "x"}}}',
    "not a table": b'{"cases": []}',
    "empty": b"",
}


@pytest.mark.parametrize("content", SHIPPED_DAMAGE.values(), ids=SHIPPED_DAMAGE.keys())
def test_a_damaged_shipped_file_is_one_line_that_says_to_reinstall(tmp_path: Path, content: bytes) -> None:
    shipped = tmp_path / "data" / "cases.json"
    shipped.parent.mkdir()
    shipped.write_bytes(content)
    with pytest.raises(ShippedDataError) as caught:
        Library.open(shipped=shipped)
    message = str(caught.value)
    assert "\n" not in message and "data/cases.json" in message and "入れ直してください" in message
    assert shipped.read_bytes() == content  # never "repaired": it is part of the installation


def test_a_missing_shipped_file_says_to_reinstall(tmp_path: Path) -> None:
    with pytest.raises(ShippedDataError, match="入れ直してください"):
        Library.open(shipped=tmp_path / "data" / "cases.json")
