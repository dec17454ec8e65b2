"""Text clean-up for PDF-extracted casebook text: look-alike radicals, private-use bullets, joining wrapped lines.

The text is kept as printed (full-width digits and Japanese punctuation stay); only PDF artefacts change.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

# Kangxi radicals and the CJK radicals supplement: PDF fonts map some kanji to these look-alikes (⼯ for 工).
_RADICAL_RANGES = ((0x2E80, 0x2EFF), (0x2F00, 0x2FDF))
_RADICALS_RE = re.compile("[\u2e80-\u2eff\u2f00-\u2fdf]")
# Private-use code points: symbol-font bullets such as U+F0D8 (the Point arrow).
_PRIVATE_USE_RE = re.compile("[\ue000-\uf8ff]")
_SPACES_RE = re.compile(r"[ \t\u3000\u00a0]+")

SENTENCE_END = "。！？!?"
_CLOSERS = "）)」』】］]"
_OPENERS = "（(「『【［["
_ASCII_WORD_END = re.compile(r"[A-Za-z0-9]$")
_ASCII_WORD_START = re.compile(r"^[A-Za-z0-9]")


def _radical_to_kanji(match: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", match.group(0))


def clean(raw: str) -> tuple[str, bool]:
    """The cleaned, stripped line and whether it was marked by a private-use bullet (a Point line)."""
    stripped = raw.strip()
    bullet = bool(stripped) and "\ue000" <= stripped[0] <= "\uf8ff"
    text = _PRIVATE_USE_RE.sub("", raw)
    text = _RADICALS_RE.sub(_radical_to_kanji, text)
    return text.strip(), bullet


def width(text: str) -> int:
    """Display width: 2 for wide and ambiguous (Japanese) characters, 1 for the rest."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WFA" else 1 for ch in text)


def join_two(left: str, right: str) -> str:
    """Join two pieces of one sentence broken by the layout: no space, except between two ASCII words."""
    if not left:
        return right
    if not right:
        return left
    if _ASCII_WORD_END.search(left) and _ASCII_WORD_START.match(right):
        return f"{left} {right}"
    return left + right


def join_wrapped(parts: Iterable[str]) -> str:
    out = ""
    for part in parts:
        out = join_two(out, part.strip())
    return out


def bracket_depth(text: str, depth: int = 0) -> int:
    """How many brackets are still open at the end of `text`, starting with `depth` open (never negative)."""
    for ch in text:
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS and depth:
            depth -= 1
    return depth


def ends_sentence(text: str) -> bool:
    """Whether `text` ends a sentence: 。！？ possibly followed by closing brackets."""
    body = text.rstrip(_CLOSERS + " ")
    return bool(body) and body[-1] in SENTENCE_END


def fold_spaces(text: str) -> str:
    return _SPACES_RE.sub(" ", text).strip()


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


_DASHES = {"－", "-", "ー", "―", "‐", "—", "–", "─"}


def is_dash(text: str) -> bool:
    """`－` (or a look-alike dash) alone: the casebook's way of printing 'none'."""
    return text.strip() in _DASHES


# -- money ------------------------------------------------------------------------------------------------------

_UNITS = {"億": Decimal(100_000_000), "千万": Decimal(10_000_000), "百万": Decimal(1_000_000),
          "万": Decimal(10_000), "千": Decimal(1_000), "": Decimal(1)}
_AMOUNT_RE = re.compile(r"約?\s*((?:\d+(?:\.\d+)?\s*(?:億|千万|百万|万|千)?\s*)+)円")
_AMOUNT_PART_RE = re.compile(r"(\d+(?:\.\d+)?)\s*(億|千万|百万|万|千)?")
AMOUNT_TEXT_RE = re.compile(
    r"(?:約\s*)?[0-9０-９][0-9０-９,，.．]*\s*(?:億[0-9０-９,，.．]*\s*)?(?:千万|百万|万|千)?\s*円"
    r"|[－\-ー―‐]\s*円|[（(]\s*非公表\s*[）)]|非公表"
)


def yen(text: str) -> int | None:
    """The amount in yen of a printed cost (`68,515千円` -> 68515000); None for `－円`, `（非公表）`, or no amount."""
    plain = nfkc(text).replace(",", "").replace(" ", "")
    # the first amount printed (`68,515千円（令和６年度）`); none in `－円` or `（非公表）`
    m = _AMOUNT_RE.search(plain)
    if not m:
        return None
    total = Decimal(0)
    try:
        for number, unit in _AMOUNT_PART_RE.findall(m.group(1)):
            total += Decimal(number) * _UNITS[unit or ""]
    except (InvalidOperation, KeyError):
        return None
    return _plausible(total)


def persons(text: str) -> int | None:
    """Persons of a printed population (`0.5万人` -> 5000, `150万人` -> 1500000)."""
    plain = nfkc(text).replace(",", "").replace(" ", "")
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(億|万|千)?人", plain)
    if not m:
        return None
    try:
        return _plausible(Decimal(m.group(1)) * _UNITS[m.group(2) or ""])
    except InvalidOperation:
        return None


# Larger numbers are misread text, and JSON writers (orjson) reject integers beyond 64 bits.
_MAX_NUMBER = Decimal(10) ** 15


def _plausible(value: Decimal) -> int | None:
    return int(value) if value < _MAX_NUMBER else None
