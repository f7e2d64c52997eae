# m.ilynn.cn (document site) copy of the 2025 嘉興市 government work report, converted to Traditional with the
# conversion's glued readings (`報(bào)告`, `發(fā)展`) and a garbled opening (`(浙江?。?025年…`, the 省) and the 2 of 2025
# mangled) kept as stored. The stored text breaks off in the second `——過去一年` paragraph: cut after the first.
# Title: the report's printed title line as stored (garble included). No publication date is printed; the report was
# delivered `2025年2月11日` → published 2025-02-11 (inferred).
# Dates: `2025年2月11日`; `2024年` in the section heading `一、2024年工作回顧` (the year reviewed). The year inside the
# report's own name (`?025年嘉興市…工作報告`) is part of a document name (GUIDE), excluded. `過去一年` no date.
# Figures: the 2024 indicators of 嘉興市 (subject other, period 2024); `全省第三` a rank; `三個`, `十項` small counts.
PUBLISHED = "2025-02-11"
PUBLISHED_INFERRED = True
JX = dict(S="嘉興市", K="other", P="2024")
ARTICLES = [A("(浙江?。?025年嘉興市人民政府政府工作報(bào)告", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("7569.5億元", 756950000000, "元", **JX, M="地區生產總值"),
    F("5.6%", 5.6, "%", **JX, M="地區生產總值增長", C=True),
    F("1073.6億元", 107360000000, "元", **JX, M="財政總收入"),
    F("638.7億元", 63870000000, "元", **JX, M="一般公共預算收入"),
    F("7.1%", 7.1, "%", **JX, M="規上工業增加值增長", C=True),
    F("9.3%", 9.3, "%", **JX, M="進出口總額增長", C=True),
    F("5.3%", 5.3, "%", **JX, M="社會消費品零售總額增長", C=True),
]
DATES = [D("2025年2月11日", "2025-02-11"), D("2024年", "2024")]
EXCLUDE = ["?025年"]
