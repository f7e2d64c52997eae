# m.shouyi.meiriwang.net, repost of 证券时报·e公司 (national securities paper's company-news service): a listed
# company's announcement. Printed `发布时间:2023-08-20 17:02:15` (clock no figure). Zone 祁阳高新区 (twice), where the
# project is → primary_zone. 科力尔 (listed company, named short; it heads 科力尔智能制造产业园项目) → short; 祁阳市人民政府
# is government. Stock code `002892`, `(第一期)` (ordinal), `六年` (a duration in 年, Chinese) are not figures.
# The headline's `8亿元` and the body's `预计总投资8亿元` are two figures. All plan figures (拟 / 预计) → target.
PUBLISHED = "2023-08-20"
PUBLISHED_INFERRED = False
KL = "科力尔"
PJ = "科力尔智能制造产业园项目"
ARTICLES = [A("科力尔:拟8亿元投建智能制造产业园项目第一期", "祁阳高新区")]
ZONES = [Z("祁阳高新区", ["祁阳高新区"])]
ENTERPRISES = [E(KL, kind="short")]
FIGURES = [
    F("8亿元", 800000000, "元", S=KL, K="enterprise", M="投资", P=None, T=True),
    F("约225亩", 225, "亩", S=PJ, K="other", M="工业用地", P=None, T=True),
    F("8亿元", 800000000, "元", S=PJ, K="other", M="总投资", P=None, T=True),
    F("约5.6亿元", 560000000, "元", S=PJ, K="other", M="固投", P=None, T=True),
]
DATES = [
    D("2023-08-20", "2023-08-20"),
    D("8月20日", "2023-08-20", inferred=True),
    D("8月18日", "2023-08-18", inferred=True),
]
EXCLUDE = ["17:02:15", "002892"]
