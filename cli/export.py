"""Exporting the library: a JSON array of case documents, or a CSV with one row per case for Excel.

The CSV's columns are the field table's (`model.fields.csv_columns`).
"""

from __future__ import annotations

import csv
import io

import orjson

from model.case import Case
from model.fields import csv_columns


def to_json(cases: list[Case]) -> bytes:
    return orjson.dumps([c.to_doc() for c in cases], option=orjson.OPT_INDENT_2) + b"\n"


def to_csv(cases: list[Case]) -> bytes:
    """UTF-8 with a BOM and CRLF line ends, so Excel opens it with Japanese intact."""
    columns = csv_columns()
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow([name for name, _cell in columns])
    for case in cases:
        writer.writerow([cell(case) for _name, cell in columns])
    return buf.getvalue().encode("utf-8-sig")
