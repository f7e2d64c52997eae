#!/usr/bin/env python3
"""Builds gold/4NN_*.json from the compact hand annotations in ann/4NN_*.py.
The annotations were written by hand while reading each page; this only expands
them into GUIDE's JSON format and fills fields that follow from the text itself
(`digit`, and `approx` from GUIDE's marker words unless given). The shared part is corpus/annotation.py."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from annotation import A, D, E, Z, check_entities, check_texts, figure, figure_kind, load, main, write

APPROX = ["超过", "超", "近", "约", "多", "余", "以上", "左右", "不到", "逾", "餘", "約", "逾"]
COUNT = set("家 个 個 人 名 项 項 辆 輛 台 套 件 户 戶 种 種 次 人次 台套 所 座 条 條 位 支 批 款 张 張 个百分点".split())
MEASURE = set("吨 噸 兆瓦 千瓦 万千瓦时 千瓦时 度 平方米 平方公尺 亩 畝 公里 平方公里 立方米 吨标准煤 公頃 公顷 米 坪 吉瓦 GW 兆瓦时 吨/年".split())
DURATION = set("月 个月 個月 天 小时 小時 分钟 周 年".split())


def F(text, value, unit, vmax=None, kind=None, approx=None):
    kind = figure_kind(unit, ("元", "幣", "币"), ("%",), COUNT, MEASURE, DURATION) if kind is None else kind
    return figure(text, value, vmax, unit, kind, any(m in text for m in APPROX) if approx is None else approx)


def build(name):
    module, page = load(HERE, name, F=F, D=D, Z=Z, E=E, A=A)
    check_texts(name, page, "figure", [f["text"] for f in module.FIGURES])
    check_texts(name, page, "date", [d["text"] for d in module.DATES])
    check_entities(name, page, module)
    return write(HERE, name, module, module.FIGURES, module.DATES)


if __name__ == "__main__":
    main(HERE, build)
