# cn.bg3.co (a Simplified-script aggregator copy of a Taiwan 工商時報 story), headline and photo caption kept. No print
# date; `109年度年终记者会` (ROC 109 = 2020) held on `29日` at year-end: published 2020 inferred; the two `29日` (caption
# and body) → 2020-12-29 (month from the year-end press conference, year and month inferred; NEW: a bare day resolved by
# a dated event named beside it). The stored text breaks off in the list of investors: cut after the last complete
# paragraph.
# No zones or companies left on the page (Taiwan 加工出口区/科技产业园区 are parks, heldout10). Figures: `超过8成` → 80 %
# (heldout10 `X成`); `约245亿美元` forecast (target; `亿美元` → 美元); `10亿元投资的厂商` a threshold with a numeral (a
# figure, heldout10); `三个突破`, `三进策略` small counts, `三读` no figure. `2020年第一季` → 2020-01..03.
PUBLISHED = "2020"
PUBLISHED_INFERRED = True
JG = dict(S="加工出口区", K="other")
Y = 100000000
ARTICLES = [A("不畏疫情 加工区今年贸易额可望再创历史新高", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("462亿元", 462*Y, "元", **JG, M="新增投资金额", P="2020"),
    F("332.99%", 332.99, "%", **JG, M="新增投资金额年增", P="2020", C=True),
    F("约245亿美元", 245*Y, "美元", **JG, M="区内厂商全年贸易总额", P="2020", T=True),
    F("243亿美元", 243*Y, "美元", **JG, M="区内厂商全年贸易总额", P="2018"),
    F("超过8成", 80, "%", **JG, M="科技产品厂商产值占加工区产值比重", P="2020"),
    F("超过3,000亿元", 3000*Y, "元", **JG, M="年营业额", P="2020"),
    F("10亿元", 10*Y, "元", **JG, M="新增投资门槛", P=None),
    F("9家", 9, "家", **JG, M="新增10亿元投资的厂商", P="2020"),
    F("超过462亿元", 462*Y, "元", **JG, M="全年新增投资金额", P="2020"),
    F("332.99%", 332.99, "%", **JG, M="新增投资金额成长", P="2020", C=True),
]
DATES = [
    D("29日", "2020-12-29", inferred=True),
    D("2018年", "2018"),
    D("29日", "2020-12-29", inferred=True),
    D("109年度", "2020"),
    D("2020年第一季", "2020-01", "2020-03"),
    D("2019年", "2019"),
]
EXCLUDE = ["COVIID-19"]
