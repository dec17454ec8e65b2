"""Point, 事業の概要 and 事業効果: the first page's boxes (effects may sit on the cost page instead).

- points: the lines marked by the private-use bullet (U+F0D8), wrapped lines joined, bullet dropped;
- overview / effects: the `○` items, one paragraph each, joined across PDF line breaks and blank lines.

Which box a `○` item is in follows the headings in reading order: items go to the overview until the `事業効果`
heading. Extraction may print a box's heading after its items, so `事業の概要` (re)opens the overview, and when a
case prints no `事業効果` heading at all, `○` items that follow the Points after the overview already has items
are its effects (the Point box sits between the two boxes on the page). Other text on the page (figures,
diagrams) belongs to no field and is left out. A `※` note printed between two `○` items is part of the item above.
"""

from __future__ import annotations

from model.importer.context import CaseLines
from model.importer.labels import EFFECTS_RE, is_label
from model.importer.pages import OVERVIEW_HEADINGS
from model.importer.text import bracket_depth, ends_sentence, join_wrapped, width

_EFFECTS = "事業効果"  # what EFFECTS_RE matches starts with


def _collect(lines: CaseLines, k: int, first: str, claim: bool = True) -> tuple[str, int]:
    """The paragraph starting at line k (whose text, without its marker, is `first`) and its last line.

    The continuation lines are claimed unless `claim` is False (a look-ahead)."""
    kinds, texts = lines.kinds, lines.texts
    parts = [first]
    widest = width(texts[k])
    depth = bracket_depth(first)
    j = k
    while True:
        last = parts[-1]
        if ends_sentence(last):
            break
        nxt = lines.next_line(j, max_blanks=2)
        if nxt is None or kinds[nxt] is not None or lines.bullets[nxt]:
            break
        t = texts[nxt]
        if is_label(t):
            break
        # A line that ends short of the box width ended its paragraph, unless the sentence visibly goes on.
        goes_on = last.endswith(("、", "，", ",")) or depth > 0
        if not goes_on and width(texts[j]) < 0.8 * widest:
            break
        if claim:
            lines.claim(nxt)
        parts.append(t)
        depth = bracket_depth(t, depth)
        widest = max(widest, width(t))
        j = nxt
    return join_wrapped(parts), j


def extract(lines: CaseLines) -> tuple[list[str], list[str], list[str]]:
    """(points, overview, effects) of a case."""
    points: list[str] = []
    overview: list[str] = []
    effects: list[str] = []
    kinds, texts = lines.kinds, lines.texts
    headings = [k for k in lines.indices() if texts[k].startswith(_EFFECTS) and kinds[k] is None
                and EFFECTS_RE.match(texts[k])]
    last_effects_heading = headings[-1] if headings else -1
    state = "overview"
    last_para: tuple[list[str], int] | None = None  # (list, index) of the ○ item just read
    last_end = -1
    k = lines.start
    while k < lines.end:
        if kinds[k] is not None:
            k += 1
            continue
        t = texts[k]
        if t in OVERVIEW_HEADINGS:
            lines.claim(k)
            state = "overview"
            k += 1
            continue
        em = EFFECTS_RE.match(t) if t.startswith(_EFFECTS) else None
        if em:
            lines.claim(k)
            state = "effects"
            if em.group(1):
                text, end = _collect(lines, k, em.group(1)[1:].strip())
                effects.append(text)
                last_para, last_end = (effects, len(effects) - 1), end
                k = end
            k += 1
            continue
        if lines.bullets[k]:
            lines.claim(k)
            text, end = _collect(lines, k, t)
            points.append(text)
            if state == "overview":
                state = "after_points"
            last_para = None
            k = end + 1
            continue
        if t.startswith("○"):
            lines.claim(k)
            text, end = _collect(lines, k, t[1:].strip())
            if state == "overview" or (state == "after_points" and (not overview or k < last_effects_heading)):
                target = overview
            else:
                target = effects
            target.append(text)
            last_para, last_end = (target, len(target) - 1), end
            k = end + 1
            continue
        if t.startswith("※") and last_para is not None and lines.next_line(last_end, max_blanks=2) == k:
            note, end = _collect(lines, k, t, claim=False)
            after = lines.next_line(end, max_blanks=2)
            if after is not None and lines.is_free(after) and lines.text(after).startswith("○"):
                for j in range(k, end + 1):
                    if lines.is_free(j):
                        lines.claim(j)
                target_list, idx = last_para
                target_list[idx] = target_list[idx] + note
                k = end + 1
                continue
        last_para = None
        k += 1
    return points, overview, effects
