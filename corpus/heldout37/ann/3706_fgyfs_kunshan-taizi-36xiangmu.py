# m.fgyfs.cn (aggregator) copy, converted to Traditional script, of a 苏州/昆山 story on a signing ceremony of Taiwanese
# projects. Whole as returned. No printed date: `今天(9月16日)` and the ceremony's name `2021昆山市臺資重大項目簽約開工活動`
# (a year inside an event name is no date, GUIDE) give the year → published 2021-09-16 (inferred); `今年1至8月` the same
# year. No zone (昆山, 蘇州 are cities). Company: 蘇銀凱基 (short; a finance company). Not companies: 昆山臺商發展基金
# (a fund), 昆山市臺協會 and 海峽兩岸關系協會 (associations). `36個` stands three times and `516億元` twice (each a figure).
PUBLISHED = "2021-09-16"
PUBLISHED_INFERRED = True
D0 = "2021-09-16"
KS = dict(S="昆山", K="other")
SZ = dict(S="蘇州", K="other")
ARTICLES = [A("36個臺資重大項目昆山開工簽約,總投資516億元 孫亞夫吳慶文出席", None)]
ZONES = []
ENTERPRISES = [E("蘇銀凱基", kind="short")]
FIGURES = [
    F("36個", 36, "個", **KS, M="臺資重大項目開工簽約", P=D0),
    F("516億元", 51600000000, "元", **KS, M="總投資", P=D0),
    F("36個", 36, "個", **KS, M="臺資重大項目開工簽約", P=D0),
    F("516億元", 51600000000, "元", **KS, M="總投資", P=D0),
    F("80家", 80, "家", **SZ, M="累計入庫簽約、洽談企業", P="2021-09"),
    F("超萬億元", 1000000000000, "元", **SZ, M="總投資規模", P="2021-09"),
    F("3433.2億元", 343320000000, "元", **KS, M="臺資規上工業企業產值", P=("2021-01", "2021-08")),
    F("19.5%", 19.5, "%", **KS, M="臺資規上工業企業產值同比增長", P=("2021-01", "2021-08"), C=True),
    F("53.4%", 53.4, "%", **KS, M="占昆山全市比重", P=("2021-01", "2021-08")),
    F("36個", 36, "個", **KS, M="臺資重大項目開工簽約", P=D0),
]
DATES = [D("9月16日", D0, inferred=True), D("今年1至8月", "2021-01", "2021-08", inferred=True)]
EXCLUDE = ["2021昆山市臺資重大項目簽約開工活動"]
