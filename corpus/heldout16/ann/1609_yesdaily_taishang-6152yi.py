# yesdaily.com (爽报, entertainment-news site) copy, in Simplified script, of a Taiwan 经济部 story; view counter `207`
# (furniture) after the printed `发布时间:2026-02-19`; the `标签:`/`0` widget after the last paragraph cut. The page
# prints 2026-02-19 though the story is older: annotated as printed (`今天` → that day; `今年以来` no date).
# Companies (short): 新沣企业, 久正光电, 东佑达自动化 (`东佑达` variant), 宏致电子 (`宏致集团` plainly used for it in
# the next paragraph → variant, kind short as the listed name), 长亨精密. `一家不具名造船厂` is anonymised (no entry).
# 经济部投资台湾事务所 is government. No GUIDE zone (Taiwan 工业园区/工业区, 精工中心). `第37次` ordinal; `5次` a count.
# `23亿及15亿元`: `23亿` (no unit printed → "") and `15亿元`. `5万3146个` → 53146 个.
PUBLISHED = "2026-02-19"
PUBLISHED_INFERRED = False
D0 = "2026-02-19"
TZ = dict(S="经济部投资台湾事务所", K="other")
HT = dict(S="欢迎台商回台投资方案", K="other")
GL = dict(S="根留台湾加速投资行动方案", K="other")
ARTICLES = [A("4家台商响应回流台湾 累计投资额达6152亿元", None)]
ZONES = []
ENTERPRISES = [E("新沣企业", kind="short"), E("久正光电", kind="short"), E("东佑达自动化", ["东佑达"], kind="short"),
               E("宏致电子", ["宏致集团"], kind="short"), E("长亨精密", kind="short")]
FIGURES = [
    F("4家", 4, "家", **TZ, M="台商回台投资案", P=D0),
    F("6152亿元", 615200000000, "元", **HT, M="累计投资额", P=D0),
    F("4家", 4, "家", **TZ, M="台商回台投资案", P=D0),
    F("逾40亿元", 4000000000, "元", **TZ, M="投资额", P=D0),
    F("6152亿元", 615200000000, "元", **HT, M="台商回台投资额累计", P=D0),
    F("2家", 2, "家", **GL, M="通过业者", P=D0),
    F("逾38亿元", 3800000000, "元", **GL, M="投资", P=D0, T=True),
    F("4家", 4, "家", **TZ, M="台商", P=D0),
    F("逾40亿元", 4000000000, "元", **TZ, M="投资案", P=D0),
    F("146家", 146, "家", **HT, M="通过审查厂商", P=D0),
    F("6152亿元", 615200000000, "元", **HT, M="累计投资金额", P=D0),
    F("5万3146个", 53146, "个", **HT, M="本国就业机会", P=None, T=True),
    F("超过7亿元", 700000000, "元", S="新沣企业", K="enterprise", M="投资", P=None, T=True),
    F("超过2亿元", 200000000, "元", S="久正光电", K="enterprise", M="返台投资", P=None, T=True),
    F("逾10亿元", 1000000000, "元", S="东佑达自动化", K="enterprise", M="投资", P=None, T=True),
    F("20亿元", 2000000000, "元", S="宏致电子", K="enterprise", M="投入", P=None, T=True),
    F("23亿", 2300000000, "", kind="money", S="长亨精密", K="enterprise", M="投资", P=None, T=True),
    F("15亿元", 1500000000, "元", S="不具名造船厂", K="other", M="投资", P=None, T=True),
    F("209个", 209, "个", **GL, M="本国就业机会", P=None, T=True),
    F("5次", 5, "次", **GL, M="联审会议", P=D0),
    F("7家", 7, "家", **GL, M="通过审核厂商", P=D0),
    F("逾105亿元", 10500000000, "元", **GL, M="投资", P=None, T=True),
    F("729个", 729, "个", **GL, M="本国就业机会", P=None, T=True),
]
DATES = [D("2026-02-19", D0)]
EXCLUDE = ["YesDaily.COM 207", "第37次"]
