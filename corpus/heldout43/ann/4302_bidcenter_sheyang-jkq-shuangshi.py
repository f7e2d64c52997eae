# m.bidcenter.com.cn (tender portal's news column), no printed date; the headline is stored twice (one title).
# Cut after the last article paragraph (tag line, `0人觉得有用` and menu widgets dropped).
# Year: `2023年园区规上工业开票有望跃上300亿元` is a forecast for the current year, so the 2月4日 event is 2023
# (published inferred 2023-02). Zone: 射阳经济开发区, stored as `江苏射阳经济开发区` and `射阳经开区` (primary).
# Company: 比亚迪 heading a project name (short). `百亿级` is a size class, `四个`/`三个`/`四大` small Chinese counts.
# The signing figures take the event day; `300亿元` is the zone's 2023 target (有望).
PUBLISHED = "2023-02"
PUBLISHED_INFERRED = True
SY = "射阳经开区"
ZK = dict(S=SY, K="zone")
DAY = "2023-02-04"
ARTICLES = [A("“双十”项目集中签约开工江苏射阳经济开发区吹响奋进冲锋号角", SY)]
ZONES = [Z(SY, ["江苏射阳经济开发区", "射阳经开区"])]
ENTERPRISES = [E("比亚迪", kind="short")]
FIGURES = [
    F("13个", 13, "个", **ZK, M="集中签约产业链项目", P=DAY),
    F("10个", 10, "个", **ZK, M="开工重点项目", P=DAY),
    F("96.7亿元", 9670000000, "元", **ZK, M="总投资", P=DAY),
    F("300亿元", 30000000000, "元", **ZK, M="规上工业开票", P="2023", T=True),
]
DATES = [D("2月4日", "2023-02-04", inferred=True), D("2023年", "2023")]
EXCLUDE = []
