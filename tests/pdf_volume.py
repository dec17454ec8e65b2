"""Test support: draw the cases of a volume as a PDF laid out like the published 自治体DX推進参考事例集 slides.

A4 landscape. Every page: the title band (`New` at its left on new cases), the category header top-left and the
population label as a badge top-right, the page number bottom-right. The first page: the Point box, the
事業の概要 and 事業効果 panels side by side. The cost page: the cost table, the schedule and providers tables
side by side. The interview pages: two columns of panels. The last page ends with 参考情報 (population, links,
awards) and the contact bar, a row of cells `担当部署 | 部署 | 電話 | 番号 | メール | アドレス`. Text is drawn with
the bundled IPAex Gothic, embedded; the Point arrow with the ZapfDingbats symbol font.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from model.case import Case, CostEntry
from model.importer.labels import is_label
from model.importer.text import ends_sentence, width

FONT = "IPAexG"
FONT_FILE = Path(__file__).resolve().parents[1] / "resources" / "fonts" / "ipaexg.ttf"
PAGE_W, PAGE_H = landscape(A4)
MARGIN = 28.0
BODY = 9.0
LEADING = 1.45
_PAD = 4.0
_NO_START = ("・", "•", "※", "＜", "【", "■", "［", "○", "〇", "(", "（例", "-", "－", "、", "。", "）", "」")
_ASCII = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def register_font() -> None:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(FONT_FILE)))


def _full(n: int) -> str:
    return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def wrap(text: str, units: int) -> list[str]:
    """`text` cut into lines of at most `units` display units, never inside an ASCII word or at a space, never
    after a finished sentence, never before a character that starts a label or a list item."""
    lines: list[str] = []
    rest = text
    while width(rest) > units:
        used = 0
        limit = 0
        for i, ch in enumerate(rest):
            used += width(ch)
            if used > units:
                break
            limit = i + 1
        cut = None
        for i in range(limit, max(limit // 2, 1), -1):
            a, b = rest[i - 1], rest[i]
            if a == " " or b == " " or (a in _ASCII and b in _ASCII) or ends_sentence(rest[:i]):
                continue
            tail = rest[i:]
            if tail.startswith(_NO_START) or is_label(tail[:units]) or "\u2460" <= b <= "\u2473":
                continue
            cut = i
            break
        if cut is None:
            break  # no good break: the line runs long (the font is shrunk to fit)
        lines.append(rest[:cut])
        rest = rest[cut:]
    lines.append(rest)
    return lines


class _Writer:
    def __init__(self, path: Path, category: str, rules_as_lines: bool = False) -> None:
        register_font()
        self.rules_as_lines = rules_as_lines
        self.c = Canvas(str(path), pagesize=(PAGE_W, PAGE_H))
        self.c.setTitle(category)
        self.page_no = 0
        self.case: Case | None = None
        self.y = 0.0
        self.low = 0.0

    # -- furniture ----------------------------------------------------------------------------------------------
    def page(self, case: Case) -> None:
        if self.page_no:
            self.c.showPage()
        self.page_no += 1
        self.case = case
        c = self.c
        top = PAGE_H - MARGIN
        c.setFillGray(0.85)
        c.rect(MARGIN, top - 30, PAGE_W - 2 * MARGIN, 30, stroke=0, fill=1)
        c.setFillGray(0)
        x = MARGIN + 8
        if case.is_new:
            c.setFillColorRGB(0.8, 0, 0)
            self.text(x, top - 19, "New", 10)
            c.setFillGray(0)
            x += 30
        title = f"{_full(case.number)} {case.title} 【{case.organization}】"
        self.text(x, top - 20, title, self.fit(title, 14, PAGE_W - MARGIN - 8 - x))
        header = (f"＜{_full(case.category.number)}．{case.category.name}＞ "
                  f"{chr(0x2460 + case.subcategory.number - 1)} {case.subcategory.name}")
        self.text(MARGIN, top - 48, header, self.fit(header, 10, PAGE_W - 2 * MARGIN - 200))
        band = case.population_band if case.municipality is None else "人口：" + case.population_band
        bw = pdfmetrics.stringWidth(band, FONT, 9) + 12
        self.frame(PAGE_W - MARGIN - bw, top - 53, bw, 16)
        self.text(PAGE_W - MARGIN - bw + 6, top - 48, band, 9)
        self.text(PAGE_W - MARGIN - 30, MARGIN - 12, f"{case.category.number}-{self.page_no}", 8)
        self.y = top - 62
        self.low = self.y

    def frame(self, x: float, y: float, w: float, h: float) -> None:
        """A ruled rectangle: one path, or four separate lines as some authoring tools draw table rules."""
        if self.rules_as_lines:
            corners = [(x, y), (x + w, y), (x + w, y + h), (x, y + h), (x, y)]
            for (x0, y0), (x1, y1) in itertools.pairwise(corners):
                self.c.line(x0, y0, x1, y1)
        else:
            self.c.rect(x, y, w, h, stroke=1, fill=0)

    def text(self, x: float, y: float, text: str, size: float) -> None:
        self.c.setFont(FONT, size)
        self.c.drawString(x, y, text)

    @staticmethod
    def fit(text: str, size: float, room: float) -> float:
        w = pdfmetrics.stringWidth(text, FONT, size)
        return size if w <= room else max(size * room / w, 3.0)

    # -- boxes --------------------------------------------------------------------------------------------------
    def para_lines(self, paras: list[tuple[str, str]], box_w: float, size: float) -> list[tuple[str, float]]:
        """(text, x offset) of each printed line: `(marker, text)` paragraphs with a hanging indent, or a
        first-line indent when the marker is `indent`."""
        units = int((box_w - 2 * _PAD) / (size / 2)) - 2
        out: list[tuple[str, float]] = []
        for marker, text in paras:
            if marker == "indent":
                for n, line in enumerate(wrap("\u3000" + text, units)):
                    out.append((line.lstrip("\u3000") if n == 0 else line, size if n == 0 else 0.0))
                continue
            if marker == "plain":
                out.extend((line, 0.0) for line in wrap(text, units))
                continue
            for n, line in enumerate(wrap(text, units - 2)):
                out.append((f"{marker} {line}" if n == 0 else line, 0.0 if n == 0 else size * 1.3))
        return out

    def panel(self, x: float, top: float, w: float, heading: str | None, lines: list[tuple[str, float]],
              size: float) -> float:
        """A ruled panel; returns its bottom."""
        lead = size * LEADING
        h = (len(lines) + (1 if heading else 0)) * lead + 2 * _PAD
        self.frame(x, top - h, w, h)
        self.low = min(self.low, top - h)
        y = top - _PAD - size
        if heading:
            self.text(x + _PAD, y, heading, size)
            y -= lead
        for line, dx in lines:
            if line.startswith("\uf0d8"):
                self.c.setFont("ZapfDingbats", size)
                self.c.drawString(x + _PAD, y, "\u27a2")
                line = line[1:].lstrip()
                self.text(x + _PAD + size * 1.3, y, line, self.fit(line, size, w - 2 * _PAD - size * 1.3))
            else:
                self.text(x + _PAD + dx, y, line, self.fit(line, size, w - 2 * _PAD - dx))
            y -= lead
        return top - h

    def table(self, x: float, top: float, widths: list[float], rows: list[list[list[str]]], size: float) -> float:
        """A ruled table: each row a list of cells, each cell its printed lines; returns the bottom."""
        lead = size * LEADING
        y = top
        for row in rows:
            n = max(len(cell) for cell in row) or 1
            h = n * lead + 2 * _PAD
            cx = x
            for cell, w in zip(row, widths, strict=True):
                self.frame(cx, y - h, w, h)
                ty = y - _PAD - size
                for line in cell:
                    self.text(cx + _PAD, ty, line, self.fit(line, size, w - 2 * _PAD))
                    ty -= lead
                cx += w
            y -= h
        self.low = min(self.low, y)
        return y

    def save(self) -> None:
        self.c.showPage()
        self.c.save()


def _cost_text(entry: CostEntry | None) -> tuple[str, str, str]:
    if entry is None:
        return "", "", ""
    items = " ".join(f"• {b.item} {b.text}".rstrip() for b in entry.breakdown)
    return entry.text, items, entry.note or ""


def _draw_case(w: _Writer, case: Case) -> None:
    inner = PAGE_W - 2 * MARGIN
    half = (inner - 12) / 2
    # first page: Point, 事業の概要, 事業効果
    w.page(case)
    points = [("\uf0d8", p) for p in case.points]
    for size in (BODY, 8.0, 7.0, 6.0, 5.0):
        pl = w.para_lines(points, inner, size)
        ol = w.para_lines([("○", t) for t in case.overview], half, size)
        el = w.para_lines([("○", t) for t in case.effects], half, size)
        need = (len(pl) + max(len(ol), len(el)) + 2) * size * LEADING + 40
        if need < w.y - MARGIN:
            break
    bottom = w.panel(MARGIN, w.y, inner, None, pl, size) - 10
    w.panel(MARGIN, bottom, half, "事業の概要", ol, size)
    if case.effects:
        w.panel(MARGIN + half + 12, bottom, half, "事業効果", el, size)
    # the cost page
    if case.cost or case.schedule or case.providers:
        w.page(case)
        y = w.y
        if case.cost:
            w.text(MARGIN, y - BODY, "コスト", BODY)
            y -= BODY * 2
            it, ib, inote = _cost_text(case.cost.initial)
            rt, rb, rnote = _cost_text(case.cost.running)
            rows = [[["イニシャルコスト ※税抜"], [it], ["ランニングコスト（1年あたり） ※税抜"], [rt]],
                    [["（内訳）"], [ib], ["（内訳）"], [rb]],
                    [["（備考）"], [inote], ["（備考）"], [rnote]]]
            if case.cost.initial is None:
                rows = [[[""], [""], r[2], r[3]] for r in rows]
            y = w.table(MARGIN, y, [120, half - 120, 150, half - 138], rows, 8) - 12
        if case.schedule:
            w.text(MARGIN, y - BODY, "スケジュール", BODY)
            rows = [[["検討開始から導入までの期間"], [case.schedule.lead_time or "－"]]]
            units = int((half - 90 - 2 * _PAD) / 4)
            rows += [[[s.when], wrap(s.what, units)] for s in case.schedule.steps]
            w.text(MARGIN, y - BODY * 2.6, "スケジュールの内訳", 8)
            w.table(MARGIN, y - BODY * 3.2, [90, half - 90], rows, 8)
        if case.providers:
            p = case.providers
            x = MARGIN + half + 12
            w.text(x, y - BODY, "サービス提供事業者等", BODY)
            rows = [[["サービス提供事業者"], ["、".join(p.companies) or "－"]],
                    [["サービス名"], [p.service or "－"]],
                    [["運用形態"], [p.operation or "－"]],
                    [["その他参画主体"], list(p.others) or ["－"]]]
            w.table(x, y - BODY * 2, [100, half - 100], rows, 8)
    # interview pages: two columns of question / answer panels
    blocks = [w.para_lines([("plain", qa.question)] + [("indent", piece) for piece in qa.answer.split("\n")],
                           half, BODY) for qa in case.interview]
    lead = BODY * LEADING
    reference = _reference_lines(case)
    heights = [len(block) * lead + 2 * _PAD + 6 for block in blocks]
    k = 0
    while k < len(blocks):
        # a page of two columns: the left one takes about half of what the page holds, the right one the rest
        w.page(case)
        room = w.y - MARGIN - 20
        fits = k
        total = 0.0
        while fits < len(blocks) and total + heights[fits] <= 2 * room:
            total += heights[fits]
            fits += 1
        target = min(room, total / 2)
        for col in (0, 1):
            y = w.y
            x = MARGIN + col * (half + 12)
            limit = target if col == 0 else room
            used = 0.0
            while k < len(blocks) and (used == 0 or used + heights[k] <= limit):
                y = w.panel(x, y, half, None, blocks[k], BODY) - 6
                used += heights[k]
                k += 1
    # 参考情報 and 担当部署 at the bottom of the last page (a page of their own when it is full)
    need = len(reference) * 12 + len(case.contacts) * 16 + 30
    if w.low < MARGIN + need:
        w.page(case)
    bar_top = MARGIN + 10 + len(case.contacts) * 16
    ry = bar_top + 10 + len(reference) * 12
    for line in reference:
        w.text(MARGIN, ry, line, w.fit(line, 8, PAGE_W - 2 * MARGIN - 40))
        ry -= 12
    rows = [[["担当部署"], [ct.department], ["電話"], [ct.phone or "－"], ["メール"], [ct.email or "－"]]
            for ct in case.contacts]
    if rows:
        w.table(MARGIN, bar_top, [50, inner - 50 - 40 - 90 - 45 - 200, 40, 90, 45, 200], rows, 8)
    if case.interview_note:  # the printed remark that the interview is in another volume, under the bar
        w.text(MARGIN, MARGIN - 2, "※" + case.interview_note, w.fit(case.interview_note, 8, inner))


def _reference_lines(case: Case) -> list[str]:
    out: list[str] = []
    if case.population:
        pop = case.population
        when = f"（{pop.as_of}現在）" if pop.as_of else ""
        out.append(f"【参考情報】 {case.organization}人口：{pop.text}{when}")
    for n, link in enumerate(case.links):
        out.append(("関連ＵＲＬ：" if n == 0 else "") + f"{link.label}（{link.url}）")
    for n, award in enumerate(case.awards):
        out.append(("受賞歴：" if n == 0 else "") + award)
    return out


def write_volume(cases: list[Case], path: Path, rules_as_lines: bool = False) -> Path:
    """Draw `cases` (one volume, in order) into the PDF file `path`; `rules_as_lines` draws every box as four
    lines instead of a rectangle (no boxes for the extraction to see)."""
    w = _Writer(path, cases[0].category.name if cases else "", rules_as_lines)
    edition = cases[0].source.edition if cases else None
    if edition:  # the legend page that names the edition (model/importer/edition.py reads it)
        w.page_no = 1
        legend = f"※ 第{edition}版で新たに掲載した事例には、左上に New のラベルが付いています。"
        w.text(MARGIN, PAGE_H - MARGIN - 20, legend, 10)
    for case in cases:
        _draw_case(w, case)
    w.save()
    return path
