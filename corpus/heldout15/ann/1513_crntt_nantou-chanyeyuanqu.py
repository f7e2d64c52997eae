# bj.crntt.com (中評社/中評網, Hong Kong news agency, Simplified edition): print/page-navigation furniture
# (`【打 印】`, `【 第1页 第2页 第3页 】`, page numbers no figures), site URL and printed `2024-08-16 14:51:04` (clock no
# figure), photo caption. Story on a Taiwan county's industrial parks. The returned text runs on into the page
# navigation, QR-code lines and `相关新闻:`: cut after the last complete paragraph.
# No zone (Taiwan county parks), no companies.
# `百亿` (headline) and `新台币百亿元` (1e10, scale word) are figures, as is the count `4大` (parks, ×2; unit "").
# `8月16日电` and `16日` → 2024-08-16 (inferred); `2022年`; `明年7月` → 2025-07 (inferred); bare `明年` no date.
PUBLISHED = "2024-08-16"
PUBLISHED_INFERRED = False
NT = dict(S="南投县", K="other")
CT = dict(S="草屯手工艺产业园区", K="other")
D16 = "2024-08-16"
ARTICLES = [A("许淑华拚南投产业园区经济 年创百亿产值", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("百亿", 10000000000, "", kind="money", **NT, M="年产值", P=None, T=True),
    F("4大", 4, "", kind="count", **NT, M="新辟产业园区", P=D16),
    F("新台币百亿元", 10000000000, "元", **NT, M="年产值", P=None, T=True),
    F("4大", 4, "", kind="count", **NT, M="新辟产业园区", P=D16),
    F("约30家", 30, "家", **CT, M="引进业者", P=None, T=True),
    F("约1200个", 1200, "个", **CT, M="工作机会", P=None, T=True),
]
DATES = [
    D("2024-08-16", D16),
    D("8月16日", D16, inferred=True),
    D("2022年", "2022"),
    D("明年7月", "2025-07", inferred=True),
    D("16日", D16, inferred=True),
]
EXCLUDE = ["14:51:04", "第1页", "第2页", "第3页"]
