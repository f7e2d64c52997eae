# 南方都市报 (oeeee) page stored from the lead paragraph: no headline, so no article title; the
# two-line subheads are section headings. Published from the address (20250828), inferred.
# The page calls the zone only 火炬高新区 (中山火炬高新区). "…示范区项目" is a project, not a zone.
PUBLISHED = "2025-08-28"
PUBLISHED_INFERRED = True
ARTICLES = []
ZONES = [Z("中山火炬高新区", ["火炬高新区"])]
ENTERPRISES = [E("圣湘海济", kind="short")]
S("中山火炬高新区", "zone", "2025-08-28")
F("超100位", 100, "位", m="嘉宾")
F("超百亿", 10000000000, "", kind="money", m="签约投资额")
F("20个", 20, "个", m="现场集中签约项目")
F("超100亿元", 10000000000, "元", m="总投资额")
F("6个", 6, "个", m="优质产业项目")
F("14个", 14, "个", m="公有物业租售项目")
S("大湾区新型电力系统示范区项目", "other", None)
F("超50亿元", 5000000000, "元", m="计划投资", t=True)
F("超24亿元", 2400000000, "元", m="年产值", t=True)
S("圣湘海济", "enterprise", None)
F("10亿元", 1000000000, "元", m="计划投资", t=True)
F("超7亿元", 700000000, "元", m="年产值", t=True)
D("8月28日", "2025-08-28", None, True)
