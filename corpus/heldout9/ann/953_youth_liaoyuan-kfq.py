# news.youth.cn (中国青年网, national youth-paper site) repost of 吉林日报 (provincial paper), printed `发稿时间:2017-09-01
# 08:47:33` (clock no figure). The stored text runs on into a paragraph broken off mid-figure (`地区生产总值完成53`): cut
# after the last complete paragraph. Navigation bar and crumb kept. Title printed with ASCII quotes. Zone: 辽源经济开发区
# (a provincial `…开发区`, GUIDE counts `…开发区`), canonical as printed; `省级经济开发区` is a generic phrase, not a
# variant. `十三五` (plan period), `四大主导产业` (small Chinese count), `十几年` (vague), `前五名` (rank) are no figures.
PUBLISHED = "2017-09-01"
PUBLISHED_INFERRED = False
LY = "辽源经济开发区"
ARTICLES = [A("\"洼地效应\"绽放异样精彩", LY)]
ZONES = [Z(LY, [LY])]
ENTERPRISES = []
FIGURES = [
    F("3.7公里", 3.7, "公里", S="财富大路", K="other", M="长度", P=None),
    F("10户", 10, "户", S=LY, K="zone", M="上市企业", P=None),
]
DATES = [
    D("2017-09-01", "2017-09-01"),
    D("2001年12月", "2001-12"),
]
EXCLUDE = ["08:47:33"]
