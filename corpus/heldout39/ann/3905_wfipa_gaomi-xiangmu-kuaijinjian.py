# wfipa.com (潍坊 investment-promotion site, `trend` channel); headline, printed `2022-03-30 21:06:50` (clock no
# figure) and its empty source/comment counters (`评论:0`, no figure) kept; whole as returned (the stored text ends on
# two empty lines). No zone: 高密市 is a city; 星宇新材料产业园, 仁和化工园, 信悦高新工业园 are parks (GUIDE). Primary null.
# Companies: 星宇公司 (`…公司` without 有限 → short; the bare `星宇` of `星宇项目负责人` a variant; the park is named
# for it), 高密市美登鞋业有限公司 (registered). The 仁和化工园 and 信悦高新工业园 projects name no owner: their
# figures take the park as printed (other). Capacities and outputs `全部建成投产以后`/`可年产`/`规划` → targets;
# `只` set as a count by hand (heldout16). `3月底` → 2022-03.
PUBLISHED = "2022-03-30"
PUBLISHED_INFERRED = False
XY = dict(S="星宇公司", K="enterprise")
RH = dict(S="高密市仁和化工园", K="other")
XN = dict(S="信悦高新工业园", K="other")
MD = "高密市美登鞋业有限公司"
ARTICLES = [A("潍坊高密:项目建设按下“快进键”", None)]
ZONES = []
ENTERPRISES = [E("星宇公司", ["星宇"], kind="short"), E(MD)]
FIGURES = [
    F("120亿只", 12000000000, "只", kind="count", **XY, M="可年产医用手套", T=True),
    F("50亿元", 5000000000, "元", **XY, M="新增销售收入", T=True),
    F("9亿元", 900000000, "元", **XY, M="利税", T=True),
    F("13.6亿元", 1360000000, "元", **RH, M="总投资"),
    F("40万吨", 400000, "吨", **RH, M="年产高性能合成胶乳", T=True),
    F("5万吨", 50000, "吨", **RH, M="年产水基型聚氨酯胶粘合剂", T=True),
    F("80亿元", 8000000000, "元", **XN, M="项目投资"),
    F("2931亩", 2931, "亩", **XN, M="规划占地面积", T=True),
    F("1亿余元", 100000000, "元", S=MD, K="enterprise", M="年产值", P="2022"),
]
DATES = [D("2022-03-30", "2022-03-30"), D("3月26日", "2022-03-26", inferred=True), D("3月底", "2022-03", inferred=True)]
EXCLUDE = ["21:06:50", "评论:0"]
