# daydaynews.cc (天天要闻, aggregator copy of a 羊城晚报 story, provincial paper), printed `2023年03月25日20:23:05`
# (clock no figure) with a view counter `1730` (furniture). The headline is stored again as a picture caption
# (`… - 天天要闻`): one title, its figures/dates counted at each occurrence (heldout9). The stored text breaks off in the
# paragraph on 南沙至珠海 railway: cut after the last complete paragraph.
# Zone 中山翠亨新区 (`…新区`, city kept), variants 翠亨新区 and bare `新区` (heldout8). Companies 中广核, 华润燃气,
# 江波龙 (short). `2023年的招商引资交流会` is a signing event's year → date (heldout9's 966), at each occurrence.
# `超过亿元` / `亿元以上项目` (no numeral) are no figures; `50亿元`/`10亿元` thresholds are. `十年` durations. `超过1/3`
# → ratio 0.333333 approx. `20分钟左右` → duration, target (将).
PUBLISHED = "2023-03-25"
PUBLISHED_INFERRED = False
CH = "中山翠亨新区"
ZK = dict(S=CH, K="zone")
D25 = "2023-03-25"
ARTICLES = [A("总投资超317亿元!中山翠亨新区举行2023年招商引资交流会", CH)]
ZONES = [Z(CH, [CH, "翠亨新区", "新区"])]
ENTERPRISES = [E("中广核", kind="short"), E("华润燃气", kind="short"), E("江波龙", kind="short")]
FIGURES = [
    F("超317亿元", 31700000000, "元", **ZK, M="签约项目总投资", P=D25),
    F("12个", 12, "个", **ZK, M="上台签约重点项目", P=D25),
    F("27个", 27, "个", **ZK, M="签约项目", P=D25),
    F("317.12亿元", 31712000000, "元", **ZK, M="总投资额", P=D25),
    F("50亿元", 5000000000, "元", **ZK, M="项目投资门槛", P=None),
    F("2个", 2, "个", **ZK, M="50亿元以上项目", P=D25),
    F("10亿元", 1000000000, "元", **ZK, M="项目投资门槛", P=None),
    F("8个", 8, "个", **ZK, M="10亿元以上项目", P=D25),
    F("21个", 21, "个", **ZK, M="亿元以上项目", P=D25),
    F("超317亿元", 31700000000, "元", **ZK, M="签约项目总投资", P=D25),
    F("超过1/3", 0.333333, "", kind="ratio", **ZK, M="来自深圳的上台签约重点项目占比", P=D25),
    F("超过30个", 30, "个", **ZK, M="深圳“基因”产业项目", P="2023-03"),
    F("20分钟左右", 20, "分钟", S="深中通道", K="other", M="深圳与中山车程", P=None, T=True),
]
DATES = [
    D("2023年", "2023"),
    D("2023年03月25日", D25),
    D("3月25日", D25, inferred=True),
    D("2023年", "2023"),
    D("2023年", "2023"),
    D("2023年", "2023"),
    D("2017年", "2017"),
]
EXCLUDE = ["20:23:05", "1730"]
