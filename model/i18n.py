"""Translation hook for user-visible text produced by model/ and cli/ (which must not need Qt).

Source strings are Japanese. Call `translate("Context", "…")` exactly like `QCoreApplication.translate` (or mark a
string in a table with `QT_TRANSLATE_NOOP("Context", "…")` and translate it when shown), so
`pyside6-lupdate` collects the strings into resources/translations/*.ts; the GUI and the CLI install Qt's translator
with `set_translator(QCoreApplication.translate)` when a language other than Japanese is chosen.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None

LANGUAGES = ("ja", "en")


def translate(context: str, text: str) -> str:
    return _translator(context, text) if _translator is not None else text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation in `context` and returns it unchanged; `translate(context, text)` it later.

    For strings declared once in a table (field labels, summary words) and translated where they are shown.
    """
    return text


def set_translator(func: Callable[[str, str], str] | None) -> None:
    global _translator
    _translator = func


def resolve_language(requested: str | None) -> str:
    """`--lang` if given, else English only when the system locale is English; Japanese otherwise."""
    if requested:
        return requested
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return "en" if value.lower().startswith("en") else "ja"
    loc = locale.getlocale()[0] or ""
    return "en" if loc.lower().startswith("en") else "ja"
