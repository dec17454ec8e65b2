"""Boxes drawn as separate rules: the cells of a grid of horizontal and vertical lines.

Some authoring tools draw a table or a frame not as rectangles but as lines (one per edge, or one rule across the
whole table). The page rules of pdf_layout need boxes, so the cells are rebuilt: every crossing of a horizontal and
a vertical rule is a corner; a cell is the smallest rectangle whose four corners are crossings and whose four
edges are covered by rules (a merged cell spans up to 8 crossings). Bounded: a page with more rules than slides
have (150) gets no rebuilt cells.
"""

from __future__ import annotations

from model.importer.pdf_layout import Box

# A path this thin (pt) and at least _MIN_RULE long is a rule.
_THIN = 2.5
_MIN_RULE = 4.0
# Coordinates this close (pt) are the same line.
_SAME = 1.5
MAX_RULES = 150
# A cell spans at most this many crossings to its right and below (merged cells of a table).
_SPAN = 8


def _merge(lines: list[tuple[float, float, float]]) -> list[tuple[float, float, float]]:
    """Collinear rules (position, start, end) joined where they touch or overlap."""
    out: list[tuple[float, float, float]] = []
    for pos, a, b in sorted(lines):
        if out and abs(out[-1][0] - pos) <= _SAME and a <= out[-1][2] + _SAME:
            p, s, e = out[-1]
            out[-1] = (p, s, max(e, b))
        else:
            out.append((pos, a, b))
    return out


def _covers(rule: tuple[float, float, float], a: float, b: float) -> bool:
    return rule[1] - _SAME <= a and b <= rule[2] + _SAME


def boxes_from_rules(paths: list[Box]) -> list[Box]:
    """The cells framed by the thin paths (rules) among `paths`."""
    horizontal = [((p.y0 + p.y1) / 2, p.x0, p.x1) for p in paths
                  if p.y1 - p.y0 <= _THIN and p.x1 - p.x0 >= _MIN_RULE]
    vertical = [((p.x0 + p.x1) / 2, p.y0, p.y1) for p in paths
                if p.x1 - p.x0 <= _THIN and p.y1 - p.y0 >= _MIN_RULE]
    if not horizontal or not vertical or len(horizontal) + len(vertical) > MAX_RULES:
        return []
    hs, vs = _merge(horizontal), _merge(vertical)
    # the crossings on each horizontal rule (x, vertical rule) and on each vertical rule (y, horizontal rule)
    on_h: dict[int, list[tuple[float, int]]] = {}
    on_v: dict[int, list[tuple[float, int]]] = {}
    for hi, (y, hx0, hx1) in enumerate(hs):
        for vi, (x, vy0, vy1) in enumerate(vs):
            if hx0 - _SAME <= x <= hx1 + _SAME and vy0 - _SAME <= y <= vy1 + _SAME:
                on_h.setdefault(hi, []).append((x, vi))
                on_v.setdefault(vi, []).append((y, hi))
    cells: list[Box] = []
    for hi, crossings in on_h.items():
        top = hs[hi][0]
        crossings.sort()
        for n, (left, vi) in enumerate(crossings):
            rights = [c for c in crossings[n + 1:] if c[0] - left >= _MIN_RULE][:_SPAN]
            bottoms = sorted((c for c in on_v[vi] if c[0] < top - _MIN_RULE), reverse=True)[:_SPAN]
            cell = _cell(hs, vs, (left, vi), (top, hi), rights, bottoms)
            if cell is not None:
                cells.append(cell)
    return cells


def _cell(hs: list[tuple[float, float, float]], vs: list[tuple[float, float, float]], left: tuple[float, int],
          top: tuple[float, int], rights: list[tuple[float, int]], bottoms: list[tuple[float, int]]) -> Box | None:
    """The smallest cell with its top-left corner at the crossing of rules `top` and `left`, or None."""
    (x0, vi), (y1, hi) = left, top
    for y0, hj in bottoms:
        if not _covers(vs[vi], y0, y1):
            return None  # the left rule ends above this bottom: no cell further down either
        for x1, vj in rights:
            if not _covers(hs[hi], x0, x1):
                break
            if _covers(hs[hj], x0, x1) and _covers(vs[vj], y0, y1):
                return Box(x0, y0, x1, y1)
    return None
