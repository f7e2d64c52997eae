#!/usr/bin/env python3
"""Builds gold/6NN_*.json and gold-facts/6NN_*.json from the compact hand annotations in ann/6NN_*.py.
The annotations were written by hand while reading each page; this only expands them into the
formats of GUIDE.md / FACTS.md, fills `digit` from the text and `approx` from GUIDE's marker words
(unless given by hand), and checks that every title/figure/date text occurs on its page."""
import json, os, re, sys, importlib.util

# The set to build: this script's folder, or the one a wrapper names (heldout6/annotate.py uses this expander).
HERE = os.environ.get("ANNOTATE_SET_DIR") or os.path.dirname(os.path.abspath(__file__))
APPROX = ["超过", "超過", "超", "近", "约", "約", "多", "余", "餘", "以上", "左右", "不到", "逾", "不足"]
COUNT = set("家 个 個 人 名 项 項 辆 輛 台 套 件 户 戶 种 種 次 人次 台套 所 座 条 條 位 支 批 款 张 張 间 間 宗 場 场 场次 箱 元".split()) - {"元"}
MEASURE = set("吨 噸 兆瓦 千瓦 万千瓦时 千瓦时 度 平方米 平方公尺 平米 亩 畝 公里 平方公里 立方米 吨标准煤 公頃 公顷 米 坪 吉瓦 兆瓦时 奈米 千伏安".split())
DURATION = set("月 个月 個月 天 小时 小時 分钟 周 年".split())

def F(text, value, unit, vmax=None, kind=None, approx=None, S=None, K=None, M=None, P=None, C=False, T=False):
    value = round(value, 6)
    if value == int(value) and abs(value) >= 1:
        value = int(value)
    if vmax is not None:
        vmax = round(vmax, 6)
        if vmax == int(vmax) and abs(vmax) >= 1:
            vmax = int(vmax)
    if kind is None:
        if unit.endswith("元") or unit.endswith("幣") or unit.endswith("币") or unit.startswith("元/") or unit.endswith("美元"):
            kind = "money"
        elif unit in ("%", "％", "个百分点", "個百分點"):
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
    if isinstance(P, tuple):
        period = {"value": P[0], "value_end": P[1]}
    elif P is None:
        period = None
    else:
        period = {"value": P, "value_end": None}
    fig = {"text": text, "value": value, "value_max": vmax, "unit": unit, "kind": kind,
           "approx": approx, "digit": bool(re.search(r"[0-9０-９]", text))}
    fact = {"text": text, "value": value, "unit": unit, "subject": S, "subject_kind": K if S else None,
            "metric": M, "period": period, "change": C, "target": T}
    return fig, fact

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
    flat = page.replace("\n", "")
    figs = [f for f, _ in m.FIGURES]
    facts = [x for _, x in m.FIGURES]
    for f in figs:
        assert f["text"] in page, (name, "figure text not on page", f["text"])
    for d in m.DATES:
        assert d["text"] in page, (name, "date text not on page", d["text"])
        assert re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", d["value"]), (name, d)
    for a in m.ARTICLES:
        assert a["title"] in flat, (name, "title", a["title"])
        assert a["primary_zone"] is None or a["primary_zone"] in [z["canonical"] for z in m.ZONES], (name, a)
    for z in m.ZONES:
        for v in z["variants"]:
            assert v in page, (name, "zone variant", v)
    for e in m.ENTERPRISES:
        for v in [e["name"]] + e["variants"]:
            assert v in page, (name, "enterprise", v)
    names = {z["canonical"]: "zone" for z in m.ZONES}
    names.update({e["name"]: "enterprise" for e in m.ENTERPRISES})
    for x in facts:
        if x["subject_kind"] in ("zone", "enterprise"):
            assert names.get(x["subject"]) == x["subject_kind"], (name, "fact subject", x["text"], x["subject"])
    gold = {"file": name + ".txt", "published": m.PUBLISHED, "published_inferred": m.PUBLISHED_INFERRED,
            "articles": m.ARTICLES, "zones": m.ZONES, "enterprises": m.ENTERPRISES,
            "figures": figs, "dates": m.DATES}
    with open(os.path.join(HERE, "gold", name + ".json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "gold-facts", name + ".json"), "w", encoding="utf-8") as fh:
        json.dump({"file": name + ".txt", "published": m.PUBLISHED, "facts": facts}, fh, ensure_ascii=False, indent=1)
    print(name, len(page), "chars", len(m.ARTICLES), "art", len(m.ZONES), "zones", len(m.ENTERPRISES), "ent",
          len(figs), "fig", len(m.DATES), "dates")
    return len(m.ARTICLES), len(m.ZONES), len(m.ENTERPRISES), len(figs), len(m.DATES)

if __name__ == "__main__":
    names = sys.argv[1:] or sorted(f[:-3] for f in os.listdir(os.path.join(HERE, "ann")) if f.endswith(".py"))
    tot = [0] * 5
    for n in names:
        tot = [a + b for a, b in zip(tot, build(n))]
    print("TOTAL pages", len(names), "titles/zones/enterprises/figures/dates", tot)
