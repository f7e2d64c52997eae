# hn.chinaso.com (中国搜索 local channel reposting 平顶山日报); date line printed.
# 市城乡一体化示范区 is GUIDE's own example of a 示范区 zone; canonical 城乡一体化示范区 as GUIDE writes it,
# variants as printed (also bare 示范区). 新华区高新技术产业园 is a park (…产业园) → not a zone.
# `日产160万只…项目` / `日产400万支…项目`: capacities stated in the sentence, not inside a proper project name →
# figures. `今年年底` → 2021-12 (like GUIDE's 2020年底 and heldout3's 去年底).
PUBLISHED = "2021-10-28"
PUBLISHED_INFERRED = False
SF = "城乡一体化示范区"
YX = "河南跃薪智能机械有限公司"
HY = "河南恒一锂能科技有限公司"
ARTICLES = [A("平顶山市副市长张弓带队到示范区、新华区调研产业园区建设工作", SF)]
ZONES = [Z(SF, [SF, "示范区"])]
ENTERPRISES = [E(YX), E(HY)]
KS = "示范区纯电动智能矿山高端装备制造产业园"
FIGURES = [
    F("350余亩", 350, "亩", S=KS, K="other", M="规划面积", P=None),
    F("6条", 6, "条", S=KS, K="other", M="一期生产线", P=None, T=True),
    F("15亿元", 1500000000, "元", S=HY, K="enterprise", M="项目总投资", P=None),
    F("5亿元", 500000000, "元", S=HY, K="enterprise", M="一期投资", P=None),
    F("160万只", 1600000, "只", kind="count", S=HY, K="enterprise", M="日产高倍率锂电池", P=None, T=True),
    F("5亿元", 500000000, "元", S=HY, K="enterprise", M="年产值", P=None, T=True),
    F("10亿元", 1000000000, "元", S=HY, K="enterprise", M="二期投资", P=None),
    F("160亩", 160, "亩", S=HY, K="enterprise", M="新征地", P=None),
    F("400万支", 4000000, "支", S=HY, K="enterprise", M="日产高倍率锂电池", P=None, T=True),
    F("约12亿元", 1200000000, "元", S=HY, K="enterprise", M="年产值", P=None, T=True),
]
DATES = [
    D("2021-10-28", "2021-10-28"),
    D("10月27日", "2021-10-27", inferred=True),
    D("10月27日", "2021-10-27", inferred=True),
    D("今年年底", "2021-12", inferred=True),
]
