# cenr.com.cn (中国企业报道, portal; story from 苏州日报), crumbs `当前位置:…>>正文内容` kept, printed `2019年06月04日`.
# Cut after the fourth paragraph (the returned text broke off in the fifth). `5月31日` → 2019-05-31, `今年3月` → 2019-03
# (years inferred); `1993年` a date.
# Zone 苏州高新区 (bare `高新区` a variant). Japanese companies by their Chinese short names (short): 骊住建材, 明治乳业,
# 镁格氢动, 凡纳克, 科玛化妆品, 松下 (heading `松下财务共享中心` and `松下机电研发销售总部`; `松下机电` a variant), 日本电波
# (the company's own name, 日本 not a nationality word here), 富士发条. Their centres/总部/工厂 are projects of them.
# `三期` no figure. Signed-project after-completion figures (`年产4.5万吨`, `20亿元`, `1.4亿元`, `超10亿元`, `超2亿元`) are
# targets of 明治乳业 and 科玛化妆品.
PUBLISHED = "2019-06-04"
PUBLISHED_INFERRED = False
SZ = "苏州高新区"
ZK = dict(S=SZ, K="zone")
D31 = "2019-05-31"
MZ = dict(S="明治乳业", K="enterprise")
KM = dict(S="科玛化妆品", K="enterprise")
ARTICLES = [A("共享发展新机遇 苏州高新区东京揽资近10亿美元", SZ)]
ZONES = [Z(SZ, [SZ, "高新区"])]
ENTERPRISES = [
    E("骊住建材", kind="short"), E("明治乳业", kind="short"), E("镁格氢动", kind="short"), E("凡纳克", kind="short"),
    E("科玛化妆品", kind="short"), E("松下", ["松下机电"], kind="short"), E("日本电波", kind="short"),
    E("富士发条", kind="short"),
]
FIGURES = [
    F("近10亿美元", 1000000000, "美元", kind="money", **ZK, M="揽资", P=D31),
    F("400人", 400, "人", **ZK, M="推介会参会企业代表", P=D31),
    F("5个", 5, "个", **ZK, M="产业类项目签约", P=D31),
    F("5个", 5, "个", **ZK, M="总部类项目签约", P=D31),
    F("近10亿美元", 1000000000, "美元", kind="money", **ZK, M="集中签约项目总投资额", P=D31),
    F("4.5万吨", 45000, "吨", **MZ, M="年产低温液态乳、酸奶", P=None, T=True),
    F("20亿元", 2000000000, "元", **MZ, M="达产后产出", P=None, T=True),
    F("1.4亿元", 140000000, "元", **MZ, M="税收", P=None, T=True),
    F("超10亿元", 1000000000, "元", **KM, M="达产后产值", P=None, T=True),
    F("超2亿元", 200000000, "元", **KM, M="税收", P=None, T=True),
]
DATES = [D("2019年06月04日", "2019-06-04"), D("5月31日", D31, inferred=True), D("1993年", "1993"),
         D("今年3月", "2019-03", inferred=True)]
EXCLUDE = []
