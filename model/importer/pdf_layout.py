"""A PDF page's glyphs and boxes -> the lines of text the importer reads, in the page's reading order.

The published volumes are A4-landscape slides built from boxes: the title band, the Point box, the 事業の概要 and
事業効果 panels, ruled tables (cost, schedule, providers, the contact bar), two interview columns. The rules, from
positions only (never per case or per volume):

1. Glyphs are assigned to the innermost box (a drawn rectangle, or a cell framed by separate rules: pdf_rules.py)
   that holds their centre, or to the page.
2. Boxes that touch each other (shared rules, no margin between them) are the cells of one table; a box with a
   margin around it is a panel of its own. Text outside every box is grouped into rows.
3. Regions (a table, a panel, a row of free text) are put in reading order by recursive cuts: a horizontal gap
   through the whole group splits it top to bottom, else a vertical gap splits it left to right. Rows split by
   the same gutter are one column layout, cut at the gutter first (the interview's columns are read one after
   the other, even where their boxes line up).
4. Within a region the text is cut into rows (glyphs whose heights overlap); a row of a table joins its cells with
   a space, so a cost row reads `イニシャルコスト ※税抜 68,515千円 ランニングコスト…` as the importer expects. A
   row that starts further right than the region's left edge starts with a space (a paragraph's first-line
   indent, which the interview reader uses to keep printed lines apart).
5. The contact bar, a row of cells `担当部署 | 部署 | 電話 | 番号 | メール | アドレス`, is written in the printed
   form the importer knows, `【担当部署】 部署（電話：番号、メール：アドレス）`.
6. A symbol-font arrow at the start of a row (the Point bullet, extracted as ➢) becomes U+F0D8, the code the
   Wingdings bullet has in the volumes' text.

Regions are separated by a blank line; the caller separates pages with a form feed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, TypeVar

# A box must be at least this big (pt) to hold text; thinner paths are rules and underlines.
_MIN_BOX = 4.0
# Boxes closer than this (pt) touch: they are cells of one table.
_TOUCH = 1.5
# A gap wider than this many font heights splits a row of free text into separate pieces.
_PIECE_GAP = 1.5
# A gap wider than this many font heights between two glyphs of one piece is a space.
_SPACE_GAP = 0.25
# A row starting this many font heights right of its region's left edge is indented.
_INDENT = 0.6
# Bounds on hostile pages (a slide has a few thousand glyphs and a few hundred paths): the largest boxes are kept,
# and past a product of glyphs and boxes the boxes are ignored, so a page costs at most a few seconds.
MAX_BOXES = 600
_MAX_GLYPH_BOX_PAIRS = 2_000_000
# A glyph's row is among the last rows opened (they are opened top to bottom).
_ROW_WINDOW = 8
_ARROWS = ("➢", "\uf0d8", "▶", "►")
POINT_BULLET = "\uf0d8"


@dataclass(frozen=True)
class Glyph:
    text: str
    x0: float
    y0: float  # PDF coordinates: y grows upwards
    x1: float
    y1: float

    @property
    def height(self) -> float:
        return max(self.y1 - self.y0, 1.0)


@dataclass(frozen=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float

    def contains(self, x: float, y: float) -> bool:
        return self.x0 <= x <= self.x1 and self.y0 <= y <= self.y1

    @property
    def area(self) -> float:
        return (self.x1 - self.x0) * (self.y1 - self.y0)

    def inside(self, other: Box) -> bool:
        return (other.x0 - 0.5 <= self.x0 and self.x1 <= other.x1 + 0.5
                and other.y0 - 0.5 <= self.y0 and self.y1 <= other.y1 + 0.5)

    def touches(self, other: Box) -> bool:
        return (self.x0 <= other.x1 + _TOUCH and other.x0 <= self.x1 + _TOUCH
                and self.y0 <= other.y1 + _TOUCH and other.y0 <= self.y1 + _TOUCH)


class _Piece:
    """Glyphs of one row inside one box (a table cell's line, a panel's line, a stretch of free text)."""

    __slots__ = ("glyphs", "height", "text", "x0", "x1", "y0", "y1")

    def __init__(self, glyphs: list[Glyph], text: str) -> None:
        self.glyphs = glyphs
        self.text = text
        self.x0 = min(g.x0 for g in glyphs)
        self.y0 = min(g.y0 for g in glyphs)
        self.x1 = max(g.x1 for g in glyphs)
        self.y1 = max(g.y1 for g in glyphs)
        self.height = max(g.height for g in glyphs)


@dataclass
class _Region:
    pieces: list[_Piece] = field(default_factory=list)
    table: bool = False
    # the drawn frame (a box, or a table's cells) when the region has one: it tells the columns better than the
    # text, whose lines may stop short of the column's edge
    frame: tuple[float, float, float, float] | None = None
    _bbox: tuple[float, float, float, float] | None = None

    def bbox(self) -> tuple[float, float, float, float]:
        if self.frame is not None:
            return self.frame
        if self._bbox is None:
            self._bbox = (min(p.x0 for p in self.pieces), min(p.y0 for p in self.pieces),
                          max(p.x1 for p in self.pieces), max(p.y1 for p in self.pieces))
        return self._bbox


def page_lines(glyphs: list[Glyph], boxes: list[Box]) -> list[str]:
    """The lines of one page in reading order, regions separated by an empty line."""
    # Spaces carry no reliable position: the gaps between glyphs tell where words end.
    glyphs = [g for g in glyphs if g.text and not g.text.isspace()]
    if not glyphs:
        return []
    from model.importer.pdf_rules import boxes_from_rules

    boxes = _dedupe([b for b in boxes if b.x1 - b.x0 >= _MIN_BOX and b.y1 - b.y0 >= _MIN_BOX]
                    + boxes_from_rules(boxes))
    if len(boxes) > MAX_BOXES:
        boxes = sorted(boxes, key=lambda b: -b.area)[:MAX_BOXES]
    if len(glyphs) * len(boxes) > _MAX_GLYPH_BOX_PAIRS:
        boxes = []
    owner = _owners(glyphs, boxes)
    tables = _tables(boxes)
    by_box: dict[int, list[Glyph]] = {}
    for g, b in zip(glyphs, owner, strict=True):
        by_box.setdefault(b, []).append(g)
    regions: dict[object, _Region] = {}
    free: list[_Piece] = []
    for b, members in by_box.items():
        pieces = [p for row in _rows(members) for p in _split_row(row)]
        if b < 0:
            free.extend(pieces)
            continue
        key: object = ("table", tables[b]) if tables[b] is not None else ("box", b)
        region = regions.get(key)
        if region is None:
            region = regions[key] = _Region(table=tables[b] is not None, frame=_frame(boxes, tables, b, by_box))
        region.pieces.extend(pieces)
    # free text: rows stacked at the line spacing with a common left edge are one paragraph, other rows a region
    # of their own
    last: _Region | None = None
    for row in _rows(free):
        top = max(p.y1 for p in row)
        height = max(p.height for p in row)
        if last is not None:
            above = [p for p in last.pieces if p.y0 <= min(q.y0 for q in last.pieces) + 0.5]
            if min(p.y0 for p in above) - top < 0.8 * height and abs(above[0].x0 - row[0].x0) < height:
                last.pieces.extend(row)
                continue
        last = regions[("free", id(row[0]))] = _Region(pieces=row)
    out: list[str] = []
    for region in _reading_order([r for r in regions.values() if r.pieces]):
        lines = _region_lines(region)
        if lines:
            if out:
                out.append("")
            out.extend(lines)
    return out


def _frame(boxes: list[Box], tables: list[int | None], b: int,
           by_box: dict[int, list[Glyph]]) -> tuple[float, float, float, float] | None:
    """The frame of box b's region: the box, or all cells of its table; None for a box holding other boxes with
    text (its own text is ordered by where it is, not by the frame around the others)."""
    if tables[b] is not None:
        cells = [boxes[i] for i in range(len(boxes)) if tables[i] == tables[b]]
        return (min(c.x0 for c in cells), min(c.y0 for c in cells), max(c.x1 for c in cells), max(c.y1 for c in cells))
    box = boxes[b]
    if any(j != b and j >= 0 and boxes[j].inside(box) for j in by_box):
        return None
    return (box.x0, box.y0, box.x1, box.y1)


def _dedupe(boxes: list[Box]) -> list[Box]:
    seen: set[tuple[int, int, int, int]] = set()
    out: list[Box] = []
    for b in boxes:
        key = (round(b.x0), round(b.y0), round(b.x1), round(b.y1))
        if key not in seen:
            seen.add(key)
            out.append(b)
    return out


def _owners(glyphs: list[Glyph], boxes: list[Box]) -> list[int]:
    """The innermost box holding each glyph's centre (-1: none)."""
    order = sorted(range(len(boxes)), key=lambda i: boxes[i].area)
    out: list[int] = []
    for g in glyphs:
        cx, cy = (g.x0 + g.x1) / 2, (g.y0 + g.y1) / 2
        out.append(next((i for i in order if boxes[i].contains(cx, cy)), -1))
    return out


def _tables(boxes: list[Box]) -> list[int | None]:
    """For each box, the id of the table it is a cell of (None: a panel). Cells touch a sibling cell; a box that
    holds another box is a panel, not a cell."""
    n = len(boxes)
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    cells = [i for i in range(n) if not any(j != i and boxes[j].inside(boxes[i]) for j in range(n))]
    touched: set[int] = set()
    for a_pos, a in enumerate(cells):
        for b in cells[a_pos + 1:]:
            if boxes[a].touches(boxes[b]):
                parent[find(a)] = find(b)
                touched |= {a, b}
    return [find(i) if i in touched else None for i in range(n)]


def _overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return min(a1, b1) - max(a0, b0)


class _Placed(Protocol):
    """What rows are made of: a glyph or a piece (read-only extents)."""

    @property
    def x0(self) -> float: ...
    @property
    def y0(self) -> float: ...
    @property
    def y1(self) -> float: ...
    @property
    def height(self) -> float: ...


P = TypeVar("P", bound=_Placed)


def _rows(items: list[P]) -> list[list[P]]:
    """Glyphs (or pieces) cut into rows: an item joins the row whose vertical extent overlaps more than half its
    height; rows top to bottom, each left to right."""
    rows: list[tuple[float, float, list[P]]] = []
    for g in sorted(items, key=lambda g: (-(g.y0 + g.y1), g.x0)):
        for n in range(max(len(rows) - _ROW_WINDOW, 0), len(rows)):
            y0, y1, members = rows[n]
            if _overlap(y0, y1, g.y0, g.y1) > 0.5 * min(g.height, y1 - y0):
                members.append(g)
                rows[n] = (min(y0, g.y0), max(y1, g.y1), members)
                break
        else:
            rows.append((g.y0, g.y1, [g]))
    rows.sort(key=lambda r: -(r[0] + r[1]))
    return [sorted(members, key=lambda g: g.x0) for _, _, members in rows]


def _split_row(row: list[Glyph]) -> list[_Piece]:
    """A row of glyphs cut at wide gaps into pieces, spaces inserted at narrower gaps."""
    pieces: list[_Piece] = []
    current: list[Glyph] = []
    text = ""
    last: Glyph | None = None
    for g in row:
        if last is not None:
            gap = g.x0 - last.x1
            em = max(g.height, last.height)
            if gap > _PIECE_GAP * em:
                pieces.append(_Piece(current, text.strip()))
                current, text = [], ""
            elif gap > _SPACE_GAP * em and not text.endswith(" "):
                text += " "
        current.append(g)
        text += g.text
        last = g
    if current:
        pieces.append(_Piece(current, text.strip()))
    return [p for p in pieces if p.text]


def _reading_order(regions: list[_Region]) -> list[_Region]:
    """Recursive cuts: top to bottom at horizontal gaps through the whole group, then left to right at vertical
    gaps. Consecutive rows split by the same gutter (its edges within _GUTTER_ALIGN) are one column layout: it is
    cut at the gutter first, so each column is read to its end before the next, even where the boxes of the two
    columns happen to line up."""
    if len(regions) <= 1:
        return regions
    rows, _ = _cut(regions, "y")
    if len(rows) > 1:
        merged = [rows[0]]
        for row in rows[1:]:
            if _same_gutter(merged[-1], row):
                merged[-1] = merged[-1] + row
            else:
                merged.append(row)
        if len(merged) > 1:
            return [r for group in merged for r in _reading_order(group)]
    columns, _ = _cut(regions, "x")
    if len(columns) > 1:
        return [r for group in columns for r in _reading_order(group)]
    return sorted(regions, key=lambda r: (-r.bbox()[3], r.bbox()[0]))


_GUTTER_ALIGN = 12.0


def _same_gutter(above: list[_Region], below: list[_Region]) -> bool:
    _, gaps_above = _cut(above, "x")
    _, gaps_below = _cut(below, "x")
    return any(abs(a0 - b0) <= _GUTTER_ALIGN and abs(a1 - b1) <= _GUTTER_ALIGN
               for a0, a1 in gaps_above for b0, b1 in gaps_below)


def _cut(regions: list[_Region], axis: str) -> tuple[list[list[_Region]], list[tuple[float, float]]]:
    """The regions in groups separated by gaps across the whole group (top to bottom or left to right), and the
    edges of each gap (in the sort order: for y, negated)."""
    if axis == "y":
        # top first: a region spans (-top, -bottom)
        spans = sorted(((-r.bbox()[3], -r.bbox()[1], r) for r in regions), key=lambda s: (s[0], s[1]))
    else:
        spans = sorted(((r.bbox()[0], r.bbox()[2], r) for r in regions), key=lambda s: (s[0], s[1]))
    groups: list[list[_Region]] = []
    gaps: list[tuple[float, float]] = []
    end = float("-inf")
    for lo, hi, region in spans:
        if groups and lo < end + 0.5:
            groups[-1].append(region)
            end = max(end, hi)
        else:
            if groups:
                gaps.append((end, lo))
            groups.append([region])
            end = hi
    return groups, gaps


def _region_lines(region: _Region) -> list[str]:
    rows = _rows(region.pieces)
    left = min(p.x0 for p in region.pieces)
    lines: list[str] = []
    for row in rows:
        cells = [p.text for p in row]
        contact = _contact_row(cells) if region.table else None
        text = contact or " ".join(cells)
        if text.startswith(_ARROWS):
            text = POINT_BULLET + text[1:]
        indent = row[0].x0 - left > _INDENT * row[0].height
        lines.append((" " if indent else "") + text)
    return lines


_PHONE_LABELS = ("電話", "TEL", "Tel", "ＴＥＬ")
_MAIL_LABELS = ("メール", "E-mail", "e-mail", "Email")


def _contact_row(cells: list[str]) -> str | None:
    """`担当部署 | 部署 | 電話 | 番号 | メール | アドレス` -> `【担当部署】 部署（電話：番号、メール：アドレス）`."""
    if len(cells) < 2 or cells[0] not in ("担当部署", "【担当部署】"):
        return None
    department: list[str] = []
    phone = email = None
    k = 1
    while k < len(cells):
        cell = cells[k]
        if cell in _PHONE_LABELS and k + 1 < len(cells):
            phone = cells[k + 1]
            k += 2
        elif cell in _MAIL_LABELS and k + 1 < len(cells):
            email = cells[k + 1]
            k += 2
        else:
            department.append(cell)
            k += 1
    if phone is None:
        return None
    tail = f"（電話：{phone}" + (f"、メール：{email}" if email else "") + "）"
    return "【担当部署】 " + "".join(department) + tail
