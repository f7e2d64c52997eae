# eratime.tw (新聞視界時報, Taiwan online paper), a rewrite of 臺南市政府's investment report: headline first, then
# `發布日期:5/23/2025` (a dated mention, month/day/year) → published 2025-05-23, byline. The stored text breaks off in
# the last sentence (`並促進周邊傳統產業與供應`): cut after the 台積電 paragraph. Bare `去年` (twice) is no dated mention.
# No zone: 南科 (南部科學園區), 柳營科學園區三期 and 沙崙 are Taiwan science parks/areas, not GUIDE zones.
# Companies, all short: 聯詠科技 (`聯詠` in the later list a variant), 美光科技 (`美光` a variant), 友達 (`原友達廠房`),
# AMD with 超微 (its Chinese name, listed again among the firms) as a variant, 荏原精密, 艾司摩爾, 緯創, 群聯, 台積電.
# Figures: `115件`, `1,852億元`; `突破兆元大關` and `突破兩兆元` are milestones written with the scale word 兆 (10^12 in
# Taiwan usage; heldout16's `突破千亿元` rule) → 1兆元 and 2兆元; `連續四年` a duration in 年, no figure.
# Facts: the city's investment tally (subject 臺南, to date → 2025-05); 南科's revenue milestones (2021–2024, 2024).
PUBLISHED = "2025-05-23"
PUBLISHED_INFERRED = False
TN = dict(S="臺南", K="other", P="2025-05")
NK = dict(S="南科", K="other")
ARTICLES = [A("臺南招商成果豐碩 創新驅動產業群聚,共築大南方新矽谷未來", None)]
ZONES = []
ENTERPRISES = [E("聯詠科技", ["聯詠"], kind="short"), E("美光科技", ["美光"], kind="short"), E("友達", kind="short"),
               E("AMD", ["超微"], kind="short"), E("荏原精密", kind="short"), E("艾司摩爾", kind="short"),
               E("緯創", kind="short"), E("群聯", kind="short"), E("台積電", kind="short")]
FIGURES = [
    F("115件", 115, "件", **TN, M="成功落實投資案"),
    F("1,852億元", 185200000000, "元", **TN, M="投資金額"),
    F("兆元", 1000000000000, "元", **NK, M="營業額", P=("2021", "2024")),
    F("兩兆元", 2000000000000, "元", **NK, M="營業額", P="2024"),
]
DATES = [D("5/23/2025", "2025-05-23")]
EXCLUDE = []
