"""The インタビュー page: questions and their answers, in page order, each answer attached to its own question.

The page has two columns that PDF extraction reads out of order. The rules, applied in this order:
1. A question is a short line ending in 「…ください。」「…ましたか。」「…ますか？」 that starts a line of its own.
   Speaker labels （総務省）（山口県） are no text. Lines claimed by other fields (参考情報, links, contacts, the first
   page's boxes…) separate passages; page furniture does not.
2. Within a passage an answer is the text after its question. A question followed directly by another question
   or by the end of its passage, with text before it that no question took, gets that earlier text (the column
   was read answer first).
3. Questions in a row followed by one text share it in order, one paragraph each (a paragraph ends at a blank line
   after a finished sentence); the last takes the rest.
4. A last question with nothing after it takes the last paragraph of the answer before it.
5. A paragraph starting with a ＜…＞ or 【…】 heading, in an answer that has no such heading before it, continues
   the latest earlier answer with that kind of heading (the column of a longer answer continues after the next
   question). Text after the last question that no question took is dropped, unless it starts with such a
   heading (rule 5) or an earlier answer refers to a table below it (下表, 以下のとおり, 下記).
6. Questions on both sides of the first speaker label were read out of page order: see _page_order.
"""

from __future__ import annotations

import re

from model.case import QA
from model.importer.context import CaseLines
from model.importer.labels import is_label, is_question, says_interview_elsewhere
from model.importer.pages import BLANK, DROPPED, FIELD, QUESTION, SPEAKER
from model.importer.text import ends_sentence, glue, join_two, join_wrapped, width

_OPENING_RE = re.compile(r"経緯|きっかけ")  # the interview's first question: how it began
_CLOSING = "今後"  # its last: the outlook
_HEADING_RE = re.compile(r"^(＜[^＞]{1,40}＞|【[^】]{1,40}】)$")
_REFERS_BELOW_RE = re.compile(r"下表|以下のとおり|以下の通り|下記|次の表")
# A row of a two-column table printed in an answer: a short label cell, a space, then the row's `・` item
# (`幹部職員向け ・「部局長向け研修」として…`).
_TABLE_ROW_RE = re.compile(r"^[^・•。、\s][^・•。、]{0,29}\s[・•]")
_LIST_START = ("・", "•", "※", "＜", "【", "■", "［", "○", "〇", "(", "（例", "-", "－")
_SEP = -1

Block = list[int]


def _heading_kind(text: str) -> str | None:
    if not text.startswith(("＜", "【")):  # most lines: no match to try
        return None
    m = _HEADING_RE.match(text)
    return m.group(1)[0] if m else None


_QUESTION_TAIL_RE = re.compile(r"(?:教えて(?:ください|下さい)|ましたか|ますか|ですか)[。？?]$")


def mark_questions(lines: CaseLines) -> dict[int, str]:
    """Mark the question lines; returns the text of questions printed over two lines, by their first line."""
    wrapped: dict[int, str] = {}
    # A question starts a line of its own: after a blank line, furniture, a field, or a finished sentence.
    prev_ok = True
    prev_could_start = False  # the line before could have begun a question
    kinds, texts = lines.kinds, lines.texts
    for k in lines.indices():
        if kinds[k] is not None:
            prev_ok = True
            prev_could_start = False
            continue
        t = texts[k]
        if prev_ok and is_question(t):
            lines.claim(k, QUESTION)
            prev_could_start = False
            continue
        if prev_could_start and _QUESTION_TAIL_RE.search(t) and len(texts[k - 1]) + len(t) <= 80 \
                and not t.startswith(_LIST_START):
            # a long question wrapped onto a second line
            lines.claim(k - 1, QUESTION)
            lines.claim(k, DROPPED)
            wrapped[k - 1] = join_two(texts[k - 1], t)
            prev_ok = True
            prev_could_start = False
            continue
        ends, listed = ends_sentence(t), t.startswith(_LIST_START)
        prev_could_start = prev_ok and not ends and not listed and len(t) <= 60
        # a finished sentence, or a list item / heading line (never a sentence wrapped onto the next line)
        prev_ok = ends or listed or "\u2460" <= t[0] <= "\u2473"
    return wrapped


def elsewhere_note(lines: CaseLines) -> str | None:
    """The note that the interview is printed in another volume (「※…のインタビュー欄は、『…事例集』に掲載して
    います。」), without its ※ mark; a note wrapped onto the next lines (up to three, to the end of its sentence)
    is joined. Its lines are claimed. None when the case prints no such note."""
    kinds, texts = lines.kinds, lines.texts
    for k in lines.indices():
        if kinds[k] is not None or "インタビュー" not in texts[k]:
            continue
        used = [k]
        while not ends_sentence(lines.text(used[-1])) and len(used) < 3:
            nxt = lines.directly_next(used[-1])
            if nxt is None or not lines.is_free(nxt) or is_label(lines.text(nxt)):
                break
            used.append(nxt)
        note = join_wrapped(lines.text(j) for j in used)
        if says_interview_elsewhere(note):
            for j in used:
                lines.claim(j)
            return note.lstrip("※ 　")
    return None


def _blocks(run: list[int], texts: list[str]) -> list[Block]:
    """Paragraphs of a run of lines (with _SEP for blank lines and page furniture)."""
    blocks: list[Block] = []
    current: Block = []
    pending_sep = False
    for k in run:
        if k == _SEP:
            pending_sep = True
            continue
        if current and pending_sep and (ends_sentence(texts[current[-1]]) or _heading_kind(texts[k])):
            blocks.append(current)
            current = []
        pending_sep = False
        current.append(k)
    if current:
        blocks.append(current)
    return blocks


def extract(lines: CaseLines) -> list[QA]:
    wrapped = mark_questions(lines)
    texts = lines.texts
    # Passages: (text before the first question, [(question, text after it)]).
    passages: list[tuple[list[int], list[tuple[int, list[int]]]]] = []
    pre: list[int] = []
    pairs: list[tuple[int, list[int]]] = []
    kinds = lines.kinds
    for k in lines.indices():
        kind = kinds[k]
        if kind == FIELD:
            if pre or pairs:
                passages.append((pre, pairs))
            pre, pairs = [], []
        elif kind == QUESTION:
            pairs.append((k, []))
        elif kind is None:
            (pairs[-1][1] if pairs else pre).append(k)
        else:
            (pairs[-1][1] if pairs else pre).append(_SEP)
    if pre or pairs:
        passages.append((pre, pairs))

    answers: list[tuple[int, list[Block]]] = []  # in page order of the questions
    leftovers: list[tuple[int, list[Block]]] = []  # (number of answers before it, blocks no question took)
    for pre, pairs in passages:
        pre_blocks = _blocks(pre, texts)
        if not pairs:
            if pre_blocks:
                leftovers.append((len(answers), pre_blocks))
            continue
        got: list[list[Block]] = [[] for _ in pairs]
        runs = [_blocks(run, texts) for _, run in pairs]
        start = 0
        if pre_blocks:
            if not runs[0]:
                got[0] = pre_blocks
                start = 1
            else:
                leftovers.append((len(answers), pre_blocks))
        i = start
        while i < len(pairs):
            group = [i]
            while not runs[i] and i + 1 < len(pairs):
                i += 1
                group.append(i)
            blocks = runs[i]
            if len(group) > 1 and len(blocks) < len(group):
                blocks = _split_sentences(blocks, texts)
            if len(group) == 1 or len(blocks) >= len(group):
                for n, q in enumerate(group[:-1]):
                    if n < len(blocks):
                        got[q] = [blocks[n]]
                got[group[-1]] = blocks[len(group) - 1:] if len(group) > 1 else blocks
            else:
                # Fewer paragraphs than questions: the last questions of the row get one each.
                offset = len(group) - len(blocks)
                for n, block in enumerate(blocks):
                    got[group[offset + n]] = [block]
            i += 1
        # A last question with no text after it took nothing: it gets the previous answer's last paragraph.
        last = len(pairs) - 1
        if not got[last] and last > 0 and len(got[last - 1]) > 1:
            got[last] = [got[last - 1].pop()]
        for (q, _), blocks in zip(pairs, got, strict=True):
            answers.append((q, blocks))

    _move_headed_blocks(answers, texts)
    _attach_leftovers(answers, leftovers, texts)
    answers = _page_order(lines, answers)
    return [QA(question=wrapped.get(q, texts[q]), answer=_format(blocks, lines)) for q, blocks in answers]


def _page_order(lines: CaseLines, answers: list[tuple[int, list[Block]]]) -> list[tuple[int, list[Block]]]:
    """Rule 6: the questions in the page's reading order.

    Questions all on one side of the interview's first speaker label are in the order extraction read them. With
    questions on both sides, extraction read the page out of order: those printed before the labels are the bottom
    of the page, read first, and go after those that follow the labels; and since that order is only a guess, the
    order every interview of the series follows decides the ends: the question on the beginnings (経緯, きっかけ)
    comes first, the one on the outlook (starting with 今後) last; the others keep their order."""
    first_label = next((k for k in lines.indices() if lines.kinds[k] == SPEAKER), None)
    if first_label is None:
        return answers
    before = [a for a in answers if a[0] < first_label]
    after = [a for a in answers if a[0] > first_label]
    if not before or not after:
        return answers
    texts = lines.texts
    order = after + before
    opening = [a for a in order if _OPENING_RE.search(texts[a[0]])][:1]
    closing = [a for a in order if texts[a[0]].startswith(_CLOSING) and a not in opening][-1:]
    middle = [a for a in order if a not in opening and a not in closing]
    return opening + middle + closing


def _split_sentences(blocks: list[Block], texts: list[str]) -> list[Block]:
    out: list[Block] = []
    for block in blocks:
        current: Block = []
        for k in block:
            current.append(k)
            if ends_sentence(texts[k]):
                out.append(current)
                current = []
        if current:
            out.append(current)
    return out


def _headings(blocks: list[Block], texts: list[str]) -> set[str]:
    return {h for block in blocks for k in block if (h := _heading_kind(texts[k]))}


def _move_headed_blocks(answers: list[tuple[int, list[Block]]], texts: list[str]) -> None:
    latest: dict[str, int] = {}  # heading kind -> index of the latest answer (so far) that has one
    for n, (_, blocks) in enumerate(answers):
        seen: set[str] = set()
        for b, block in enumerate(blocks):
            kind = _heading_kind(texts[block[0]])
            if b and kind and kind not in seen and kind in latest:
                answers[latest[kind]][1].extend(blocks[b:])
                del blocks[b:]
                break
            seen |= _headings([block], texts)
        for heading in _headings(blocks, texts):
            latest[heading] = n


def _attach_leftovers(answers: list[tuple[int, list[Block]]], leftovers: list[tuple[int, list[Block]]],
                      texts: list[str]) -> None:
    """Text no question took: a headed paragraph continues the latest answer with that heading; text after the
    last question continues the latest answer that refers to a table below; anything else is dropped."""
    latest: dict[str, int] = {}
    below = -1
    done = 0
    for before, blocks in sorted(leftovers, key=lambda item: item[0]):
        while done < before:
            for heading in _headings(answers[done][1], texts):
                latest[heading] = done
            if any(_REFERS_BELOW_RE.search(texts[k]) for block in answers[done][1] for k in block):
                below = done
            done += 1
        if not before:
            continue
        kind = _heading_kind(texts[blocks[0][0]])
        if kind and kind in latest:
            answers[latest[kind]][1].extend(blocks)
        elif before >= len(answers) and below >= 0:
            answers[below][1].extend(blocks)


def _format(blocks: list[Block], lines: CaseLines) -> str:
    """Answer text: paragraphs and printed lines (list items, table rows) on lines of their own; lines broken by
    the column width joined."""
    texts, kinds, indents = lines.texts, lines.kinds, lines.volume.indents
    all_lines = [k for block in blocks for k in block]
    if not all_lines:
        return ""
    wide = max(width(texts[k]) for k in all_lines)
    out: list[str] = []
    for block in blocks:
        pieces: list[str] = []  # joined once at the end: linear in the answer's length
        for n, k in enumerate(block):
            t = texts[k].strip()
            if n == 0:
                pieces.append(t)
                continue
            p = block[n - 1]
            prev = texts[p].strip()
            gap = BLANK in kinds[p + 1:k]
            open_end = prev.endswith(("、", "，"))
            new_line = (ends_sentence(prev) or t.startswith(_LIST_START) or bool(_heading_kind(prev))
                        or bool(_TABLE_ROW_RE.match(t))
                        or "\u2460" <= t[0] <= "\u2473"
                        or (not open_end and indents[k] and not gap)
                        or (not open_end and width(prev) < (0.85 if gap else 0.6) * wide))
            if new_line:
                pieces.append("\n")
            elif pieces[-1] and t:
                pieces.append(glue(pieces[-1][-1], t[0]))
            pieces.append(t)
        out.append("".join(pieces))
    return "\n".join(out)
