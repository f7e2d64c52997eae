# epaper.hljnews.cn (黑龙江日报 e-paper page item); kicker line `龙江县`, main headline, byline. The stored text broke
# off in the 龙江景西机械 paragraph; cut after the last complete paragraph (that company falls in the cut tail).
# The page prints no date: published `2021-01-03` is the e-paper path's issue date (inferred; the text's `进入冬季`
# after `2020年前三个季度` agrees); every dated mention carries its year. Title: the main headline, not the kicker.
# No zone (a county) → primary null. Companies: 中粮集团 (group; heads `龙江县中粮集团大型玉米深加工项目`),
# 中粮生化能源(龙江)有限公司 (registered; `中粮公司` in the same paragraph is its short form → variant),
# 飞鹤(龙江)乳品有限公司 (registered). Ranks (`第二名`, `第一名`, `第三`) no figures; the quoted `8.7%` counts again.
# `现在` resolves to the issue month; the dairy's daily figures state no time (null).
PUBLISHED = "2021-01-03"
PUBLISHED_INFERRED = True
LJ = dict(S="龙江县", K="other")
ZL = "中粮生化能源(龙江)有限公司"
FH = "飞鹤(龙江)乳品有限公司"
Q = ("2020-01", "2020-09")
ARTICLES = [A("规上企业增加值全部正增长", None)]
ZONES = []
ENTERPRISES = [E("中粮集团", kind="group"), E(ZL, ["中粮公司"]), E(FH)]
FIGURES = [
    F("22亿元", 2200000000, "元", S="中粮集团", K="enterprise", M="玉米深加工项目总投资"),
    F("80万吨", 800000, "吨", S=ZL, K="enterprise", M="年加工净化玉米", P="2021-01"),
    F("8.7%", 8.7, "%", **LJ, M="GDP同比增长", P=Q, C=True),
    F("23.9%", 23.9, "%", **LJ, M="地方税收收入增幅", P=Q, C=True),
    F("20个", 20, "个", **LJ, M="规上工业企业", P=Q),
    F("100%", 100, "%", **LJ, M="增加值增长面", P=Q),
    F("8.7%", 8.7, "%", **LJ, M="GDP同比增长", P=Q, C=True),
    F("240吨", 240, "吨", S=FH, K="enterprise", M="日均收鲜奶"),
    F("超90吨", 90, "吨", S=FH, K="enterprise", M="日均包装量"),
    F("2.3万吨", 23000, "吨", S=FH, K="enterprise", M="生产婴幼儿粉", P=Q),
    F("8.2%", 8.2, "%", S=FH, K="enterprise", M="婴幼儿粉产量同比增长", P=Q, C=True),
]
DATES = [D("2020年前三个季度", "2020-01", "2020-09"), D("2020年1-9月", "2020-01", "2020-09")]
EXCLUDE = []
