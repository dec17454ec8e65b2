"""Real libraries for tests: hand-made cases written into a TinyDB file under tmp_path (no Qt)."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import orjson

from model.case import POPULATION_BANDS, Case, Numbered, Population
from model.library import Library, case_docs_table, sort_key
from model.prefectures import PREFECTURES
from tests.factories import make_bare_case, make_case


def write_library(path: Path, cases: list[Case]) -> Library:
    """A TinyDB file holding `cases`, opened as the whole library (like `--db`)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(orjson.dumps(case_docs_table(cases)))
    return Library.open_db(path)


def sample_cases() -> list[Case]:
    """Five cases over two categories: full and bare ones, different bands and prefectures, one New."""
    funagata = make_bare_case(
        id="1-05", number=5, title="DX推進計画の策定と全職員向け研修の実施", organization="山形県舟形町",
        prefecture="山形県", municipality="舟形町", population_band="1万人未満",
        population=Population(5000, "0.5万人", "令和６年１月１日"), is_new=True,
        subcategory=Numbered(2, "若手や現場の職員の声を取り入れる体制の整備"),
        points=["町長をトップとするDX推進本部を設置"], overview=["舟形町では、全職員向けの研修を実施。"],
        effects=["職員の意識が変わった。"])
    return [
        make_case(),  # 1-04 福島県, full
        funagata,
        make_bare_case(),  # 1-11 神戸市, bare
        make_case(id="1-02", number=2, title="県と市町村の共同調達", organization="山口県", prefecture="山口県"),
        make_bare_case(id="2-01", number=1, title="書かない窓口の導入", organization="北海道北見市",
                       prefecture="北海道", municipality="北見市", population_band="10万人以上30万人未満",
                       category=Numbered(2, "行政手続のオンライン化"),
                       subcategory=Numbered(1, "窓口改革"), effects=["窓口の待ち時間が半減した。"]),
    ]


def many_cases(n: int) -> list[Case]:
    """`n` distinct cases over 8 categories × 5 subcategories (for scale tests)."""
    base = make_case()
    out: list[Case] = []
    prefs = ["北海道", "東京都", "大阪府", "福岡県", "沖縄県", "山形県"]
    for i in range(n):
        cat, sub = i % 8 + 1, (i // 8) % 5 + 1
        number = i // 40 + 1
        out.append(replace(
            base, id=f"{cat}-{number:03d}-{sub}", number=number, title=f"事例{i} {base.title}",
            organization=f"{prefs[i % 6]}テスト市{i}", prefecture=prefs[i % 6],
            population_band=POPULATION_BANDS[i % len(POPULATION_BANDS)], is_new=i % 7 == 0,
            category=Numbered(cat, f"分類{cat}"), subcategory=Numbered(sub, f"小分類{cat}-{sub}")))
    return out


VOCABULARY = ("RPA", "AI-OCR", "チャットボット", "デジタル", "研修", "窓口", "DX推進", "量子", "電子申請", "ICT")


def varied_cases(n: int, seed: int = 0) -> list[Case]:
    """`n` cases recombined from the shipped ones (titles, prefectures, sentences, buzzwords), in library order.

    The tests' own generator for libraries where queries hit some cases and miss others; the benchmark has a
    richer one (bench/generate.py) that tests do not depend on.
    """
    rng = random.Random(seed)
    shipped = Library.open(user=None).cases()
    sentences = [s for c in shipped for s in c.overview + c.effects]
    out: list[Case] = []
    for i in range(n):
        base = shipped[i % len(shipped)]
        prefecture = rng.choice(PREFECTURES)
        words = rng.sample(VOCABULARY, 2)
        cat = i % 8 + 1
        out.append(replace(
            base, id=f"{cat}-{i + 1:04d}", number=i + 1, title=f"{words[0]}と{words[1]}による{base.title}",
            organization=f"{prefecture}{rng.choice(('北', '南', '東', '西'))}市", prefecture=prefecture,
            municipality="市", population_band=rng.choice(POPULATION_BANDS), category=Numbered(cat, f"分類{cat}"),
            overview=rng.sample(sentences, 2), effects=[f"{rng.choice(VOCABULARY)}により{rng.choice(sentences)}"]))
    return sorted(out, key=sort_key)
