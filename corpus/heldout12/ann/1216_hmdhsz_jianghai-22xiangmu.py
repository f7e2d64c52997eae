# hmdhsz.com (copy of a 江门台 TV item), a spam phrase injected into the headline (`总投资4专业修脚店加盟前十名6.23亿元`,
# i.e. `总投资46.23亿元` broken by an ad): the title is kept as printed (it stands on the page), the broken amount is no
# figure (excluded; the body's `46.23亿元` is). `• A+` font widget kept. Whole as returned.
# No printed date: `2021年第三季度…活动` → published 2021 inferred; the headline's `第三季度` → 2021-07..09 (inferred),
# `2021年第三季度` the same span (year printed). `今天上午` no date; the day's counts take the quarter (heldout10).
# No zone: `高新区(江海区)` names no place of the 高新区 beyond the district in brackets (江门 only in the byline), an
# unnamed zone (heldout7/10: no zone, null subjects). Enterprise: 优巨新材 (short). `排名全市第三` a rank.
PUBLISHED = "2021"
PUBLISHED_INFERRED = True
Q3 = ("2021-07", "2021-09")
NZ = dict(S=None)
ARTICLES = [A("高新区(江海区)第三季度22个重大项目集中动工(投产) 总投资4专业修脚店加盟前十名6.23亿元", None)]
ZONES = []
ENTERPRISES = [E("优巨新材", kind="short")]
FIGURES = [
    F("22个", 22, "个", **NZ, M="重大项目集中动工(投产)", P=Q3),
    F("22个", 22, "个", **NZ, M="重大项目集中动工(投产)", P=Q3),
    F("46.23亿元", 4623000000, "元", **NZ, M="总投资", P=Q3),
    F("20个", 20, "个", **NZ, M="产业类项目", P=Q3),
    F("43亿元", 4300000000, "元", **NZ, M="产业类项目投资额", P=Q3),
    F("4.55亿元", 455000000, "元", S="优巨新材", K="enterprise", M="项目投资", P=None),
    F("50亩", 50, "亩", S="优巨新材", K="enterprise", M="项目用地", P=None),
    F("107个", 107, "个", **NZ, M="省、市重大项目", P=("2021-01", "2021-09")),
]
DATES = [D("第三季度", "2021-07", "2021-09", inferred=True), D("2021年第三季度", "2021-07", "2021-09")]
EXCLUDE = ["总投资4专业修脚店加盟前十名6.23亿元"]
