"""The 47 prefectures in JIS X 0401 order and the eight regions (地方区分) they belong to.

The one list of prefectures in the app: the importer splits organisations with it, filters and the map offer it,
the region facet and 「近い団体」 ranking group by it.
"""

from __future__ import annotations

from collections.abc import Iterable

from model.i18n import translate

# JIS X 0401 order (code 01 北海道 … 47 沖縄県), the order Japanese readers expect prefectures in.
PREFECTURES: tuple[str, ...] = (
    "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県",
    "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県",
    "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県",
    "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県",
    "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
)

# The eight-region division used in school atlases and by most ministries' statistics (八地方区分), with
# 沖縄県 joined to 九州 as 「九州・沖縄」.
REGIONS: dict[str, tuple[str, ...]] = {
    "北海道": ("北海道",),
    "東北": ("青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県"),
    "関東": ("茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県"),
    "中部": ("新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県", "愛知県"),
    "近畿": ("三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県"),
    "中国": ("鳥取県", "島根県", "岡山県", "広島県", "山口県"),
    "四国": ("徳島県", "香川県", "愛媛県", "高知県"),
    "九州・沖縄": ("福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県"),
}

_REGION_OF: dict[str, str] = {pref: region for region, prefs in REGIONS.items() for pref in prefs}
_RANK: dict[str, int] = {p: i for i, p in enumerate(PREFECTURES)}


def region_of(prefecture: str) -> str | None:
    """The region of a prefecture (None for a name that is not one of the 47)."""
    return _REGION_OF.get(prefecture)


def prefecture_code(prefecture: str) -> int | None:
    """The JIS X 0401 code (1 北海道 … 47 沖縄県)."""
    rank = _RANK.get(prefecture)
    return None if rank is None else rank + 1


def prefecture_order(names: Iterable[str]) -> list[str]:
    """`names` without duplicates, in JIS order (anything unknown last, sorted)."""
    return sorted(set(names), key=lambda p: (_RANK.get(p, len(_RANK)), p))


def region_label(region: str) -> str:
    """`region` in the UI language; the stored value (a REGIONS key) stays Japanese."""
    labels = {
        "北海道": translate("Region", "北海道"),
        "東北": translate("Region", "東北"),
        "関東": translate("Region", "関東"),
        "中部": translate("Region", "中部"),
        "近畿": translate("Region", "近畿"),
        "中国": translate("Region", "中国"),
        "四国": translate("Region", "四国"),
        "九州・沖縄": translate("Region", "九州・沖縄"),
    }
    return labels.get(region, region)
