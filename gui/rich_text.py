"""Safe rich text for case data: every piece of case text is escaped before it becomes HTML.

Case text comes from imported files and must never be interpreted as markup: a title containing `<b>` shows the
literal tag. `Highlighter.marked()` escapes a text and wraps the parts matching the current search in a highlight
span; the offsets come from `model.search.highlight_spans` on the original text, so highlighting never splits an
escape.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from model.search import Query, highlight_spans

HIGHLIGHT_STYLE = "background:#fff3a0"

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

    def spans(self, text: str) -> list[tuple[int, int]]:
        if self.query is None or not text:
            return []
        found = self._spans.get(text)
        if found is None:
            found = self._spans[text] = highlight_spans(text, self.query)
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

    def link(self, url: str, label: str) -> str:
        """An anchor whose href and label are both escaped; the click handler decides whether to follow it."""
        return f'<a href="{html.escape(url, quote=True)}">{self.marked(label)}</a>'


NO_HIGHLIGHT = Highlighter(None)


def format_yen(yen: int) -> str:
    """An amount as the casebook prints it: whole thousands in 千円 (「68,515千円」), otherwise in 円."""
    if yen % 1000 == 0 and yen != 0:
        return QCoreApplication.translate("Amount", "{amount}千円").format(amount=f"{yen // 1000:,}")
    return QCoreApplication.translate("Amount", "{amount}円").format(amount=f"{yen:,}")
