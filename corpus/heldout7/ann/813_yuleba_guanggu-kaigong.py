# yuleba.org copy of a 长江日报 story, printed 2018-11-20 19:22:36 (clock no figure). The headline also stands in
# the navigation crumb: one article, its figures counted at each occurrence (heldout6). Cut after `(责任编辑:陈剑)`.
# Zone 东湖高新区 → 武汉东湖高新区, `光谷` as a variant (heldout3/4); `科技新城示范区` is a designation, not a
# place-named zone (heldout5). `2018年武汉市招商引资暨重大项目第9次集中开工活动`: the year names an event round
# (not a date, heldout6); `第9次` ordinal. Companies at the head of project names → short (中粮, 武汉新芯, 武汉天马);
# 帝尔激光 named as a company. 特发/腾龙 (boundary of the company name unclear) left out. `9项目` → unit "" (heldout5).
# `亿元签约项目` is a threshold without numeral; `G6` a code.
PUBLISHED = "2018-11-20"
PUBLISHED_INFERRED = False
DH = "武汉东湖高新区"
D17 = "2018-11-17"
ARTICLES = [A("武汉光谷9个项目开工 总投资超过180亿元", DH)]
ZONES = [Z(DH, ["东湖高新区", "光谷"])]
ENTERPRISES = [E("中粮", kind="short"), E("帝尔激光", kind="short"), E("武汉新芯", kind="short"), E("武汉天马", kind="short")]
Zd = dict(S=DH, K="zone")
FIGURES = [
    F("9个", 9, "个", **Zd, M="开工项目", P=D17),
    F("超过180亿元", 18000000000, "元", **Zd, M="总投资", P=D17),
    F("9个", 9, "个", **Zd, M="开工项目", P=D17),
    F("超过180亿元", 18000000000, "元", **Zd, M="总投资", P=D17),
    F("43个", 43, "个", S="武汉", K="other", M="集中开工项目", P=D17),
    F("9项目", 9, "", kind="count", **Zd, M="集中开工项目", P=D17),
    F("超过180亿元", 18000000000, "元", **Zd, M="项目总投资", P=D17),
    F("70亿元", 7000000000, "元", S="中粮光谷大悦城项目", K="other", M="总投资", P=None),
    F("50亿元", 5000000000, "元", S="特发光电子研发制造基地项目", K="other", M="投资", P=None),
    F("8场", 8, "场", **Zd, M="项目集中开工开业活动", P="2018"),
    F("54个", 54, "个", **Zd, M="重大项目开工建设", P="2018"),
    F("900多亿元", 90000000000, "元", **Zd, M="带动有效投资", P="2018"),
    F("179个", 179, "个", **Zd, M="重点续建项目", P=None, T=True),
    F("64个", 64, "个", **Zd, M="亿元签约项目", P=None, T=True),
]
DATES = [
    D("2018-11-20", "2018-11-20"),
    D("11月", "2018-11", inferred=True),
    D("17日", D17, inferred=True),
]
EXCLUDE = ["19:22:36", "2018年武汉市招商引资暨重大项目第9次", "G6"]
