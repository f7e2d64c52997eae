# sclvyou028.com (regional portal, 绵阳在线 channel; copy of a 绵阳日报 story), crumbs, `热门搜索:` and editor line kept.
# Whole as returned. Printed `发布时间:2021-10-24`; `10月18日` → 2021-10-18 (year inferred).
# Zone 绵阳高新区 (bare `高新区` a variant); 河北-平武工业园 and the 产业园 are parks inside it. 京东方, 长虹: bare names
# used for companies (short). `高新发展智能制造产业园(二期)` is a project (its 高新发展 is not named as a company).
# `15栋`/`13栋`/`2栋` counts (unit 栋 set by hand). `约6000余万元` → 60,000,000 approx. After-completion figures
# (`100家以上`, `约20亿元`, `6000余万元`, `2000余人`) are targets; project totals and sizes have no period.
PUBLISHED = "2021-10-24"
PUBLISHED_INFERRED = False
MY = "绵阳高新区"
PJ = dict(S="高新发展智能制造产业园(二期)", K="other")
ARTICLES = [A("高新发展智能制造产业园(二期)工程建设热火朝天", MY)]
ZONES = [Z(MY, [MY, "高新区"])]
ENTERPRISES = [E("京东方", kind="short"), E("长虹", kind="short")]
FIGURES = [
    F("约12.49亿元", 1249000000, "元", **PJ, M="总投资", P=None),
    F("约293亩", 293, "亩", **PJ, M="占地面积", P=None),
    F("约31.23万平方米", 312300, "平方米", **PJ, M="总建筑面积", P=None),
    F("15栋", 15, "栋", kind="count", **PJ, M="建筑", P=None),
    F("13栋", 13, "栋", kind="count", **PJ, M="工业厂房", P=None),
    F("2栋", 2, "栋", kind="count", **PJ, M="综合配套房屋", P=None),
    F("100家以上", 100, "家", **PJ, M="入驻企业", P=None, T=True),
    F("约20亿元", 2000000000, "元", **PJ, M="年产值", P=None, T=True),
    F("约6000余万元", 60000000, "元", **PJ, M="年创税收", P=None, T=True),
    F("2000余人", 2000, "人", **PJ, M="解决就业", P=None, T=True),
]
DATES = [D("2021-10-24", "2021-10-24"), D("10月18日", "2021-10-18", inferred=True)]
EXCLUDE = []
