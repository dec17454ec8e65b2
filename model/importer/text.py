"""Text clean-up for PDF-extracted casebook text: look-alike radicals, private-use bullets, joining wrapped lines.

The text is kept as printed (full-width digits and Japanese punctuation stay); only PDF artefacts change.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

# Kangxi radicals and the CJK radicals supplement: PDF fonts map some kanji to these look-alikes (⼯ for 工).
_RADICAL_RANGES = ((0x2E80, 0x2EFF), (0x2F00, 0x2FDF))
_RADICALS_RE = re.compile("[\u2e80-\u2eff\u2f00-\u2fdf]")
# Private-use code points: symbol-font bullets such as U+F0D8 (the Point arrow).
_PRIVATE_USE_RE = re.compile("[\ue000-\uf8ff]")
# Either of the two: most lines have neither, and one search tells (a volume has some 23,000 lines).
_TO_CLEAN_RE = re.compile("[\ue000-\uf8ff\u2e80-\u2eff\u2f00-\u2fdf]")
_SPACES_RE = re.compile(r"[ \t\u3000\u00a0]+")

SENTENCE_END = "。！？!?"
_CLOSERS = "）)」』】］]"
_OPENERS = "（(「『【［["
_CLOSERS_AND_SPACE = _CLOSERS + " "
_BRACKETS_RE = re.compile("[" + re.escape(_OPENERS + _CLOSERS) + "]")
_ASCII_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def _radical_to_kanji(match: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", match.group(0))


def clean(raw: str) -> tuple[str, bool]:
    """The cleaned, stripped line and whether it was marked by a private-use bullet (a Point line)."""
    stripped = raw.strip()
    if _TO_CLEAN_RE.search(raw) is None:
        return stripped, False
    bullet = bool(stripped) and "\ue000" <= stripped[0] <= "\uf8ff"
    text = _PRIVATE_USE_RE.sub("", raw)
    text = _RADICALS_RE.sub(_radical_to_kanji, text)
    return text.strip(), bullet


@functools.lru_cache(maxsize=1 << 16)
def width(text: str) -> int:
    """Display width: 2 for wide and ambiguous (Japanese) characters, 1 for the rest.

    Cached: the layout rules ask for the width of the same lines again and again (every interview line against
    the widest of its page), which made it the importer's largest cost on 10,000 cases."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in "WFA" else 1 for ch in text)


def glue(left_end: str, right_start: str) -> str:
    """What goes between two pieces of one sentence broken by the layout, given the last character of the left
    piece and the first of the right one: a space between two ASCII words, else nothing."""
    return " " if left_end in _ASCII_ALNUM and right_start in _ASCII_ALNUM else ""


def join_two(left: str, right: str) -> str:
    """Join two pieces of one sentence broken by the layout: no space, except between two ASCII words."""
    if not left:
        return right
    if not right:
        return left
    return f"{left}{glue(left[-1], right[0])}{right}"


def join_wrapped(parts: Iterable[str]) -> str:
    """The stripped parts joined by `join_two`, in time linear in their total length."""
    out: list[str] = []
    last = ""
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if last:
            out.append(glue(last, part[0]))
        out.append(part)
        last = part[-1]
    return "".join(out)


def bracket_depth(text: str, depth: int = 0) -> int:
    """How many brackets are still open at the end of `text`, starting with `depth` open (never negative)."""
    for ch in _BRACKETS_RE.findall(text):  # the brackets only, not every character
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS and depth:
            depth -= 1
    return depth


def ends_sentence(text: str) -> bool:
    """Whether `text` ends a sentence: 。！？ possibly followed by closing brackets."""
    body = text.rstrip(_CLOSERS_AND_SPACE)
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
# Every pattern here runs in time linear in its input (case text is untrusted): quantifiers that could give back
# what they took are possessive (`*+`) or atomic (`(?>…)`) where nothing after them could use it.

# A run of number parts (`1億2000万`, `68515千`): each number and each unit taken whole, never split between
# parts, so a long digit run is read once.
_AMOUNT_RUN_RE = re.compile(r"(?:(?>\d+(?:\.\d+)?)(?>\s*(?:億|千万|百万|万|千)?\s*))++")
_AMOUNT_PART_RE = re.compile(r"(\d+(?:\.\d+)?)\s*(億|千万|百万|万|千)?")
# A printed amount at the end of a text (`… 68,515千円`, `約6.9千万円`, `－円`, `（非公表）`), matched on the
# *reversed* text: anchored at the text's end, one attempt finds the amount that starts furthest left, which is
# what `^(.*?)\s*(AMOUNT)\s*$` on the text would find, without trying every start.
_DIGIT = "0-9０-９"
_NUMBER_CHAR = "0-9０-９,，.．"
_AMOUNT_REVERSED_RE = re.compile(
    r"\s*+("
    r"円\s*+(?:(?:万千|万百|万|千)?(?:\s*+[" + _NUMBER_CHAR + r"]*+億)?\s*+[" + _NUMBER_CHAR + r"]*[" + _DIGIT
    + r"](?:\s*+約)?|[－\-ー―‐])"
    r"|[）)]\s*+表公非\s*+[（(]|表公非"
    r")\s*+"
)


def trailing_amount(text: str) -> tuple[str, str] | None:
    """(what comes before, the amount) when `text` ends with a printed amount: `項目 68,515千円` ->
    ('項目', '68,515千円'); the amount is one of `[約]68,515[億…][千万|百万|万|千]円`, `－円`, `（非公表）`,
    `非公表`, taken as long as it goes; None when `text` ends with none."""
    reversed_text = text[::-1]
    m = _AMOUNT_REVERSED_RE.match(reversed_text)
    if m is None:
        return None
    return reversed_text[m.end():][::-1], m.group(1)[::-1]


def is_amount(text: str) -> bool:
    """Whether the whole of `text` (stripped) is one printed amount."""
    found = trailing_amount(text.strip())
    return found is not None and not found[0]


def yen(text: str) -> int | None:
    """The amount in yen of a printed cost (`68,515千円` -> 68515000); None for `－円`, `（非公表）`, or no amount."""
    plain = nfkc(text).replace(",", "").replace(" ", "")
    # the first amount printed (`68,515千円（令和６年度）`); none in `－円` or `（非公表）`. A run of number parts
    # not followed by 円 fails at the same place whichever of its numbers it started at, so the search goes on
    # after the run.
    for m in _AMOUNT_RUN_RE.finditer(plain):
        if plain.startswith("円", m.end()):
            break
    else:
        return None
    total = Decimal(0)
    try:
        for number, unit in _AMOUNT_PART_RE.findall(m.group(0)):
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
