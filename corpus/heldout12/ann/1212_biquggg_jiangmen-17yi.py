# biquggg.com (copy of a 江门日报 story, Traditional conversion with pinyin readings glued in: `工業(yè)`, `項(xiàng)`), a
# `簡介:` digest line repeating the lead, collector/editor line kept. Whole as returned.
# No printed date: `10月26日` (twice) in 2007 (the expo's name) → 2007-10-26 (inferred), published 2007-10 inferred.
# `2007年中國(江門)摩托車工業(yè)博覽會暨…洽談會` (twice): the year inside the event's name → no date (GUIDE's event
# names), excluded. `百家客商` (three times: headline, digest, body): a Chinese numeral with the scale word 百 → 100 家
# (GUIDE `百余名`). `超千萬美元項(xiàng)目` (no numeral) is no figure (heldout10 thresholds). `100項(xiàng)` → `100項`.
# No zone (江門 a city). Enterprises: 鶴山市鉅穎電子科技有限公司, 維達(dá)紙業(yè)(江門)有限公司 (registered, reading kept as
# printed). Facts: subject 江門 (`我市`), the fair's day.
PUBLISHED = "2007-10"
PUBLISHED_INFERRED = True
JM = dict(S="江門", K="other")
DT = "2007-10-26"
ARTICLES = [A("百家客商簽約投資我市 簽約投資總額逾17億美元", None)]
ZONES = []
ENTERPRISES = [E("鶴山市鉅穎電子科技有限公司"), E("維達(dá)紙業(yè)(江門)有限公司")]
FIGURES = [
    F("百家", 100, "家", **JM, M="客商簽約投資", P=DT),
    F("逾17億美元", 1700000000, "美元", kind="money", **JM, M="簽約投資總額", P=DT),
    F("百家", 100, "家", **JM, M="客商", P=DT),
    F("百家", 100, "家", **JM, M="客商簽訂投資合同", P=DT),
    F("17.191億美元", 1719100000, "美元", kind="money", **JM, M="簽約投資總額", P=DT),
    F("100項", 100, "項", **JM, M="投資項目", P=DT),
    F("17.191億美元", 1719100000, "美元", kind="money", **JM, M="項目投資總額", P=DT),
    F("12億美元", 1200000000, "美元", kind="money", **JM, M="計劃任務", P=DT, T=True),
    F("143.25%", 143.25, "%", **JM, M="完成計劃任務", P=DT),
    F("53個", 53, "個", **JM, M="超千萬美元項目", P=DT),
    F("15.56億美元", 1556000000, "美元", kind="money", **JM, M="超千萬美元項目投資總額", P=DT),
    F("9300萬美元", 93000000, "美元", kind="money", S="鶴山市鉅穎電子科技有限公司", K="enterprise", M="總投資", P=DT),
    F("5000萬美元", 50000000, "美元", kind="money", S="維達(dá)紙業(yè)(江門)有限公司", K="enterprise", M="增資", P=DT, C=True),
    F("13.66億美元", 1366000000, "美元", kind="money", **JM, M="外資項目投資額", P=DT),
    F("79.49%", 79.49, "%", **JM, M="外資項目占項目總額", P=DT),
    F("3.52億美元", 352000000, "美元", kind="money", **JM, M="民資項目投資額", P=DT),
    F("20.51%", 20.51, "%", **JM, M="民資項目占項目總額", P=DT),
]
DATES = [D("10月26日", DT, inferred=True), D("10月26日", DT, inferred=True)]
EXCLUDE = ["2007年中國"]
