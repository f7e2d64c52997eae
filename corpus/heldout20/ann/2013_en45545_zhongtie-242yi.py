# en45545.net (rail fire-test lab's site, `新闻中心`) repost of a financial-news item on 中国中铁's bid wins; menu lines,
# crumbs and the `发布时间:2014-11-19 浏览次数:977` line kept (published, printed; counter no figure); the page is
# whole as returned. Companies (short): 中国中铁 (listed), 银河证券 (broker). No zone (佛山西站 is a station).
# Dates: `11月18日` → 2014-11-18 (inferred); `2013年` twice; `前三季度` three times → 2014-01..09 (inferred);
# `四季度以来` → 2014-10..12 (inferred, as `2020年以来` keeps its calendar value); `2014年三季度期末` → 2014-09.
# Figures: the headline's rounded `242亿元` counts; `约人民币241.83亿元` keeps its currency word in the text;
# `两个板块` no figure. Facts: all 中国中铁's own; the share of 2013 revenue has period 2013.
PUBLISHED = "2014-11-19"
PUBLISHED_INFERRED = False
ZT = dict(S="中国中铁", K="enterprise")
Q = ("2014-01", "2014-09")
ARTICLES = [A("中国中铁中标242亿元工程", None)]
ZONES = []
ENTERPRISES = [E("中国中铁", kind="short"), E("银河证券", kind="short")]
FIGURES = [
    F("242亿元", 24200000000, "元", **ZT, M="中标工程", P="2014-11-18"),
    F("约人民币241.83亿元", 24183000000, "元", **ZT, M="中标价合计", P="2014-11-18"),
    F("4.33%", 4.33, "%", **ZT, M="中标价占营业收入", P="2013"),
    F("人民币9.56亿元", 956000000, "元", **ZT, M="广州交通枢纽佛山西站及相关工程中标金额", P="2014-11-18"),
    F("33个月", 33, "个月", **ZT, M="合同工期"),
    F("4316.68亿元", 431668000000, "元", **ZT, M="总收入", P=Q),
    F("12.4%", 12.4, "%", **ZT, M="总收入同比增长", P=Q, C=True),
    F("70.74亿元", 7074000000, "元", **ZT, M="归属上市公司股东净利润", P=Q),
    F("12.7%", 12.7, "%", **ZT, M="净利润同比增长", P=Q, C=True),
    F("12%", 12, "%", **ZT, M="基建业务新订单增长", P=Q, C=True),
    F("16%", 16, "%", **ZT, M="铁路业务增速", P=Q, C=True),
    F("28%", 28, "%", **ZT, M="房地产预售同比下降", P=Q, C=True),
    F("18476.6亿元", 1847660000000, "元", **ZT, M="未完成合同额", P="2014-09"),
    F("3.3倍", 3.3, "倍", **ZT, M="未完成合同额是2013年营业收入的倍数", P="2014-09"),
]
DATES = [D("2014-11-19", "2014-11-19"), D("11月18日", "2014-11-18", inferred=True), D("2013年", "2013"),
         D("前三季度", "2014-01", "2014-09", inferred=True), D("四季度", "2014-10", "2014-12", inferred=True),
         D("前三季度", "2014-01", "2014-09", inferred=True), D("前三季度", "2014-01", "2014-09", inferred=True),
         D("2014年三季度期末", "2014-09"), D("2013年", "2013")]
EXCLUDE = ["浏览次数:977"]
