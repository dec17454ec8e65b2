"""The range mark as shown: `R6.3~4` reads 「R6.3～4」 on screen and on paper (display only).

The casebook's schedules write ranges with an ASCII tilde. In the bundled font (IPAexGothic) it is a small raised
stroke that reads like 「R6.3˜4」, so every renderer of schedule text shows it as the full-width ～ (U+FF5E), the
mark a Japanese reader expects. The stored text keeps what the casebook printed; searches normalise both to "~"
(NFKC), so a search for either finds the other and highlights stay on the same characters (one for one).
"""

from __future__ import annotations

import re

RANGE_MARK = "\uff5e"  # ～
_ASCII_TILDE = "~"
# A tilde inside a web or mail address is part of the address (http://example.jp/~user), not a range.
_ADDRESS = re.compile(r"(?:https?|ftp)://\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.ASCII)


def readable_range(text: str) -> str:
    """`text` with every ASCII tilde outside web and mail addresses shown as ～ (same length)."""
    if _ASCII_TILDE not in text:
        return text
    out: list[str] = []
    last = 0
    for match in _ADDRESS.finditer(text):
        out.append(text[last:match.start()].replace(_ASCII_TILDE, RANGE_MARK))
        out.append(match.group(0))
        last = match.end()
    out.append(text[last:].replace(_ASCII_TILDE, RANGE_MARK))
    return "".join(out)
