#!/usr/bin/env python3
"""Builds gold/NNN_*.json and gold-facts/NNN_*.json from the compact hand annotations in ann/NNN_*.py (this set's
6NN pages, and heldout6's and heldout7's through their wrappers).
The annotations were written by hand while reading each page; this only expands them into the
formats of GUIDE.md / FACTS.md, fills `digit` from the text and `approx` from GUIDE's marker words
(unless given by hand), and checks that every title/figure/date text occurs on its page.
The shared part is corpus/annotation.py."""
import os, re, sys

# The set to build: this script's folder, or the one a wrapper names (heldout6/annotate.py uses this expander).
HERE = os.environ.get("ANNOTATE_SET_DIR") or os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from annotation import A, D, E, Z, check_entities, check_fact_subjects, check_texts, figure, figure_kind, load, main, write

APPROX = ["超过", "超過", "超", "近", "约", "約", "多", "余", "餘", "以上", "左右", "不到", "逾", "不足"]
COUNT = set("家 个 個 人 名 项 項 辆 輛 台 套 件 户 戶 种 種 次 人次 台套 所 座 条 條 位 支 批 款 张 張 间 間 宗 場 场 场次 箱 元".split()) - {"元"}
MEASURE = set("吨 噸 兆瓦 千瓦 万千瓦时 千瓦时 度 平方米 平方公尺 平米 亩 畝 公里 平方公里 立方米 吨标准煤 公頃 公顷 米 坪 吉瓦 兆瓦时 奈米 千伏安".split())
DURATION = set("月 个月 個月 天 小时 小時 分钟 周 年".split())


def _whole(value):
    value = round(value, 6)
    return int(value) if value == int(value) and abs(value) >= 1 else value


def F(text, value, unit, vmax=None, kind=None, approx=None, S=None, K=None, M=None, P=None, C=False, T=False):
    value = _whole(value)
    vmax = None if vmax is None else _whole(vmax)
    if kind is None:
        kind = figure_kind(unit, ("元", "幣", "币"), ("%", "％", "个百分点", "個百分點"), COUNT, MEASURE, DURATION)
    if approx is None:
        approx = any(m in text for m in APPROX)
    if isinstance(P, tuple):
        period = {"value": P[0], "value_end": P[1]}
    else:
        period = None if P is None else {"value": P, "value_end": None}
    fact = {"text": text, "value": value, "unit": unit, "subject": S, "subject_kind": K if S else None,
            "metric": M, "period": period, "change": C, "target": T}
    return figure(text, value, vmax, unit, kind, approx), fact


def build(name):
    module, page = load(HERE, name, F=F, D=D, Z=Z, E=E, A=A)
    figures = [f for f, _ in module.FIGURES]
    facts = [x for _, x in module.FIGURES]
    check_texts(name, page, "figure", [f["text"] for f in figures])
    check_texts(name, page, "date", [d["text"] for d in module.DATES])
    for d in module.DATES:
        assert re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", d["value"]), (name, d)
    check_entities(name, page, module)
    check_fact_subjects(name, module, facts)
    return write(HERE, name, module, figures, module.DATES, facts)


if __name__ == "__main__":
    main(HERE, build)
