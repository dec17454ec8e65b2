"""The stored search text (model/search_store.py): a later session prepares search from one file read and finds
exactly what building the text from the cases finds; a stale, damaged or foreign store is never used."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import orjson
import pytest

from model import search_store
from model.case import Numbered
from model.library import Library
from model.library_index import index_path
from tests.factories import file_mode, make_case
from tests.libraries import varied_cases, write_library

QUERIES = ("RPA", "でじたる 研修", "ＡＩ－ＯＣＲ", "北海道", "量子", "ふながた", "DX 窓口")


def found(library: Library) -> dict[str, list[str]]:
    return {query: [c.id for c in library.search(query)] for query in QUERIES}


def unread_documents(library: Library) -> int:
    return sum(source.pending for source in library._sources)


def from_store(library: Library) -> bool:
    """Prepare search in one call; True when that read no case document (the store held every text)."""
    before = unread_documents(library)
    assert before == len(library)  # opened from its start-up index: no document read yet
    assert library.prepare_search(limit=len(library)) is True
    return unread_documents(library) == before


def first_session(path: Path, n: int = 120) -> dict[str, list[str]]:
    library = write_library(path, varied_cases(n, seed=5))
    assert library.prepare_search() is True  # every text built from the cases, then stored
    assert search_store.store_path(path).exists()
    return found(library)


def test_a_later_session_reads_the_stored_text_and_leaves_the_documents_unread(tmp_path: Path) -> None:
    path = tmp_path / "lib.json"
    before = first_session(path)
    later = Library.open_db(path)
    assert later.prepare_search(limit=0) is False  # a zero limit takes nothing, from the store either
    assert later.prepare_search(limit=50) is False
    assert later.prepare_search(limit=50) is False
    assert later.prepare_search(limit=50) is True  # 120 cases, 50 a call
    assert unread_documents(later) == len(later)  # no case document was read for it
    assert found(later) == before
    fresh = Library.open_db(path)
    search_store.store_path(path).unlink()
    assert all(later.search_text(c.id) == fresh.search_text(c.id) for c in fresh.cases())


def test_a_changed_library_file_is_never_searched_with_the_old_text(tmp_path: Path) -> None:
    path = tmp_path / "lib.json"
    first_session(path)
    cases = varied_cases(120, seed=5)
    cases[7] = replace(cases[7], title="量子コンピュータの実証")
    write_library(path, cases)  # the file rewritten in place (as another writer might)
    later = Library.open_db(path)
    assert not from_store(later)  # the store is stale: the text is built from the cases again
    assert [c.id for c in later.search("量子コンピュータ")] == [cases[7].id]
    again = Library.open_db(path)
    assert from_store(again)  # stored anew
    assert [c.id for c in again.search("量子コンピュータ")] == [cases[7].id]


def test_an_import_makes_the_store_stale(tmp_path: Path) -> None:
    path = tmp_path / "lib.json"
    first_session(path)
    library = Library.open_db(path)
    library.import_cases([make_case(id="9-01", title="量子暗号の窓口", category=Numbered(9, "その他"))])
    assert [c.id for c in library.search("量子暗号")] == ["9-01"]
    assert [c.id for c in Library.open_db(path).search("量子暗号")] == ["9-01"]


def _truncated(raw: bytes) -> bytes:
    return raw[:-2]


def _flipped(raw: bytes) -> bytes:
    at = len(raw) - 40
    return raw[:at] + bytes([raw[at] ^ 0x20]) + raw[at + 1:]


def _odd(raw: bytes) -> bytes:
    return raw + b"\x00"


def _no_header(raw: bytes) -> bytes:
    return raw[raw.index(b"\n") + 1:]


def _other_ids(raw: bytes) -> bytes:
    return raw.replace(b'"ids":["', b'"ids":["X', 1)


def _sizes_swapped(raw: bytes) -> bytes:
    header, _, body = raw.partition(b"\n")
    doc = orjson.loads(header)
    doc["sizes"][0], doc["sizes"][1] = doc["sizes"][1], doc["sizes"][0]
    assert doc["sizes"][0] != doc["sizes"][1]
    return orjson.dumps(doc) + b"\n" + body


def _garbage(raw: bytes) -> bytes:
    return b"\xff\xfe not a store at all \n" + raw[:100]


@pytest.mark.parametrize("damage", [_truncated, _flipped, _odd, _no_header, _other_ids, _sizes_swapped, _garbage])
def test_a_damaged_store_is_ignored_and_rewritten(tmp_path: Path, damage: object) -> None:
    path = tmp_path / "lib.json"
    before = first_session(path)
    store = search_store.store_path(path)
    store.write_bytes(damage(store.read_bytes()))  # type: ignore[operator]
    later = Library.open_db(path)
    assert not from_store(later)
    assert found(later) == before
    assert from_store(Library.open_db(path))  # written again, and good


def test_a_store_made_from_other_code_or_data_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "lib.json"
    before = first_session(path)
    monkeypatch.setattr(search_store, "recipe", lambda: "another normalize()")
    later = Library.open_db(path)
    assert not from_store(later)
    assert found(later) == before


def test_the_recipe_follows_the_code_the_text_is_made_from() -> None:
    recipe = search_store.recipe()
    assert recipe is not None and len(recipe) == 32
    assert search_store.recipe() == recipe


def test_shipped_cases_are_built_and_the_user_file_is_read(tmp_path: Path) -> None:
    user = tmp_path / "library.json"
    first = Library.open(user=user)
    first.import_cases([make_case(id=f"2-{i:02d}", number=i, title=f"窓口{i}の研修", organization="山形県舟形町",
                                  category=Numbered(2, "人材確保・育成")) for i in range(1, 30)])
    assert first.prepare_search() is True
    before = found(first)
    Library.open(user=user)  # reads the file the import wrote in full, and writes its start-up index
    later = Library.open(user=user)
    user_source = later._sources[-1]
    assert user_source.pending == 29
    assert later.prepare_search(limit=1000) is False  # the user's 29 texts from the store; the shipped ones next
    assert later.prepare_search() is True
    assert user_source.pending == 29  # no user document read
    assert found(later) == before
    assert "2-01" in before["ふながた"]  # the reading of the organization is in the stored text too


def test_a_text_holding_the_separator_is_not_stored(tmp_path: Path) -> None:
    path = tmp_path / "lib.json"
    path.write_bytes(b"{}")
    stamp = {"size": 2}
    assert search_store.write(path, stamp, ["a", "b"], ["x\x00y", "z"]) is False
    assert search_store.write(path, stamp, ["a"], ["\ud800"]) is False
    assert not search_store.store_path(path).exists()
    assert search_store.write(path, stamp, ["a", "b", "c"], ["x", "", "\U0001f600y"])
    stored = search_store.read(search_store.store_path(path), stamp, ["a", "b", "c"])
    assert stored is not None
    assert stored.take(2) == [("a", "x"), ("b", "")]
    assert stored.take(5) == [("c", "\U0001f600y")]  # a character outside the BMP is two UTF-16 units
    assert stored.remaining == 0 and stored.take() == []
    assert search_store.read(search_store.store_path(path), {"size": 3}, ["a", "b", "c"]) is None
    assert search_store.read(search_store.store_path(path), stamp, ["a", "b"]) is None


def test_text_built_by_the_first_search_is_stored_by_the_next_preparation(tmp_path: Path) -> None:
    path = tmp_path / "lib.json"
    library = write_library(path, varied_cases(50, seed=3))
    before = found(library)  # no idle preparation: the first search builds the text (and does not wait to store it)
    assert not search_store.store_path(path).exists()
    assert library.prepare_search(limit=0) is True  # the next idle moment: nothing left to build, so it is stored
    later = Library.open_db(path)
    assert from_store(later)
    assert found(later) == before


def test_the_store_has_the_permissions_of_its_library_file(tmp_path: Path, umask: None) -> None:
    own = tmp_path / "home" / "library.json"
    library = Library.open(user=own)
    library.import_cases([make_case(id="2-01", category=Numbered(2, "人材確保・育成"))])
    assert library.prepare_search() is True
    assert file_mode(own) == 0o600 and file_mode(search_store.store_path(own)) == 0o600
    Library.open(user=own)  # reads the file the import wrote, and writes its start-up index
    assert file_mode(index_path(own)) == 0o600

    shared = tmp_path / "team-library.json"
    write_library(shared, varied_cases(10, seed=1))
    shared.chmod(0o664)  # the user shares it with their team
    assert Library.open_db(shared).prepare_search() is True
    assert file_mode(search_store.store_path(shared)) == 0o664
    index_path(shared).unlink()
    Library.open_db(shared)
    assert file_mode(index_path(shared)) == 0o664
