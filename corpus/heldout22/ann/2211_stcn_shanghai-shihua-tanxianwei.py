# stcn.com (证券时报网, financial portal), an e公司 item on a listed company's announcement; the disclaimer, app,
# comment and recommendation widgets after `责任编辑` cut. Printed `2025-01-26 17:07` glued to `证券时报网` (clock and
# stock code `600688` EXCLUDE) → published; `1月26日` (year inferred). `48K` is a product grade (code, as GUIDE's `8K`):
# no figure, EXCLUDE. Zone: 苏里格经济开发区 (`…开发区`; other kinds keep their own form); primary, as heldout16's 1601
# (the listed company's project sited in the zone; its other half sits in a district, 金山区, no zone).
# Company: 上海石化 (short, listed). Figures: `约31.96亿元` in headline and body (approx); capacities `2.4万吨/年`,
# `1.2万吨/年` (unit 吨/年, measure by hand; already built → level, publication month).
PUBLISHED = "2025-01-26"
PUBLISHED_INFERRED = False
SH = "上海石化"
EK = dict(S=SH, K="enterprise")
SL = "苏里格经济开发区"
ARTICLES = [A("上海石化:拟约31.96亿元新建大丝束碳纤维项目", SL)]
ZONES = [Z(SL, [SL])]
ENTERPRISES = [E(SH, kind="short")]
FIGURES = [
    F("约31.96亿元", 3196000000, "元", **EK, M="大丝束碳纤维项目投资", P=None, T=True),
    F("2.4万吨/年", 24000, "吨/年", kind="measure", **EK, M="原丝产能", P="2025-01"),
    F("1.2万吨/年", 12000, "吨/年", kind="measure", **EK, M="48K大丝束碳纤维产能", P="2025-01"),
    F("约31.96亿元", 3196000000, "元", **EK, M="新建大丝束碳纤维项目投资", P=None, T=True),
]
DATES = [D("2025-01-26", "2025-01-26"), D("1月26日", "2025-01-26", inferred=True)]
EXCLUDE = ["17:07", "600688", "48K"]
