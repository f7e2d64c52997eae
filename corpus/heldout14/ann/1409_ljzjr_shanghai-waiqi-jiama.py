# ljzjr.cn (portal rolling news), copy of a 中新网 wire; no printed date line: the dateline `中新网上海5月30日电` and
# `截至2019年4月底` give published 2019-05-30 (inferred). The trailing channel label `中国观察` after `(完)` is cut.
# No zone. Companies (foreign, nationality word dropped with the printed form as variant, heldout8/10): 辉瑞普强 (the
# Pfizer business named as a 跨国药企 with its 全球总部, short), 辉瑞公司, 好时公司 (twice), 摩根大通公司, 美乐家公司,
# 巴斯夫公司 (`巴斯夫` in 巴斯夫科创中心 a variant) — `…公司` without 有限 → short (heldout9/10) — and 安联保险集团
# (`…集团` → group). The unnamed 中国首家外资控股证券公司/保险公司 are no entries; 上海市商务委 is government.
# `三点`, `二位数` are no figures. `30日` (second mention) and `5月30日` → 2019-05-30; `今年1至4月` → 2019-01..04.
# Facts: company investment amounts are project totals (no period); `新增` → change; cumulative counts → 2019-04.
PUBLISHED = "2019-05-30"
PUBLISHED_INFERRED = True
SH = dict(S="上海", K="other")
D30 = "2019-05-30"
Q = ("2019-01", "2019-04")
def EK(n):
    return dict(S=n, K="enterprise")
ARTICLES = [A("外企继续“加码”在沪投资 跨国药企在中国首设全球总部", None)]
ZONES = []
ENTERPRISES = [
    E("辉瑞普强", kind="short"),
    E("辉瑞公司", ["美国辉瑞公司"], kind="short"),
    E("好时公司", ["美国好时公司"], kind="short"),
    E("摩根大通公司", ["美国摩根大通公司"], kind="short"),
    E("美乐家公司", ["美国美乐家公司"], kind="short"),
    E("安联保险集团", ["德国安联保险集团"], kind="group"),
    E("巴斯夫公司", ["德国巴斯夫公司", "巴斯夫"], kind="short"),
]
FIGURES = [
    F("38个", 38, "个", **SH, M="集中签约外资在沪投资项目", P=D30),
    F("约492亿元人民币", 49200000000, "元", **SH, M="投资总金额", P=D30),
    F("2亿美元", 200000000, "美元", **EK("好时公司"), M="增资", P=None),
    F("8亿元人民币", 800000000, "元", **EK("摩根大通公司"), M="投资", P=None),
    F("1.02亿美元", 102000000, "美元", **EK("美乐家公司"), M="投资", P=None),
    F("100亿元人民币", 10000000000, "元", **EK("安联保险集团"), M="投资", P=None),
    F("30亿元人民币", 3000000000, "元", **EK("巴斯夫公司"), M="投资", P=None),
    F("2051个", 2051, "个", **SH, M="新设外资项目", P=Q),
    F("52.3%", 52.3, "%", **SH, M="新设外资项目同比增长", P=Q, C=True),
    F("175.86亿美元", 17586000000, "美元", **SH, M="合同外资", P=Q),
    F("21.3%", 21.3, "%", **SH, M="合同外资同比增长", P=Q, C=True),
    F("62.1亿美元", 6210000000, "美元", **SH, M="实到外资", P=Q),
    F("20.5%", 20.5, "%", **SH, M="实到外资同比增长", P=Q, C=True),
    F("13家", 13, "家", **SH, M="新增跨国公司地区总部", P=Q, C=True),
    F("7家", 7, "家", **SH, M="新增亚太区总部", P=Q, C=True),
    F("6家", 6, "家", **SH, M="新增研发中心", P=Q, C=True),
    F("683家", 683, "家", **SH, M="累计引进跨国公司地区总部", P="2019-04"),
    F("95家", 95, "家", **SH, M="累计引进亚太区总部", P="2019-04"),
    F("447家", 447, "家", **SH, M="累计引进研发中心", P="2019-04"),
]
DATES = [
    D("5月30日", D30, inferred=True),
    D("30日", D30, inferred=True),
    D("1至4月", "2019-01", "2019-04", inferred=True),
    D("2019年4月底", "2019-04"),
]
EXCLUDE = []
