"""The page structure of a volume: which line belongs to which case, and the page furniture to drop.

Every page repeats the case title line (`１ 「…」… 【山口県】`) and the category header (`＜１．体制整備＞ ① …`),
often with a population label. PDF extraction puts this furniture at the start, in the middle or at the end of a
page's text, so a case's first page may begin *before* its first title line. The lines between the last title of
case n and the first title of case n+1 are cut into page blocks at the category headers (a header closes its
page); the first block holding a first-page marker (a Point line or the `事業の概要` heading) and everything after it
belong to case n+1, the blocks before it to case n.

The `New` label (top left on a new case's pages) marks its case when it is glued before or after a title line,
on a line of its own among the case's lines, or on the last line before the case's first title line with only
blank lines and page furniture between (a category header, a population label, a page number, the legend's
closing heading `…事例集の構成`): extraction prints the label of a first page just before its title, so a `New`
there is the next case's, even when it falls inside the previous case's lines or the volume's legend.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TypeVar

from model.case import Numbered
from model.importer.organization import is_partial_band, normalize_band, split_organization
from model.importer.text import clean, nfkc

T = TypeVar("T")

# Line kinds. None = free text not yet claimed by a field.
BLANK = "blank"
FURNITURE = "furniture"  # title, header, population label, page number
DROPPED = "dropped"  # speaker labels, ☆担当☆ signatures, the New label, legend boilerplate, bare URL lines
FIELD = "field"  # claimed by a field; separates interview passages
QUESTION = "question"
SPEAKER = "speaker"  # （総務省）（山口県）: who speaks in the interview, not text
TRANSPARENT = frozenset({BLANK, FURNITURE, DROPPED, SPEAKER})

_MAX_LINE = 2000  # longer "lines" are not layout lines of a casebook; skip pattern matching on them

# Patterns run in time linear in the line: a lazy `(.*?)` is followed by `(?<!\s)`, so that a run of spaces is
# tried from its start only (the shortest text before it never ends with a space).
_TITLE_RE = re.compile(
    r"^(?:(New|NEW)\s+)?([0-9０-９]{1,4})\s+(\S.*?)(?<!\s)\s*+【([^【】]{2,40})】(?:\s*+(New|NEW))?$")
_TITLE_START_RE = re.compile(r"^(?:(?:New|NEW)\s+)?[0-9０-９]{1,4}\s+\S")
_HEADER_RE = re.compile(r"^＜\s*([0-9０-９]{1,2})\s*[．.]\s*([^＞]{1,40}?)\s*＞\s*(.*)$")
_SUBCAT_RE = re.compile(r"^([\u2460-\u2473])\s*(.*)$")
_HEADER_BAND_RE = re.compile(r"^(.*?)(?<!\s)\s++(都道府県|人口[：:].*)$")
_PAGENO_RE = re.compile(r"^[0-9０-９]{1,2}\s*[-－‐]\s*[0-9０-９]{1,3}$")
_DIGITS = frozenset("0123456789０１２３４５６７８９")  # what a page number starts with
_INDENT_STARTS = (" ", "\u3000", "\t")  # a printed line starting with one begins a new paragraph
_BAND_TAIL_RE = re.compile(r"^[0-9０-９]{1,3}万人未満$")
_LEGEND_END_RE = re.compile(r"^[0-9０-９]{1,2}\s*[．.].*事例集の構成$")
OVERVIEW_HEADINGS = ("事業の概要", "事業概要")


@dataclass
class CaseSpan:
    """The lines [start, end) of one case, and what its page furniture says about it."""

    number: int
    title: str
    organization: str
    start: int
    end: int
    is_new: bool = False
    subcategory: Numbered | None = None
    band: str | None = None
    title_lines: list[int] = field(default_factory=list)


@dataclass
class Volume:
    texts: list[str]
    bullets: list[bool]
    kinds: list[str | None]
    category: Numbered | None
    cases: list[CaseSpan]
    indents: list[bool] = field(default_factory=list)  # the printed line starts with a space (a new paragraph)


@dataclass
class _Header:
    category: Numbered
    subcategory: Numbered | None
    band: str | None


def _int(digits: str) -> int:
    return int(nfkc(digits))


def _parse_header(text: str) -> _Header | None:
    m = _HEADER_RE.match(text)
    if not m:
        return None
    category = Numbered(_int(m.group(1)), m.group(2).strip())
    rest = m.group(3).strip()
    band = None
    if rest in ("都道府県",) or rest.startswith(("人口：", "人口:")):
        band, rest = rest, ""
    else:
        tail = _HEADER_BAND_RE.match(rest)
        if tail:
            rest, band = tail.group(1).strip(), tail.group(2).strip()
    sub = None
    sm = _SUBCAT_RE.match(rest)
    if sm:
        sub = Numbered(ord(sm.group(1)) - 0x2460 + 1, sm.group(2).strip())
    return _Header(category, sub, band)


def split_volume(text: str) -> Volume:
    """Clean every line, find the page furniture, and cut the lines into cases (empty when no title is found)."""
    raw_lines = text.splitlines()
    cleaned = [clean(raw) for raw in raw_lines]
    texts = [t for t, _ in cleaned]
    bullets = [b for _, b in cleaned]
    indents = [raw.startswith(_INDENT_STARTS) for raw in raw_lines]
    del cleaned
    n = len(texts)
    kinds: list[str | None] = [BLANK if not t else None for t in texts]

    headers: dict[int, _Header] = {}
    bands: dict[int, str] = {}
    titles: list[tuple[int, int, str, str, bool]] = []  # (line, number, title, organization, new)
    legend_end = -1
    title_lines: set[int] = set()
    i = 0
    while i < n:
        t = texts[i]
        if not t or len(t) > _MAX_LINE:
            i += 1
            continue
        if t.endswith(("】", "New", "NEW")):
            m = _TITLE_RE.match(t)
            start = i
            if m is None and i and kinds[i - 1] is None and _TITLE_START_RE.match(texts[i - 1]) \
                    and "【" not in texts[i - 1] and len(texts[i - 1]) < 200:
                # a long title wrapped onto a second line
                m = _TITLE_RE.match(texts[i - 1] + t)
                start = i - 1
            if m and split_organization(m.group(4)) is not None:
                titles.append((start, _int(m.group(2)), m.group(3).strip(), m.group(4).strip(),
                               bool(m.group(1) or m.group(5))))
                kinds[start] = kinds[i] = FURNITURE
                title_lines.update((start, i))
                i += 1
                continue
        if t.startswith("＜"):
            h = _parse_header(t)
            if h is not None:
                kinds[i] = FURNITURE
                headers[i] = h
                i = _band_continuation(texts, kinds, i, h.band, bands) + 1
                continue
        if t == "都道府県" or t.startswith(("人口：", "人口:")):
            if normalize_band(t) is not None or is_partial_band(t):
                kinds[i] = FURNITURE
                i = _band_continuation(texts, kinds, i, t, bands) + 1
                continue
        if t[0] in _DIGITS and _PAGENO_RE.match(t):
            kinds[i] = FURNITURE
        elif legend_end < 0 and not titles and _LEGEND_END_RE.match(t):
            legend_end = i
        i += 1

    if not titles:
        return Volume(texts, bullets, kinds, None, [], indents)

    category = _majority([h.category for h in headers.values()])
    spans = _spans(texts, bullets, kinds, titles, headers, legend_end, n)
    header_keys = sorted(headers)
    band_keys = sorted(bands)
    for span in spans:
        label = _new_before(texts, kinds, span.title_lines[0], legend_end, title_lines)
        if label is not None:
            span.is_new = True
            kinds[label] = DROPPED
    for span in spans:
        lo, hi = bisect.bisect_left(header_keys, span.start), bisect.bisect_left(header_keys, span.end)
        subs = [sub for k in header_keys[lo:hi] if (sub := headers[k].subcategory) is not None]
        span.subcategory = _majority(subs)
        lo, hi = bisect.bisect_left(band_keys, span.start), bisect.bisect_left(band_keys, span.end)
        span.band = _majority([bands[k] for k in band_keys[lo:hi] if bands[k]])
        for k in range(span.start, span.end):
            if texts[k] in _NEW_LABELS and kinds[k] is None:
                span.is_new = True
                kinds[k] = DROPPED
    return Volume(texts, bullets, kinds, category, spans, indents)


_NEW_LABELS = ("New", "NEW")


def _new_before(texts: list[str], kinds: list[str | None], title: int, legend_end: int,
                title_lines: set[int]) -> int | None:
    """The `New` line directly before the title line at `title` (only blank lines and furniture between, and no
    other title: each line is looked at for one case only)."""
    k = title - 1
    while k >= 0 and k not in title_lines and (kinds[k] in (BLANK, FURNITURE) or k == legend_end):
        k -= 1
    if k >= 0 and texts[k] in _NEW_LABELS and kinds[k] is None:
        return k
    return None


def _band_continuation(texts: list[str], kinds: list[str | None], i: int, label: str | None,
                       bands: dict[int, str]) -> int:
    """Record the band printed at line i, joining `人口：10万人以上` + next line `30万人未満`.

    Returns the last line used."""
    if label is None:
        return i
    band = normalize_band(label)
    last = i
    if band is None and is_partial_band(label):
        j = i + 1
        while j < len(texts) and not texts[j] and j - i <= 2:
            j += 1
        if j < len(texts) and _BAND_TAIL_RE.match(texts[j]):
            band = normalize_band(label + texts[j])
            kinds[j] = FURNITURE
            last = j
    if band:
        bands[i] = band
    return last


def _majority(values: list[T]) -> T | None:
    """The most common value; ties go to the first in page order."""
    if not values:
        return None
    counts = Counter(values)
    best = max(counts.values())
    return next(v for v in values if counts[v] == best)


def _is_first_page_marker(texts: list[str], bullets: list[bool], k: int) -> bool:
    return bullets[k] or texts[k] in OVERVIEW_HEADINGS


def _spans(texts: list[str], bullets: list[bool], kinds: list[str | None],
           titles: list[tuple[int, int, str, str, bool]], headers: dict[int, _Header],
           legend_end: int, n: int) -> list[CaseSpan]:
    # Runs of title lines with the same number make one case, in order of first appearance.
    spans: list[CaseSpan] = []
    seen: set[int] = set()
    for line, number, title, org, new in titles:
        if spans and spans[-1].number == number:
            spans[-1].title_lines.append(line)
            spans[-1].end = line + 1
            spans[-1].is_new = spans[-1].is_new or new
            continue
        if number in seen:
            # The same case again after another one: PDF order gone wrong; keep its lines with the current case.
            if spans:
                spans[-1].end = line + 1
            continue
        seen.add(number)
        spans.append(CaseSpan(number, title, org, line, line + 1, new, title_lines=[line]))

    header_lines = sorted(headers)
    # The text before the first title: the legend (dropped), then maybe the start of case 1's first page.
    first = spans[0]
    first.start = _gap_split(texts, bullets, kinds, header_lines, legend_end + 1, first.start)
    for prev, nxt in zip(spans, spans[1:], strict=False):
        lo = prev.end
        if not any(kinds[k] is None and _is_first_page_marker(texts, bullets, k) for k in range(prev.start, prev.end)):
            # The case has no first page yet (one title line, its page printed after it): the first page in the
            # gap is its own; the next case starts at the following one.
            first_page = _gap_split(texts, bullets, kinds, header_lines, lo, nxt.start)
            if first_page < nxt.start:
                lo = _page_end(texts, kinds, header_lines, first_page, nxt.start)
        cut = _gap_split(texts, bullets, kinds, header_lines, lo, nxt.start)
        prev.end = cut
        nxt.start = cut
    spans[-1].end = n
    return spans


def _page_end(texts: list[str], kinds: list[str | None], header_lines: list[int], lo: int, hi: int) -> int:
    """The end of the page block starting at lo: after the next category header (and its band line)."""
    pos = bisect.bisect_left(header_lines, lo)
    if pos < len(header_lines) and header_lines[pos] < hi:
        end = header_lines[pos] + 1
        while end < hi and kinds[end] == FURNITURE and not texts[end].startswith("＜"):
            end += 1
        return end
    return hi


def _gap_split(texts: list[str], bullets: list[bool], kinds: list[str | None], header_lines: list[int],
               lo: int, hi: int) -> int:
    """The first line of [lo, hi) that belongs to the next case (hi when the whole gap stays with the previous)."""
    block_start = lo
    pos = bisect.bisect_left(header_lines, lo)
    while block_start < hi:
        block_end = hi
        if pos < len(header_lines) and header_lines[pos] < hi:
            block_end = header_lines[pos] + 1
            # the header's band continuation line stays with its header
            while block_end < hi and kinds[block_end] == FURNITURE and not texts[block_end].startswith("＜"):
                block_end += 1
            pos += 1
        for k in range(block_start, block_end):
            if kinds[k] is None and _is_first_page_marker(texts, bullets, k):
                return block_start
        block_start = block_end
    return hi
