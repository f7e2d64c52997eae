# jiayuan5.cn (甘肃家园网, provincial portal) copy of 兰州晨报, printed `发布日期::2017-07-03` (counter `1259` no
# figure). The summary is stored twice (摘要 and lead): each occurrence counts. The returned text breaks off inside
# the quote after the subheading `重量级大企业纷纷落户兰州`; cut after the last complete paragraph, before that
# subheading. Zone: 兰州新区 (twice, not primary: the story is about the city). Company: 兰州凯博药业股份有限公司
# (registered; `该项目是…高新技术企业` refers to it). Not figures: `500强` (list name), `第23届` (ordinal).
# `过去的五年` → 2012–2017 (relative to the July 2017 date); the project's market share is a target (将), its area
# and investment carry no time.
PUBLISHED = "2017-07-03"
PUBLISHED_INFERRED = False
LZ = dict(S="兰州市", K="other")
KB = dict(S="兰州凯博药业股份有限公司", K="enterprise")
FIVE = ("2012", "2017")
ARTICLES = [A("兰州市招商引资五年 到位资金达7300多亿元", None)]
ZONES = [Z("兰州新区", ["兰州新区"])]
ENTERPRISES = [E("兰州凯博药业股份有限公司")]
FIGURES = [
    F("7300多亿元", 730000000000, "元", **LZ, M="招商引资累计到位资金", P=FIVE),
    F("7300多亿元", 730000000000, "元", **LZ, M="招商引资累计到位资金", P=FIVE),
    F("56家", 56, "家", **LZ, M="引进500强企业", P=FIVE),
    F("7300多亿元", 730000000000, "元", **LZ, M="招商引资累计到位资金", P=FIVE),
    F("56家", 56, "家", **LZ, M="引进500强企业", P=FIVE),
    F("超过50%", 50, "%", **KB, M="人工合成胸腺五肽原料药全国市场占有率", P=None, T=True),
    F("近300亩", 300, "亩", **KB, M="项目总占地面积", P=None),
    F("13亿元", 1300000000, "元", **KB, M="项目总投资", P=None),
]
DATES = [D("2017-07-03", "2017-07-03")]
EXCLUDE = ["1259", "500强", "第23届"]
