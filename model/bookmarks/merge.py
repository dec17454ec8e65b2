"""Merging two versions of a bookmark, field by field, without losing either side's words.

* Notes: both kept. An incoming note is added as its own paragraph unless the local note already holds exactly that
  text as whole paragraphs (so importing the same file twice changes nothing, and 「可」 is not swallowed by 「不可」).
* Note saves from the window (compare-and-set): the user's text wins where the stored note is still what the window
  read; text another process added meanwhile is kept (:func:`merge_concurrent_note`).
* Status: the later change wins; the other is written into the contact log.
* Collections and log entries: united (a log entry with the same day and text is one entry).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from model.bookmarks.entries import (
    DEFAULT_STATUS,
    Bookmark,
    LogEntry,
    Updated,
    later,
    now,
    status_label,
    today,
)
from model.i18n import translate

PARAGRAPH = "\n\n"


def _holds(text: str, part: str) -> bool:
    """``part`` is ``text`` or a run of whole paragraphs of it."""
    return (PARAGRAPH + part + PARAGRAPH) in (PARAGRAPH + text + PARAGRAPH)


def merge_note(mine: str, theirs: str) -> str:
    """Both notes, each once: ``theirs`` appended as a paragraph unless ``mine`` already holds it whole."""
    if not theirs.strip() or theirs == mine or _holds(mine, theirs):
        return mine
    if not mine.strip():
        return theirs
    if _holds(theirs, mine):
        return theirs  # theirs is mine plus more paragraphs
    return mine.rstrip("\n") + PARAGRAPH + theirs


def merge_concurrent_note(base: str, mine: str, stored: str) -> str:
    """Three-way merge for a note save: ``base`` is what the window read, ``mine`` what the user has now,
    ``stored`` what the file holds now (changed by another process since)."""
    if stored in (base, mine):
        return mine
    if mine == base:
        return stored
    if base and stored.startswith(base):
        added = stored[len(base):]  # the other side appended (an import merges a colleague's note this way)
        if mine.endswith(added):
            return mine
        if mine and not added.startswith("\n") and not mine.endswith("\n"):
            return mine + PARAGRAPH + added.lstrip()
        return mine + added
    return merge_note(mine, stored)


def merge_log(a: tuple[LogEntry, ...], b: tuple[LogEntry, ...]) -> tuple[LogEntry, ...]:
    seen: dict[tuple[str, str], LogEntry] = {}
    for entry in (*a, *b):
        seen.setdefault(entry.key(), entry)
    return tuple(sorted(seen.values(), key=lambda e: (e.date, e.added)))


@dataclass(frozen=True)
class Merged:
    bookmark: Bookmark
    changed: bool


def _day_of(stamp: str) -> str:
    try:
        return date.fromisoformat(stamp[:10]).isoformat()
    except ValueError:
        return today()


def merge_bookmarks(local: Bookmark, incoming: Bookmark) -> Merged:
    """``local`` with what ``incoming`` adds; ``local``'s place and added time are kept."""
    note = merge_note(local.note, incoming.note)
    log = merge_log(local.log, incoming.log)
    status, status_at = local.status, local.updated.status
    if incoming.status != local.status:
        incoming_wins = later(incoming.updated.status, local.updated.status) or (
            not local.updated.status and local.status == DEFAULT_STATUS)
        winner, loser = (incoming, local) if incoming_wins else (local, incoming)
        status, status_at = winner.status, winner.updated.status
        if loser.updated.status or loser.status != DEFAULT_STATUS:
            text = translate(
                "Bookmarks", "状態が食い違っていたため新しい方の「{kept}」にしました（もう一方は「{other}」）"
            ).format(kept=status_label(winner.status), other=status_label(loser.status))
            log = merge_log(log, (LogEntry(_day_of(loser.updated.status or now()), text, now()),))
    collections = tuple(dict.fromkeys((*local.collections, *incoming.collections)))
    updated = Updated(
        note=_latest(local.updated.note, incoming.updated.note) if note != local.note else local.updated.note,
        status=status_at,
        collections=(_latest(local.updated.collections, incoming.updated.collections)
                     if collections != local.collections else local.updated.collections),
    )
    merged = replace(local, note=note, status=status, collections=collections, log=log, updated=updated,
                     added_at=local.added_at or incoming.added_at)
    changed = (merged != local) or merged.updated != local.updated
    return Merged(merged, changed)


def _latest(a: str, b: str) -> str:
    return b if later(b, a) else a
