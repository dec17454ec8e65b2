"""The shipped library, data/cases.json: built by the importer from data/source/, never written by the app.

Regenerate it after changing the importer or the source text with `python -m model.shipped`; a test re-imports the
source and asserts the result equals the committed file, so the data can never drift from the code.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson

from model import paths
from model.case import Case
from model.library import case_docs_table, sort_key


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


def main() -> None:
    content = shipped_content()
    paths.SHIPPED_LIBRARY.write_bytes(serialize(content))
    print(f"{paths.SHIPPED_LIBRARY}: {len(content['cases'])} cases")


if __name__ == "__main__":
    main()
