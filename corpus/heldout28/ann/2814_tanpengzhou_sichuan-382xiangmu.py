# tanpengzhou.cn (content farm) copy of a 四川在線 story converted to Traditional; the disclaimer, tags and widgets
# after the last paragraph cut. The page's headline line is followed by the paper's own two-line headline
# (`2019年四川省重大招商引資項目集中開工活動舉行` / `尹力宣布開工`): one article, titled with the page's headline line
# (the story's heading stored twice in two wordings, heldout16's `stored twice` call).
# No printed date: published 2019-11-14 from the dateline `11月14日` and the ceremony's `2019年` (inferred). The
# ceremony's year `2019年` is a date at each of its three occurrences (heldout16). `去年同期` is a comparison base.
# Thresholds `10億元以上`, `50億元以上` are figures (heldout16); `五大支柱產業`, `三次產業` small counts.
# Company: 浙江中成控股集團 (…集團 → group). 成都科成云計算大數據產業中心 is a project. No zone.
PUBLISHED = "2019-11-14"
PUBLISHED_INFERRED = True
SC = dict(S="四川省", K="other", P="2019-11-14")
ARTICLES = [A("382個項目,總投資額5066.7億元!2019年四川省重大招商引資項目集中開工,尹力宣布開工", None)]
ZONES = []
ENTERPRISES = [E("浙江中成控股集團", kind="group")]
FIGURES = [
    F("382個", 382, "個", **SC, M="集中開工重大招商引資項目"),
    F("5066.7億元", 506670000000, "元", **SC, M="總投資額"),
    F("382個", 382, "個", **SC, M="集中開工重大招商引資項目"),
    F("5066.7億元", 506670000000, "元", **SC, M="總投資額"),
    F("17個", 17, "個", **SC, M="第一產業項目"),
    F("62.3億元", 6230000000, "元", **SC, M="第一產業項目投資額"),
    F("240個", 240, "個", **SC, M="第二產業項目"),
    F("2469.7億元", 246970000000, "元", **SC, M="第二產業項目投資額"),
    F("125個", 125, "個", **SC, M="第三產業項目"),
    F("2534.6億元", 253460000000, "元", **SC, M="第三產業項目投資額"),
    F("199個", 199, "個", **SC, M="五大支柱產業項目"),
    F("34個", 34, "個", **SC, M="電子信息項目"),
    F("63個", 63, "個", **SC, M="裝備制造項目"),
    F("39個", 39, "個", **SC, M="食品飲料項目"),
    F("33個", 33, "個", **SC, M="先進材料項目"),
    F("30個", 30, "個", **SC, M="能源化工項目"),
    F("13.3億元", 1330000000, "元", **SC, M="平均投資規模"),
    F("1.3億元", 130000000, "元", **SC, M="平均投資規模比去年同期增加", C=True),
    F("10億元以上", 1000000000, "元", **SC, M="項目投資額"),
    F("117個", 117, "個", **SC, M="投資額10億元以上項目"),
    F("50億元以上", 5000000000, "元", **SC, M="項目投資額"),
    F("19個", 19, "個", **SC, M="投資額50億元以上項目"),
    F("18個", 18, "個", **SC, M="設分會場的市(州)"),
]
DATES = [D("2019年", "2019")] * 3 + [D("11月14日", "2019-11-14", inferred=True)]
EXCLUDE = []
