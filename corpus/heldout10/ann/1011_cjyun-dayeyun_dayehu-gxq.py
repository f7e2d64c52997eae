# m-dayeyun.cjyun.org (云上大冶, county-level city media cloud), `©原创   12-27 15:14` (clock no figure); the year
# comes from the headline (`2023年12月份`): published 2023-12-27 inferred; `12-27` is a dated mention (month/day,
# heldout9's `11/02`), year inferred. Editor lines and the submission e-mail kept; the `相关阅读` teaser cut.
# Zone 大冶湖高新区 (bare `高新区` a variant). A ceremony's month and quarter are dates (`2023年12月份`, `四季度`, at each
# occurrence; heldout7/8); `1—11月` → 2023-01..11 (year inferred). Companies heading project names are short
# entries (轰天炮, 蓝图; heldout7). `两个批次` small Chinese count. Ceremony counts take its day (12月27日) as period.
PUBLISHED = "2023-12-27"
PUBLISHED_INFERRED = True
DY = "大冶湖高新区"
ZK = dict(S=DY, K="zone")
D27 = "2023-12-27"
ARTICLES = [A("我市2023年12月份暨大冶湖高新区四季度招商引资项目集中签约仪式举行", DY)]
ZONES = [Z(DY, [DY, "高新区"])]
ENTERPRISES = [E("轰天炮", kind="short"), E("蓝图", kind="short")]
FIGURES = [
    F("23个", 23, "个", **ZK, M="现场签约项目", P=D27),
    F("72亿元", 7200000000, "元", **ZK, M="总投资", P=D27),
    F("12个", 12, "个", **ZK, M="上台集中签约项目", P=D27),
]
Q4 = ("2023-10", "2023-12")
DATES = [
    D("2023年12月份", "2023-12"),
    D("四季度", Q4[0], Q4[1], inferred=True),
    D("12-27", D27, inferred=True),
    D("12月27日", D27, inferred=True),
    D("2023年12月份", "2023-12"),
    D("四季度", Q4[0], Q4[1], inferred=True),
    D("1—11月", "2023-01", "2023-11", inferred=True),
]
EXCLUDE = ["15:14"]
