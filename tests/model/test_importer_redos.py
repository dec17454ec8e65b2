"""Every importer pattern runs in linear time: the inputs that made the old patterns backtrack for seconds
now finish at once, and the rewritten patterns find what the old ones found on ordinary text.

Each bomb below is given at a size the old patterns needed several seconds or more for (measured before the fix,
on this machine: the digit run 5 s, the six-figure cost row 8 s, the others 5–30 s); the hang guard allows
HANG_GUARD seconds where the fixed code takes a few milliseconds. A hang fails rather than blocks the suite: an
alarm interrupts the call (the regex engine checks for signals while it backtracks).
"""

from __future__ import annotations

import re
import signal
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model.case import CostEntry, CostLine
from model.importer import CasebookError, costpage, interview, labels, parse_volume, reference, sections
from model.importer import contacts as contact_block
from model.importer.context import CaseLines
from model.importer.pages import _HEADER_BAND_RE, _TITLE_RE, split_volume
from model.importer.text import is_amount, join_wrapped, persons, trailing_amount, yen

HANG_GUARD = 3.0  # seconds; a wide margin over the milliseconds the linear code takes

# A minimal case around the bomb lines: a title, a category header, a Point and the overview heading.
CASE_HEAD = "１ 「題」の事例 【山口県】\n＜１．体制整備＞ ① 体制の整備 都道府県\n\uf0d8 ポイント\n事業の概要\n"


class _Hang(BaseException):
    pass


@contextmanager
def _hang_guard(seconds: float) -> Iterator[None]:
    def expire(signum: int, frame: object) -> None:
        raise _Hang(f"still running after {seconds:.0f} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _timed(fn: Callable[..., Any], *args: Any) -> Any:
    start = time.perf_counter()
    with _hang_guard(3 * HANG_GUARD):
        result = fn(*args)
    elapsed = time.perf_counter() - start
    assert elapsed < HANG_GUARD, f"{getattr(fn, '__name__', fn)} took {elapsed:.1f} s"
    return result


def _import(body: str) -> Any:
    return _timed(parse_volume, CASE_HEAD + body + "\n", "bomb.txt")


# -- amounts (text.py, costpage.py) -------------------------------------------------------------------------------

def test_a_long_digit_run_is_no_amount_at_once() -> None:
    # 24 digits took 9 s, each further digit doubled it
    assert _timed(yen, "1" * 24) is None
    assert _timed(yen, "1" * 200_000) is None
    assert _timed(yen, "1" * 14 + "円") == 11_111_111_111_111
    assert _timed(yen, "1" * 200_000 + "円") is None  # beyond any budget: misread text


def test_realistic_cost_rows_parse_and_finish() -> None:
    six = "イニシャルコスト（千円） 12,000 3,600 4,800 1,200 2,400 6,000"
    eight = six + " 7,000 8,000"
    for row in (six, eight):
        # the yearly figures print no 円 of their own (the unit is in the label): the text is kept, no amount
        assert _timed(yen, row) is None
        cost = _import(row).cases[0].cost
        assert cost.initial == CostEntry(yen=None, text=row.removeprefix("イニシャルコスト"))
    cost = _import("イニシャルコスト ※税抜 68,515千円 ランニングコスト（1年あたり） ※税込 約1億2,000万円").cases[0].cost
    assert (cost.initial.text, cost.initial.yen) == ("68,515千円", 68_515_000)
    assert (cost.running.text, cost.running.yen) == ("約1億2,000万円", 120_000_000)


def test_breakdown_items_on_long_digit_runs() -> None:
    for bomb in ("1" * 6000 + "x", "1," * 6000 + "x", "項目 " + "1," * 100_000 + "千千円"):
        assert _timed(costpage._items, bomb)[0].yen is None
    row = "（内訳） • 項目A 1,200千円 • 項目B " + "1" * 100_000 + "x （内訳） －円"
    cost = _import("イニシャルコスト 1,200千円 ランニングコスト －円\n" + row).cases[0].cost
    assert cost.initial.breakdown[0] == CostLine(item="項目A", yen=1_200_000, text="1,200千円")
    assert cost.running.breakdown == []
    assert _timed(costpage._split_bullets, "a" + " " * 200_000 + "・ b") == ["a", "b"]


def test_amount_with_many_spaces_is_checked_at_once() -> None:
    assert not _timed(is_amount, "1" + " " * 200_000 + "x")
    assert _timed(trailing_amount, "費用" + " " * 200_000 + "1,000 千円") == ("費用", "1,000 千円")


# -- labels.py ------------------------------------------------------------------------------------------------------

def test_interview_elsewhere_on_a_long_line() -> None:
    # a 32 KB line took 63 s
    assert not _timed(labels.says_interview_elsewhere, "インタビューは事例集" * 4000)
    assert _timed(labels.says_interview_elsewhere, "インタビューは事例集" * 4000 + "に掲載")
    _import("インタビューは事例集" * 4000)


# -- reference.py, contacts.py --------------------------------------------------------------------------------------

def test_contact_with_many_phone_labels() -> None:
    for bomb in ("課（電話：" * 8000 + "）x）", "（電話：" * 8000 + "、x）", "課（電話：" + " " * 100_000 + "、x）"):
        assert _timed(contact_block._contact_b_body, bomb) is None
    contacts = _import("【担当部署】 課" + "（電話：" * 8000 + "、x）").cases[0].contacts
    assert len(contacts) == 1 and contacts[0].phone is None
    assert contact_block._contact_b_body("情報政策課（電話：083-933-1327、メール：a1@pref.jp）") == (
        "情報政策課", "083-933-1327", "a1@pref.jp")


def test_urls_with_many_open_brackets() -> None:
    assert not _timed(reference._has_open_url, "（http://" * 16000 + "）x")
    assert _timed(reference._has_open_url, "）x" + "（http://" * 16000)
    assert _timed(reference._URL_IN_PARENS_RE.match, "a" + " " * 100_000 + "b") is None
    assert _timed(reference._URL_IN_PARENS_RE.match, "（http://a " * 20000 + "b") is None
    _import("関連ＵＲＬ：" + "（http://" * 16000 + "）x")
    links = _import("関連ＵＲＬ：県のページ（https://www.pref.example.jp/a/\nb.html）").cases[0].links
    assert [(link.label, link.url) for link in links] == [("県のページ", "https://www.pref.example.jp/a/b.html")]


def test_email_on_a_long_run_of_letters() -> None:
    for bomb in ("a" * 100_000, "a.b@" * 30000, "a@" + "a." * 100_000):
        _timed(contact_block._EMAIL_RE.search, bomb)
    (contact,) = _import("担当部署 メール電話 " + "a" * 100_000).cases[0].contacts
    assert contact.email is None
    (contact,) = _import("担当部署 メール電話 dx@city.example.lg.jp089-912-2281デジタル推進課").cases[0].contacts
    assert (contact.department, contact.phone, contact.email) == (
        "デジタル推進課", "089-912-2281", "dx@city.example.lg.jp")


def test_population_date_with_many_spaces() -> None:
    # 4,000 spaces took 34 s (three nested scans)
    assert _timed(reference._population_as_of, "（" + " " * 100_000 + "x", 0) is None
    assert _import("【参考情報】 人口：1人（" + " " * 4000 + "x").cases[0].population.as_of is None
    population = _import("【参考情報】 町人口：0.5万人（令和６年１月１日現在）").cases[0].population
    assert (population.persons, population.text, population.as_of) == (5000, "0.5万人", "令和６年１月１日")


# -- pages.py and the joining of wrapped lines ---------------------------------------------------------------------

def test_title_and_header_lines_with_many_spaces() -> None:
    assert _timed(_TITLE_RE.match, "1 a" + " " * 200_000 + "x】") is None
    assert _timed(_HEADER_BAND_RE.match, "a" + " " * 200_000 + "b") is None


def test_a_paragraph_of_many_wrapped_lines() -> None:
    # 10,000 parts took 7 s (each join copied and searched the whole text so far)
    assert _timed(join_wrapped, ["abc"] * 100_000) == " ".join(["abc"] * 100_000)
    line = "あいうえおかきくけこさしすせそたちつてと"
    case = _import("○ " + "\n".join([line] * 20000)).cases[0]
    assert case.overview == [line * 20000]
    case = _import("経緯を教えてください。\n" + "\n".join([line + "、"] * 20000)).cases[0]
    assert case.interview[0].answer == (line + "、") * 20000


# -- the rewritten patterns find what the old ones found -----------------------------------------------------------
# The old patterns, kept here as the reference: on short strings their backtracking costs nothing.

_OLD_AMOUNT_TEXT = (r"(?:約\s*)?[0-9０-９][0-9０-９,，.．]*\s*(?:億[0-9０-９,，.．]*\s*)?(?:千万|百万|万|千)?\s*円"
                    r"|[－\-ー―‐]\s*円|[（(]\s*非公表\s*[）)]|非公表")
_OLD_ITEM = re.compile(r"^(.*?)\s*(" + _OLD_AMOUNT_TEXT + r")\s*$")
_OLD_AMOUNT = re.compile(r"約?\s*((?:\d+(?:\.\d+)?\s*(?:億|千万|百万|万|千)?\s*)+)円")
_OLD_PART = re.compile(r"(\d+(?:\.\d+)?)\s*(億|千万|百万|万|千)?")
_OLD_UNITS = {"億": 10**8, "千万": 10**7, "百万": 10**6, "万": 10**4, "千": 10**3, "": 1}
_OLD_URL = re.compile(r"^(.*?)\s*[（(]\s*(https?://[^\s（）()]+(?:\s+[^\s（）()]+)*?)\s*[）)]\s*$")
_OLD_OPEN_URL = re.compile(r"[（(]\s*https?://[^）)]*$")
_OLD_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@(?:[a-z0-9\-]+\.)+[a-z]{2,}(?![a-z])")
_OLD_CONTACT = re.compile(
    r"^(.+?)\s*[（(]\s*(?:電話(?:番号)?|TEL|Tel|ＴＥＬ)\s*[：:]\s*([^、，,）)]*?)\s*"
    r"(?:[、，,]\s*(?:メール(?:アドレス)?|E-?mail|e-?mail)\s*[：:]\s*([^）)]*?))?\s*[）)]$")
_OLD_POPULATION = re.compile(
    r"人口\s*[：:]\s*((?:約)?[0-9０-９][0-9０-９.,．，]*\s*(?:億|万|千)?人)\s*(?:[（(]\s*(.+?)\s*現在\s*[）)])?")
_OLD_ELSEWHERE = re.compile(r"インタビュー欄?は.*(?:事例集|別冊).*掲載")
_OLD_TITLE = re.compile(r"^(?:(New|NEW)\s+)?([0-9０-９]{1,4})\s+(\S.*?)\s*【([^【】]{2,40})】(?:\s*(New|NEW))?$")
_OLD_HEADER_BAND = re.compile(r"^(.*?)\s+(都道府県|人口[：:].*)$")
_OLD_INITIAL = re.compile(r"イニシャルコスト\s*(?:※\s*税[抜込]み?\s*)?(.*?)\s*(?:ランニングコスト.*)?$")
_OLD_BULLETS = re.compile(r"\s*[•・]\s*")


def _old_yen(text: str) -> int | None:
    from model.importer.text import nfkc
    m = _OLD_AMOUNT.search(nfkc(text).replace(",", "").replace(" ", ""))
    if not m:
        return None
    total = sum(Decimal(n) * _OLD_UNITS[u] for n, u in _OLD_PART.findall(m.group(1)))
    return int(total) if total < 10**15 else None


def _short(pieces: str | list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(list(pieces)), max_size=12).map("".join)


_SETTINGS = settings(max_examples=400, deadline=None)


@_SETTINGS
@given(_short([*list("01９,.．億千百万円約 \u3000x－(（）)"), "千万", "非公表"]))
def test_amounts_match_the_old_patterns(text: str) -> None:
    m = _OLD_ITEM.match(text)
    assert trailing_amount(text) == ((m.group(1), m.group(2)) if m else None)
    if text == text.strip():
        assert is_amount(text) == bool(re.fullmatch(_OLD_AMOUNT_TEXT, text))
    # a number with two decimal points (`1.5.3円`, never printed) may be read from another digit
    if not re.search(r"\d\.\d+\.", text.replace(",", "").replace(" ", "")):
        assert yen(text) == _old_yen(text)


@_SETTINGS
@given(_short([*list("ab （(）) "), "http://", "https://"]))
def test_urls_match_the_old_patterns(text: str) -> None:
    old = _OLD_URL.match(text)
    new = reference._URL_IN_PARENS_RE.match(text)
    assert (new.groups() if new else None) == (old.groups() if old else None)
    assert reference._has_open_url(text) == bool(_OLD_OPEN_URL.search(text))


@_SETTINGS
@given(_short(list("aZ1.@-_ b")))
def test_emails_match_the_old_pattern(text: str) -> None:
    old, new = _OLD_EMAIL.search(text), contact_block._EMAIL_RE.search(text)
    assert (new.group(0) if new else None) == (old.group(0) if old else None)


@_SETTINGS
@given(_short([*list("a （(）)、, ："), "電話", "メール", "TEL", "E-mail"]).map(str.strip))
def test_contacts_match_the_old_pattern(text: str) -> None:
    old = _OLD_CONTACT.match(text)
    assert contact_block._contact_b_body(text) == (old.groups() if old else None)


@_SETTINGS
@given(_short([*list("1.人 （(）)x"), "人口：", "現在", "万"]))
def test_populations_match_the_old_pattern(text: str) -> None:
    old, new = _OLD_POPULATION.search(text), reference._POPULATION_RE.search(text)
    assert (new.group(1) if new else None) == (old.group(1) if old else None)
    if old and new and old.group(2) and old.group(2).strip():  # a blank date is no date now
        assert reference._population_as_of(text, new.end()) == old.group(2)


@_SETTINGS
@given(_short([*list("ax 【】1："), "インタビュー", "欄", "は", "事例集", "別冊", "掲載", "New", "山口県",
                      "都道府県", "人口", "イニシャルコスト", "ランニングコスト", "※税抜", "•", "・"]))
def test_line_patterns_match_the_old_ones(text: str) -> None:
    assert labels.says_interview_elsewhere(text) == bool(_OLD_ELSEWHERE.search(text))
    for old, new in ((_OLD_TITLE, _TITLE_RE), (_OLD_HEADER_BAND, _HEADER_BAND_RE)):
        o, n = old.match(text), new.match(text)
        assert (n.groups() if n else None) == (o.groups() if o else None)
    if "イニシャルコスト" in text:
        assert costpage._initial(text) == _OLD_INITIAL.search(text).group(1).strip()  # type: ignore[union-attr]
    assert costpage._split_bullets(text.strip()) == [p.strip() for p in _OLD_BULLETS.split(text.strip())]
    assert join_wrapped(text.split("】")) == _old_join(text.split("】"))


def _old_join(parts: list[str]) -> str:
    out = ""
    for part in parts:
        part = part.strip()
        if not out or not part:
            out = out or part
        elif re.search(r"[A-Za-z0-9]$", out) and re.match(r"^[A-Za-z0-9]", part):
            out = f"{out} {part}"
        else:
            out += part
    return out


# -- every entry point on backtracking-prone text ------------------------------------------------------------------

_FRAGMENTS = [
    "1", "1,", "１２", ".", "．", "千", "万", "億", "円", " ", "　", "（電話：", "、メール：", "）", "(", "（",
    "（http://", "https://", "a", "Z", "@", "a.", "-", "人口：", "現在", "インタビューは", "事例集", "掲載",
    "イニシャルコスト", "ランニングコスト", "（内訳）", "（備考）", "•", "・", "【", "】", "＜", "＞", "○",
    "ください。", "、", "あ", "課", "担当部署 メール電話 ", "【担当部署】", "関連ＵＲＬ：", "受賞歴：", "New",
]


@st.composite
def _prone_line(draw: st.DrawFn) -> str:
    """A line of a few fragments, each repeated up to thousands of times: digit runs with separators, repeated
    `（電話：` and `（http://`, letter runs with @ and dots, long lines of full-width characters and labels."""
    parts = draw(st.lists(st.tuples(st.sampled_from(_FRAGMENTS), st.integers(1, 3000)), min_size=1, max_size=4))
    return "".join(fragment * count for fragment, count in parts)


_prone_text = st.lists(st.one_of(_prone_line(), st.sampled_from(["", "事業の概要", "事業効果", "\uf0d8 ポイント"])),
                       min_size=1, max_size=8).map("\n".join)

_SECTION_PARSERS: list[Callable[[CaseLines], Any]] = [
    lambda lines: reference.drop_furniture(lines, {"山口県"}), reference.population, reference.links,
    lambda lines: reference.awards(lines, reference.LinkCollector()), contact_block.contacts,
    lambda lines: reference.extra_links(lines, reference.LinkCollector()),
    costpage.cost, costpage.schedule, costpage.providers, sections.extract, interview.extract,
]


@settings(max_examples=60, deadline=timedelta(seconds=HANG_GUARD),
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(_prone_text)
def test_every_entry_point_on_backtracking_prone_text(text: str) -> None:
    with _hang_guard(3 * HANG_GUARD):
        _every_entry_point(text)


def _every_entry_point(text: str) -> None:
    try:
        result = parse_volume(CASE_HEAD + text, "prone.txt")
        assert len(result.cases) == 1
    except CasebookError:
        pytest.fail("a case with its title and header is a casebook")
    with pytest.raises(CasebookError):
        parse_volume(text.replace("【", "").replace("＜", ""), "prone.txt")
    for parser in _SECTION_PARSERS:
        volume = split_volume(text)
        parser(CaseLines(volume, 0, len(volume.texts)))
    for line in text.splitlines():
        yen(line)
        persons(line)
        trailing_amount(line)
        labels.is_label(line)
        labels.is_question(line)
        labels.says_interview_elsewhere(line)
