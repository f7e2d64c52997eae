# seozhanwang.com (a gambling site's page) carrying a machine-spun copy of a 格隆汇 listed-company digest: the
# headline line starts with the site's spam tag `bet36体育在线,` (no part of the title); names are spun differently at
# each mention (`同三力行`/`通三力行` for the listed company, `戈龙汇` for 格隆汇, `丽河双清`/`力合双清`/`力合双庆`/`利和双清`),
# `??` kept as stored. The stored text breaks off in the last paragraph: cut after the one before.
# No printed date: `戈龙汇11月18日` takes the year from `2020年11月18日` (inferred) → published 2020-11-18 (inferred).
# Companies: the listed company (`同三力行(002243.SZ)` headline, `通三力行(002243.SZ)` body: one short entry, the
# other spelling a variant); 广东利和双清科技创新有限公司 (registered; `利和双清` its bracketed short name, `力合双庆` the
# same subsidiary spun, used as a company subject); 丽和科技集团有限公司 (registered; `丽和科技`); 力合科创 (short, the
# wholly owned subsidiary). Not enterprises: 戈龙汇 (media), the project names `力合双清工业大学研究(二期)建设项目`
# and `丽河双清工业大学研究…`, 清湖工业园区 (a town park, no GUIDE zone), `Mi` (a spun fragment).
# Figures: `不超过9.7亿元` ceilings → text `9.7亿元`, no approx, target (heldout16 1601); `约为310,000平方米`,
# `约为190,000平方米` carry 约 (approx set by hand, the figure text is the number with its unit); counts of companies in
# the phase-one project. Stock code `002243` (twice) is furniture.
PUBLISHED = "2020-11-18"
PUBLISHED_INFERRED = True
LH = "广东利和双清科技创新有限公司"
EK = dict(S=LH, K="enterprise")
ARTICLES = [A("同三力行(002243.SZ):该子公司计划在力合双清工业大学研究(二期)建设项目中投资不超过9.7亿元。", None)]
ZONES = []
ENTERPRISES = [E("通三力行", ["同三力行"], kind="short"), E(LH, ["利和双清", "力合双庆"]),
               E("丽和科技集团有限公司", ["丽和科技"]), E("力合科创", kind="short")]
FIGURES = [
    F("9.7亿元", 970000000, "元", approx=False, **EK, M="二期建设项目投资", T=True),
    F("9.7亿元", 970000000, "元", approx=False, **EK, M="出资投资项目二期", T=True),
    F("151,900平方米", 151900, "平方米", **EK, M="一期工程总占地面积"),
    F("310,000平方米", 310000, "平方米", approx=True, **EK, M="一期规划建筑面积"),
    F("约155,000平方米", 155000, "平方米", **EK, M="已运营面积", P="2020-11-18"),
    F("19家", 19, "家", **EK, M="一期项目入驻高科技公司", P="2020-11-18"),
    F("1家", 1, "家", **EK, M="中小型上市公司", P="2020-11-18"),
    F("2家", 2, "家", **EK, M="新上市的三级公司", P="2020-11-18"),
    F("约55,000平方米", 55000, "平方米", **EK, M="二期总土地面积", T=True),
    F("190,000平方米", 190000, "平方米", approx=True, **EK, M="二期总规划建筑面积", T=True),
]
DATES = [D("11月18日", "2020-11-18", inferred=True), D("2020年11月18日", "2020-11-18"), D("2016年12月", "2016-12")]
EXCLUDE = ["002243", "bet36"]
