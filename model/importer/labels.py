"""The printed labels that start a field on a casebook page; a wrapped sentence never continues into one."""

from __future__ import annotations

import re

REFERENCE_RE = re.compile(r"^【参考情報】\s*(.*)$")
LINKS_RE = re.compile(r"^関連\s*(?:ＵＲＬ|URL|ｕｒｌ|url)\s*[：:]?\s*(.*)$")
CONTACT_B_RE = re.compile(r"^【担当部署】\s*(.*)$")
CONTACT_A_RE = re.compile(r"^担当部署\s*メール\s*電話\s*(.*)$")
AWARDS_RE = re.compile(r"^受賞歴等?\s*[：:]\s*(.*)$")
SIGNATURE_RE = re.compile(r"^☆.*☆$")
MATERIALS_RE = re.compile(r"^参考資料(?:\s|$)")
EFFECTS_RE = re.compile(r"^事業効果(?:\s*(○.*))?$")
# How a question line ends: 「…ください。」「…下さい．」「…か。」「…か？」 (`endswith`, not a regex search through the
# whole line: the check runs on almost every line of a volume, several times).
_QUESTION_ENDS = ("ください。", "ください．", "下さい。", "下さい．", "か。", "か？", "か?")
_ELSEWHERE_START_RE = re.compile(r"インタビュー欄?は")
_ELSEWHERE_VOLUME_RE = re.compile(r"事例集|別冊")
# The cost box's legend, printed on every cost page: not a field of the case.
BOILERPLATE_RE = re.compile(r"^※\s*主に.*(?:コスト|経費)を記載$")

_STARTS = (
    "○", "※", "【", "＜", "［", "■", "・", "•", "☆",
    "事業効果", "事業の概要", "事業概要", "コスト", "イニシャルコスト", "ランニングコスト", "（内訳）", "（備考）",
    "サービス", "提供事業者", "運用形態", "その他", "参画主体", "スケジュール", "検討開始から",
    "担当部署", "関連ＵＲＬ", "関連URL", "受賞歴", "参考資料", "http://", "https://",
)


def says_interview_elsewhere(text: str) -> bool:
    """Whether `text` says the interview is printed in another volume: 「インタビュー欄は『…事例集』に掲載」
    (`インタビュー欄?は`, then `事例集` or `別冊`, then `掲載`, in this order; each found once, in linear time)."""
    start = _ELSEWHERE_START_RE.search(text)
    if start is None:
        return False
    volume = _ELSEWHERE_VOLUME_RE.search(text, start.end())
    return volume is not None and text.find("掲載", volume.end()) >= 0


def _ends_as_question(text: str) -> bool:
    return text.endswith(_QUESTION_ENDS) or (text.endswith("\n") and text[:-1].endswith(_QUESTION_ENDS))


def is_label(text: str) -> bool:
    """Whether `text` starts a new field or item rather than continuing the sentence above it."""
    return text.startswith(_STARTS) or (len(text) <= 100 and _ends_as_question(text))


def is_question(text: str) -> bool:
    """An interviewer's question: a short line ending in 「…ください。」「…ましたか。」「…ますか？」."""
    if not text or len(text) > 100 or text.startswith(("・", "•", "※", "○", "〇")) or "\u2460" <= text[0] <= "\u2473":
        return False
    return _ends_as_question(text)
