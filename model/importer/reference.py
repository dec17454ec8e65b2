"""The 参考情報 block and its neighbours: population, related links, awards; and the lines to drop (speaker
labels, ☆担当☆ signatures, the cost box legend). The contacts (担当部署) are read by model/importer/contacts.py.

Rules (see docs/data-format.md):
- links: `関連ＵＲＬ：label（URL）` and the `label（URL）` lines after it; a URL wrapped across lines is joined; each
  URL is kept once, the first label wins, 関連ＵＲＬ links come first. A bare URL line elsewhere (PDF link
  annotations dumped at a page end) is a duplicate when its URL is already known, else an extra link labelled by
  the caption printed directly above it (or by the URL itself).
- `☆担当：…☆` is the interview's signature, not a contact (it has no phone or e-mail): dropped.
"""

from __future__ import annotations

import re

from model.case import Link, Population
from model.importer.context import CaseLines
from model.importer.labels import (
    AWARDS_RE,
    BOILERPLATE_RE,
    LINKS_RE,
    REFERENCE_RE,
    SIGNATURE_RE,
    is_label,
)
from model.importer.pages import DROPPED, FIELD, SPEAKER
from model.importer.text import join_wrapped, persons

# Every pattern here runs in time linear in its input (case text is untrusted): quantifiers that could give back
# what they took are possessive (`*+`); a lazy prefix `(.*?)` is followed by `(?<!\s)` so that a run of spaces is
# tried from its start only (the shortest prefix never ends with a space); where a pattern would be tried from
# every start of a long line, the work is split (see _has_open_url).
_POPULATION_RE = re.compile(r"人口\s*+[：:]\s*+((?:約)?[0-9０-９][0-9０-９.,．，]*+\s*+(?:億|万|千)?人)")
_AS_OF_OPEN_RE = re.compile(r"\s*+[（(]\s*+")
_AS_OF_END_RE = re.compile(r"現在\s*+[）)]")
_URL_IN_PARENS_RE = re.compile(
    r"^(.*?)(?<!\s)\s*+[（(]\s*+(https?://[^\s（）()]++(?:\s++[^\s（）()]++)*+)\s*+[）)]\s*+$")
_URL_OPEN_RE = re.compile(r"[（(]\s*+https?://")
_BARE_URL_RE = re.compile(r"^https?://[!-~]+$")
_URL_TAIL_RE = re.compile(r"^[A-Za-z0-9._~:/?#\[\]@!$&'*+,;=%\-]+$")
_CLOSE = "）)"


def _has_open_url(text: str) -> bool:
    """Whether `text` has a `（http…` whose closing bracket is not on it yet (the URL wraps onto the next line)."""
    last_close = max(text.rfind(c) for c in _CLOSE)
    return _URL_OPEN_RE.search(text, last_close + 1) is not None


def _population_as_of(text: str, pos: int) -> str | None:
    """The date of `（令和６年１月１日現在）` printed at `pos`, after the population."""
    m = _AS_OF_OPEN_RE.match(text, pos)
    if m is None:
        return None
    start = m.end()
    end = _AS_OF_END_RE.search(text, start + 1)
    if end is None:
        return None
    stop = end.start()
    while stop > start + 1 and text[stop - 1].isspace():
        stop -= 1
    return text[start:stop]


def drop_furniture(lines: CaseLines, names: set[str]) -> None:
    """Mark the lines that are no text of any field: speaker labels, signatures, the cost box legend."""
    speakers = {f"（{name}）" for name in names} | {f"({name})" for name in names}
    kinds, texts = lines.kinds, lines.texts
    for k in lines.starting(("（", "(", "☆", "※")):  # a speaker label, a signature, a note
        if kinds[k] is not None:
            continue
        t = texts[k]
        if t in speakers:
            lines.claim(k, SPEAKER)
        elif t.startswith("☆") and SIGNATURE_RE.match(t):
            lines.claim(k, DROPPED)
        elif t.startswith("※"):
            nxt = lines.next_line(k, max_blanks=1)
            both = t + (lines.text(nxt) if nxt is not None and lines.is_free(nxt) else "")
            if BOILERPLATE_RE.match(t):
                lines.claim(k, DROPPED)
            elif nxt is not None and BOILERPLATE_RE.match(both):
                lines.claim(k, DROPPED)
                lines.claim(nxt, DROPPED)


def population(lines: CaseLines) -> Population | None:
    kinds, texts = lines.kinds, lines.texts
    for k in lines.starting("【参考情報】"):
        if kinds[k] is not None:
            continue
        m = REFERENCE_RE.match(texts[k])
        if not m:
            continue
        lines.claim(k)
        rest = m.group(1)
        if "人口" not in rest:
            # `【参考情報】` alone, the population on the next line
            nxt = lines.next_line(k, max_blanks=1)
            if nxt is not None and lines.is_free(nxt) and "人口" in lines.text(nxt):
                rest = lines.text(nxt)
                lines.claim(nxt)
        pm = _POPULATION_RE.search(rest)
        if pm:
            text = pm.group(1).strip()
            return Population(persons=persons(text.removeprefix("約")), text=text,
                              as_of=_population_as_of(rest, pm.end()))
    return None


_MAX_URL_LINES = 4  # a URL wrapped onto more lines is no URL of a casebook


class LinkCollector:
    """Links of a case in the order the reader meets them; each URL once."""

    def __init__(self) -> None:
        self.links: list[Link] = []
        self._urls: set[str] = set()

    def __contains__(self, url: str) -> bool:
        return url in self._urls

    def add(self, label: str, url: str) -> None:
        url = re.sub(r"\s+", "", url)
        if url and url not in self._urls:
            self._urls.add(url)
            self.links.append(Link(label=label.strip() or url, url=url))


def _link_from_line(lines: CaseLines, k: int) -> tuple[str, str, list[int]] | None:
    """(label, url, lines used) of a `label（URL）` line, joining a URL wrapped onto the following lines."""
    text = lines.text(k)
    used = [k]
    j = k
    while len(used) < _MAX_URL_LINES and _has_open_url(text):
        nxt = lines.directly_next(j)
        if nxt is None or not lines.is_free(nxt):
            break
        text += lines.text(nxt).strip()
        used.append(nxt)
        j = nxt
    m = _URL_IN_PARENS_RE.match(text)
    if not m:
        return None
    return m.group(1).strip(), m.group(2), used


def links(lines: CaseLines) -> LinkCollector:
    found = LinkCollector()
    # 関連ＵＲＬ first: their labels are the ones the editors wrote.
    kinds, texts = lines.kinds, lines.texts
    for k in lines.starting("関連"):
        if kinds[k] is not None:
            continue
        m = LINKS_RE.match(texts[k])
        if not m:
            continue
        lines.claim(k)
        rest = m.group(1)
        if rest:
            parsed = _link_from_rest(lines, k, rest)
            if parsed:
                found.add(*parsed)
        j = k
        while True:
            nxt = lines.next_line(j, max_blanks=2)
            if nxt is None or not lines.is_free(nxt):
                break
            parsed_line = _link_from_line(lines, nxt)
            if parsed_line is None:
                break
            label, url, used = parsed_line
            for u in used:
                lines.claim(u)
            found.add(label, url)
            j = used[-1]
    return found


def _link_from_rest(lines: CaseLines, k: int, rest: str) -> tuple[str, str] | None:
    text = rest
    j = k
    for _ in range(_MAX_URL_LINES - 1):
        if not _has_open_url(text):
            break
        nxt = lines.directly_next(j)
        if nxt is None or not lines.is_free(nxt):
            break
        text += lines.text(nxt).strip()
        lines.claim(nxt)
        j = nxt
    m = _URL_IN_PARENS_RE.match(text)
    if m:
        return m.group(1), m.group(2)
    url = re.search(r"https?://[!-~]+", text)
    if url:
        return text[: url.start()].strip(), url.group(0)
    # the label alone, its `（URL）` on the next line
    nxt = lines.directly_next(j)
    if nxt is not None and lines.is_free(nxt):
        parsed = _link_from_line(lines, nxt)
        if parsed is not None and not parsed[0]:
            for u in parsed[2]:
                lines.claim(u)
            return text, parsed[1]
    return None


def awards(lines: CaseLines, found: LinkCollector) -> list[str]:
    out: list[str] = []
    kinds, texts = lines.kinds, lines.texts
    for k in lines.starting("受賞歴"):
        if kinds[k] is not None:
            continue
        m = AWARDS_RE.match(texts[k])
        if not m:
            continue
        lines.claim(k)
        items = [m.group(1).strip()] if m.group(1).strip() else []
        j = k
        while True:
            nxt = lines.next_line(j, max_blanks=1 if items else 2)
            if nxt is None or not lines.is_free(nxt):
                break
            t = lines.text(nxt)
            url = _URL_IN_PARENS_RE.match(t)
            if url and items and not url.group(1):
                # `（URL）` alone under an award: the award's reference page.
                found.add(items[-1], url.group(2))
                lines.claim(nxt)
                j = nxt
                continue
            if nxt != j + 1 or is_label(t) or _BARE_URL_RE.match(t):
                break
            lines.claim(nxt)
            items.append(t)
            j = nxt
        for item in items:
            inline = _URL_IN_PARENS_RE.match(item)
            if inline and inline.group(1):
                found.add(inline.group(1), inline.group(2))
                item = inline.group(1)
            out.append(item)
    return out


def extra_links(lines: CaseLines, found: LinkCollector) -> None:
    """`label（URL）` lines outside 関連ＵＲＬ, and bare URL lines (duplicates dropped)."""
    kinds, texts = lines.kinds, lines.texts
    for k in lines.indices():
        if kinds[k] is not None:
            continue
        t = texts[k]
        if t.startswith("http") and _BARE_URL_RE.match(t):
            url = t
            used = [k]
            nxt = lines.directly_next(k)
            while nxt is not None and lines.is_free(nxt) and _URL_TAIL_RE.match(lines.text(nxt)) \
                    and not lines.text(nxt).startswith("http"):
                url += lines.text(nxt)
                used.append(nxt)
                nxt = lines.directly_next(nxt)
            for u in used:
                lines.claim(u, DROPPED)
            if url not in found:
                found.add(_caption_above(lines, k), url)
            continue
        if "http" in t:
            parsed = _link_from_line(lines, k)
            if parsed is not None:
                label, url, used = parsed
                label = label.lstrip("※・• ").strip()
                for u in used:
                    lines.claim(u, FIELD)
                found.add(label, url)


def _caption_above(lines: CaseLines, k: int) -> str:
    """The caption printed directly above a bare URL (up to two short lines, no blank line between)."""
    parts: list[int] = []
    j = k - 1
    while j >= lines.start and len(parts) < 2:
        kind = lines.kinds[j]
        t = lines.text(j)
        if kind is not None or not t or len(t) > 40 or t.endswith("。") or is_label(t):
            break
        parts.insert(0, j)
        j -= 1
    for p in parts:
        lines.claim(p, DROPPED)
    return join_wrapped(lines.text(p) for p in parts)
