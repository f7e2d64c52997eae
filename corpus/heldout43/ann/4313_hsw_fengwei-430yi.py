# news.hsw.cn (华商网, Xi'an portal); a photo caption stored before the headline (not a title; `第5位` in it a
# position, no figure); the trailing `|` cut. No printed date: 4月6日 → 2011 from the URL path (2011/04/06) and the
# text (`今年年初` the zone was named in an award for 2010). Zones (…新区): 西咸新区 (primary: the ceremony, totals and
# plans are its), 沣渭新区 (stored also as `西安沣渭新区`), 泾渭新区; `关中——天水经济区` is an economic region. No
# company is named. The award `2010年中国最具海外影响力的明星区` is a name (no date); `第十五届` an ordinal; the
# slogan's `三年/五年/十年` no figures. Signing figures take the ceremony's day; `本届西洽会` totals its month;
# `总投资预计达` is a target.
PUBLISHED = "2011-04-06"
PUBLISHED_INFERRED = True
XX = "西咸新区"
FW = "沣渭新区"
JW = "泾渭新区"
DAY = "2011-04-06"
ARTICLES = [A("西安沣渭新区一举签下四大项目 引进投资总额430亿元", XX)]
ZONES = [Z(XX, [XX]), Z(FW, ["西安沣渭新区", FW]), Z(JW, [JW])]
ENTERPRISES = []
FIGURES = [
    F("430亿元", 43000000000, "元", S=FW, K="zone", M="引进投资总额", P=DAY),
    F("8个", 8, "个", S=XX, K="zone", M="首日集中签约重大项目", P=DAY),
    F("765.5亿元", 76550000000, "元", S=XX, K="zone", M="引进投资总额", P=DAY),
    F("26个", 26, "个", S=XX, K="zone", M="总签约意向项目", P="2011-04"),
    F("2986亿元", 298600000000, "元", S=XX, K="zone", M="签约意向项目总投资", P="2011-04", T=True),
    F("8个", 8, "个", S=XX, K="zone", M="签约项目", P=DAY),
    F("4个", 4, "个", S=FW, K="zone", M="签约项目", P=DAY),
    F("430亿元", 43000000000, "元", S=FW, K="zone", M="签约项目总投资", P=DAY),
    F("4个", 4, "个", S=JW, K="zone", M="签约项目", P=DAY),
    F("335.5亿元", 33550000000, "元", S=JW, K="zone", M="签约项目总投资", P=DAY),
]
DATES = [D("4月6日", "2011-04-06", inferred=True)]
EXCLUDE = ["第5位", "2010年中国最具海外影响力的明星区"]
