"""The edition stamp of a volume: `第4.0版` in the legend that explains the page layout.

The legend (before the first case title) says which cases are new in this edition: `※ 第4.0版で新たに掲載した事例
には、左上に New のラベルが付いています。`. Case text may mention editions of other documents (`第２版の計画`), so
only the legend is read.
"""

from __future__ import annotations

import re
import unicodedata

_EDITION_RE = re.compile(r"第\s*([0-9０-９]{1,3}(?:\s*[.．]\s*[0-9０-９]{1,3})?)\s*版")
# A case title line (`１ 「…」を設置し… 【山口県】`) ends the legend; so does the page heading
# `１．体制整備参考事例集の構成` that follows it.
_TITLE_RE = re.compile(r"^(?:(?:New|NEW)\s+)?[0-9０-９]{1,4}\s+\S.*【[^【】]{2,40}】")
_LEGEND_END_RE = re.compile(r"^[0-9０-９]{1,2}\s*[．.].*事例集の構成$")
_MAX_LEGEND_LINES = 400  # a legend is a page; past this a text without titles is not read further
_MAX_LINE = 2000


def _first_lines(text: str) -> list[str]:
    """At least the first _MAX_LEGEND_LINES lines of `text` as `splitlines` gives them, without splitting all of a
    volume: the lines of a prefix that holds more than that many, all but its last (maybe cut) are whole."""
    lines = text[:_HEAD].splitlines()
    return lines[:-1] if len(lines) > _MAX_LEGEND_LINES + 1 else text.splitlines()


_HEAD = 200_000


def edition_of(text: str) -> str | None:
    """The edition the volume's legend names, as ASCII digits (`"4.0"`, `"5"`), or None when it names none."""
    for count, raw in enumerate(_first_lines(text)):
        if count >= _MAX_LEGEND_LINES:
            break
        line = raw.strip()
        if len(line) > _MAX_LINE or _TITLE_RE.match(line):
            break
        m = _EDITION_RE.search(line)
        if m:
            return "".join(unicodedata.normalize("NFKC", m.group(1)).split())
        if _LEGEND_END_RE.match(line):
            break
    return None
