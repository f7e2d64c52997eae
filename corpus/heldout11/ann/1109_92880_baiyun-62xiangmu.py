# m.92880.cn (aggregator copy of a 中新網 wire) in Traditional script with conversion-tool readings glued into words
# (`中新網(wǎng)`, `區(qū)`), kept as stored (heldout10's 1016). Cut after `(完)` (the `經濟新聞精選` teaser list followed).
# Dateline `廣州10月29日電` without year; the year is the page's own `2024年四季度` → published 2024-10-29 inferred;
# `10月29日`, `29日` are dated mentions, year inferred. No GUIDE zone (白云區 is a district). 廣東儲云能源科技有限公司
# registered; 魅視顯控, 修正, 點都德 head their project names (short, heldout7). `超千億元` in the headline is a
# milestone without a numeral (no figure, as 1103); `300MW/600MWh儲能實證比對區` and `110kV升壓站` are facility specs
# (heldout10: capacities in project names are no figures).
PUBLISHED = "2024-10-29"
PUBLISHED_INFERRED = True
BY = dict(S="白云區", K="other")
D29 = "2024-10-29"
Q4 = ("2024-10", "2024-12")
Q3 = ("2024-01", "2024-09")
ARTICLES = [A("廣州白云62個重點項目集中開工 總投資超千億元", None)]
ZONES = []
ENTERPRISES = [E("廣東儲云能源科技有限公司"), E("魅視顯控", kind="short"), E("修正", kind="short"),
               E("點都德", kind="short")]
FIGURES = [
    F("62個", 62, "個", **BY, M="集中開工重點項目", P=D29),
    F("62個", 62, "個", **BY, M="集中開工重大項目", P=D29),
    F("近1087億元", 108700000000, "元", **BY, M="總投資"),
    F("824億元", 82400000000, "元", **BY, M="“攻城拔寨”重點項目投資", P=Q3),
    F("超900億元", 90000000000, "元", **BY, M="固定資產投資", P=Q3),
    F("2086.3億元", 208630000000, "元", **BY, M="地區生產總值", P=Q3),
    F("5.1%", 5.1, "%", **BY, M="地區生產總值", P=Q3, C=True),
    F("62個", 62, "個", **BY, M="四季度開工項目", P=Q4),
    F("13個", 13, "個", **BY, M="民企產業項目", P=D29),
    F("65%", 65, "%", **BY, M="民企產業項目占全部產業項目比例", P=D29),
    F("240億元", 24000000000, "元", **BY, M="民企產業項目總投資"),
    F("67.8%", 67.8, "%", **BY, M="民企產業項目總投資占產業比"),
]
DATES = [
    D("10月29日", D29, inferred=True),
    D("2024年四季度", Q4[0], Q4[1]),
    D("29日", D29, inferred=True),
    D("2024年前三季度", Q3[0], Q3[1]),
    D("四季度", Q4[0], Q4[1], inferred=True),
]
EXCLUDE = ["300MW/600MWh", "110kV"]
