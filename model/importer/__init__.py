"""The importer: a 自治体DX推進参考事例集 volume (text extracted from the PDF) -> structured cases.

Public API: `read_text(path)` (strict decoding), `parse_volume(text, file_name) -> ImportResult` (`.cases`,
`.warnings`), and `CasebookError` (its str() is a one-line translated message). The rules are documented in
docs/data-format.md and in the module docstrings: pages.py (cases and page furniture), sections.py (Point,
overview, effects), costpage.py (cost, schedule, providers), reference.py (population, links, awards), contacts.py
(contacts), interview.py (questions and answers), text.py (clean-up and joining).
"""

from __future__ import annotations

from model.importer.decode import read_text
from model.importer.errors import CasebookError
from model.importer.volume import ImportResult, parse_volume

__all__ = ["CasebookError", "ImportResult", "parse_volume", "read_text"]
