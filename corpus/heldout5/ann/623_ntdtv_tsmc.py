# event.ntdtv.com.tw (新唐人亞太台), Traditional; date printed in the 【…訊】 line. 竹科/南科 are not GUIDE zone forms.
# Chinese-numeral measure without a scale word is a figure (team convention): `十二吋` → 12 吋.
# `第1季` (equipment move-in of the fab announced in 2018) → 2019-01..03, inferred; `明年中`/`後年初` are bare relative
# years → not dates; `第1家` ordinal. `約4成` → 40 %.
PUBLISHED = "2018-04-28"
PUBLISHED_INFERRED = False
TS = "台積電"
ARTICLES = [A("台積電斥資4千億元 擴大竹科研發基地", None)]
ZONES = []
ENTERPRISES = [E(TS, kind="short")]
YI = 100000000
def g(t, v, u, m, T=True, P=None, kind=None, s=TS, k="enterprise"): return F(t, v, u, kind=kind, S=s, K=k, M=m, P=P, T=T)
FIGURES = [
    g("4千億元", 4000*YI, "元", "投資"),
    g("135億美元", 135*YI, "美元", "投資"),
    g("約新台幣4000億元", 4000*YI, "元", "投資"),
    g("約30公頃", 30, "公頃", "研發基地面積"),
    g("135億美元", 135*YI, "美元", "投資"),
    g("約新台幣4000億元", 4000*YI, "元", "投資"),
    g("約4成", 40, "%", "營收占國內科學園區產值", T=False),
    g("約30公頃", 30, "公頃", "竹科研發擴大計畫面積", s="竹科研發擴大計畫", k="other"),
    g("5奈米", 5, "奈米", None, T=False, kind="measure"),
    g("約7000億元", 7000*YI, "元", "整體投資"),
    g("5奈米", 5, "奈米", None, T=False, kind="measure"),
    g("3奈米", 3, "奈米", None, T=False, kind="measure"),
    g("超過6000億元", 6000*YI, "元", "投資金額", P="2020"),
    g("超過1100萬片", 11000000, "片", "一年總產能", T=False, kind="count"),
    g("十二吋", 12, "吋", None, T=False, kind="measure"),
]
DATES = [
    D("2018 年 04 月 28 日", "2018-04-28"),
    D("第1季", "2019-01", "2019-03", inferred=True),
    D("2020年", "2020"),
]
