"""Text for the terminal: case text and notes are untrusted, so control characters are shown, not obeyed.

An escape sequence in a title or a colleague's note could otherwise retitle the terminal, erase lines or hide text.
C0 controls except tab and newline, DEL and the C1 controls are written as ``\\xNN`` (``\\r`` too: it would
overwrite the line).
"""

from __future__ import annotations

import re
import sys

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def terminal_safe(text: str) -> str:
    """``text`` with every control character except tab and newline replaced by a visible ``\\xNN``."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group(0)):02x}", text)


def one_line(text: str) -> str:
    """A field for a tab-separated line: newlines and tabs become spaces, controls are escaped."""
    return terminal_safe(text.replace("\r\n", " ").replace("\n", " ").replace("\t", " "))


def out(text: str = "", *, end: str = "\n") -> None:
    """Write `text` to stdout, the one way command output reaches the terminal: control characters escaped."""
    sys.stdout.write(terminal_safe(text + end))


def err(text: str) -> None:
    """Write one message line to stderr, control characters escaped (a message may quote case text)."""
    sys.stderr.write(terminal_safe(text + "\n"))
