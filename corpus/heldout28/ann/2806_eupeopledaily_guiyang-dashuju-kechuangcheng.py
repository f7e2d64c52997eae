# eupeopledaily.com (overseas portal) repost of a 人民日报 page-14 story; the byline line with the printed
# `2025年02月05日` (published) kept; `第 14 版` is a page number (no figure). The stored text ends on the section
# heading `落地企业数不断刷新` whose body is missing: cut after the paragraph before it.
# Title: 人民日报 prints a kicker above the main headline; the first line `贵阳大数据科创城落地企业数不断刷新` is read
# as the kicker and `数字新城加快生长` as the main headline (GUIDE: not the kicker).
# Zone: 贵安新区 (…新区, primary; also `贵州贵安新区`). Company: 贵州数据宝网络科技有限公司 (registered; `公司`).
# 上海张江软件产业园 is a park. Dates: `今年春节` (NEW as heldout16's lunar days: 正月初一 2025 = 2025-01-29, inferred).
# Figures: `53.12百亿亿次` (每秒…浮点运算) has the scale words 百·亿·亿 = 1e18: value 5.312e19, unit 次 — check.py
# reads only one scale word and reports VALUE? for it (explained in the README); `3年时间里` is a duration in 年 (no
# figure); `六成` → 60 % (heldout16 `X成`); `千亿级` a size class (no figure).
PUBLISHED = "2025-02-05"
PUBLISHED_INFERRED = False
KCC = dict(S="贵阳大数据科创城", K="other", P="2025-02")
SJB = "贵州数据宝网络科技有限公司"
ARTICLES = [A("数字新城加快生长", "贵安新区")]
ZONES = [Z("贵安新区", ["贵州贵安新区", "贵安新区"])]
ENTERPRISES = [E(SJB)]
FIGURES = [
    F("23个", 23, "个", **KCC, M="累计引进数据(智算)中心"),
    F("53.12百亿亿次", 5.312e19, "次", **KCC, M="算力规模"),
    F("1355家", 1355, "家", **KCC, M="集聚企业"),
    F("超过1700亿元", 170000000000, "元", **KCC, M="注册资本总额"),
    F("800多家", 800, "家", **KCC, M="大数据企业"),
    F("六成", 60, "%", **KCC, M="大数据企业占比", approx=False),
    F("1亿元", 100000000, "元", S=SJB, K="enterprise", M="入驻前营业收入"),
    F("2.5亿元", 250000000, "元", S=SJB, K="enterprise", M="营业收入", P="2025-02"),
    F("7.01平方公里", 7.01, "平方公里", S="贵阳大数据科创城", K="other", M="核心区域面积"),
]
DATES = [D("2025年02月05日", "2025-02-05"), D("今年春节", "2025-01-29", inferred=True)]
EXCLUDE = ["第 14 版", "3年时间"]
