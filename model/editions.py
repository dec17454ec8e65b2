"""Editions of a volume: which case of the next edition is which case of the last one, and what changed.

A case's display id (`1-05`) is its category and its printed number; a new edition that inserts or drops a case
renumbers the cases after it, so the id cannot be what bookmarks and notes hang on. `case_key` is the identity
that survives renumbering, `match_editions` pairs the cases of two editions (by key, with one fallback for a
retitled case), and `remap_keys` says where each bookmarked case went. The rule is documented in
docs/data-format.md, "Case identity across editions".

Everything here is a pure function over `Case` objects, ids and keys: the library and the bookmark store decide
what to write.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from model.case import Case
from model.i18n import translate as _translate
from model.search import normalize

# Fields that identify where a case is printed rather than what it says: a renumbered case is not "updated".
IGNORED_FIELDS = frozenset({"id", "number", "source"})
COMPARED_FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Case) if f.name not in IGNORED_FIELDS)

# Spellings editions (and PDF extractors) vary without changing the words: double and single corner brackets,
# the dash and wave-dash look-alikes NFKC leaves apart. Applied after model.search.normalize (NFKC, case folding,
# hiragana -> katakana), which already unifies full- and half-width forms.
_FOLD = str.maketrans({
    "『": "「", "』": "」",
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-",
    "〜": "~", "∼": "~",
    "･": "・",
})
_TRAILING = "。．.、,"
KEY_SEPARATOR = "|"


def _fold(text: str) -> str:
    folded = "".join(normalize(text).translate(_FOLD).split())
    return folded.rstrip(_TRAILING)


def case_key(case: Case) -> str:
    """The identity of a case across editions: `"{category}|{organization}|{title}"`, both texts folded.

    Folding is model.search.normalize (NFKC: full-/half-width letters, digits and kana alike; case folding;
    hiragana as katakana), then 『』 as 「」, dash and wave-dash look-alikes as `-` and `~`, every white space
    removed and a trailing 。/．/、 dropped. Words are never removed or rewritten (no stripping of 「の取組」
    and the like): a case whose title changes in its words gets a new key, and `match_editions` pairs it by its
    organization and subcategory instead. The category number is part of the key because it names the volume:
    the same organization may have cases in several volumes. The key is opaque; compare it, never parse it.
    """
    return KEY_SEPARATOR.join((str(case.category.number), _fold(case.organization), _fold(case.title)))


def _slot(case: Case) -> tuple[int, str, str]:
    """Where the retitle fallback looks: the same organization in the same subcategory (by name) of the volume."""
    return case.category.number, _fold(case.subcategory.name), _fold(case.organization)


def changed_fields(old: Case, new: Case) -> tuple[str, ...]:
    """The names of the Case attributes whose values differ, in Case order; id, number and source do not count."""
    return tuple(name for name in COMPARED_FIELDS if getattr(old, name) != getattr(new, name))


@dataclass(frozen=True)
class CaseChange:
    old: Case
    new: Case
    fields: tuple[str, ...]


@dataclass
class EditionDiff:
    """What a new edition does to the cases of the last one.

    `pairs` holds every (old, new) pair that is the same case, in the new edition's order; `updated` those whose
    content changed, `renumbered` those whose display id changed (content changed or not), `unchanged` counts the
    pairs with no changed field (renumbered or not).
    """

    added: list[Case] = field(default_factory=list)
    updated: list[CaseChange] = field(default_factory=list)
    removed: list[Case] = field(default_factory=list)
    unchanged: int = 0
    renumbered: list[tuple[str, str]] = field(default_factory=list)
    id_map: dict[str, str] = field(default_factory=dict)
    pairs: list[tuple[Case, Case]] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        """True when the new edition is the last one again: nothing added, removed, changed or renumbered."""
        return not (self.added or self.updated or self.removed or self.renumbered)


def match_editions(old: Sequence[Case], new: Sequence[Case]) -> EditionDiff:
    """Pair the cases of the last edition (`old`) with those of the new one.

    Pass as `old` the cases the new edition replaces (the library's cases of its categories), not the whole
    library: every old case left unpaired is reported as removed.

    1. Same `case_key`: paired. Should one edition hold two cases with the same key, they pair in page order.
    2. Of the rest, a case whose organization has exactly one unpaired case in the same subcategory on each side
       is paired with it (a retitled case). Two or more on either side stay unpaired: guessing could move a note
       onto another case, which is worse than reporting one case removed and one added.
    3. What is left is removed (old) or added (new).
    """
    old_keys = [case_key(c) for c in old]
    by_key: dict[str, deque[int]] = defaultdict(deque)
    for i, key in enumerate(old_keys):
        by_key[key].append(i)
    partner: dict[int, int] = {}  # new index -> old index
    for j, case in enumerate(new):
        waiting = by_key.get(case_key(case))
        if waiting:
            partner[j] = waiting.popleft()

    paired_old = set(partner.values())
    old_slots: dict[tuple[int, str, str], list[int]] = defaultdict(list)
    for i, case in enumerate(old):
        if i not in paired_old:
            old_slots[_slot(case)].append(i)
    new_slots: dict[tuple[int, str, str], list[int]] = defaultdict(list)
    for j, case in enumerate(new):
        if j not in partner:
            new_slots[_slot(case)].append(j)
    for slot, js in new_slots.items():
        is_ = old_slots.get(slot, [])
        if len(js) == 1 and len(is_) == 1:
            partner[js[0]] = is_[0]
    paired_old = set(partner.values())

    diff = EditionDiff()
    for j, new_case in enumerate(new):
        if j not in partner:
            diff.added.append(new_case)
            continue
        old_case = old[partner[j]]
        diff.pairs.append((old_case, new_case))
        diff.id_map[old_case.id] = new_case.id
        if old_case.id != new_case.id:
            diff.renumbered.append((old_case.id, new_case.id))
        fields = changed_fields(old_case, new_case)
        if fields:
            diff.updated.append(CaseChange(old_case, new_case, fields))
        else:
            diff.unchanged += 1
    diff.removed = [c for i, c in enumerate(old) if i not in paired_old]
    return diff


# -- where bookmarks go --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Fate:
    """Where one bookmarked case of the last edition is in the new one.

    `new_id`/`new_key` are None when the case is no longer in the edition; then `last` is the case as the user
    last saw it, to keep so that the bookmark can still be listed (「最新版に掲載なし」) and opened.
    """

    old_id: str
    old_key: str
    new_id: str | None
    new_key: str | None
    last: Case | None = None

    @property
    def left(self) -> bool:
        return self.new_id is None

    @property
    def moved(self) -> bool:
        """The bookmark must be rewritten: the case got another display id or another key."""
        return not self.left and (self.new_id != self.old_id or self.new_key != self.old_key)


def remap_keys(diff: EditionDiff, bookmarked: Iterable[str]) -> dict[str, Fate]:
    """For each bookmarked case, given by display id or by `case_key`, its fate in the new edition.

    Identities that name no case of the last edition (another volume, a case already gone) are not in the
    result: the new edition does not concern them.
    """
    pair_of: dict[str, tuple[Case, Case | None]] = {}
    for before, after in diff.pairs:
        pair_of[before.id] = pair_of[case_key(before)] = (before, after)
    for gone in diff.removed:
        pair_of[gone.id] = pair_of[case_key(gone)] = (gone, None)
    out: dict[str, Fate] = {}
    for ident in bookmarked:
        found = pair_of.get(ident)
        if found is None:
            continue
        old_case, new_case = found
        if new_case is None:
            out[ident] = Fate(old_case.id, case_key(old_case), None, None, old_case)
        else:
            out[ident] = Fate(old_case.id, case_key(old_case), new_case.id, case_key(new_case))
    return out


# -- the summary ---------------------------------------------------------------------------------------------

Translate = Callable[[str, str], str]


def field_labels() -> dict[str, str]:
    """What the summary calls each compared `Case` attribute: the field table's labels, in the UI language."""
    from model import fields

    grouped = {"cost": "cost", "providers": "providers", "contacts": "department"}
    return {name: fields.label(grouped.get(name, name)) for name in COMPARED_FIELDS}


def edition_report_lines(diff: EditionDiff, translate: Translate = _translate,
                         labels: dict[str, str] | None = None) -> list[str]:
    """The human summary of `diff`, one line per new, updated and removed case, then the counts.

    `labels` maps field names to what the user reads (default: `field_labels`). Case text is returned as
    printed: escape it for the output (terminal control characters, rich text) as for any case text.
    """
    if labels is None:
        labels = field_labels()
    if diff.is_empty:
        return [translate("Editions", "変更はありません（{count} 件）").format(count=diff.unchanged)]
    lines: list[str] = []
    for case in diff.added:
        lines.append(translate("Editions", "新規 {id} {organization}：{title}").format(
            id=case.id, organization=case.organization, title=case.title))
    for change in diff.updated:
        names = translate("Editions", "、").join(labels.get(f, f) for f in change.fields)
        if change.old.id != change.new.id:
            lines.append(translate("Editions", "更新 {id}（旧 {old_id}） {organization}：{fields}").format(
                id=change.new.id, old_id=change.old.id, organization=change.new.organization, fields=names))
        else:
            lines.append(translate("Editions", "更新 {id} {organization}：{fields}").format(
                id=change.new.id, organization=change.new.organization, fields=names))
    for case in diff.removed:
        lines.append(translate("Editions", "掲載終了 {id} {organization}：{title}").format(
            id=case.id, organization=case.organization, title=case.title))
    if diff.renumbered:
        lines.append(translate("Editions", "番号の変わった事例 {count} 件").format(count=len(diff.renumbered)))
    lines.append(translate("Editions", "変更なし {count} 件").format(count=diff.unchanged))
    return lines
