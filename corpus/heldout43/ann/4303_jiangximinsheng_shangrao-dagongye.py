# jiangximinsheng.com (江西民生网, provincial portal) copy of 上饶市广播电视台, printed `2021-09-03 16:15` (clock no
# figure). Cut after the source line `来源: 上饶市广播电视台` (garbled second source line, QR-code widget, counter and
# copyright notice dropped). No zone is named (上铅快速通道 is a road, 铅山 a county). Companies: three registered names
# (瑞旭实业有限公司, 江西科美格新材料有限公司, 江西塔益莱高分子材料有限公司) and the short 华为, 格力.
# 瑞旭's area, investment and planned capacity carry no time (`今年以来` has no calendar value); the capacities are
# plans (规划). `1-7月` (2021, year from the printed date) is the period of the city's growth rates; `0.6个百分点`
# is a gap to the provincial average, no change; `四个月` is a small Chinese count. `千米` is set as a measure by hand.
PUBLISHED = "2021-09-03"
PUBLISHED_INFERRED = False
RX = dict(S="瑞旭实业有限公司", K="enterprise")
SR = dict(S="上饶市", K="other")
JUL = ("2021-01", "2021-07")
ARTICLES = [A("上饶:加速发展“大工业” 推动经济高质量跨越式发展", None)]
ZONES = []
ENTERPRISES = [E("瑞旭实业有限公司"), E("江西科美格新材料有限公司"), E("江西塔益莱高分子材料有限公司"),
               E("华为", kind="short"), E("格力", kind="short")]
FIGURES = [
    F("800亩", 800, "亩", **RX, M="总占地面积", P=None),
    F("30亿元", 3000000000, "元", **RX, M="总投资", P=None),
    F("20万吨", 200000, "吨", **RX, M="铝型材深、精加工规划年产能", P=None, T=True),
    F("15万千米", 150000, "千米", kind="measure", **RX, M="电缆线规划年产能", P=None, T=True),
    F("17.6%", 17.6, "%", **SR, M="规模以上工业增加值同比增长", P=JUL, C=True),
    F("0.6个百分点", 0.6, "个百分点", **SR, M="工业增加值增速高于全省平均水平", P=JUL),
    F("25.4%", 25.4, "%", **SR, M="有色金属产业增长", P=JUL, C=True),
]
DATES = [D("2021-09-03", "2021-09-03"), D("1-7月", "2021-01", "2021-07", inferred=True)]
EXCLUDE = ["16:15"]
