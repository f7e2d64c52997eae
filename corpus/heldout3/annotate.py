#!/usr/bin/env python3
"""Builds gold/4NN_*.json from the compact hand annotations in ann_4NN.py files.
The annotations were written by hand while reading each page; this only expands
them into GUIDE's JSON format and fills fields that follow from the text itself
(`digit`, and `approx` from GUIDE's marker words unless given)."""
import json, os, re, sys, importlib.util

HERE = os.path.dirname(os.path.abspath(__file__))
APPROX = ["超过", "超", "近", "约", "多", "余", "以上", "左右", "不到", "逾", "餘", "約", "逾"]
COUNT = set("家 个 個 人 名 项 項 辆 輛 台 套 件 户 戶 种 種 次 人次 台套 所 座 条 條 位 支 批 款 张 張 个百分点".split())
MEASURE = set("吨 噸 兆瓦 千瓦 万千瓦时 千瓦时 度 平方米 平方公尺 亩 畝 公里 平方公里 立方米 吨标准煤 公頃 公顷 米 坪 吉瓦 GW 兆瓦时 吨/年".split())
DURATION = set("月 个月 個月 天 小时 小時 分钟 周 年".split())

def F(text, value, unit, vmax=None, kind=None, approx=None):
    if kind is None:
        if unit.endswith("元") or unit.endswith("幣") or unit.endswith("币") or unit.startswith("元/") or unit in ("元人民幣",):
            kind = "money"
        elif unit == "%":
            kind = "percent"
        elif unit in COUNT:
            kind = "count"
        elif unit in MEASURE:
            kind = "measure"
        elif unit in DURATION:
            kind = "duration"
        elif unit == "倍":
            kind = "ratio"
        else:
            kind = "other"
    if approx is None:
        approx = any(m in text for m in APPROX)
    return {"text": text, "value": value, "value_max": vmax, "unit": unit, "kind": kind,
            "approx": approx, "digit": bool(re.search(r"[0-9０-９]", text))}

def D(text, value, end=None, inferred=False):
    return {"text": text, "value": value, "value_end": end, "year_inferred": inferred}

def Z(canonical, variants, coordinated=False):
    return {"canonical": canonical, "variants": variants, "coordinated": coordinated}

def E(name, variants=(), kind="registered"):
    return {"name": name, "variants": list(variants), "kind": kind}

def A(title, zone):
    return {"title": title, "primary_zone": zone}

def build(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, "ann", name + ".py"))
    m = importlib.util.module_from_spec(spec)
    m.F, m.D, m.Z, m.E, m.A = F, D, Z, E, A
    spec.loader.exec_module(m)
    page = open(os.path.join(HERE, "pages", name + ".txt"), encoding="utf-8").read()
    for f in m.FIGURES:
        assert f["text"] in page, (name, "figure text not on page", f["text"])
    for d in m.DATES:
        assert d["text"] in page, (name, "date text not on page", d["text"])
    for a in m.ARTICLES:
        assert a["title"] in page.replace("\n", ""), (name, "title", a["title"])
    gold = {"file": name + ".txt", "published": m.PUBLISHED, "published_inferred": m.PUBLISHED_INFERRED,
            "articles": m.ARTICLES, "zones": m.ZONES, "enterprises": m.ENTERPRISES,
            "figures": m.FIGURES, "dates": m.DATES}
    with open(os.path.join(HERE, "gold", name + ".json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
    print(name, len(page), "chars", len(m.ARTICLES), "art", len(m.ZONES), "zones", len(m.ENTERPRISES), "ent",
          len(m.FIGURES), "fig", len(m.DATES), "dates")

if __name__ == "__main__":
    names = sys.argv[1:] or sorted(f[:-3] for f in os.listdir(os.path.join(HERE, "ann")) if f.endswith(".py"))
    for n in names:
        build(n)
