"""The 事業効果・コスト page's boxes: cost (initial and running), schedule, and service providers.

The page is laid out in two columns that PDF extraction reads row by row, so one text line carries both
columns: `イニシャルコスト ※税抜 68,515千円 ランニングコスト（1年あたり） ※税抜 －円`,
`（内訳） • 項目 68,515千円 （内訳） －円`, `（備考） … （備考） …`. Labels of the providers box are split
across lines (`サービス` / `提供事業者`) and its `その他参画主体` text may come later on the page, after the
effects.
"""

from __future__ import annotations

import re

from model.case import Cost, CostEntry, CostLine, Providers, Schedule, ScheduleStep
from model.importer.context import CaseLines
from model.importer.labels import is_label, is_question
from model.importer.pages import DROPPED
from model.importer.text import bracket_depth, is_amount, is_dash, join_wrapped, trailing_amount, yen

# Every pattern here runs in time linear in its input (case text is untrusted): see text.py.
_TAX = r"(?:※\s*+税[抜込]み?\s*+)?"
_INITIAL_RE = re.compile(r"イニシャルコスト\s*+" + _TAX)
_RUNNING_RE = re.compile(r"ランニングコスト\s*+(?:[（(][^）)]*+[）)])?\s*+" + _TAX + r"(.*)$")
_RUNNING = "ランニングコスト"
_BREAKDOWN = "（内訳）"
_NOTE = "（備考）"
_BULLETS_RE = re.compile(r"[•・]")
_LEAD = "検討開始から導入までの期間"
_LEAD_RE = re.compile("^" + _LEAD + r"\s*(.*)$")
_WHEN = (
    r"(?:[RＲHＨ]|令和|平成)?[0-9０-９]{1,4}\s*[.．年/／]\s*[0-9０-９]{1,2}月?"
    r"(?:\s*[~～〜\-－‐]\s*(?:(?:[RＲHＨ]|令和|平成)?[0-9０-９]{1,4}\s*[.．年/／]\s*)?[0-9０-９]{1,2}月?)?"
    r"(?:\s*[~～〜](?=\s))?"  # an open-ended period: `R6.4～ 運用開始`
)
_STEP_RE = re.compile(r"^(" + _WHEN + r")\s+(\S.*)$")
_PROVIDER_RE = re.compile(r"^(?:サービス\s*)?提供事業者(?!等)\s*(.*)$")
_SERVICE_RE = re.compile(r"^サービス名(?:称)?\s*(.*)$")
_OPERATION_RE = re.compile(r"^運用形態\s*(.*)$")
_OTHERS_RE = re.compile(r"^(?:その他\s*)?参画主体\s*(.*)$")
_PROVIDER_STARTS = ("サービス", "提供事業者", "運用形態", "その他", "参画主体")
_PAGE_HEADINGS = ("コスト", "スケジュールの内訳", "サービス", "その他")
# Where an organisation's name ends: a wrapped list of participants starts a new entry after one of these
# (`株式会社` alone may be the prefix of the next line's name, so it does not end one).
_CORPORATE_START_RE = re.compile(
    r"^(?:株式会社|有限会社|合同会社|一般社団法人|一般財団法人|公益社団法人|公益財団法人|特定非営利活動法人|NPO法人)"
    r"(?![、，,）)]|$)"
)
_ORG_END_RE = re.compile(r"(?:(?<!株式会)(?<!有限会)(?<!合同会)社|協議会|協会|機構|大学|組合|研究所)$")


def cost(lines: CaseLines) -> Cost | None:
    initial_text: str | None = None
    running_text: str | None = None
    breakdown: tuple[list[CostLine], list[CostLine]] = ([], [])
    notes: list[str | None] = [None, None]
    found = False
    kinds, texts = lines.kinds, lines.texts
    for k in lines.indices():
        if kinds[k] is not None:
            continue
        t = texts[k]
        if t == "コスト":
            lines.claim(k)
            continue
        if "イニシャルコスト" in t and initial_text is None:
            found = True
            lines.claim(k)
            initial_text = _initial(t)
            if "ランニングコスト" in t:
                rm = _RUNNING_RE.search(t)
                running_text = rm.group(1).strip() if rm else ""
            continue
        if "ランニングコスト" in t and running_text is None:
            found = True
            lines.claim(k)
            rm = _RUNNING_RE.search(t)
            running_text = rm.group(1).strip() if rm else ""
            continue
        if t.startswith(_BREAKDOWN):
            lines.claim(k)
            _breakdown(lines, k, breakdown)
            continue
        if t.startswith(_NOTE):
            lines.claim(k)
            parts = [p.strip() for p in t.split(_NOTE)[1:]]
            for col, part in enumerate(parts[:2]):
                notes[col] = part or None
    if not found:
        return None

    def entry(text: str | None, col: int) -> CostEntry | None:
        if text is None:
            return None
        return CostEntry(yen=yen(text), text=text, breakdown=breakdown[col], note=notes[col])

    return Cost(initial=entry(initial_text, 0), running=entry(running_text, 1), note=None)


def _initial(text: str) -> str:
    """The initial cost's value: after `イニシャルコスト ※税抜`, up to the running cost printed on the same line."""
    m = _INITIAL_RE.search(text)
    if m is None:
        return ""
    rest = text[m.end():]
    cut = rest.find(_RUNNING)
    return (rest if cut < 0 else rest[:cut]).strip()


def _split_bullets(text: str) -> list[str]:
    """The items of a （内訳） row, split at the `•`/`・` bullets, each stripped."""
    return [piece.strip() for piece in _BULLETS_RE.split(text)]


def _items(text: str) -> list[CostLine]:
    out: list[CostLine] = []
    for piece in _split_bullets(text):
        if not piece:
            continue
        found = trailing_amount(piece)
        if found is not None and found[0].strip():
            item, amount = found
            out.append(CostLine(item=item.strip(), yen=yen(amount), text=amount.strip()))
        elif not is_amount(piece) and not is_dash(piece):
            out.append(CostLine(item=piece, yen=None, text=""))
    return out


def _breakdown(lines: CaseLines, k: int, out: tuple[list[CostLine], list[CostLine]]) -> None:
    parts = lines.text(k).split(_BREAKDOWN)[1:]
    for col, part in enumerate(parts[:2]):
        out[col].extend(_items(part))
    # Further rows of items until the （備考） row. A row with one item goes to the column that has items.
    j = k
    while True:
        nxt = lines.directly_next(j) or lines.next_line(j, max_blanks=1)
        if nxt is None or not lines.is_free(nxt):
            return
        t = lines.text(nxt)
        if not t.startswith(("•", "・")):
            return
        lines.claim(nxt)
        pieces = [p for p in _split_bullets(t) if p]
        if len(pieces) >= 2:
            out[0].extend(_items(pieces[0]))
            out[1].extend(_items(" ".join(pieces[1:])))
        else:
            col = 1 if (out[1] and not out[0]) else 0
            out[col].extend(_items(t))
        j = nxt


def schedule(lines: CaseLines) -> Schedule | None:
    marker = None
    lead: str | None = None
    kinds, texts = lines.kinds, lines.texts
    for k in lines.indices():
        if kinds[k] is not None:
            continue
        t = texts[k]
        if t.startswith("スケジュールの内訳") or t in ("スケジュール",):
            lines.claim(k)
            marker = k if marker is None else marker
            continue
        if "スケジュール" in t and t.startswith("サービス提供事業者等"):
            lines.claim(k)
            marker = k if marker is None else marker
            continue
        m = _LEAD_RE.match(t) if t.startswith(_LEAD) else None
        if m:
            lines.claim(k)
            marker = k if marker is None else marker
            value = m.group(1).lstrip("：:").split()
            lead = None if not value or is_dash(value[0]) else value[0]
    if marker is None:
        return None
    steps: list[ScheduleStep] = []
    k = marker
    while k < lines.end:
        t = texts[k]
        if lines.is_free(k) and (is_question(t) or t.startswith("（総務省）")):
            break
        if lines.is_free(k):
            m = _STEP_RE.match(t)
            if m:
                lines.claim(k)
                what = [m.group(2).strip()]
                j = k
                while True:
                    nxt = lines.directly_next(j)
                    if nxt is None and what[-1].endswith("、"):
                        nxt = lines.next_line(j, max_blanks=1)
                    if nxt is None or not lines.is_free(nxt):
                        break
                    nt = lines.text(nxt)
                    if _STEP_RE.match(nt) or is_label(nt):
                        break
                    lines.claim(nxt)
                    what.append(nt)
                    j = nxt
                steps.append(ScheduleStep(when=m.group(1).strip(), what=join_wrapped(what)))
                k = j
        k += 1
    return Schedule(lead_time=lead, steps=steps)


def providers(lines: CaseLines) -> Providers | None:
    present = False
    companies: list[str] = []
    service: str | None = None
    operation: str | None = None
    others: list[str] = []
    kinds, texts = lines.kinds, lines.texts
    for k in lines.starting(_PROVIDER_STARTS):  # what every label of the box starts with: most lines are none
        if kinds[k] is not None:
            continue
        t = texts[k]
        if t.startswith("サービス提供事業者等"):
            present = True
            lines.claim(k)
            continue
        if t == "サービス":
            nxt = lines.next_line(k, max_blanks=1)
            if nxt is not None and _PROVIDER_RE.match(lines.text(nxt)):
                lines.claim(k)
            continue
        if t == "その他":
            nxt = lines.next_line(k, max_blanks=1)
            if nxt is not None and lines.text(nxt).startswith("参画主体"):
                lines.claim(k)
            continue
        m = _PROVIDER_RE.match(t)
        if m:
            present = True
            lines.claim(k)
            companies = _split_companies(_value(lines, k, m.group(1)))
            continue
        m = _SERVICE_RE.match(t)
        if m:
            present = True
            lines.claim(k)
            service = _single(_value(lines, k, m.group(1)))
            continue
        m = _OPERATION_RE.match(t)
        if m:
            present = True
            lines.claim(k)
            operation = _single(_value(lines, k, m.group(1)))
            continue
        m = _OTHERS_RE.match(t)
        if m:
            present = True
            lines.claim(k)
            others = [e for e in _value(lines, k, m.group(1)) if not is_dash(e)]
    if not present:
        return None
    # A lone `－` left on the page is an empty cell of these boxes.
    for k in lines.indices():
        if lines.is_free(k) and is_dash(texts[k]):
            lines.claim(k, DROPPED)
    return Providers(companies=companies, service=service, operation=operation, others=others)


def _single(entries: list[str]) -> str | None:
    text = join_wrapped(entries)
    return None if not text or is_dash(text) else text


def _split_companies(entries: list[str]) -> list[str]:
    out: list[str] = []
    for entry in entries:
        if is_dash(entry):
            continue
        depth = 0
        current = ""
        for ch in entry:
            if ch in "（(":
                depth += 1
            elif ch in "）)" and depth:
                depth -= 1
            if ch in "、，,／" and depth == 0:
                if current.strip():
                    out.append(current.strip())
                current = ""
            else:
                current += ch
        if current.strip():
            out.append(current.strip())
    return out


def _value(lines: CaseLines, k: int, rest: str) -> list[str]:
    """The entries of a box: the rest of the label line, or the lines below it up to a blank line or a label.

    A line break starts a new entry after a finished sentence or a finished organisation name; otherwise the
    lines are one entry wrapped by the box width.
    """
    rest = rest.strip().lstrip("：:").strip()
    rows: list[str] = [rest] if rest else []
    open_brackets = bracket_depth(rest)
    j = k
    while True:
        nxt = lines.directly_next(j) if rows else lines.next_line(j, max_blanks=2)
        if nxt is None and rows and (rows[-1].endswith("、") or open_brackets):
            nxt = lines.next_line(j, max_blanks=1)
        if nxt is None or not lines.is_free(nxt):
            break
        t = lines.text(nxt)
        if is_label(t) or _STEP_RE.match(t) or t in _PAGE_HEADINGS:
            break
        lines.claim(nxt)
        rows.append(t)
        open_brackets = bracket_depth(t, open_brackets)
        j = nxt
        if is_dash(t) and len(rows) == 1:
            break
    entries: list[str] = []
    current: list[str] = []
    depth = 0
    for row in rows:
        if current and depth == 0 and not current[-1].endswith("、") and _CORPORATE_START_RE.match(row):
            # `株式会社A` / `株式会社B`: a corporate prefix starts the next organisation's name
            entries.append(join_wrapped(current))
            current = []
        current.append(row)
        depth = bracket_depth(row, depth)
        if depth == 0 and not row.endswith("、") and (
                row.endswith(("。", "）", ")")) or _ORG_END_RE.search(row) or is_dash(row)):
            entries.append(join_wrapped(current))
            current = []
    if current:
        entries.append(join_wrapped(current))
    return entries
