# finance.ifeng.com (凤凰网 大风号 self-media page, Simplified) carrying a 财联社 flash on a listed company's
# announcement; blank lines at the start kept; the platform's 特别声明/Notice after the item cut. Title: the
# bracketed headline without its `【】`. No printed date: `6月18日` takes 2025 from the body's cooperation term that
# starts `2025年6月` (the announcement of that month; published 2025-06-18, inferred). The term
# `2025年6月至2030年5月` is one span (GUIDE's `2018-2020年`). Zone: 临武高新技术产业开发区 → `临武高新区` (primary).
# Company: 大中矿业 (short; `001203` EXCLUDE). `年产3000吨金属锂电池新材料项目` is the project's name (quoted in the
# body, the same name in the headline): its capacity is no figure (heldout10's project names with capacities;
# `3000吨` EXCLUDE); the phases' `1000吨`, `2000吨` are planned capacities (target). `本年度` no date (no number).
PUBLISHED = "2025-06-18"
PUBLISHED_INFERRED = True
DZ = "大中矿业"
LW = "临武高新区"
EK = dict(S=DZ, K="enterprise")
ARTICLES = [A("大中矿业:拟投资10亿元建设年产3000吨金属锂电池新材料项目", LW)]
ZONES = [Z(LW, ["临武高新技术产业开发区"])]
ENTERPRISES = [E(DZ, kind="short")]
FIGURES = [
    F("10亿元", 1000000000, "元", **EK, M="金属锂电池新材料项目投资", P=None, T=True),
    F("10亿元", 1000000000, "元", **EK, M="项目投资", P=None, T=True),
    F("1000吨", 1000, "吨", **EK, M="二期年产金属锂电池新材料", P=None, T=True),
    F("2000吨", 2000, "吨", **EK, M="三期年产金属锂电池新材料", P=None, T=True),
]
DATES = [D("6月18日", "2025-06-18", inferred=True), D("2025年6月至2030年5月", "2025-06", "2030-05")]
EXCLUDE = ["001203", "3000吨"]
