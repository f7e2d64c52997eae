# pzjy315.com (品质家园, content farm) copy of a 观点新媒体 item; no printed date, whole as returned. Year: the
# quarterly `三个一批` rounds began `2021年7月` (first round 2021 Q3), so the fourth round's `4月6日` is 2022-04-06
# (published inferred 2022-04). Zones: 济源示范区 (…示范区) and 郑州航空港经济综合实验区 (a state-approved zone of
# the same rank, named as a venue; NEW: `…实验区` of that rank counted), neither primary nor coordinated. Not a
# company: 中建七局 inside a building's name (`中建七局大厦`, the venue). `第四期` is an ordinal. All totals are the
# province's on the event day.
PUBLISHED = "2022-04"
PUBLISHED_INFERRED = True
HN = dict(S="河南省", K="other")
DAY = "2022-04-06"
ARTICLES = [A("河南省2354个项目集中签约开工投产 总投资14919亿元", None)]
ZONES = [Z("济源示范区", ["济源示范区"]), Z("郑州航空港经济综合实验区", ["郑州航空港经济综合实验区"])]
ENTERPRISES = []
FIGURES = [
    F("2354个", 2354, "个", **HN, M="集中签约开工投产项目", P=DAY),
    F("14919亿元", 1491900000000, "元", **HN, M="总投资", P=DAY),
    F("560个", 560, "个", **HN, M="签约项目", P=DAY),
    F("4364亿元", 436400000000, "元", **HN, M="签约项目总投资", P=DAY),
    F("1009个", 1009, "个", **HN, M="开工项目", P=DAY),
    F("6328亿元", 632800000000, "元", **HN, M="开工项目总投资", P=DAY),
    F("785个", 785, "个", **HN, M="投产项目", P=DAY),
    F("4227亿元", 422700000000, "元", **HN, M="投产项目总投资", P=DAY),
]
DATES = [D("4月6日", "2022-04-06", inferred=True), D("2021年7月", "2021-07")]
EXCLUDE = []
