# The three teasers above the article are site navigation (truncated headlines), not articles;
# their figures, dates and companies are on the page and are annotated. Years missing in the
# teasers take the page's year (GUIDE). The view counter "浏览:904" is a quantity on the page.
PUBLISHED = "2019-09-16"
PUBLISHED_INFERRED = False
ARTICLES = [A("中铁华东总部基地落户上海", None)]
ZONES = []
ENTERPRISES = [
    E("博音听力技术(上海)有限公司"),
    E("中国中铁股份有限公司", ["中国中铁"]),
]
F("40余幅", 40, "幅", kind="count", s="顾村大居", p="2019")
F("百余项", 100, "项", s="上海", m="复工重大工程", p=None)
F("两百余名", 200, "名", s="顾村大居", m="建筑工人", p="2019-04-09")
F("15栋", 15, "栋", s="顾村大居", m="高层住宅", p="2019-04-09")
F("15层", 15, "层", s="顾村大居", m="住宅层数", p="2019-04-09")
F("904", 904, "", kind="count", s=None, m="浏览量", p=None)
D("3月6日", "2019-03-06", None, True)
D("2021年5月1日", "2021-05-01")
D("5月15日", "2021-05-15", None, True)
D("4月9日", "2019-04-09", None, True)
D("2019/09/16", "2019-09-16")
D("2019年", "2019")
