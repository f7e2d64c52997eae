# news.shi-fen.com (news aggregator, `国内新闻`) repost of a paper item (`本报讯`, the paper unnamed) on the listing of
# 苏州工业园区's developer; crumb, headline and a `原标题:` line repeating it (one title) kept; the `相关阅读` teaser after
# the last paragraph cut. The page prints no date: published inferred from the URL path (`201912`), since the text
# dates nothing later than `2018年`; both dated mentions (`2006年`, `2018年`) carry their year.
# Zone: 苏州工业园区 (city-rank 工业园区, GUIDE's example; primary), three times, once inside the company's name.
# `国家级经开区` is generic; 苏通科技产业园, 苏滁现代产业园, 苏银产业园, 斜塘 are parks and places, no zones.
# Enterprise: 中新苏州工业园区开发集团股份有限公司 (registered) with its stock short name `中新集团` (`股票简称`,
# variant; also `集团`). 上海证券交易所 (the exchange) and the anonymous `新加坡园区开发运营企业` get no entry.
# Figures: `50平方公里`, `36平方公里` (areas of the parks it develops). `A股`, `一带一路`, `二线` are no figures.
PUBLISHED = "2019-12"
PUBLISHED_INFERRED = True
SZ = "苏州工业园区"
ARTICLES = [A("中新集团登陆A股", SZ)]
ZONES = [Z(SZ, [SZ])]
ENTERPRISES = [E("中新苏州工业园区开发集团股份有限公司", ["中新集团"])]
FIGURES = [
    F("50平方公里", 50, "平方公里", S="苏通科技产业园", K="other", M="面积", P=None),
    F("36平方公里", 36, "平方公里", S="苏滁现代产业园", K="other", M="面积", P=None),
]
DATES = [D("2006年", "2006"), D("2018年", "2018")]
EXCLUDE = []
