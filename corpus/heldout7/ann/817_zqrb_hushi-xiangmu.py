# zqrb.cn (证券日报网, financial paper), printed 2025-11-03 13:47 (clock no figure). The stored text breaks off in
# the paragraph naming 武进国家高新技术产业开发区: cut after the last complete paragraph, so no zone remains.
# Companies named in full with `(以下简称…)` get the short name as variant (士兰微, 金钼股份, *ST松发); 恒力造船
# (a subsidiary named short) is short. `12英寸…芯片生产线` is a project description (GUIDE's `6英寸晶圆…项目`): no
# figure. `近一个月` → Chinese-numeral duration (team convention), approx (近).
PUBLISHED = "2025-11-03"
PUBLISHED_INFERRED = False
HL = "恒力造船"
ARTICLES = [A("多领域重大投资项目上新 沪市公司围绕产业升级持续发力", None)]
ZONES = []
ENTERPRISES = [
    E("杭州士兰微电子股份有限公司", ["士兰微"]),
    E("金堆城钼业股份有限公司", ["金钼股份"]),
    E("广东松发陶瓷股份有限公司", ["*ST松发"]),
    E(HL, kind="short"),
]
FIGURES = [
    F("近一个月", 1, "个月", S="沪市公司", K="other", M=None, P=None),
    F("26.5亿元", 2650000000, "元", S=HL, K="enterprise", M="拟投资", P=None, T=True),
    F("80亿元", 8000000000, "元", S="绿色高端装备制造配套项目", K="other", M="总投资", P=None),
    F("35亿元", 3500000000, "元", S="绿色高端装备制造配套项目", K="other", M="配套募资", P=None),
]
DATES = [D("2025-11-03", "2025-11-03")]
EXCLUDE = ["13:47", "12英寸"]
