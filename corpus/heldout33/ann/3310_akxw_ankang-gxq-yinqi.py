# akxw.cn (安康新闻网, a city news portal): contact lines (`联系电话:0915-3356512`, `投稿邮箱`) and crumbs
# `> 新闻 > 安康 > 部门` before the headline, `2014-05-04  来源:本站原创` after it, the site's anti-copy tag
# `4AX安康新闻网` glued to paragraph ends and repeated on its own lines, `(责编:李璞)` closing; whole as returned.
# Printed date → published 2014-05-04; `4月28日` takes 2014 (inferred). The phone number and the `4AX` tag are
# no figures (EXCLUDE).
# Zone: 安康高新区 (`高新区` alone in the headline and body, `安康高新区`); primary. `生态产城融合新区`, `科技新城` are
# descriptions, no names. No company is named (银行/企业 generic).
# Figures: the headline's `11.08亿` prints no unit → "" (its body twin `11.08亿元`). Facts: subject the zone; the
# meeting's day for the signing; `2009年…以来` growth → 2009..2014; `2013年` results; `2020年预期` targets (T).
PUBLISHED = "2014-05-04"
PUBLISHED_INFERRED = False
AK = "安康高新区"
ZK = dict(S=AK, K="zone")
D28 = "2014-04-28"
ARTICLES = [A("高新区政银企座谈会签约贷款意向11.08亿", AK)]
ZONES = [Z(AK, ["高新区", "安康高新区"])]
ENTERPRISES = []
FIGURES = [
    F("11.08亿", 1108000000, "", **ZK, M="签约贷款意向", P=D28),
    F("14个", 14, "个", **ZK, M="达成协议项目", P=D28),
    F("11.08亿元", 1108000000, "元", **ZK, M="贷款意向", P=D28),
    F("35%以上", 35, "%", **ZK, M="经济增长率", P=("2009", "2014"), C=True),
    F("17.36亿元", 1736000000, "元", **ZK, M="生产总值", P="2013"),
    F("42.85亿元", 4285000000, "元", **ZK, M="工业总产值", P="2013"),
    F("35.35亿元", 3535000000, "元", **ZK, M="固定资产投资", P="2013"),
    F("3.8亿元", 380000000, "元", **ZK, M="财政收入", P="2013"),
    F("500亿元", 50000000000, "元", **ZK, M="生产总值", P="2020", T=True),
    F("1000亿元", 100000000000, "元", **ZK, M="工业总产值", P="2020", T=True),
    F("80亿元", 8000000000, "元", **ZK, M="财政收入", P="2020", T=True),
    F("30%以上", 30, "%", **ZK, M="经济增长率", P="2020", C=True, T=True),
    F("24万人", 240000, "人", **ZK, M="聚集人口", P="2020", T=True),
]
DATES = [D("2014-05-04", "2014-05-04"), D("4月28日", D28, inferred=True), D("2009年", "2009"), D("2013年", "2013"),
         D("2020年", "2020")]
EXCLUDE = ["0915-3356512", "4AX"]
