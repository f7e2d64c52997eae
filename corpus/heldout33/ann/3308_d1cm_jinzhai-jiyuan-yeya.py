# news.d1cm.com (第一工程机械网, a trade portal): the stored text puts the article first and its headline last
# (`金寨现代产业园区第二个工业招商项目正式签约` after the body); whole as returned. No printed date: `10月23日` takes
# its year from the plan `于2012年11月开工建设` (inferred) → published 2012-10 (inferred).
# No zone: 金寨现代产业园区 is a county 产业园区 (GUIDE: parks are no zones). Company: 安徽集源液压技术有限公司 (registered).
# Figures: `1.8亿` prints no unit → "" (heldout16 `23亿`); `第二个` an ordinal. Facts: subject the company; the plan's
# land, floor area, output, sales and tax (计划/可/预计) → target without period; investment as agreed on the day.
PUBLISHED = "2012-10"
PUBLISHED_INFERRED = True
JY = "安徽集源液压技术有限公司"
EK = dict(S=JY, K="enterprise")
ARTICLES = [A("金寨现代产业园区第二个工业招商项目正式签约", None)]
ZONES = []
ENTERPRISES = [E(JY)]
FIGURES = [
    F("58.4亩", 58.4, "亩", **EK, M="计划用地", T=True),
    F("3.9万平方米", 39000, "平方米", **EK, M="建筑面积", T=True),
    F("1.8亿", 180000000, "", **EK, M="总投资", P="2012-10-23"),
    F("1.45亿元", 145000000, "元", **EK, M="固定资产投资", P="2012-10-23"),
    F("60万台", 600000, "台", **EK, M="年产工程机械液压件", T=True),
    F("1.8亿元", 180000000, "元", **EK, M="年销售收入", T=True),
    F("3000万元", 30000000, "元", **EK, M="税收", T=True),
]
DATES = [D("10月23日", "2012-10-23", inferred=True), D("2012年11月", "2012-11"), D("2013年10月底", "2013-10")]
EXCLUDE = []
