# fmbk.net (aggregator) copy of a 苏报融媒 item on the 2025 苏州 investment conference; crumbs `首页 > 实时讯息 >` before the
# headline, printed `更新时间:2025-04-26 18:04:00` (clock no figure) → published 2025-04-26; the `相关推荐` widget cut.
# `2025苏州全球招商大会` is an event name: no date. `去年4月26日` → 2024-04-26 (year from the page's date, inferred).
# No zone (苏州 a city; 苏州国际博览中心 a venue). Companies heading project names are short entries (heldout10/16):
# 奥赫尔, 佐敦, 仕驰, 奇瑞捷豹路虎, 奥乐齐, KKR, 深创投 (its fund); 林德集团 → group. `尼盛度假酒店`, `新图国际康养` may be
# project or brand names: no entries (heldout16's 沃克之光). Funds, 苏州市商务局 and the associations are no enterprises.
# The headline's `3415.7亿` has no unit printed (unit ""). Subject 苏州 throughout; the conference totals are of
# 2025-04-26, the first conference's of 2024-04-26, `目前` counts of April 2025, `今年以来` totals 2025-01..04.
PUBLISHED = "2025-04-26"
PUBLISHED_INFERRED = False
SZ = dict(S="苏州", K="other")
D26 = "2025-04-26"
ARTICLES = [A("苏州签约417个项目,总金额3415.7亿!", None)]
ZONES = []
ENTERPRISES = [E("奥赫尔", kind="short"), E("佐敦", kind="short"), E("仕驰", kind="short"), E("奇瑞捷豹路虎", kind="short"),
               E("奥乐齐", kind="short"), E("林德集团", kind="group"), E("KKR", kind="short"), E("深创投", kind="short")]
FIGURES = [
    F("417个", 417, "个", **SZ, M="签约项目", P=D26),
    F("3415.7亿", 341570000000, "", kind="money", **SZ, M="总金额", P=D26),
    F("417个", 417, "个", **SZ, M="签约落地项目", P=D26),
    F("3415.7亿元", 341570000000, "元", **SZ, M="总金额", P=D26),
    F("10个", 10, "个", **SZ, M="重点基金项目签约", P=D26),
    F("10家", 10, "家", S="苏州市商务局", K="other", M="合作签约商协会", P=D26),
    F("367个", 367, "个", **SZ, M="集中签约项目", P="2024-04-26"),
    F("3735.4亿元", 373540000000, "元", **SZ, M="总投资", P="2024-04-26"),
    F("260个", 260, "个", **SZ, M="开工项目数", P="2025-04"),
    F("70.8%", 70.8, "%", **SZ, M="开工率", P="2025-04"),
    F("105个", 105, "个", **SZ, M="产业项目投产投用", P="2025-04"),
    F("34.8%", 34.8, "%", **SZ, M="投产投用率", P="2025-04"),
    F("882个", 882, "个", **SZ, M="签约项目", P=("2025-01", "2025-04")),
    F("6120.6亿元", 612060000000, "元", **SZ, M="签约金额", P=("2025-01", "2025-04")),
]
DATES = [D("2025-04-26", D26), D("去年4月26日", "2024-04-26", inferred=True)]
EXCLUDE = ["18:04:00", "2025苏州全球招商大会"]
