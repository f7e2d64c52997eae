#!/usr/bin/env python3
"""Builds gold/5NN_*.json and gold-facts/5NN_*.json from the compact hand annotations in ann/5NN_*.py.
The annotations were written by hand while reading each page; this only expands them into the
JSON formats of GUIDE.md and FACTS.md, fills fields that follow from the text itself (`digit`,
and `approx` from GUIDE's marker words unless given), and checks that every figure/date text and
every title occurs on its page (figures and dates also in page order, as a completeness aid).

Fact context: S(subject, kind, period, period_end) sets the subject/period that carry over to the
following figures (FACTS.md: "carries over ... until another is given"); F(..., s=, sk=, p=, pe=)
overrides them for one figure; m= is the metric, c= change, t= target.
Regenerate with `python3 corpus/heldout4/annotate.py`."""
import json, os, re, sys, importlib.util

HERE = os.path.dirname(os.path.abspath(__file__))
APPROX = ["超过", "超", "近", "约", "多", "余", "以上", "左右", "不到", "逾", "不足"]
COUNT = set("家 个 人 名 项 辆 台 套 件 户 种 次 人次 所 座 条 位 支 批 款 张 只 起 场 股 棵 枚 间 栋 层 万人次".split())
MEASURE = set("吨 兆瓦 千瓦 千瓦时 度 平方米 亩 公里 平方公里 立方米 米 吉瓦 GW MW 吨/年 万吨 摄氏度".split())
DURATION = set("月 个月 天 小时 分钟 周 日 个工作日 年".split())

_ctx = {}
_figs = []
_dates = []


def S(subject=None, kind=None, period=None, period_end=None):
    _ctx.clear()
    _ctx.update(s=subject, sk=kind, p=period, pe=period_end)


_UNSET = object()


def F(text, value, unit, vmax=None, kind=None, approx=None, m=None, c=False, t=False,
      s=_UNSET, sk=_UNSET, p=_UNSET, pe=_UNSET):
    if kind is None:
        if unit.endswith("元") or unit.endswith("美元") or unit.endswith("币") or unit.startswith("元/"):
            kind = "money"
        elif unit in ("%", "个百分点"):
            kind = "percent"
        elif unit in COUNT:
            kind = "count"
        elif unit in MEASURE:
            kind = "measure"
        elif unit in DURATION:
            kind = "duration"
        elif unit == "倍" or unit == "":
            kind = "ratio" if unit == "倍" else "other"
        else:
            kind = "other"
    if approx is None:
        approx = any(mk in text for mk in APPROX)
    fig = {"text": text, "value": value, "value_max": vmax, "unit": unit, "kind": kind,
           "approx": approx, "digit": bool(re.search(r"[0-9０-９]", text))}
    subj = _ctx.get("s") if s is _UNSET else s
    skind = _ctx.get("sk") if sk is _UNSET else sk
    if s is not _UNSET and sk is _UNSET:
        skind = None if s is None else "other"
    per = _ctx.get("p") if p is _UNSET else p
    pend = (_ctx.get("pe") if p is _UNSET else None) if pe is _UNSET else pe
    fact = {"text": text, "value": value, "unit": unit, "subject": subj, "subject_kind": skind,
            "metric": m, "period": None if per is None else {"value": per, "value_end": pend},
            "change": c, "target": t}
    _figs.append((fig, fact))
    return fig


def D(text, value, end=None, inferred=False):
    d = {"text": text, "value": value, "value_end": end, "year_inferred": inferred}
    _dates.append(d)
    return d


def Z(canonical, variants, coordinated=False):
    return {"canonical": canonical, "variants": variants, "coordinated": coordinated}


def E(name, variants=(), kind="registered"):
    return {"name": name, "variants": list(variants), "kind": kind}


def A(title, zone):
    return {"title": title, "primary_zone": zone}


def _in_order(page, texts, what, name):
    pos = 0
    for t in texts:
        i = page.find(t, pos)
        if i < 0:
            assert t in page, (name, what + " text not on page", t)
            print("  note:", name, what, "out of page order:", t)
        else:
            pos = i + len(t)


def build(name):
    _ctx.clear(); _figs.clear(); _dates.clear()
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, "ann", name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    mod.F, mod.D, mod.Z, mod.E, mod.A, mod.S = F, D, Z, E, A, S
    spec.loader.exec_module(mod)
    page = open(os.path.join(HERE, "pages", name + ".txt"), encoding="utf-8").read()
    flat = page.replace("\n", "")
    for a in mod.ARTICLES:
        assert a["title"] in flat, (name, "title", a["title"])
    _in_order(page, [f["text"] for f, _ in _figs], "figure", name)
    _in_order(page, [d["text"] for d in _dates], "date", name)
    zn = {z["canonical"] for z in mod.ZONES}
    for a in mod.ARTICLES:
        assert a["primary_zone"] is None or a["primary_zone"] in zn, (name, a)
    for z in mod.ZONES:
        for v in z["variants"]:
            assert v in page, (name, "zone variant", v)
    en = {e["name"] for e in mod.ENTERPRISES}
    for e in mod.ENTERPRISES:
        for v in [e["name"]] + e["variants"]:
            assert v in page, (name, "enterprise", v)
    for _, f in _figs:
        if f["subject_kind"] == "zone":
            assert f["subject"] in zn, (name, "fact zone", f)
        if f["subject_kind"] == "enterprise":
            assert f["subject"] in en, (name, "fact enterprise", f)
    gold = {"file": name + ".txt", "published": mod.PUBLISHED, "published_inferred": mod.PUBLISHED_INFERRED,
            "articles": mod.ARTICLES, "zones": mod.ZONES, "enterprises": mod.ENTERPRISES,
            "figures": [f for f, _ in _figs], "dates": list(_dates)}
    facts = {"file": name + ".txt", "published": mod.PUBLISHED, "facts": [f for _, f in _figs]}
    with open(os.path.join(HERE, "gold", name + ".json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "gold-facts", name + ".json"), "w", encoding="utf-8") as fh:
        json.dump(facts, fh, ensure_ascii=False, indent=1)
    n = (len(mod.ARTICLES), len(mod.ZONES), len(mod.ENTERPRISES), len(_figs), len(_dates))
    print(name, len(page), "chars", "%d art %d zones %d ent %d fig %d dates" % n)
    return n


if __name__ == "__main__":
    names = sys.argv[1:] or sorted(f[:-3] for f in os.listdir(os.path.join(HERE, "ann")) if f.endswith(".py"))
    tot = [0] * 5
    for nm in names:
        for i, v in enumerate(build(nm)):
            tot[i] += v
    print("TOTAL pages %d: titles %d zones %d enterprises %d figures %d dates %d facts %d"
          % (len(names), tot[0], tot[1], tot[2], tot[3], tot[4], tot[3]))
