"""Safe rich text for case data: every piece of case text is escaped before it becomes HTML.

Case text comes from imported files and must never be interpreted as markup: a title containing `<b>` shows the
literal tag. `Highlighter.marked()` escapes a text and wraps the parts matching the current search in a highlight
span; the offsets come from `model.search.highlight_spans` on the original text, so highlighting never splits an
escape.
Highlighting and hit counts are bounded per text (`MAX_SPANS`, `SCAN_CHARS`); a count that reached the bound is
shown as "100+".
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from model.search import Query, highlight_spans

HIGHLIGHT_STYLE = "background:#fff3a0"

# Highlighting is bounded per text, so a 1 MB field costs a fraction of a second per keystroke, not seconds: the
# first MAX_SPANS hits within the first SCAN_CHARS characters, found chunk by chunk (stopping once enough are found).
MAX_SPANS = 100
SCAN_CHARS = 50_000
CHUNK_CHARS = 5_000

# Schemes a link in case data may open; anything else (file:, javascript:, data:, qrc:…) is shown but not followed.
SAFE_SCHEMES = frozenset({"http", "https", "mailto"})


def esc(text: str) -> str:
    """`text` as HTML text: markup characters escaped, line breaks kept."""
    return html.escape(text, quote=True).replace("\n", "<br>")


class Highlighter:
    """Escaping and highlighting for one query: the spans of each text are computed once and reused.

    The detail pane makes one per query (per keystroke at most) and uses it for the header, the tab titles' hit
    counts and the tabs themselves, which all look at the same texts.
    """

    def __init__(self, query: Query | None) -> None:
        self.query = None if query is None or query.is_empty else query
        self._spans: dict[str, list[tuple[int, int]]] = {}
        self._capped: set[str] = set()

    def spans(self, text: str) -> list[tuple[int, int]]:
        """The query's matches in `text` (at most MAX_SPANS, within its first SCAN_CHARS characters)."""
        if self.query is None or not text:
            return []
        found = self._spans.get(text)
        if found is None:
            found, capped = bounded_spans(text, self.query)
            self._spans[text] = found
            if capped:
                self._capped.add(text)
        return found

    def marked(self, text: str) -> str:
        """`text` escaped, with the query's matches wrapped in a highlight span."""
        spans = self.spans(text)
        if not spans:
            return esc(text)
        out: list[str] = []
        pos = 0
        for start, end in spans:
            out.append(esc(text[pos:start]))
            out.append(f'<span style="{HIGHLIGHT_STYLE}">{esc(text[start:end])}</span>')
            pos = end
        out.append(esc(text[pos:]))
        return "".join(out)

    def count(self, texts: Iterable[str]) -> int:
        """How many highlighted spans the query has over `texts` (0 without a query)."""
        return sum(len(self.spans(t)) for t in texts)

    def count_label(self, texts: Iterable[str]) -> str:
        """The hit count as a tab title shows it: "" for none, "100+" once a text reached a bound (more may follow)."""
        texts = list(texts)
        total = self.count(texts)
        if not total:
            return ""
        return f"{total}+" if any(t in self._capped for t in texts) else str(total)

    def link(self, url: str, label: str) -> str:
        """An anchor whose href and label are both escaped; the click handler decides whether to follow it."""
        return f'<a href="{html.escape(url, quote=True)}">{self.marked(label)}</a>'


NO_HIGHLIGHT = Highlighter(None)


def bounded_spans(text: str, query: Query) -> tuple[list[tuple[int, int]], bool]:
    """The first MAX_SPANS matches within the first SCAN_CHARS characters, and whether a bound may have cut them.

    The text is searched in chunks that overlap by a term's length (a match across a chunk's end is found in that
    chunk and counted once), so a text with many hits stops after its first chunks.
    """
    overlap = 4 * max(len(t) for t in query.terms) + 8  # marks and wide forms make a term longer in the original
    limit = min(len(text), SCAN_CHARS)
    spans: list[tuple[int, int]] = []
    pos = 0
    while pos < limit:
        end = min(limit, pos + CHUNK_CHARS)
        for s, e in highlight_spans(text[pos:min(len(text), end + overlap)], query):
            s, e = s + pos, e + pos
            if s >= end:
                break  # the next chunk finds it
            if spans and s <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(spans[-1][1], e))
            else:
                spans.append((s, e))
        if len(spans) >= MAX_SPANS:
            return spans[:MAX_SPANS], True
        pos = end
    return spans, len(text) > SCAN_CHARS


def format_yen(yen: int) -> str:
    """An amount as the casebook prints it: whole thousands in 千円 (「68,515千円」), otherwise in 円."""
    if yen % 1000 == 0 and yen != 0:
        return QCoreApplication.translate("Amount", "{amount}千円").format(amount=f"{yen // 1000:,}")
    return QCoreApplication.translate("Amount", "{amount}円").format(amount=f"{yen:,}")
