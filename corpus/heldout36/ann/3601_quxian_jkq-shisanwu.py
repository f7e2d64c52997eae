# quxian.gov.cn (渠县 county government site, 招商投资 > 园区信息 channel), a zone administration's report; crumbs
# and the date line before the body kept. The stored text breaks off inside section 二 (`…2011年的升`): cut after
# section 一's paragraph. Title: the report's headline without its document-kind label `专报--` (a column tag, as
# heldout16 drops `【全球新要闻】`). Zone: 渠县经济开发区 = 渠县经开区 (provincial 经开区, primary), bare `经开区` a variant;
# `省级经开区` is no name. No company. `3+2` (slogan), `三期` (ordinal), `五年` (duration in 年) and `十三五` are no
# figures or dates. Each of the five yearly growth rates is its own figure, period its year 2016…2020 in order;
# `12.19%` stands twice (list and 2020 sentence). `30%左右` covers 2017 and 2019 together: period null.
# `5.6%` is the county's (全县工业增加值增速), subject 渠县. Stocks `现已…` take the report's month.
PUBLISHED = "2021-03-03"
PUBLISHED_INFERRED = False
ZQ = "渠县经开区"
ZK = dict(S=ZQ, K="zone")
NOW = "2021-03"
ARTICLES = [A("渠县经开区十三五期间经济运行分析", ZQ)]
ZONES = [Z(ZQ, ["渠县经开区", "渠县经济开发区", "经开区"])]
ENTERPRISES = []
FIGURES = [
    F("2.35平方公里", 2.35, "平方公里", **ZK, M="建成面积", P=NOW),
    F("101家", 101, "家", **ZK, M="园区企业", P=NOW),
    F("66家", 66, "家", **ZK, M="投产企业", P=NOW),
    F("27家", 27, "家", **ZK, M="在建企业", P=NOW),
    F("8家", 8, "家", **ZK, M="停产企业", P=NOW),
    F("60家", 60, "家", **ZK, M="规上工业企业", P=NOW),
    F("68.23亿元", 6823000000, "元", **ZK, M="工业总产值", P="2016"),
    F("146.75亿元", 14675000000, "元", **ZK, M="工业总产值", P="2020"),
    F("66.58亿元", 6658000000, "元", **ZK, M="主营业务收入", P="2016"),
    F("145.86亿元", 14586000000, "元", **ZK, M="主营业务收入", P="2020"),
    F("2.15倍", 2.15, "倍", **ZK, M="工业总产值增长", P=("2016", "2020"), C=True),
    F("21.95%", 21.95, "%", **ZK, M="总产值增速", P="2016", C=True),
    F("30.81%", 30.81, "%", **ZK, M="总产值增速", P="2017", C=True),
    F("14.93%", 14.93, "%", **ZK, M="总产值增速", P="2018", C=True),
    F("29.71%", 29.71, "%", **ZK, M="总产值增速", P="2019", C=True),
    F("12.19%", 12.19, "%", **ZK, M="总产值增速", P="2020", C=True),
    F("30%左右", 30, "%", **ZK, M="同比增长", P=None, C=True),
    F("12.19%", 12.19, "%", **ZK, M="同比增长", P="2020", C=True),
    F("5.6%", 5.6, "%", S="渠县", K="other", M="全县工业增加值增速", P="2020", C=True),
]
DATES = [D("2021-03-03", "2021-03-03"), D("2007年6月", "2007-06"), D("2019年1月", "2019-01"),
         D("2016年至2020年", "2016", "2020"), D("2017年", "2017"), D("2019年", "2019"), D("2020年", "2020")]
EXCLUDE = ["3+2"]
