# ua-lc.com (content farm), a synonym-spun copy of a 极目新闻 (湖北 provincial media) story: `项目` → `阵势`,
# `人人` → `东谈主东谈主`, `移动` → `迁徙`, `明年` → `来岁` … kept as stored. Printed `发布日期:2024-12-06 23:45`
# (clock) and the counter `点击次数:76` (no figures). Whole as returned; the app-download line after the source line
# was cut (widget). Title = the spun headline as printed.
# Zone 襄阳高新区 (bare `高新区` variant). Companies heading project names (heldout7/10): 东风锻造 (`东风锻造新厂`),
# 东风轻型商用车 (short). `襄阳迁徙云计算中心`/`襄阳智算中心` are facilities, 极目新闻 media.
# `百亿以上` (no numeral) no figure; thresholds `50亿元`/`10亿元` and the range `1亿元-10亿元` are figures (heldout10).
# `2024年` (the press conference of the 2024 campaign, heldout10's ceremony year) and `1-10月` (→ 2024-01..10) are
# dates; `本年以来`, `来岁` (next year) bare no dates. `133个`/`875.62亿元`/`264.2亿元` are 2025 plans (target).
PUBLISHED = "2024-12-06"
PUBLISHED_INFERRED = False
XY = "襄阳高新区"
ZK = dict(S=XY, K="zone")
M10 = ("2024-01", "2024-10")
Y = 100000000
ARTICLES = [A("东谈主东谈主都是招商主体,襄阳高新区引发招商引资倾盆活力", XY)]
ZONES = [Z(XY, [XY, "高新区"])]
ENTERPRISES = [E("东风锻造", kind="short"), E("东风轻型商用车", kind="short")]
FIGURES = [
    F("15个", 15, "个", **ZK, M="重点技改升级项目", P="2024-12"),
    F("65亿元", 65*Y, "元", S="襄阳智算中心及数字经济产业园", K="other", M="总投资", P=None),
    F("132个", 132, "个", **ZK, M="招商引资签约项目", P=M10),
    F("1个", 1, "个", **ZK, M="引进百亿以上项目", P=M10),
    F("50亿元", 50*Y, "元", **ZK, M="项目投资门槛", P=None),
    F("7个", 7, "个", **ZK, M="50亿元以上项目", P=M10),
    F("10亿元", 10*Y, "元", **ZK, M="项目投资门槛", P=None),
    F("16个", 16, "个", **ZK, M="10亿元以上项目", P=M10),
    F("1亿元-10亿元", 1*Y, "元", vmax=10*Y, **ZK, M="项目投资区间", P=None),
    F("104个", 104, "个", **ZK, M="1亿元-10亿元项目", P=M10),
    F("1064.2亿元", 1064.2*Y, "元", **ZK, M="累计签约招商引资合同投资额", P=M10),
    F("133个", 133, "个", **ZK, M="亿元以上重大项目", P="2025", T=True),
    F("875.62亿元", 875.62*Y, "元", **ZK, M="总投资", P="2025", T=True),
    F("264.2亿元", 264.2*Y, "元", **ZK, M="计划投资", P="2025", T=True),
    F("38个", 38, "个", **ZK, M="重点在建项目", P="2024-12"),
]
DATES = [
    D("2024-12-06", "2024-12-06"),
    D("12月6日", "2024-12-06", inferred=True),
    D("2024年", "2024"),
    D("1-10月", M10[0], M10[1], inferred=True),
]
EXCLUDE = ["23:45", "点击次数:76"]
