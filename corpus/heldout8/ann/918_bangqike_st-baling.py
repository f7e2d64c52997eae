# licai.bangqike.com (stock-information site) relay of a listed company's announcement (ST八菱), printed
# `admin 阅读: 2024-11-29 11:07:24` (clock no figure; the 阅读 counter is empty). Cut after the announcement's last
# sentence (the site's 原创/转载 notice and 声明 follow). Spaces inside numbers and dates as stored (`5 亿元`,
# `2024 年 11 月 28 日`). Zone: `芜湖市江北新区` (`…新区`) → canonical 芜湖江北新区 (市 dropped, heldout7), primary
# (the company's project is set there); 皖江江北新兴产业集中区 (集中区 is no zone word) is not a zone. Companies: ST八菱,
# 安徽八菱 (its subsidiary) short. `第七届…第十二次` ordinals. `计划/投产后/达产后` → targets; `不低于` sets no approx.
PUBLISHED = "2024-11-29"
PUBLISHED_INFERRED = False
JB = "芜湖江北新区"
PJ = dict(S="新能源汽车配件智能生产基地项目", K="other")
ARTICLES = [A("ST八菱:与皖江江北新兴产业集中区管委会签订5亿元项目投资合同", JB)]
ZONES = [Z(JB, ["芜湖市江北新区"])]
ENTERPRISES = [E("ST八菱", kind="short"), E("安徽八菱", kind="short")]
FIGURES = [
    F("5亿元", 500000000, "元", S="ST八菱", K="enterprise", M="项目投资合同", P="2024-11-28"),
    F("5 亿元", 500000000, "元", **PJ, M="计划总投资", P=None, T=True),
    F("约 109 亩", 109, "亩", **PJ, M="总用地", P=None),
    F("70 万台", 700000, "台", **PJ, M="年产车用换热器", P=None, T=True),
    F("135 万套", 1350000, "套", **PJ, M="年产车用外饰件", P=None, T=True),
    F("5 亿元", 500000000, "元", **PJ, M="达产后次年年产值", P=None, T=True),
    F("2500 万元", 25000000, "元", **PJ, M="年经营贡献", P=None, T=True),
    F("500 人左右", 500, "人", **PJ, M="带动就业", P=None, T=True),
]
DATES = [
    D("2024-11-29", "2024-11-29"),
    D("11月28日", "2024-11-28", inferred=True),
    D("2024 年 11 月 28 日", "2024-11-28"),
]
EXCLUDE = ["11:07:24"]
