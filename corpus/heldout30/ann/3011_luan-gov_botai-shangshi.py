# www.luan.gov.cn (六安市 government, `动态信息`): a zone's investment story about a company's Hong Kong listing; the
# `标签/扫一扫/关联信息` footer cut. No printed date: the listing day `9月30日` is 2025 (the text plans the plant's
# equipment for `2025年11月底`, after the listing) → published 2025 (inferred).
# Zone: 六安高新区 (with bare `高新区`); primary. Companies: 博泰车联网科技(上海)股份有限公司 (registered; `博泰车联` its
# bracketed short name, bare `博泰` heading the project its variant), 六安高新投 (the zone's platform company, short).
# Not companies: 省铁路基金 (a fund), 香港联合交易所 / 港交所 (the exchange, a market named as a place of listing).
# Figures: stock code `02889` no figure; `102.23港元/股`, `157港元/股` (price units set to money by hand); `超230亿港元`
# approx; `约70亿元` approx; `3倍`; `50万套` stands inside the project's name (heldout10/16: no figure); `不低于` sets no
# approx (heldout3/16). Dates: `9月30日` → 2025-09-30 and `12月底` → 2025-12 (inferred), `2024年3月`, `2024年10月`,
# `2025年11月底` → 2025-11.
# Facts: share price, rise and market value are 博泰's on its listing day; valuation and the 2.5亿 stake are the
# zone's 2024-03 investment; the project's plant numbers are 博泰's, the 2025 output and tax floors targets.
PUBLISHED = "2025"
PUBLISHED_INFERRED = True
LA = "六安高新区"
BT = "博泰车联网科技(上海)股份有限公司"
BK = dict(S=BT, K="enterprise")
L930 = "2025-09-30"
ARTICLES = [A("六安高新区资本招商实现新突破——博泰车联成功在港交所上市", LA)]
ZONES = [Z(LA, [LA, "高新区"])]
ENTERPRISES = [E(BT, ["博泰车联", "博泰"]), E("六安高新投", kind="short")]
FIGURES = [
    F("102.23港元/股", 102.23, "港元/股", kind="money", **BK, M="发行价", P=L930),
    F("157港元/股", 157, "港元/股", kind="money", **BK, M="首日收盘价", P=L930),
    F("53%", 53, "%", **BK, M="首日上涨", P=L930, C=True),
    F("超230亿港元", 23000000000, "港元", **BK, M="总市值", P=L930),
    F("约70亿元", 7000000000, "元", **BK, M="估值", P="2024-03"),
    F("2.5亿元", 250000000, "元", S=LA, K="zone", M="对博泰车联股权投资", P="2024-03"),
    F("3倍", 3, "倍", S=LA, K="zone", M="国有资本增值", P=None, C=True),
    F("50.3亩", 50.3, "亩", **BK, M="智能座舱系统项目占地", P=None),
    F("3.6亿元", 360000000, "元", **BK, M="项目总投资", P=None),
    F("4.3万平方米", 43000, "平方米", **BK, M="生产性厂房建设面积", P=None),
    F("20亿元", 2000000000, "元", approx=False, **BK, M="年产值", P=None, T=True),
    F("3000万元", 30000000, "元", approx=False, **BK, M="年纳税", P=None, T=True),
]
DATES = [D("9月30日", L930, inferred=True), D("2024年3月", "2024-03"), D("2024年10月", "2024-10"),
         D("2025年11月底", "2025-11"), D("12月底", "2025-12", inferred=True)]
EXCLUDE = ["02889", "50万套"]
