# news.qq.com (national portal) copy of a 吕梁/交城 local release; no printed date. `2024年第三次“三个一批”活动` names
# an event round: its year is no date (heldout7's `2018年…第9次集中开工活动`), at all 4 occurrences; `第三次` ordinal.
# `8月19日`, `今年8月` take that year (2024, year-inferred); published inferred 2024-08. Cut after the last complete
# paragraph (the 低碳生态园 paragraph breaks off). `图片` lines and photo captions kept; captions count.
# Zone 交城经济开发区, variants as printed (`交城经开区`, `交城县开发区`); `吕梁市各开发区`/`山西省开发区` are generic.
# Companies: 华庆新材料科技有限公司 (the zone name before it is a location), 交城义望铁合金有限责任公司 (registered).
# `年产6000吨高纯石英管深加工项目`, `年产10万吨无机纤维密度板材项目` are project names (heldout7's `年产400吨…项目`):
# no figures. `预计/可达/将` → targets; `建成后` figures are targets.
PUBLISHED = "2024-08"
PUBLISHED_INFERRED = True
JC = "交城经济开发区"
Zd = dict(S=JC, K="zone")
D19 = "2024-08-19"
LL = dict(S="吕梁市各开发区", K="other")
HQ = "华庆新材料科技有限公司"
YW = "交城义望铁合金有限责任公司"
He = dict(S=HQ, K="enterprise")
ARTICLES = [A("山西交城举行2024年第三次“三个一批”活动项目集中开工仪式", JC)]
ZONES = [Z(JC, [JC, "交城县开发区", "交城经开区"])]
ENTERPRISES = [E(HQ), E(YW)]
FIGURES = [
    F("11个", 11, "个", **LL, M="签约一批项目", P=D19),
    F("17个", 17, "个", **LL, M="开工一批项目", P=D19),
    F("15个", 15, "个", **LL, M="投产一批项目", P=D19),
    F("2个", 2, "个", **Zd, M="签约一批项目", P=D19),
    F("7.1亿元", 710000000, "元", **Zd, M="签约项目总投资", P=D19),
    F("5.5亿元", 550000000, "元", **Zd, M="签约项目预计年产值", P=None, T=True),
    F("2个", 2, "个", **Zd, M="开工一批项目", P=D19),
    F("4.18亿元", 418000000, "元", **Zd, M="开工项目总投资", P=D19),
    F("12亿元", 1200000000, "元", **Zd, M="开工项目预计年产值", P=None, T=True),
    F("2个", 2, "个", **Zd, M="投产一批项目", P=D19),
    F("4.71亿元", 471000000, "元", **Zd, M="投产项目总投资", P=D19),
    F("7亿元", 700000000, "元", **Zd, M="投产项目预计年产值", P=None, T=True),
    F("64亩", 64, "亩", **He, M="项目占地", P=None),
    F("1.3亿元", 130000000, "元", **He, M="项目总投资", P=None),
    F("6台套", 6, "台套", **He, M="石英管生产线", P=None, T=True),
    F("6亿元", 600000000, "元", **He, M="年产值", P=None, T=True),
    F("约1亿元", 100000000, "元", **He, M="年盈利", P=None, T=True),
    F("约2000万元", 20000000, "元", **He, M="纳税", P=None, T=True),
    F("150人", 150, "人", **He, M="带动就业", P=None, T=True),
    F("2.5亿元", 250000000, "元", S=YW, K="enterprise", M="项目总投资", P=None),
]
DATES = [
    D("8月19日", D19, inferred=True),
    D("今年8月", "2024-08", inferred=True),
]
EXCLUDE = ["2024年第三次", "年产6000吨", "年产10万吨"]
