"""Safe rich text for case data: every piece of case text is escaped before it becomes HTML.

Case text comes from imported files and must never be interpreted as markup: a title containing `<b>` shows the
literal tag. `marked()` escapes a text and wraps the parts matching the current search in a highlight span; the
offsets come from `model.search.highlight_spans` on the original text, so highlighting never splits an escape.
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


def marked(text: str, query: Query | None) -> str:
    """`text` escaped, with the query's matches wrapped in a highlight span."""
    if query is None or query.is_empty:
        return esc(text)
    out: list[str] = []
    pos = 0
    for start, end in highlight_spans(text, query):
        out.append(esc(text[pos:start]))
        out.append(f'<span style="{HIGHLIGHT_STYLE}">{esc(text[start:end])}</span>')
        pos = end
    out.append(esc(text[pos:]))
    return "".join(out)


def hit_count(texts: Iterable[str], query: Query | None) -> int:
    """How many highlighted spans the query has over `texts` (0 for an empty query)."""
    if query is None or query.is_empty:
        return 0
    return sum(len(highlight_spans(t, query)) for t in texts if t)


def link(url: str, label: str, query: Query | None = None) -> str:
    """An anchor whose href and label are both escaped; the click handler decides whether to follow it."""
    return f'<a href="{html.escape(url, quote=True)}">{marked(label, query)}</a>'


def format_yen(yen: int) -> str:
    """An amount as the casebook prints it: whole thousands in 千円 (「68,515千円」), otherwise in 円."""
    if yen % 1000 == 0 and yen != 0:
        return QCoreApplication.translate("Amount", "{amount}千円").format(amount=f"{yen // 1000:,}")
    return QCoreApplication.translate("Amount", "{amount}円").format(amount=f"{yen:,}")
