# thepaper.cn (澎湃新闻, national news site, item from 央视新闻), app/login furniture, `• +1` share counter (no figure),
# printed `2024-03-14 16:22` (clock no figure), column link `自贸区连线 >` and `字号` kept. The returned text runs on
# into the site footer (报料 phone, ICP/licence numbers, copyright): cut after the editor lines.
# No zone: 临港新片区 (and the FTZ's 临港新片区外资服务中心) is a 自贸试验区 片区, no GUIDE word (heldout8/10). No companies.
# `10多个` (count, approx) is a figure. `2020到2023年` one ranged date; `2024年` a target year; `去年` bare no date.
# `1205家`/`3328家` are the 2020 and 2023 levels of new foreign firms; `93%` last year's (2023) change.
# 2024 goals: `20亿美元以上` (approx), `不低于50亿美元` (no approx), `1000家`, `5家` ×2, all targets.
PUBLISHED = "2024-03-14"
PUBLISHED_INFERRED = False
LG = dict(S="临港新片区", K="other")
D14 = "2024-03-14"
Y = 100000000
ARTICLES = [A("上海临港新片区外资服务中心正式设立,大会现场签约总额超50亿元", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("超50亿元", 50*Y, "元", **LG, M="现场签约总额", P=D14),
    F("10多个", 10, "个", **LG, M="现场签约外商投资项目", P=D14),
    F("超50亿元", 50*Y, "元", **LG, M="现场签约总额", P=D14),
    F("45.3%", 45.3, "%", **LG, M="实到外资年均增长", P=("2020", "2023"), C=True),
    F("1205家", 1205, "家", **LG, M="新设外资企业数量", P="2020"),
    F("3328家", 3328, "家", **LG, M="新设外资企业数量", P="2023"),
    F("93%", 93, "%", **LG, M="新设外资企业数量同比增长", P="2023", C=True),
    F("20亿美元以上", 20*Y, "美元", **LG, M="实到外资规模", P="2024", T=True),
    F("50亿美元", 50*Y, "美元", **LG, M="合同外资金额", P="2024", T=True),
    F("1000家", 1000, "家", **LG, M="新设外资企业", P="2024", T=True),
    F("5家", 5, "家", **LG, M="认定跨国公司地区总部", P="2024", T=True),
    F("5家", 5, "家", **LG, M="认定外资研发中心", P="2024", T=True),
]
DATES = [
    D("2024-03-14", D14),
    D("3月14日", D14, inferred=True),
    D("2020到2023年", "2020", "2023"),
    D("2024年", "2024"),
]
EXCLUDE = ["16:22", "+1"]
