# news.524400.com (廉江 local portal, item of 廉江市广播电视台), printed `时间:2004-06-17` with empty 来源/作者/点击
# fields. Cut after the closing `来源:廉江市广播电视台` (a comment widget followed). Zone: 九洲江经济开发试验区, a
# provincial-rank 经济开发试验区 the page also calls `开发区` (`我市开发区`, `开发区始终坚持…`) → counted, bare
# `开发区` as variant; 民营工业园/民营家电基地 are parks inside it. `"粤海"牌`, `“威王”牌` are brands, 锦华学校 a school,
# 湛江日报社 media: no enterprises. `2。5亿元` (full-width stop for the decimal point, as stored) → 2.5亿元.
# `本月12日` → 2004-06-12 (year and month from the page's date). Founding/approval years are dates.
PUBLISHED = "2004-06-17"
PUBLISHED_INFERRED = False
JZ = "九洲江经济开发试验区"
Zd = dict(S=JZ, K="zone")
ARTICLES = [A("湛江日报社编辑记者到我市开发区采风", JZ)]
ZONES = [Z(JZ, [JZ, "开发区"])]
ENTERPRISES = []
FIGURES = [
    F("3000多亩", 3000, "亩", **Zd, M="已开发面积", P="2004-06"),
    F("63个", 63, "个", **Zd, M="引进项目", P="2004-06"),
    F("2。5亿元", 250000000, "元", **Zd, M="工业总产值", P="2003"),
    F("10000亩", 10000, "亩", S="民营家电基地", K="other", M="规划面积", P=None),
    F("6家", 6, "家", S="民营家电基地", K="other", M="建成投产企业", P="2004-06"),
]
DATES = [
    D("2004-06-17", "2004-06-17"),
    D("本月12日", "2004-06-12", inferred=True),
    D("1992年", "1992"),
    D("1996年", "1996"),
    D("2003年", "2003"),
    D("2003年", "2003"),
]
EXCLUDE = []
