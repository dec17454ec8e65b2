"""The shipped library, data/cases.json: built by the importer from data/source/, never written by the app.

Regenerate it after changing the importer or the source text with `python -m model.shipped`; a test re-imports the
source and asserts the result equals the committed file, so the data can never drift from the code.

`read_shipped_docs` reads it for the library, checked against the document format (model/case_schema.py): the file
is part of the installation, so a damaged one (unparseable, wrong shape, missing) cannot be repaired from a backup;
it is a `ShippedDataError` whose one line says to reinstall (CLI: exit 2; window: the start-up error dialog).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson

from model import paths
from model.case import Case
from model.case_schema import TABLE, validate_case_tables
from model.files import StorageError
from model.i18n import translate
from model.library import case_docs_table, sort_key


class ShippedDataError(StorageError):
    """The shipped data/cases.json is missing or damaged; ``str()`` is one line telling the user to reinstall."""


def read_shipped_docs(path: Path) -> list[dict[str, Any]]:
    """The case documents of the shipped TinyDB file in doc-id order. Raises ShippedDataError when it is damaged."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise _damaged(path, exc.strerror or exc.__class__.__name__) from exc
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise _damaged(path, translate("Shipped", "JSON として読めません")) from exc
    if not isinstance(data, dict) or not isinstance(data.get(TABLE), dict):
        raise _damaged(path, translate("Shipped", "事例の表がありません"))
    table = data[TABLE]
    if not all(isinstance(k, str) and k.isascii() and k.isdigit() for k in table):
        raise _damaged(path, translate("Shipped", "文書の番号が正しくありません"))
    try:
        validate_case_tables(data)
    except ValueError as exc:
        raise _damaged(path, str(exc)) from exc
    return [table[k] for k in sorted(table, key=int)]


def _damaged(path: Path, reason: str) -> ShippedDataError:
    shown = "/".join(Path(path).parts[-2:])
    return ShippedDataError(" ".join(translate(
        "Shipped", "同梱の事例データ {path} が壊れています（{reason}）。DX事例ブラウザを入れ直してください。"
    ).format(path=shown, reason=reason).split()))


def import_source_dir(source_dir: Path = paths.SHIPPED_SOURCE_DIR) -> list[Case]:
    from model.importer import parse_volume, read_text

    cases: list[Case] = []
    for path in sorted(source_dir.glob("*.txt")):
        cases += parse_volume(read_text(path), path.name).cases
    return sorted(cases, key=sort_key)


def shipped_content(source_dir: Path = paths.SHIPPED_SOURCE_DIR) -> dict[str, Any]:
    return case_docs_table(import_source_dir(source_dir))


def serialize(content: dict[str, Any]) -> bytes:
    # Indented so that a change to one case reads as a small diff in review.
    return orjson.dumps(content, option=orjson.OPT_INDENT_2) + b"\n"


def shipped_index(content: dict[str, Any], raw: bytes) -> dict[str, Any]:
    """The start-up index (model/library_index.py) of the shipped file whose bytes are `raw`."""
    import hashlib

    from model import library_index

    docs = [content[TABLE][k] for k in sorted(content[TABLE], key=int)]
    sample = raw[:library_index.SAMPLE] + raw[max(0, len(raw) - library_index.SAMPLE):]
    stamp = {"size": len(raw), "sample": hashlib.blake2b(sample, digest_size=16).hexdigest()}
    index = library_index.build(docs, raw, stamp)
    if index is None:
        raise RuntimeError("the shipped documents were not found in their own serialisation")
    return index


def main() -> None:
    from model import library_index

    content = shipped_content()
    raw = serialize(content)
    paths.SHIPPED_LIBRARY.write_bytes(raw)
    index_file = library_index.index_path(paths.SHIPPED_LIBRARY)
    index_file.write_bytes(orjson.dumps(shipped_index(content, raw)) + b"\n")
    print(f"{paths.SHIPPED_LIBRARY}: {len(content['cases'])} cases; start-up index {index_file.name}")


if __name__ == "__main__":
    main()
