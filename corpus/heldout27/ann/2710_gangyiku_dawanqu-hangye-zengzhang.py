# cn.gangyiku.com (content farm, `kuai` channel) repost, in Simplified script, of a 香港中通社 (Hong Kong wire) item on
# the 团结香港基金/大新银行 Greater Bay Area industry index. Furniture kept: uploader `创始人`, `2025-10-21 17:02:15`
# (clock no figure), a lone counter `0` (widget, no figure: excluded), the photo caption. The stored text breaks off in
# the AI paragraph: cut after the confidence-index one. Published 2025-10-21 (printed).
# Enterprise: 大新银行 (a bank, short). 团结香港基金 is a think tank (foundation), 香港中通社/新华社 media. No zone.
# Dates: `10月21日` (dateline) and the bare day `21日` (联合发布) → 2025-10-21 (inferred); `今年3月` → 2025-03;
# `9月中` (截至9月中) → 2025-09 (as GUIDE's `6月下旬` → the month); bare `去年`/`今年`/`明年` naming the period of a
# figure are dated mentions (call, as 2704's `去年`): `由去年的4.9%加快至今年的7.1%` (2024, 2025), `由去年跌2.9%`
# (2024), `现状值(今年)和未来值(明年)` (2025, 2026); `较去年均上升约5点` is a comparison base (no dated mention, as
# 2706's `去年同期`).
# Figures: `+14.8%`/`+8.1%` → text without the sign (a rise, change); `接近10分` (接近 is not among GUIDE's approx words →
# approx false); index values without unit `55.5`, `57.3`, `50` (分界线: the line at 50) → unit ""; `六个`/`三大`/
# `六大` small Chinese counts. Facts: subject 大湾区 (other) for the index, 香港 for its scores, 启德体育园 for the events.
PUBLISHED = "2025-10-21"
PUBLISHED_INFERRED = False
DW = dict(S="大湾区", K="other")
HK = dict(S="香港", K="other", P="2025")
ARTICLES = [A("调查指大湾区行业增长提速 创科成增长“火车头”", None)]
ZONES = []
ENTERPRISES = [E("大新银行", kind="short")]
FIGURES = [
    F("7.1%", 7.1, "%", **DW, M="六个重点行业综合按年增长", P="2025", C=True),
    F("11个", 11, "个", **DW, M="城市"),
    F("逾120个", 120, "个", M="分析指标"),
    F("超过1300个", 1300, "个", M="数据点"),
    F("逾3400间", 3400, "间", M="访问大湾区企业"),
    F("4.9%", 4.9, "%", **DW, M="六个重点行业的按年增长率", P="2024", C=True),
    F("7.1%", 7.1, "%", **DW, M="六个重点行业的按年增长率", P="2025", C=True),
    F("14.8%", 14.8, "%", **DW, M="创科增长", P="2025", C=True),
    F("8.1%", 8.1, "%", **DW, M="制造业增长", P="2025", C=True),
    F("2.9%", 2.9, "%", **DW, M="建造及房地产跌幅", P="2024", C=True),
    F("0.4%", 0.4, "%", **DW, M="建造及房地产跌幅", P="2025", C=True),
    F("85.6分", 85.6, "分", **HK, M="金融服务得分"),
    F("10分", 10, "分", **HK, M="抛离深圳分差"),
    F("6.2%", 6.2, "%", **HK, M="金融服务按年增长", C=True),
    F("82.5分", 82.5, "分", **HK, M="贸易及物流得分"),
    F("79.3分", 79.3, "分", **HK, M="文化体育及旅游得分"),
    F("超过30场", 30, "场", S="启德体育园", K="other", M="举办体育盛事和演唱会", P="2025-09"),
    F("55.5", 55.5, "", S="六大行业", K="other", M="信心指数现状值", P="2025"),
    F("57.3", 57.3, "", S="六大行业", K="other", M="信心指数未来值", P="2026", T=True),
    F("约5点", 5, "点", S="六大行业", K="other", M="信心指数较去年上升", C=True),
    F("50", 50, "", M="分界线"),
]
DATES = [D("2025-10-21", "2025-10-21"), D("10月21日", "2025-10-21", inferred=True), D("21日", "2025-10-21", inferred=True),
         D("去年", "2024", inferred=True), D("今年", "2025", inferred=True), D("去年", "2024", inferred=True),
         D("今年3月", "2025-03", inferred=True), D("9月中", "2025-09", inferred=True),
         D("今年", "2025", inferred=True), D("明年", "2026", inferred=True)]
EXCLUDE = ["17:02:15", "\n0\n"]
