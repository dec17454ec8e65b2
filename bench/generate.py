"""Synthetic libraries of N cases for the benchmark, derived from the shipped cases.

The shipped volume has 13 cases; a national catalogue has 10,000 or more. `generate(n, seed)` makes a library of
any size that looks like the real one to the code under test: organizations from all 47 prefectures with real
municipality names, population bands that fit the kind of municipality, categories 1–8 with subcategories, and case
text mixed from the shipped sentences with distinct DX words injected, so that different queries hit different
(and differently sized) sets of cases. The same (n, seed) always gives the same library.

`casebook_text(n, seed)` makes casebook TEXT (the importer's input) of n cases by repeating the seed volume's case
blocks with renumbered case numbers and varied organizations, for import throughput.
"""

from __future__ import annotations

import random
import re
from dataclasses import replace
from pathlib import Path

import orjson

from model import paths
from model.case import QA, Case, Contact, Link, Numbered, Population, Source
from model.library import case_docs_table, read_shipped_docs, sort_key
from model.prefectures import PREFECTURES

# Real municipalities (city 市 / ward-less town 町 / village 村), a handful per prefecture: enough for organization
# names and prefecture filters to be varied and realistic without shipping a full list of ~1,700.
MUNICIPALITIES: dict[str, tuple[str, ...]] = {
    "北海道": ("札幌市", "旭川市", "函館市", "帯広市", "ニセコ町", "東川町", "音威子府村"),
    "青森県": ("青森市", "弘前市", "八戸市", "六ヶ所村", "鶴田町"),
    "岩手県": ("盛岡市", "花巻市", "一関市", "雫石町", "田野畑村"),
    "宮城県": ("仙台市", "石巻市", "名取市", "女川町", "大衡村"),
    "秋田県": ("秋田市", "横手市", "大館市", "五城目町", "東成瀬村"),
    "山形県": ("山形市", "酒田市", "鶴岡市", "舟形町", "大蔵村"),
    "福島県": ("福島市", "郡山市", "いわき市", "西会津町", "檜枝岐村"),
    "茨城県": ("水戸市", "つくば市", "日立市", "境町", "東海村"),
    "栃木県": ("宇都宮市", "小山市", "日光市", "益子町", "那珂川町"),
    "群馬県": ("前橋市", "高崎市", "太田市", "草津町", "上野村"),
    "埼玉県": ("さいたま市", "川越市", "深谷市", "上里町", "東秩父村"),
    "千葉県": ("千葉市", "船橋市", "柏市", "酒々井町", "長柄町"),
    "東京都": ("八王子市", "町田市", "三鷹市", "瑞穂町", "檜原村"),
    "神奈川県": ("横浜市", "川崎市", "相模原市", "藤沢市", "葉山町"),
    "新潟県": ("新潟市", "長岡市", "上越市", "湯沢町", "粟島浦村"),
    "富山県": ("富山市", "高岡市", "南砺市", "立山町", "舟橋村"),
    "石川県": ("金沢市", "加賀市", "七尾市", "志賀町", "川北町"),
    "福井県": ("福井市", "坂井市", "あわら市", "永平寺町", "池田町"),
    "山梨県": ("甲府市", "富士吉田市", "笛吹市", "富士河口湖町", "小菅村"),
    "長野県": ("長野市", "松本市", "塩尻市", "軽井沢町", "白馬村"),
    "岐阜県": ("岐阜市", "大垣市", "高山市", "白川村", "揖斐川町"),
    "静岡県": ("静岡市", "浜松市", "沼津市", "小山町", "森町"),
    "愛知県": ("名古屋市", "豊田市", "岡崎市", "東浦町", "飛島村"),
    "三重県": ("津市", "四日市市", "伊勢市", "菰野町", "玉城町"),
    "滋賀県": ("大津市", "草津市", "長浜市", "日野町", "竜王町"),
    "京都府": ("京都市", "宇治市", "舞鶴市", "精華町", "南山城村"),
    "大阪府": ("大阪市", "堺市", "豊中市", "島本町", "千早赤阪村"),
    "兵庫県": ("神戸市", "姫路市", "西宮市", "豊岡市", "佐用町"),
    "奈良県": ("奈良市", "生駒市", "橿原市", "斑鳩町", "十津川村"),
    "和歌山県": ("和歌山市", "田辺市", "紀の川市", "白浜町", "北山村"),
    "鳥取県": ("鳥取市", "米子市", "倉吉市", "智頭町", "日吉津村"),
    "島根県": ("松江市", "出雲市", "浜田市", "海士町", "知夫村"),
    "岡山県": ("岡山市", "倉敷市", "津山市", "西粟倉村", "奈義町"),
    "広島県": ("広島市", "福山市", "呉市", "北広島町", "神石高原町"),
    "山口県": ("山口市", "下関市", "宇部市", "周防大島町", "阿武町"),
    "徳島県": ("徳島市", "阿南市", "美馬市", "神山町", "上勝町"),
    "香川県": ("高松市", "丸亀市", "三豊市", "小豆島町", "直島町"),
    "愛媛県": ("松山市", "今治市", "西条市", "内子町", "久万高原町"),
    "高知県": ("高知市", "南国市", "四万十市", "梼原町", "馬路村"),
    "福岡県": ("福岡市", "北九州市", "久留米市", "糸島市", "東峰村"),
    "佐賀県": ("佐賀市", "唐津市", "武雄市", "有田町", "玄海町"),
    "長崎県": ("長崎市", "佐世保市", "五島市", "小値賀町", "波佐見町"),
    "熊本県": ("熊本市", "八代市", "天草市", "南阿蘇村", "山都町"),
    "大分県": ("大分市", "別府市", "中津市", "日出町", "姫島村"),
    "宮崎県": ("宮崎市", "都城市", "延岡市", "綾町", "椎葉村"),
    "鹿児島県": ("鹿児島市", "霧島市", "薩摩川内市", "屋久島町", "十島村"),
    "沖縄県": ("那覇市", "沖縄市", "宮古島市", "読谷村", "与那国町"),
}
assert tuple(MUNICIPALITIES) == PREFECTURES  # the one prefecture list (model/prefectures.py), in its order

# The volumes of the 事例集, and two or three subcategories each (the shipped volume 1 brings its own).
CATEGORIES: dict[int, tuple[str, tuple[str, ...]]] = {
    1: ("体制整備", ("県が中心となって管内市町村とともにDXを推進する体制の整備",
                    "若手や現場の職員の声を吸い上げる体制の整備",
                    "外部人材を活用した体制の整備",
                    "住民目線でのデザイン思考や職員の働き方改革に着目した全庁的な体制の整備")),
    2: ("デジタル人材の確保・育成", ("外部デジタル人材の確保", "職員の育成・研修",
                                 "都道府県による市町村の人材確保支援")),
    3: ("行政手続のオンライン化", ("電子申請の拡大", "キャッシュレス決済の導入", "マイナンバーカードの活用")),
    4: ("窓口DX（書かない窓口）", ("書かない窓口", "ワンストップ窓口", "オンライン相談")),
    5: ("AI・RPAの利用推進", ("AI-OCRの活用", "RPAによる業務自動化", "生成AIの活用")),
    6: ("テレワーク・働き方改革", ("テレワーク環境の整備", "ペーパーレス会議", "フリーアドレス")),
    7: ("セキュリティ対策の徹底", ("情報セキュリティ研修", "ゼロトラスト", "インシデント対応")),
    8: ("地域社会のデジタル化", ("デジタルデバイド対策", "オープンデータ", "スマートシティ")),
}

# Distinct words mixed into the text so that queries select different subsets (each case gets a few).
VOCABULARY: tuple[str, ...] = (
    "AI-OCR", "RPA", "チャットボット", "電子申請", "キャッシュレス", "GIS", "オープンデータ", "ローコード",
    "kintone", "LINE公式アカウント", "マイナンバーカード", "スマートフォン教室", "ドローン", "IoTセンサー",
    "テレワーク", "ペーパーレス", "Web会議", "電子契約", "BPR", "データ連携基盤", "ガバメントクラウド",
    "標準準拠システム", "生成AI", "音声認識", "議事録作成", "タブレット端末", "デジタル地域通貨", "防災アプリ",
    "子育て支援アプリ", "オンライン診療", "遠隔授業", "スマート農業", "観光DX", "MaaS", "デマンド交通",
    "バス位置情報", "電子図書館", "ふるさと納税", "窓口予約", "手数料のキャッシュレス化", "公金収納",
    "電子決裁", "文書管理システム", "ノーコード", "データ分析", "EBPM", "ダッシュボード", "職員研修",
    "デジタル推進委員", "高齢者見守り", "除雪車位置情報", "水道スマートメーター", "ごみ分別アプリ",
)

DEPARTMENTS: tuple[str, ...] = ("デジタル推進課", "情報政策課", "DX推進室", "企画課", "総務課", "行政改革推進課",
                                "市民課", "住民課", "スマートシティ推進課")

ORDINALS = "０１２３４５６７８９"


def _templates() -> list[Case]:
    """The shipped cases (data/cases.json, part of the repository): what generated cases are varied from."""
    cases = [Case.from_doc(d) for d in read_shipped_docs(paths.SHIPPED_LIBRARY)]
    if not cases:
        raise SystemExit(f"bench: no shipped cases in {paths.SHIPPED_LIBRARY}")
    return cases


def _band_and_persons(municipality: str | None, rng: random.Random) -> tuple[str, int]:
    if municipality is None:
        return "都道府県", rng.randrange(550_000, 14_000_000)
    if municipality.endswith("村"):
        choices = [("1万人未満", (400, 9_999))] * 4 + [("1万人以上5万人未満", (10_000, 49_999))]
    elif municipality.endswith("町"):
        choices = [("1万人未満", (2_000, 9_999)), ("1万人以上5万人未満", (10_000, 49_999)),
                   ("1万人以上5万人未満", (10_000, 49_999)), ("5万人以上10万人未満", (50_000, 99_999))]
    else:
        choices = [("1万人以上5万人未満", (20_000, 49_999)), ("5万人以上10万人未満", (50_000, 99_999)),
                   ("10万人以上30万人未満", (100_000, 299_999)), ("30万人以上", (300_000, 3_700_000))]
    band, (lo, hi) = rng.choice(choices)
    return band, rng.randrange(lo, hi + 1)


def _population_text(persons: int) -> str:
    man = persons / 10_000
    return f"{man:.1f}万人" if man < 100 else f"{round(man)}万人"


def _sentence_pool(templates: list[Case]) -> list[str]:
    pool: list[str] = []
    for t in templates:
        pool += t.points + t.overview + t.effects
    return [s for s in pool if s] or ["DXを推進。"]


def _qa_pool(templates: list[Case]) -> list[QA]:
    pool = [qa for t in templates for qa in t.interview]
    return pool or [QA("取組の経緯・きっかけを教えてください。", "業務の効率化のために取り組みました。")]


def generate(n: int, seed: int = 0) -> list[Case]:
    """A varied library of `n` cases (ids unique, sorted like the library) derived from the shipped cases."""
    rng = random.Random(seed)
    templates = _templates()
    sentences = _sentence_pool(templates)
    qas = _qa_pool(templates)
    counters = {cat: 0 for cat in CATEGORIES}
    out: list[Case] = []
    for i in range(n):
        t = templates[i % len(templates)]
        cat, cat_name, sub_names, sub_no, number, prefecture, municipality, organization, band, persons = _place(
            i, t, len(templates), counters, rng)

        words = rng.sample(VOCABULARY, 3)
        theme = rng.choice(sub_names)
        title = rng.choice([
            f"{words[0]}と{words[1]}を活用した{theme}",
            f"{words[0]}の導入による業務効率化と{theme}",
            f"{t.title}（{words[0]}）",
            f"{organization}における{words[0]}の活用",
        ])
        points = [f"{words[0]}を活用し、{rng.choice(sentences)}"]
        overview = rng.sample(sentences, k=min(len(sentences), rng.randint(2, 4)))
        overview.insert(rng.randint(0, len(overview)), f"{words[1]}と{words[2]}により{theme}を推進。")
        effects = rng.sample(sentences, k=min(len(sentences), rng.randint(1, 3)))
        effects.append(f"{words[2]}の導入で年間{rng.randint(50, 5000)}時間の業務時間を削減。")

        place = municipality or prefecture
        out.append(replace(
            t,
            id=f"{cat}-{number:04d}",
            number=number,
            title=title,
            organization=organization,
            prefecture=prefecture,
            municipality=municipality,
            category=Numbered(cat, cat_name),
            subcategory=Numbered(sub_no, sub_names[sub_no - 1]),
            population_band=band,
            population=Population(persons, _population_text(persons), "令和６年１月１日"),
            is_new=rng.random() < 0.3,
            points=points,
            overview=overview,
            effects=effects,
            contacts=[Contact(f"{place}{rng.choice(DEPARTMENTS)}",
                              f"0{rng.randint(11, 99)}-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
                              f"dx{i}@example.lg.jp")],
            interview=rng.sample(qas, k=min(len(qas), rng.randint(0, 3))),
            links=[Link(f"{place}のDX", f"https://www.example.lg.jp/{i}/dx.html")],
            source=Source(f"vol{cat}-bench.txt", cat_name),
        ))
    out.sort(key=sort_key)
    return out


def _place(i: int, t: Case, n_templates: int, counters: dict[int, int], rng: random.Random,
           ) -> tuple[int, str, tuple[str, ...], int, int, str, str | None, str, str, int]:
    """Where the i-th generated case goes: category and subcategory, its number there, and the organization."""
    # The first len(templates) cases keep their own category, so a 13-case library is the shipped volume's shape.
    cat = t.category.number if i < n_templates and t.category.number in CATEGORIES else rng.randint(1, 8)
    cat_name, sub_names = CATEGORIES[cat]
    sub_no = rng.randint(1, len(sub_names))
    counters[cat] += 1
    prefecture = rng.choice(PREFECTURES)
    municipality = None if rng.random() < 0.12 else rng.choice(MUNICIPALITIES[prefecture])
    band, persons = _band_and_persons(municipality, rng)
    return (cat, cat_name, tuple(sub_names), sub_no, counters[cat], prefecture, municipality,
            prefecture + (municipality or ""), band, persons)


def generate_full(n: int, seed: int = 0) -> list[Case]:
    """N full-length cases: the shipped cases at their real length (every sentence, interview and cost line kept),
    renamed and spread over all prefectures and categories, as imported volumes of the real casebook would be."""
    rng = random.Random(seed)
    templates = _templates()
    counters = {cat: 0 for cat in CATEGORIES}
    out: list[Case] = []
    for i in range(n):
        t = templates[i % len(templates)]
        cat, cat_name, sub_names, sub_no, number, prefecture, municipality, organization, band, persons = _place(
            i, t, len(templates), counters, rng)
        word = rng.choice(VOCABULARY)
        out.append(replace(
            t, id=f"{cat}-{number:04d}", number=number, title=f"{t.title}（{word}）", organization=organization,
            prefecture=prefecture, municipality=municipality, category=Numbered(cat, cat_name),
            subcategory=Numbered(sub_no, sub_names[sub_no - 1]), population_band=band,
            population=Population(persons, _population_text(persons), "令和６年１月１日"),
            is_new=rng.random() < 0.3, points=[f"{word}を活用し、{p}" for p in t.points],
            source=Source(f"vol{cat}-bench.txt", cat_name)))
    out.sort(key=sort_key)
    return out


def write_library(path: Path, cases: list[Case]) -> Path:
    """Write `cases` as a TinyDB file (table "cases", UTF-8 JSON, like the app's own files)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(orjson.dumps(case_docs_table(cases)))
    return path


# -- casebook text for the importer ---------------------------------------------------------------------------

# A case header line of the seed volume: "１ 「山口県…」を設置し…推進 【山口県】" (number, title, organization).
_HEADER_RE = re.compile(r"^(\s*)([０-９0-9]{1,3})(\s+.*【)([^】]+)(】\s*)$", re.MULTILINE)


def _case_number(number: int) -> str:
    # As the casebook prints them: one full-width digit up to 9, ASCII digits from 10.
    return ORDINALS[number] if number < 10 else str(number)


def seed_volume() -> str:
    return (paths.SHIPPED_SOURCE_DIR / "vol1-taisei-seibi.txt").read_text(encoding="utf-8")


def split_volume(text: str) -> tuple[str, list[str]]:
    """The preamble and the case blocks of a volume: a block starts at the first header line of a new number."""
    starts: list[tuple[int, str]] = []
    last = None
    for m in _HEADER_RE.finditer(text):
        number = m.group(2)
        if number != last:
            starts.append((m.start(), number))
            last = number
    if not starts:
        raise ValueError("no case header found in the seed volume")
    preamble = text[: starts[0][0]]
    blocks = [text[s: (starts[k + 1][0] if k + 1 < len(starts) else len(text))] for k, (s, _) in enumerate(starts)]
    return preamble, blocks


def casebook_text(n: int, seed: int = 0, text: str | None = None) -> str:
    """A volume of `n` cases: the seed volume's blocks repeated in turn, renumbered 1..n, organizations varied."""
    rng = random.Random(seed)
    preamble, blocks = split_volume(text if text is not None else seed_volume())
    parts = [preamble]
    for i in range(n):
        block = blocks[i % len(blocks)]
        prefecture = rng.choice(PREFECTURES)
        municipality = rng.choice(MUNICIPALITIES[prefecture])
        original = _HEADER_RE.search(block)
        old_org = original.group(4) if original else ""
        # A prefecture's own case stays a prefecture (its band and wording say 県), a municipality's gets another one.
        new_org = prefecture if old_org in PREFECTURES else prefecture + municipality

        def renumber(m: re.Match[str], number: int = i + 1, org: str = new_org) -> str:
            return f"{m.group(1)}{_case_number(number)}{m.group(3)}{org}{m.group(5)}"

        block = _HEADER_RE.sub(renumber, block)
        if old_org and old_org != new_org:
            block = block.replace(old_org, new_org)
        parts.append(block)
    return "".join(parts)


def main() -> int:
    """`python -m bench.generate N OUT`: write a library of N cases (the runner does this in a child process, so
    its own memory, which every measured child would otherwise inherit in its peak RSS, stays small)."""
    import argparse

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int)
    parser.add_argument("--full", action="store_true", help="full-length cases (the shipped ones, renamed)")
    args = parser.parse_args()
    make = generate_full if args.full else generate
    write_library(args.out, make(args.n, seed=args.n if args.seed is None else args.seed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
