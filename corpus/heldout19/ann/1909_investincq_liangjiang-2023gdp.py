# investincq.com (重庆市外商投资促进中心, investment-promotion site) copy of a 重庆日报 (city paper) story; site
# header and crumbs kept. Printed `2024-02-02`. The stored text breaks off in the 汽车产业 paragraph: cut after the
# 同时 one. Zones: 两江新区 (primary), 天府新区 (a 新区 named as partner). Not zones: 重庆两江协同创新区, 西部(成都)科学城,
# 果园港国家物流枢纽. Companies: 两江产业集团, 成都天投集团 (groups). `八大产业旗舰联盟` no figure. `1月31日` → 2024
# (inferred). Figures of the port are the port's (`other`).
PUBLISHED = "2024-02-02"
PUBLISHED_INFERRED = False
LJ = "两江新区"
LZ = dict(S=LJ, K="zone", P="2023")
GY = dict(S="果园港国家物流枢纽", K="other", P="2023")
ARTICLES = [A("两江新区2023年GDP同比增长6.5%", LJ)]
ZONES = [Z(LJ, [LJ]), Z("天府新区", ["天府新区"])]
ENTERPRISES = [E("两江产业集团", kind="group"), E("成都天投集团", kind="group")]
FIGURES = [
    F("6.5%", 6.5, "%", **LZ, M="GDP同比增长", C=True),
    F("6.5%", 6.5, "%", **LZ, M="直管区GDP同比增长", C=True),
    F("5.4%", 5.4, "%", **LZ, M="规上工业增加值增长", C=True),
    F("15.8%", 15.8, "%", **LZ, M="社零总额增长", C=True),
    F("9.3%", 9.3, "%", **LZ, M="一般预算收入增长", C=True),
    F("90余家", 90, "家", S="八大产业旗舰联盟", K="other", M="集聚头部企业", P="2024-02-02"),
    F("600余家", 600, "家", S="八大产业旗舰联盟", K="other", M="会员企业", P="2024-02-02"),
    F("2650万吨", 26500000, "吨", **GY, M="货物吞吐量"),
    F("4%", 4, "%", **GY, M="货物吞吐量增长", C=True),
    F("92万标箱", 920000, "标箱", kind="count", **GY, M="集装箱吞吐量"),
    F("3%", 3, "%", **GY, M="集装箱吞吐量增长", C=True),
    F("超650班次", 650, "班次", kind="count", S=LJ, K="zone", P="2023", M="开行西部陆海新通道(果园港)班列"),
    F("20%", 20, "%", S=LJ, K="zone", P="2023", M="班列开行增长", C=True),
]
DATES = [D("2024-02-02", "2024-02-02"), D("1月31日", "2024-01-31", inferred=True)] + [D("2023年", "2023")] * 6
EXCLUDE = []
