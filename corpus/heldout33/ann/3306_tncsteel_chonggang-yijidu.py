# tncsteel.com (steel-trade portal), a 2008 production note on 重庆钢铁集团公司 with a table flattened into `value |`
# lines; whole as returned. Printed `2008-05-21 17:31:30` → published 2008-05-21 (clock no figure).
# Company: 重庆钢铁集团公司 (`…集团公司` without 有限 → short, heldout16's `…公司` rule), `重钢` (in `重钢环保搬迁项目`,
# `重钢产钢`) its short form, a variant; `新重钢项目` a project. No zone (长寿江南镇 a town).
# Dates: `一季度` in the headline (2008-01..2008-03, year inferred, heldout16 1618), `2008年1-3月`, `2008年一季度`,
# `2007年一季度` (table heads, spans), bare `去年` (→ 2007, a calendar year relative to the report's 2008; NEW call:
# bare 去年 has a calendar value unlike `今年以来`/`年初`), `2008年`, `2007年`. `年初` no calendar value.
# Figures: every table cell is a quantity written with digits (each occurrence its own entry); their scale and unit
# stand in the row/column heads (`(万吨)`, `(%)`), not beside them, so a cell's value is its number as printed and its
# unit "" (GUIDE: value = the number with the scale words of its text). `近一倍` has no scale word (no figure).
PUBLISHED = "2008-05-21"
PUBLISHED_INFERRED = False
CG = "重庆钢铁集团公司"
EK = dict(S=CG, K="enterprise")
Q8 = ("2008-01", "2008-03")
Q7 = ("2007-01", "2007-03")
ARTICLES = [A("重庆钢铁集团公司一季度生产情况概述", None)]
ZONES = []
ENTERPRISES = [E(CG, ["重钢"], kind="short")]
FIGURES = [
    F("82.74万吨", 827400, "吨", **EK, M="铁产量", P=Q8),
    F("90.84万吨", 908400, "吨", **EK, M="钢产量", P=Q8),
    F("80.77万吨", 807700, "吨", **EK, M="材产量", P=Q8),
    F("5.66%", 5.66, "%", **EK, M="铁产量比去年增长", P=Q8, C=True),
    F("6.23%", 6.23, "%", **EK, M="钢产量比去年增长", P=Q8, C=True),
    F("3.25%", 3.25, "%", **EK, M="材产量比去年增长", P=Q8, C=True),
    F("82.74", 82.74, "", kind="measure", **EK, M="铁产量", P=Q8),
    F("78.31", 78.31, "", kind="measure", **EK, M="铁产量", P=Q7),
    F("5.66", 5.66, "", kind="percent", **EK, M="铁产量同比", P=Q8, C=True),
    F("90.84", 90.84, "", kind="measure", **EK, M="钢产量", P=Q8),
    F("85.51", 85.51, "", kind="measure", **EK, M="钢产量", P=Q7),
    F("6.23", 6.23, "", kind="percent", **EK, M="钢产量同比", P=Q8, C=True),
    F("80.77", 80.77, "", kind="measure", **EK, M="钢材产量", P=Q8),
    F("78.23", 78.23, "", kind="measure", **EK, M="钢材产量", P=Q7),
    F("3.25", 3.25, "", kind="percent", **EK, M="钢材产量同比", P=Q8, C=True),
    F("350万吨", 3500000, "吨", **EK, M="产钢", P="2007"),
    F("10%", 10, "%", **EK, M="产钢同比增长", P="2007", C=True),
    F("150亿元", 15000000000, "元", **EK, M="销售收入", P="2007"),
    F("630万吨", 6300000, "吨", **EK, M="产能", T=True),
]
DATES = [D("一季度", "2008-01", "2008-03", inferred=True), D("2008-05-21", "2008-05-21"),
         D("2008年1-3月", "2008-01", "2008-03"), D("去年", "2007", inferred=True),
         D("2008年一季度", "2008-01", "2008-03"), D("2007年一季度", "2007-01", "2007-03"),
         D("2008年", "2008"), D("2007年", "2007")]
EXCLUDE = ["17:31:30"]
