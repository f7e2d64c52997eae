# lygchina.com.cn (连云港 city portal, 连云港日报 item): list-bullet headline and date/source lines kept (`- ` no part of
# the title); printed `2024年12月10日` → published. The `提要` summary repeats the lead paragraph: its figures and dates
# count at each occurrence (heldout10's lead stored twice). Cut after the lead's second copy (the next paragraph
# broke off). Zone 连云港高新区 (`连云港市高新区`, bare `高新区`). 如年实业 short. `今年1至10月` → 2024-01..10 and
# `四季度` → 2024 Q4 (year inferred). `个百分点` is a percent unit (heldout5).
PUBLISHED = "2024-12-10"
PUBLISHED_INFERRED = False
LY = "连云港高新区"
ZK = dict(S=LY, K="zone")
M10 = ("2024-01", "2024-10")
Q4 = ("2024-10", "2024-12")
ARTICLES = [A("连云港市高新区大干快上决胜“全年红”", LY)]
ZONES = [Z(LY, ["连云港市高新区", "高新区"])]
ENTERPRISES = [E("如年实业", kind="short")]
ONE = [
    F("268.9亿元", 26890000000, "元", **ZK, M="规上工业总产值", P=M10),
    F("3.2%", 3.2, "%", **ZK, M="规上工业总产值", P=M10, C=True),
    F("56个", 56, "个", **ZK, M="市级重点项目", P=M10),
    F("76.1亿元", 7610000000, "元", **ZK, M="市级重点项目完成投资", P=M10),
    F("90.9%", 90.9, "%", **ZK, M="完成年度计划", P=M10),
    F("7.6个百分点", 7.6, "个百分点", **ZK, M="超序时进度", P=M10),
]
FIGURES = ONE + ONE
DATES = [D("2024年12月10日", "2024-12-10")] + [D("四季度", Q4[0], Q4[1], inferred=True),
         D("今年1至10月", M10[0], M10[1], inferred=True)] * 2
EXCLUDE = []
