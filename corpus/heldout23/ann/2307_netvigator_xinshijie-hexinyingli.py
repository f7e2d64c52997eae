# 105.47.198.203.static.netvigator.com: a Hong Kong IP host serving 香港新聞網's pages (the site's own host hkcna.hk was
# used by heldout9/11 for other stories; this host is in no source table). Traditional script, HK company results.
# Crumbs, `分享到:`, the printed `2023-09-30 12:16` (clock no figure), `【字號:` and a photo caption kept; `【編輯】` and the
# video/teaser list after `(完)` cut.
# Dates: printed 2023-09-30 (not inferred); dateline `9月30日` (year inferred); the fiscal year `2022/2023` (heldout16:
# fiscal years are dates; span 2022..2023 as GUIDE's `2018-2020年`); `6月底` (→ 2023-06, inferred). `今明兩個財年`,
# `截至目前` no dated mentions.
# Companies (short): 新世界發展 (with `新世界`, the same company), 新創建 (stock code `0659` furniture). Not enterprises:
# 香港新聞網, 大公報 (media), the malls/buildings K11 MUSEA, K11 Art Mall, K11 ATELIER King's Road, 南商金融創新中心.
# Figures: `1.9倍` (ratio); `超過3,000個` (approx); `約`/`近` amounts approx. Facts: results of the year to June 2023
# (2022-07..2023-06); sales to be booked in the current and next fiscal years and the launches planned → target with
# those years; dividends declared are levels (not targets).
PUBLISHED = "2023-09-30"
PUBLISHED_INFERRED = False
NW = "新世界發展"
FY = ("2022-07", "2023-06")
R = dict(S=NW, K="enterprise", P=FY)
ARTICLES = [A("新世界發展全年核心盈利升21% 連有條件特別息派2.35元", None)]
ZONES = []
ENTERPRISES = [E(NW, ["新世界"], kind="short"), E("新創建", kind="short")]
FIGURES = [
    F("21%", 21, "%", **R, M="全年核心盈利按年升", C=True),
    F("2.35元", 2.35, "元", **R, M="全年派息"),
    F("110.1億元", 11010000000, "元", **R, M="全年核心盈利"),
    F("21%", 21, "%", **R, M="全年核心盈利按年升", C=True),
    F("0.3元", 0.3, "元", **R, M="末期息"),
    F("1.59元", 1.59, "元", **R, M="有條件特別息"),
    F("2.35元", 2.35, "元", **R, M="全年共派息"),
    F("14.1%", 14.1, "%", **R, M="全年派息按年增加", C=True),
    F("167.5億元", 16750000000, "元", **R, M="香港物業發展收入"),
    F("952.14億元", 95214000000, "元", **R, M="綜合收入"),
    F("40%", 40, "%", **R, M="綜合收入按年增加", C=True),
    F("167.5億元", 16750000000, "元", **R, M="香港物業發展收入"),
    F("1.9倍", 1.9, "倍", **R, M="香港物業發展收入按年增", C=True),
    F("約88.59億元", 8859000000, "元", **R, M="應佔物業合同銷售"),
    F("46.35億元", 4635000000, "元", S=NW, K="enterprise", P=("2023-07", "2024-06"), M="未入賬應佔物業合約銷售收入入賬", T=True),
    F("72.19億元", 7219000000, "元", S=NW, K="enterprise", P=("2024-07", "2025-06"), M="未入賬應佔物業合約銷售收入入賬", T=True),
    F("近50億元", 5000000000, "元", **R, M="整體物業投資收入"),
    F("3.6%", 3.6, "%", **R, M="整體物業投資收入增", C=True),
    F("30.87億元", 3087000000, "元", **R, M="香港物業投資收入"),
    F("10%", 10, "%", **R, M="香港物業投資收入增", C=True),
    F("6個", 6, "個", S=NW, K="enterprise", P=("2023-07", "2024-06"), M="推出住宅項目", T=True),
    F("超過3,000個", 3000, "個", S=NW, K="enterprise", P=("2023-07", "2024-06"), M="提供單位", T=True),
    F("約940億元", 94000000000, "元", S=NW, K="enterprise", P="2023-09-30", M="可動用資金"),
]
DATES = [D("2023-09-30", "2023-09-30"), D("9月30日", "2023-09-30", inferred=True), D("2022/2023", "2022", "2023"),
         D("6月底", "2023-06", inferred=True)]
EXCLUDE = ["12:16", "0659", "K11"]
