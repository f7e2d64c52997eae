# paper.xinmin.cn (新民晚报 e-paper, city paper): two short district items of one news column, each headed by its
# district (`金山`, `浦东`) and signed by its reporter (屠瑜, 宋宁华). The headings are the items' printed titles
# (two articles). Whole as returned. No printed date; the items report 2022 signings (`2022年度首次…签约仪式`,
# `2022年开年以来`): published `2022` inferred (URL says 2022-02-18).
# Zones: none — 金山工业区 (a Shanghai municipal 工业区; no GUIDE zone word) and 临港新片区 (`新片区`, heldout8) are not;
# primary_zone null. Enterprises: 如意航空 (short), four registered names, 上海农商银行 (a bank, short; its
# `临港新片区支行` is a branch of it). `CH2000` (product name) is no figure. `约300架左右` → 300 架 (approx), `六成` →
# 60 % (X成). `五张名片` small Chinese count, no figure. `2022年度…签约仪式` is a ceremony's year → date (heldout9).
PUBLISHED = "2022"
PUBLISHED_INFERRED = True
JS = "金山工业区"
RY = "如意航空"
P22 = "2022"
ARTICLES = [A("金山", None), A("浦东", None)]
ZONES = []
ENTERPRISES = [
    E(RY, kind="short"),
    E("上海张江(集团)有限公司"),
    E("上海城投老港基地管理有限公司"),
    E("中交公路规划设计院有限公司"),
    E("上海农商银行", kind="short"),
    E("上海春秋旅行社有限公司"),
]
FIGURES = [
    F("约300架左右", 300, "架", kind="count", S=RY, K="enterprise", M="计划年产量", P=None, T=True),
    F("1.61亿美元", 161000000, "美元", kind="money", S=RY, K="enterprise", M="项目总投资", P=None, T=True),
    F("5个", 5, "个", S=JS, K="other", M="签约项目", P=P22),
    F("34.4亿元", 3440000000, "元", S=JS, K="other", M="总投资", P=P22),
    F("2个", 2, "个", S=JS, K="other", M="外资项目", P=P22),
    F("约2亿美元", 200000000, "美元", kind="money", S=JS, K="other", M="外资项目总投资额", P=P22),
    F("六成", 60, "%", S=JS, K="other", M="本土优质企业增资扩产占签约项目", P=P22),
    F("5家", 5, "家", S="浦东老港镇人民政府", K="other", M="签约重点企业", P=None),
]
DATES = [D("2022年度", "2022"), D("2024年", "2024"), D("2022年", "2022")]
EXCLUDE = ["CH2000"]
