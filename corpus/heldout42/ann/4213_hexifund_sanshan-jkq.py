# hexifund.com (an investment company's site, news item) on 三山经济开发区 (芜湖): first-quarter signings and starts.
# `发布日期:2023-03-31 浏览次数:958` (counter) kept; cut after the last complete paragraph (the start paragraph broke off
# in `高质量发`, with its 13 projects and 世纪珑腾).
# Zone: 三山经济开发区 (its `三山经开区` fell in the cut tail). Companies heading project names (short): 宝锦, 安徽绿普, 芜湖珑腾 (headline).
# Capacities inside project names are no figures (`年产1万吨汽车轻量化材料项目`, `100兆瓦光伏电站项目`,
# `年产3万吨分布式秸秆制糖项目`). `2023年第一季度` inside the event's name (`…2023年第一季度招商项目集中签约和集中开工
# 活动`, headline and first paragraph) is no date; the signed projects' `2023年第一季度` is (count note gold 1 / page 3).
# Signing figures are levels at the signing day `3月30日`; a project's investment is its company's where one heads it.
PUBLISHED = "2023-03-31"
PUBLISHED_INFERRED = False
SS = "三山经济开发区"
ZK = dict(S=SS, K="zone")
DAY = "2023-03-30"
ARTICLES = [A("三山经济开发区2023年第一季度招商项目集中开工暨芜湖珑腾智算互联网产业园项目开工活动隆重举行", SS)]
ZONES = [Z(SS, [SS])]
ENTERPRISES = [E("芜湖珑腾", kind="short"), E("宝锦", kind="short"), E("安徽绿普", kind="short")]
FIGURES = [
    F("22个", 22, "个", **ZK, M="集中签约重点项目", P=DAY),
    F("120.8亿元", 12080000000, "元", **ZK, M="签约项目总投资", P=DAY),
    F("85亿元", 8500000000, "元", S="宝锦", K="enterprise", M="新能源汽车轻量化产业基地项目投资", P=DAY),
    F("5.5亿元", 550000000, "元", **ZK, M="汽车轻量化材料项目总投资", P=DAY),
    F("5亿元", 500000000, "元", **ZK, M="光伏电站项目总投资", P=DAY),
    F("1亿元", 100000000, "元", S="安徽绿普", K="enterprise", M="秸秆制糖项目投资", P=DAY),
]
DATES = [D("2023-03-31", "2023-03-31"), D("3月30日", DAY, inferred=True), D("2023年第一季度", "2023-01", "2023-03")]
EXCLUDE = ["958", "年产1万吨汽车轻量化材料项目", "100兆瓦光伏电站项目", "年产3万吨分布式秸秆制糖项目", "2023年第一季度招商项目"]
