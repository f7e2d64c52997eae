# articles.zkiz.com (ZKIZ Archives, a reposting archive) copy of a mainland report in Traditional script; the archive
# banner line kept. The stored text broke off in the 前海片區 paragraph; cut after the last complete paragraph.
# The page prints no date: published inferred `2018-04` (the `4月19日` meeting that released data `截至2018年2月底`).
# No zone (judgment call): 前海深港合作區 / 前海合作區 and 前海蛇口自貿片區 are a cooperation zone and a free-trade-zone
# section, none of GUIDE's zone kinds; 深港創新城 and 夢工場 are parks → primary null.
# Companies: 匯豐集團, 嘉里集團 (group); 東亞銀行 (a bank), 港交所, 周大福, 新世界 (short). Not enterprises: 前海管理局
# (government), 香港青年協會 (association). Figures: headline `近50%` counts; `1/3` → 0.333333 ratio (a policy target);
# `一半` no figure (no numeral with scale word); `16.49萬家` → 164900.
PUBLISHED = "2018-04"
PUBLISHED_INFERRED = True
QH = dict(S="前海深港合作區", K="other")
SK = dict(S="前海蛇口自貿片區", K="other")
MG = dict(S="深港青年夢工場", K="other")
ARTICLES = [A("加強深港合作,前海合作區近50%土地出讓港企", None)]
ZONES = []
ENTERPRISES = [E("匯豐集團", kind="group"), E("東亞銀行", kind="short"), E("港交所", kind="short"),
               E("嘉里集團", kind="group"), E("周大福", kind="short"), E("新世界", kind="short")]
FIGURES = [
    F("近50%", 50, "%", **QH, M="土地出讓港企比重"),
    F("15宗", 15, "宗", **QH, M="累計面向港企出讓土地"),
    F("34.08公頃", 34.08, "公頃", **QH, M="出讓土地面積"),
    F("47.4%", 47.4, "%", **QH, M="出讓港企土地占比"),
    F("1/3", 0.333333, "", kind="ratio", **QH, M="面向港企出讓空間", T=True),
    F("5.8萬平方米", 58000, "平方米", **MG, M="占地面積"),
    F("2.7萬平方米", 27000, "平方米", **MG, M="建築面積"),
    F("約150家", 150, "家", **MG, M="可容納創業企業"),
    F("304個", 304, "個", **MG, M="累計孵化創業團隊", P="2018-04"),
    F("158個", 158, "個", **MG, M="港澳團隊", P="2018-04"),
    F("90%以上", 90, "%", **MG, M="走出夢工場企業成功比例", P="2018-04"),
    F("2482家", 2482, "家", **SK, M="新增註冊港資企業", P="2017"),
    F("3140.32億元", 314032000000, "元", **SK, M="新增註冊資本", P="2017"),
    F("486億元", 48600000000, "元", **SK, M="註冊港企增加值", P="2017"),
    F("23.9%", 23.9, "%", **SK, M="註冊港企增加值占比", P="2017"),
    F("91.87億元", 9187000000, "元", **SK, M="註冊港企納稅", P="2017"),
    F("26.63%", 26.63, "%", **SK, M="占自貿區總稅收比重", P="2017"),
    F("7720家", 7720, "家", **SK, M="累計註冊港企", P="2018-02"),
    F("8837.51億元", 883751000000, "元", **SK, M="港企註冊資本", P="2018-02"),
    F("5215家", 5215, "家", **SK, M="註冊企業", P="2012"),
    F("16.49萬家", 164900, "家", **SK, M="註冊企業", P="2017-12"),
    F("99.5%", 99.5, "%", **SK, M="註冊企業年均增長率", P=("2012", "2017"), C=True),
]
DATES = [D("4月19日", "2018-04-19", inferred=True), D("2017年", "2017"), D("2018年2月底", "2018-02"),
         D("2012年", "2012"), D("2017年年底", "2017-12")]
EXCLUDE = []
