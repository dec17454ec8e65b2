"""What a bookmark holds: note, status, collections and a dated contact log; the limits and checks on each field.

One place for the fixed status set (`STATUSES`, `status_label`) and for every limit. A check that fails raises
:class:`BookmarkInputError` (a ValueError) whose ``str()`` is one translated line for the user.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime

from model.i18n import translate

STATUSES: tuple[str, ...] = ("todo", "considering", "contacted", "adopted", "declined")
DEFAULT_STATUS = "todo"

MAX_BOOKMARKS = 10_000  # a reading list; beyond this every save would take seconds
MAX_NOTE_CHARS = 100_000
MAX_LOG_TEXT_CHARS = 5_000
MAX_LOG_ENTRIES = 1_000  # per bookmark
MAX_COLLECTION_NAME_CHARS = 100
MAX_COLLECTIONS = 1_000
MAX_CASE_ID_CHARS = 200

_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


class BookmarkInputError(ValueError):
    """A value given for a bookmark is not allowed; ``str()`` is one line for the user. Nothing was saved."""


def status_label(key: str) -> str:
    """The user's word for a status key (Japanese, or the installed translation)."""
    labels = {
        "todo": translate("Bookmarks", "未着手"),
        "considering": translate("Bookmarks", "検討中"),
        "contacted": translate("Bookmarks", "問い合わせ済"),
        "adopted": translate("Bookmarks", "採用"),
        "declined": translate("Bookmarks", "見送り"),
    }
    return labels.get(key, key)


@dataclass(frozen=True)
class LogEntry:
    """One dated entry of the contact log, e.g. 「電話で総務課に照会、資料送付の約束」."""

    date: str  # the day it happened, YYYY-MM-DD (defaults to today)
    text: str
    added: str  # when it was written down, ISO-8601 with offset

    def key(self) -> tuple[str, str]:
        """Two entries with the same day and text are the same entry (imports do not duplicate it)."""
        return (self.date, self.text)


@dataclass(frozen=True)
class Updated:
    """When each mergeable field last changed (ISO-8601; "" = never set), for merging a colleague's file."""

    note: str = ""
    status: str = ""
    collections: str = ""


@dataclass(frozen=True)
class Bookmark:
    case_id: str
    note: str = ""  # free text: any Unicode, newlines kept
    added_at: str = ""  # ISO-8601 with the local UTC offset, e.g. "2026-11-29T02:40:00+09:00"
    status: str = DEFAULT_STATUS
    collections: tuple[str, ...] = ()
    log: tuple[LogEntry, ...] = ()
    updated: Updated = field(default=Updated(), compare=False)
    seq: int = field(default=0, compare=False)  # the place in the list; kept through the trash
    # The stable identity of the case (model.editions.case_key); "" until the library has named it. The case a
    # bookmark belongs to is the one with this key: `case_id` is its display id, derived (model/case_identity).
    key: str = field(default="", compare=False)

    @property
    def status_label(self) -> str:
        return status_label(self.status)

    @property
    def last_log_date(self) -> str:
        return max((e.date for e in self.log), default="")


def now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def today() -> str:
    return date.today().isoformat()


def clean_text(text: str) -> str:
    # A lone surrogate (pasted from a broken source) cannot be stored as UTF-8; keep the rest of the text.
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def check_case_id(case_id: object) -> str:
    if not isinstance(case_id, str) or not case_id.strip() or len(case_id) > MAX_CASE_ID_CHARS:
        raise BookmarkInputError(translate("Bookmarks", "事例のIDが正しくありません。"))
    return case_id


def check_note(note: str) -> str:
    if not isinstance(note, str):
        raise BookmarkInputError(translate("Bookmarks", "メモが文字列ではありません。"))
    if len(note) > MAX_NOTE_CHARS:
        raise BookmarkInputError(translate(
            "Bookmarks", "メモが長すぎます（{count} 文字。{limit} 文字まで）。").format(
            count=f"{len(note):,}", limit=f"{MAX_NOTE_CHARS:,}"))
    return clean_text(note)


def check_status(status: object) -> str:
    if status not in STATUSES:
        raise BookmarkInputError(translate(
            "Bookmarks", "状態「{status}」はありません（使えるのは {choices}）。").format(
            status=status, choices=", ".join(f"{k}={status_label(k)}" for k in STATUSES)))
    assert isinstance(status, str)
    return status


def check_date(value: object) -> str:
    """A day as YYYY-MM-DD (a real calendar day)."""
    ok = isinstance(value, str) and _DATE_RE.fullmatch(value) is not None
    if ok:
        assert isinstance(value, str)
        try:
            date.fromisoformat(value)
        except ValueError:
            ok = False
    if not ok:
        raise BookmarkInputError(translate(
            "Bookmarks", "日付「{value}」が正しくありません（例: 2026-12-01）。").format(value=value))
    assert isinstance(value, str)
    return value


def check_log_text(text: object) -> str:
    if not isinstance(text, str) or not text.strip():
        raise BookmarkInputError(translate("Bookmarks", "記録の内容が空です。"))
    if len(text) > MAX_LOG_TEXT_CHARS:
        raise BookmarkInputError(translate(
            "Bookmarks", "記録が長すぎます（{count} 文字。{limit} 文字まで）。").format(
            count=f"{len(text):,}", limit=f"{MAX_LOG_TEXT_CHARS:,}"))
    return clean_text(text)


def check_collection_name(name: object) -> str:
    """A collection name: trimmed, not empty, one line, not too long."""
    if not isinstance(name, str) or not name.strip():
        raise BookmarkInputError(translate("Bookmarks", "コレクションの名前が空です。"))
    name = name.strip()
    if len(name) > MAX_COLLECTION_NAME_CHARS:
        raise BookmarkInputError(translate("Bookmarks", "コレクションの名前が長すぎます（{limit} 文字まで）。").format(
            limit=MAX_COLLECTION_NAME_CHARS))
    if any(unicodedata.category(ch) in ("Cc", "Cs") for ch in name):
        raise BookmarkInputError(translate("Bookmarks", "コレクションの名前に改行や制御文字は使えません。"))
    return name


def later(a: str, b: str) -> bool:
    """True when time stamp ``a`` is strictly later than ``b`` ("" is earliest; unparsable counts as "")."""
    return _moment(a) > _moment(b)


def _moment(stamp: str) -> float:
    if not stamp:
        return float("-inf")
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return float("-inf")
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.timestamp()
