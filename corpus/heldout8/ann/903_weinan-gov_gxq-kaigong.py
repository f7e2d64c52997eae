# gaoxinqu.weinan.gov.cn (渭南高新区 zone administration site), crumb line kept; no printed date or view counter.
# The text never names its zone's place (only bare `高新区`, the city only in the URL) → no zone, fact subjects null
# (heldout7's 828). `2023年5月份重点项目集中开工动员会`: a ceremony's month is a date (as heldout7's quarters), in
# title and body. Published inferred 2023-05 (the story reports the 5月25日 meeting). 众安诚旭 heads a project
# name → short enterprise. Ceremony counts take its day. `三个年`, `双过半`, `半年红` are slogans.
PUBLISHED = "2023-05"
PUBLISHED_INFERRED = True
D25 = "2023-05-25"
ZA = "众安诚旭"
ARTICLES = [A("高新区举行2023年5月份重点项目集中开工动员会", None)]
ZONES = []
ENTERPRISES = [E(ZA, kind="short")]
FIGURES = [
    F("6个", 6, "个", M="集中开工项目", P=D25),
    F("3.56亿元", 356000000, "元", M="开工项目总投资", P=D25),
    F("3个", 3, "个", M="产业项目", P=D25),
    F("2.6亿元", 260000000, "元", M="产业项目总投资", P=D25),
    F("2亿元", 200000000, "元", S=ZA, K="enterprise", M="项目总投资", P=None),
]
DATES = [
    D("2023年5月份", "2023-05"),
    D("5月25日", D25, inferred=True),
    D("2023年5月份", "2023-05"),
]
EXCLUDE = []
