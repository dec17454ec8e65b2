"""The contacts of a case (担当部署): `【担当部署】 部署（電話：…、メール：…）` plus further
`部署（電話：…、メール：…）` lines, and the cost page's glued `担当部署 メール電話 EMAILPHONE部署`
(the department may wrap onto the next line).

Rules: docs/data-format.md. `☆担当：…☆` is the interview's signature, not a contact: model/importer/reference.py
drops it.
"""

from __future__ import annotations

import re

from model.case import Contact
from model.importer.context import CaseLines
from model.importer.labels import CONTACT_A_RE, CONTACT_B_RE, is_label
from model.importer.text import bracket_depth

# Every pattern here runs in time linear in its input (case text is untrusted), as in model/importer/reference.py;
# `部署（電話：…）` is read in steps by _contact_b_body, not by one pattern tried from every start of a long line.
# An e-mail address starts where its run of address characters starts (a later start would find the same one).
_EMAIL_RE = re.compile(r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]++@(?:[a-z0-9\-]+\.)+[a-z]{2,}(?![a-z])")
_PHONE_RE = re.compile(r"[0０][0-9０-９]{1,4}\s*[-－‐ー]\s*[0-9０-９]{1,4}\s*[-－‐ー]\s*[0-9０-９]{3,4}")
_DEPARTMENT_END_RE = re.compile(r"(?:課|室|係|局|部|班|所|センター|グループ|担当|事務局)[）)]?$")
_CLOSE = "）)"
# `部署（電話：PHONE、メール：EMAIL）`, read in three steps by _contact_b_body.
_CONTACT_B_HEAD_RE = re.compile(r"(?<!\s)\s*+[（(]\s*+(?:電話(?:番号)?|TEL|Tel|ＴＥＬ)\s*+[：:]\s*+")
_CONTACT_B_PHONE_RE = re.compile(r"[^、，,）)]*+")
_CONTACT_B_EMAIL_RE = re.compile(r"[、，,]\s*+(?:メール(?:アドレス)?|E-?mail|e-?mail)\s*+[：:]\s*+([^）)]*+)")


def _contact_b_body(text: str) -> tuple[str, str, str | None] | None:
    """(department, phone, email) of `部署（電話：…、メール：…）`, the whole stripped `text`; None when it is not one.

    The phone runs to the first `、` or closing bracket, the e-mail to the closing bracket that ends the text, so
    the `（電話：` sought is after the closing bracket before that one, and a `（電話：` whose phone ends at a `、`
    not followed by `メール：` fails like every other start before that `、` (the search goes on after it)."""
    if len(text) < 2 or text[-1] not in _CLOSE:
        return None
    last = len(text) - 1
    pos = max(1, max(text.rfind(c, 0, last) for c in _CLOSE) + 1)
    while (head := _CONTACT_B_HEAD_RE.search(text, pos)) is not None:
        end = _CONTACT_B_PHONE_RE.match(text, head.end()).end()  # type: ignore[union-attr]  # matches always
        phone = text[head.end():end].strip()
        if end == last:
            return text[:head.start()], phone, None
        email = _CONTACT_B_EMAIL_RE.match(text, end)
        if email is not None and email.end() == last:
            return text[:head.start()], phone, email.group(1).strip()
        pos = end + 1
    return None


def contacts(lines: CaseLines) -> list[Contact]:
    out: list[Contact] = []
    kinds, texts = lines.kinds, lines.texts
    for k in lines.indices():
        if kinds[k] is not None:
            continue
        t = texts[k]
        mb = CONTACT_B_RE.match(t) if t.startswith("【担当部署】") else None
        if mb:
            lines.claim(k)
            contact = _contact_b(lines, k, mb.group(1))
            if contact:
                out.append(contact)
            continue
        ma = CONTACT_A_RE.match(t) if t.startswith("担当部署") else None
        if ma:
            lines.claim(k)
            contact = _contact_a(lines, k, ma.group(1))
            if contact:
                out.append(contact)
            continue
        if ("電話" in t or "TEL" in t or "Tel" in t or "ＴＥＬ" in t) and _contact_b_body(t):
            lines.claim(k)
            contact = _contact_b(lines, k, t)
            if contact:
                out.append(contact)
    return out


def _contact_b(lines: CaseLines, k: int, body: str) -> Contact | None:
    j = k
    while bracket_depth(body) and len(body) < 300:
        nxt = lines.directly_next(j) or lines.next_line(j, max_blanks=1)
        if nxt is None or not lines.is_free(nxt):
            break
        body += lines.text(nxt)
        lines.claim(nxt)
        j = nxt
    parsed = _contact_b_body(body.strip())
    if parsed is None:
        if not body.strip():
            return None
        email_m = _EMAIL_RE.search(body)
        phone_m = _PHONE_RE.search(body)
        return Contact(department=body.strip(), phone=phone_m.group(0) if phone_m else None,
                       email=email_m.group(0) if email_m else None)
    department, phone, email = parsed
    email = re.sub(r"\s+", "", email) if email else None
    return Contact(department=department.strip(), phone=phone or None, email=email or None)


def _contact_a(lines: CaseLines, k: int, rest: str) -> Contact | None:
    # `EMAILPHONE部署`: the e-mail's domain is lower-case letters, so the phone's digits end it. The department
    # may wrap onto the next line: taken when a bracket is still open or the line ends like a department name.
    j = k
    parts = [rest]
    depth = bracket_depth(rest)
    while True:
        nxt = lines.directly_next(j)
        if nxt is None and depth:
            nxt = lines.next_line(j, max_blanks=1)
        if nxt is None or not lines.is_free(nxt):
            break
        t = lines.text(nxt)
        if is_label(t) or not (depth or _DEPARTMENT_END_RE.search(t)):
            break
        parts.append(t)
        depth = bracket_depth(t, depth)
        lines.claim(nxt)
        j = nxt
    rest = "".join(parts)
    email = _EMAIL_RE.search(rest)
    department = rest
    email_text = None
    if email:
        email_text = email.group(0)
        department = department.replace(email_text, " ", 1)
    phone = _PHONE_RE.search(department)
    phone_text = None
    if phone:
        phone_text = phone.group(0)
        department = department.replace(phone_text, " ", 1)
    department = department.strip()
    if not department and not email_text and not phone_text:
        return None
    return Contact(department=department, phone=phone_text, email=email_text)
