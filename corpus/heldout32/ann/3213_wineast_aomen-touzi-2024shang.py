# wineast.net (content farm subdomain) copy of a 中新社 wire (agency dateline `中新社 澳门7月17日电`), Simplified; whole as
# returned. The farm's stamp `发布时间:2024-11-25 14:53:36 来源: sp20241125` is printed (published as printed, heldout16's
# 1609 rule; clock and the `sp20241125` code excluded). Dates: `7月17日` and the dateline's bare `17日` → 2024-07-17
# (year from `2024上半年`, inferred); `2024上半年` → 2024-01..2024-06 (NEW: a year glued to 上半年 without 年 is the same
# span), `今年上半年` the same at both occurrences (headline and body, inferred), `2023年`, `2024年下半年` → 2024-07..2024-12, bare `下半年` the same (inferred).
# No zone (`深合区` is the 横琴 cooperation zone's short name, not a GUIDE zone kind), no enterprise. Not figures: the
# slogan `1+4` (three times), `九市` (small Chinese count). `逾四成` → 40 % approx (heldout16's `X成`).
# Facts: subject the printed 招商投资促进局 for its follow-ups (period 2024-01..06); `9个` 内地城市 is a plan (target).
PUBLISHED = "2024-11-25"
PUBLISHED_INFERRED = False
IP = dict(S="招商投资促进局", K="other", P=("2024-01", "2024-06"))
ARTICLES = [A("澳门今年上半年落实投资金额超去年全年水平", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("153项", 153, "项", **IP, M="完成跟进投资计划"),
    F("约13.2亿澳门元", 1320000000, "澳门元", **IP, M="投资金额"),
    F("199个", 199, "个", **IP, M="收到新投资计划"),
    F("153项", 153, "项", **IP, M="完成跟进投资计划"),
    F("66个", 66, "个", **IP, M="“1+4”产业项目"),
    F("逾四成", 40, "%", kind="percent", **IP, M="“1+4”产业项目占比"),
    F("9个", 9, "个", S="招商投资促进局", K="other", M="拜访大湾区内地城市", P=("2024-07", "2024-12"), T=True),
]
DATES = [D("今年上半年", "2024-01", "2024-06", inferred=True), D("2024-11-25", "2024-11-25"), D("7月17日", "2024-07-17", inferred=True), D("17日", "2024-07-17", inferred=True),
         D("2024上半年", "2024-01", "2024-06"), D("2023年", "2023"), D("今年上半年", "2024-01", "2024-06", inferred=True),
         D("2024年下半年", "2024-07", "2024-12"), D("下半年", "2024-07", "2024-12", inferred=True)]
EXCLUDE = ["14:53:36", "sp20241125", "1+4"]
