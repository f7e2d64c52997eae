# m.zz.mnw.cn (闽南网 漳州 channel, copy of a 福建日报 story, provincial paper), printed `2020-10-14 08:50` (clock no
# figure). Whole as returned. No zone (云霄 is a county; 下港片区 a district area), no company. `第三季度` (no year) →
# 2020-07..09 (year inferred), in the headline and the body. `计划总投资` → target (heldout8), the signing counts are
# levels of the quarter; `日前` ceremony counts take the quarter (heldout8's 916).
PUBLISHED = "2020-10-14"
PUBLISHED_INFERRED = False
YX = dict(S="云霄", K="other")
Q3 = ("2020-07", "2020-09")
Y = 100000000
ARTICLES = [A("云霄第三季度17个项目签约 计划总投资44.8亿元", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("17个", 17, "个", **YX, M="签约招商项目", P=Q3),
    F("44.8亿元", 44.8*Y, "元", **YX, M="计划总投资", P=Q3, T=True),
    F("17个", 17, "个", **YX, M="签约招商项目", P=Q3),
    F("44.8亿元", 44.8*Y, "元", **YX, M="计划总投资", P=Q3, T=True),
    F("9个", 9, "个", **YX, M="集中签约项目", P=Q3),
    F("36.8亿元", 36.8*Y, "元", **YX, M="计划总投资", P=Q3, T=True),
    F("23.3亿元", 23.3*Y, "元", S="下港片区棚户区改造建设项目", K="other", M="计划总投资", P=None, T=True),
]
DATES = [D("第三季度", Q3[0], Q3[1], inferred=True), D("2020-10-14", "2020-10-14"), D("第三季度", Q3[0], Q3[1], inferred=True)]
EXCLUDE = ["08:50"]
