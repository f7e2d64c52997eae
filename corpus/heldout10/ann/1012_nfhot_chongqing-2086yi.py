# m.chuanshu.nfhot.net (aggregator copy of a 新华网 / 新华社 wire), printed `新华网   2023-04-06 15:21:57` (clock no
# figure), `(资料图片)` kept. Whole as returned. No zone (重庆市, 九龙坡区 are places), no company.
# `重庆市2023年招商引资一季度集中签约活动`: a signing event's year and quarter are dates (heldout7/9); `6日` → 2023-04-06.
# Size classes `100亿元级`, `50亿元级`, `30亿元级`, `10亿元级` are no figures (heldout7); their project counts are.
# `10亿元以上` threshold is a figure.
PUBLISHED = "2023-04-06"
PUBLISHED_INFERRED = False
CQ = "重庆市"
OK = dict(S=CQ, K="other")
D6 = "2023-04-06"
ARTICLES = [A("重庆集中签约超2000亿元重大招商项目", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("超2000亿元", 200000000000, "元", **OK, M="集中签约重大招商项目", P=D6),
    F("70个", 70, "个", **OK, M="集中签约重大招商项目", P=D6),
    F("2086.7亿元", 208670000000, "元", **OK, M="正式合同投资额", P=D6),
    F("10亿元", 1000000000, "元", **OK, M="项目投资门槛", P=None),
    F("55个", 55, "个", **OK, M="10亿元以上项目", P=D6),
    F("78.6%", 78.6, "%", **OK, M="10亿元以上项目占比", P=D6),
    F("5个", 5, "个", **OK, M="100亿元级项目", P=D6),
    F("10个", 10, "个", **OK, M="50亿元级项目", P=D6),
    F("10个", 10, "个", **OK, M="30亿元级项目", P=D6),
    F("30个", 30, "个", **OK, M="10亿元级项目", P=D6),
    F("49个", 49, "个", **OK, M="工业项目", P=D6),
    F("1768.5亿元", 176850000000, "元", **OK, M="工业项目正式合同投资额", P=D6),
    F("70.0%", 70, "%", **OK, M="工业项目数量占比", P=D6),
    F("84.8%", 84.8, "%", **OK, M="工业项目投资额占比", P=D6),
]
DATES = [
    D("2023-04-06", D6),
    D("4月6日", D6, inferred=True),
    D("2023年", "2023"),
    D("一季度", "2023-01", "2023-03", inferred=True),
    D("6日", D6, inferred=True),
]
EXCLUDE = ["15:21:57", "100亿元级", "50亿元级", "30亿元级", "10亿元级"]
