# iewzx.com (aggregator, `看点` channel) copy of a 格隆汇 item on a listed company's announcement; printed
# `2022-11-20 15:51:54` (clock no figure). Whole as returned. The column tag `【全球新要闻】` is no part of the title.
# Stock code `688383` furniture. 新益昌 (listed, short, subject of most sentences; `公司`) and 中山火炬开发区临海工业园开发有限公司
# (registered, twice). Zone: `中山市翠亨新区` (…新区, heldout10's 中山翠亨新区 canonical); the `中山火炬开发区` inside the
# registered company name is part of a name, not a zone mention. `不低于6亿元(人民币)` → `6亿元`, no approx, target.
# 新益昌半导体智能装备制造基地(项目) is a project.
PUBLISHED = "2022-11-20"
PUBLISHED_INFERRED = False
XY = "新益昌"
CH = "中山翠亨新区"
EK = dict(S=XY, K="enterprise")
ARTICLES = [A("新益昌(688383.SH)拟投建新益昌半导体智能装备制造基地项目 总投资额不低于6亿元", CH)]
ZONES = [Z(CH, ["中山市翠亨新区"])]
ENTERPRISES = [E(XY, kind="short"), E("中山火炬开发区临海工业园开发有限公司")]
FIGURES = [
    F("6亿元", 600000000, "元", **EK, M="总投资额", P=None, T=True),
    F("6亿元", 600000000, "元", **EK, M="拟总投资额", P=None, T=True),
]
DATES = [D("2022-11-20", "2022-11-20"), D("11月20日", "2022-11-20", inferred=True), D("2022年11月18日", "2022-11-18")]
EXCLUDE = ["15:51:54", "688383"]
