# bkpcr.com (达州 investment-promotion portal, 招商动态 column); date printed. Companies appear as the owners
# named at the head of project names (越洋电子…, 环州机电…, 汇通机电…, 玉竹麻业…) → short entries.
PUBLISHED = "2012-03-31"
PUBLISHED_INFERRED = False
DZ = "大竹县"
Q1 = ("2012-01", "2012-03")
ARTICLES = [A("大竹8个项目集中开工", None)]
ZONES = []
ENTERPRISES = [E("越洋电子", kind="short"), E("环州机电", kind="short"), E("汇通机电", kind="short"), E("玉竹麻业", kind="short")]
FIGURES = [
    F("8个", 8, "个", S=DZ, K="other", M="集中开工项目", P="2012-03-28"),
    F("8个", 8, "个", S=DZ, K="other", M="集中开工项目", P="2012-03-28"),
    F("11.7亿元", 1170000000, "元", S=DZ, K="other", M="总投资", P="2012-03-28"),
    F("8个", 8, "个", S=DZ, K="other", M="集中开工项目", P="2012-03-28"),
    F("5个", 5, "个", S=DZ, K="other", M="总投资超亿元以上的项目", P="2012-03-28"),
    F("500万元", 5000000, "元", S=DZ, K="other", M=None, P=Q1),
    F("75个", 75, "个", S=DZ, K="other", M="新开工项目", P=Q1),
    F("77.8亿元", 7780000000, "元", S=DZ, K="other", M="总投资", P=Q1),
    F("128个", 128, "个", S=DZ, K="other", M="续建项目", P=Q1),
]
DATES = [
    D("2012-03-31", "2012-03-31"),
    D("3月28日", "2012-03-28", inferred=True),
    D("一季度", "2012-01", "2012-03", inferred=True),
    D("一季度", "2012-01", "2012-03", inferred=True),
]
