"""Screen, paper and terminal call a field the same: the casebook's wording from the field table."""

from __future__ import annotations

import html
import re
from datetime import date

from cli.render import case_text
from gui.detail_tabs import tab_specs
from gui.rich_text import NO_HIGHLIGHT
from model.fields import label
from model.summary import summary_html
from tests.factories import make_case

SHARED = ("overview", "effects", "initial_cost", "running_cost", "schedule", "lead_time", "providers", "others",
          "department", "links", "interview")


def _text(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"<style>.*?</style>", "", markup, flags=re.S)))


def test_the_detail_tabs_the_summary_and_the_cli_use_the_same_labels() -> None:
    case = make_case()
    screen = "".join(_text(spec.render(case, NO_HIGHLIGHT)) for spec in tab_specs())
    paper = _text(summary_html(case, None, printed_on=date(2026, 12, 1)))
    terminal = case_text(case)
    for key in SHARED:
        assert label(key) in screen and label(key) in paper and label(key) in terminal, key
    for old in ("関連リンク", "サービス名称", "その他の参画主体"):
        assert old not in screen + paper + terminal
