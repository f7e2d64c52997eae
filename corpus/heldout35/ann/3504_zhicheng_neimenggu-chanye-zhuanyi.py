# zhicheng.com (financial portal, 国内财经 channel), a wire-style item; headline, then the printed `2023-07-16 17:28`
# (clock no figure) → published 2023-07-16. The `相关推荐/拓展阅读/快讯` widgets after the last paragraph cut.
# `2023中国产业转移发展对接活动` (headline, body) is an event name without 年 → its year is no date (GUIDE's
# `2021碳达峰碳中和无锡峰会`); `记者16日` → 2023-07-16 (month and year inferred from the date line).
# No zone (`落地在开发区` names none), no company (工业和信息化部, 内蒙古自治区工业和信息化厅 are government).
# Figures: `超4500亿元` approx; `亿元以上` no figure (no numeral); `百亿元以上` a threshold with a Chinese numeral and
# scale word → 100亿元 approx (heldout16); `4场` count. Subject: the signing event (printed `本次产业转移对接活动`),
# period the event day.
PUBLISHED = "2023-07-16"
PUBLISHED_INFERRED = False
D16 = "2023-07-16"
EV = dict(S="本次产业转移对接活动", K="other", P=D16)
ARTICLES = [A("2023中国产业转移发展对接活动在内蒙古签约超4500亿元", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("超4500亿元", 450000000000, "元", **EV, M="签约"),
    F("160个", 160, "个", **EV, M="签约项目"),
    F("4573亿元", 457300000000, "元", **EV, M="协议总金额"),
    F("149个", 149, "个", **EV, M="亿元以上签约项目"),
    F("百亿元以上", 10000000000, "元", **EV, M="项目投资额"),
    F("13个", 13, "个", **EV, M="百亿元以上的项目"),
    F("120个", 120, "个", **EV, M="战略性新兴产业项目"),
    F("3922亿元", 392200000000, "元", **EV, M="战略性新兴产业项目投资额"),
    F("86%", 86, "%", **EV, M="占签约项目总投资"),
    F("160个", 160, "个", **EV, M="签约项目"),
    F("82个", 82, "个", **EV, M="落地在开发区的项目"),
    F("51.2%", 51.2, "%", **EV, M="落地在开发区项目占签约项目"),
    F("4场", 4, "场", **EV, M="专题对接活动"),
]
DATES = [D("2023-07-16", D16), D("16日", D16, inferred=True)]
EXCLUDE = ["17:28", "2023中国产业转移发展对接活动"]
