# epaper.ssxww.com.cn (a local news portal reposting a 科技日报 story, national paper), nav line kept, printed
# `2022-05-06 14:44:35` (clock no figure). The stored text breaks off in the paragraph `据介绍,百个项目…`: cut after the
# last complete paragraph.
# Zone 无锡高新区 (province prefix dropped as heldout8; `江苏无锡高新区` and bare `高新区` variants). Not zones:
# 苏南国家自主创新示范区 (a regional designation, heldout9's 杭绍甬一体化示范区), 太湖湾科创城 (科创城, heldout7's 科学城),
# 新吴区 (district). No company. Slogans `百企百亿`, `百渠工程`, `一号工程` no figures; `超亿元` (no numeral) and
# `超半数` no figures; thresholds with numerals (`超5000万元`, `超5亿元`, `超10亿元`) are figures.
PUBLISHED = "2022-05-06"
PUBLISHED_INFERRED = False
WX = "无锡高新区"
ZK = dict(S=WX, K="zone")
P = "2022-05"
ARTICLES = [A("107.05亿元!江苏无锡高新区10个重大科技项目集中签约", WX)]
ZONES = [Z(WX, ["江苏无锡高新区", WX, "高新区"])]
ENTERPRISES = []
FIGURES = [
    F("107.05亿元", 10705000000, "元", **ZK, M="签约项目累计投资额", P=P),
    F("10个", 10, "个", **ZK, M="线上现场签约项目", P=P),
    F("10个", 10, "个", **ZK, M="线上现场签约项目", P=P),
    F("90个", 90, "个", **ZK, M="云签约项目", P=P),
    F("107.05亿元", 10705000000, "元", **ZK, M="项目累计投资额", P=P),
    F("12个", 12, "个", **ZK, M="特色产业", P=None),
    F("12个", 12, "个", **ZK, M="招商中心", P=None),
    F("100个", 100, "个", **ZK, M="签约项目", P=P),
    F("超5000万元", 50000000, "元", **ZK, M="项目投资门槛", P=None),
    F("51个", 51, "个", **ZK, M="投资超5000万元项目", P=P),
    F("31个", 31, "个", **ZK, M="超亿元项目", P=P),
    F("超5亿元", 500000000, "元", **ZK, M="项目投资门槛", P=None),
    F("4个", 4, "个", **ZK, M="超5亿元项目", P=P),
    F("超10亿元", 1000000000, "元", **ZK, M="项目投资门槛", P=None),
    F("2个", 2, "个", **ZK, M="超10亿元项目", P=P),
    F("74个", 74, "个", **ZK, M="地标产业项目", P=P),
    F("15个", 15, "个", **ZK, M="未来产业项目", P=P),
    F("21个", 21, "个", S="北上广深一线城市", K="other", M="签约项目", P=P),
    F("22.5亿元", 2250000000, "元", S="北上广深一线城市", K="other", M="投资额", P=P),
]
DATES = [D("2022-05-06", "2022-05-06")]
EXCLUDE = ["14:44:35"]
