#!/usr/bin/env python3
"""Builds gold/5NN_*.json and gold-facts/5NN_*.json from the compact hand annotations in ann/5NN_*.py.
The annotations were written by hand while reading each page; this only expands them into the
JSON formats of GUIDE.md and FACTS.md, fills fields that follow from the text itself (`digit`,
and `approx` from GUIDE's marker words unless given), and checks that every figure/date text and
every title occurs on its page (figures and dates also in page order, as a completeness aid).

Fact context: S(subject, kind, period, period_end) sets the subject/period that carry over to the
following figures (FACTS.md: "carries over ... until another is given"); F(..., s=, sk=, p=, pe=)
overrides them for one figure; m= is the metric, c= change, t= target.
The shared part is corpus/annotation.py. Regenerate with `python3 corpus/heldout4/annotate.py`."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from annotation import A, E, Z, check_entities, check_fact_subjects, figure, figure_kind, load, main, write
from annotation import D as _date

APPROX = ["超过", "超", "近", "约", "多", "余", "以上", "左右", "不到", "逾", "不足"]
COUNT = set("家 个 人 名 项 辆 台 套 件 户 种 次 人次 所 座 条 位 支 批 款 张 只 起 场 股 棵 枚 间 栋 层 万人次".split())
MEASURE = set("吨 兆瓦 千瓦 千瓦时 度 平方米 亩 公里 平方公里 立方米 米 吉瓦 GW MW 吨/年 万吨 摄氏度".split())
DURATION = set("月 个月 天 小时 分钟 周 日 个工作日 年".split())

# This set's notation: figures and dates are collected in the order the ann file writes them, and S() sets a
# subject and period that carry over to the figures after it.
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
        kind = figure_kind(unit, ("元", "币"), ("%", "个百分点"), COUNT, MEASURE, DURATION)
    if approx is None:
        approx = any(mk in text for mk in APPROX)
    fig = figure(text, value, vmax, unit, kind, approx)
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
    d = _date(text, value, end, inferred)
    _dates.append(d)
    return d


def _in_order(page, texts, what, name):
    """Texts must stand on the page; one out of page order is noted, as a completeness aid."""
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
    module, page = load(HERE, name, F=F, D=D, Z=Z, E=E, A=A, S=S)
    _in_order(page, [f["text"] for f, _ in _figs], "figure", name)
    _in_order(page, [d["text"] for d in _dates], "date", name)
    check_entities(name, page, module)
    facts = [f for _, f in _figs]
    check_fact_subjects(name, module, facts)
    return write(HERE, name, module, [f for f, _ in _figs], list(_dates), facts)


if __name__ == "__main__":
    main(HERE, build)
