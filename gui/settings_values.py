"""Typed reads of QSettings values: a value of the wrong type (a hand-edited or damaged settings.ini) is ignored.

An INI file gives back whatever its text parses to: `geometry=garbage` is a string, `state=1, 2, 3` a list of
strings, a one-item list a plain string. Each getter returns the value only when it has the expected type (and, for
choices, an expected value), else the default, so no saved setting can stop the app from starting.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QByteArray, QSettings

MAX_TEXT = 10_000  # a saved search longer than this is not one the user typed
MAX_ITEMS = 100


def _raw(settings: QSettings, key: str) -> object:
    try:
        return settings.value(key)
    except (TypeError, ValueError, RuntimeError):  # a value PySide cannot convert
        return None


def byte_array(settings: QSettings, key: str) -> QByteArray | None:
    """A saved geometry/state blob, or None."""
    value = _raw(settings, key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def text(settings: QSettings, key: str, default: str = "", *, limit: int = MAX_TEXT) -> str:
    """A saved string (not a list, not a blob, at most `limit` characters), or `default`."""
    value = _raw(settings, key)
    return value if isinstance(value, str) and len(value) <= limit else default


def flag(settings: QSettings, key: str, default: bool = False) -> bool:
    """A saved yes/no: `true`/`false` as an INI file stores them (or a real bool), else `default`."""
    value = _raw(settings, key)
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return default


def choices(settings: QSettings, key: str, allowed: Collection[str]) -> list[str]:
    """A saved list of strings, keeping only those in `allowed` (an INI file gives a one-item list as a string)."""
    value = _raw(settings, key)
    items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    return [v for v in items[:MAX_ITEMS] if isinstance(v, str) and v in allowed]
