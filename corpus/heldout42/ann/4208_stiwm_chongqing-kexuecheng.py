# stiwm.com (a 呼倫貝爾 guarantee site's `行業動態`) copy in Traditional script with glued readings of a 新华社 wire; crumbs
# and `時間:2021-12-24 09:10:59 來源:新華網` kept; the site's disclaimer (`版權聲明…`, broken off) is cut.
# Zone: 重慶高新區 (`重慶高新區(qū)直管園`, the science city's core). 西部(重慶)科學城 is a science city (not a zone of
# GUIDE's list, as heldout40's 嘉兴科技城), so the primary zone is null and the citywide figures' subject is the printed
# `西部(重慶)科學(xué)城`; the core area's figures are the zone's. Company: 中國平安 heading a project name (short); 重慶大學
# is a university. `2021年四季度` stands inside the event's name (`…2021年四季度重點項目集中開工活動`): no date.
# Thresholds `200億元以上` etc. approx, no period; other figures at the ceremony's day `22日` (2021-12-22). Started projects'
# totals are levels.
PUBLISHED = "2021-12-24"
PUBLISHED_INFERRED = False
KX = dict(S="西部(重慶)科學(xué)城", K="other")
CQ = "重慶高新區"
ZK = dict(S=CQ, K="zone")
DAY = "2021-12-22"
ARTICLES = [A("西部(重慶)科學(xué)城新一輪重大項目開工 總投資1063億元", None)]
ZONES = [Z(CQ, ["重慶高新區(qū)"])]
ENTERPRISES = [E("中國平安", kind="short")]
FIGURES = [
    F("1063億元", 106300000000, "元", **KX, M="新一輪重大項目總投資", P=DAY),
    F("50個", 50, "個", **KX, M="集中開工重點項目", P=DAY),
    F("1063億元", 106300000000, "元", **KX, M="總投資額", P=DAY),
    F("200億元以上", 20000000000, "元", **KX, M="項目投資門檻", P=None),
    F("1個", 1, "個", **KX, M="投資200億元以上項目", P=DAY),
    F("50億元以上", 5000000000, "元", **KX, M="項目投資門檻", P=None),
    F("5個", 5, "個", **KX, M="投資50億元以上項目", P=DAY),
    F("10億元以上", 1000000000, "元", **KX, M="項目投資門檻", P=None),
    F("27個", 27, "個", **KX, M="投資10億元以上項目", P=DAY),
    F("7個", 7, "個", **KX, M="科技創新類項目", P=DAY),
    F("125億元", 12500000000, "元", **KX, M="科技創新類總投資", P=DAY),
    F("29個", 29, "個", **KX, M="產業發展類項目", P=DAY),
    F("563億元", 56300000000, "元", **KX, M="產業發展類總投資", P=DAY),
    F("14個", 14, "個", **KX, M="城市建設類項目", P=DAY),
    F("375億元", 37500000000, "元", **KX, M="城市建設類總投資", P=DAY),
    F("15個", 15, "個", **ZK, M="核心區開工項目", P=DAY),
    F("660億元", 66000000000, "元", **ZK, M="核心區項目總投資", P=DAY),
    F("62%", 62, "%", **ZK, M="占集中開工項目總投資額", P=DAY),
]
DATES = [D("2021-12-24", "2021-12-24"), D("12月23日", "2021-12-23", inferred=True), D("22日", DAY, inferred=True)]
EXCLUDE = ["09:10:59", "2021年四季度"]
