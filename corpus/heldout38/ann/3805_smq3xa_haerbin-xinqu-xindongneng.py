# smq3xa.cn (content farm, `购物` channel) copy of a mainland feature in Traditional with glued pinyin readings (`區(qū)`);
# the stored text breaks off mid-paragraph: cut after the last complete paragraph (the 正威國際集團 paragraph fell in the
# cut tail). No date printed: published 2021 (inferred: `2020年產值` is last year's, the HQ move `7月份` is ahead).
# Zone: 哈爾濱新區 (a national new area, canonical as printed; bare `新區` its variant; primary). Company:
# 哈爾濱海鄰科信息技術有限公司 (registered; `海鄰科`, `哈爾濱海鄰科` variants); 正威 is cut. `一季度` → 2021-01..2021-03,
# `7月份` → 2021-07 (both inferred). Policy names `黃金30條`, `新驅25條`, `助企上市10條` are no figures (heldout7 `氫能10條`).
# `約1/3` → 0.333333 ratio, unit "".
PUBLISHED = "2021"
PUBLISHED_INFERRED = True
HB = "哈爾濱新區"
HL = dict(S="哈爾濱海鄰科信息技術有限公司", K="enterprise")
ARTICLES = [A("哈爾濱新區(qū):新動能在這里拔節(jié)生長", HB)]
ZONES = [Z(HB, [HB, "新區"])]
ENTERPRISES = [E("哈爾濱海鄰科信息技術有限公司", ["海鄰科", "哈爾濱海鄰科"])]
FIGURES = [
    F("26.5%", 26.5, "%", S=HB, K="zone", M="GDP同比增長", P=("2021-01", "2021-03"), C=True),
    F("726萬元", 7260000, "元", **HL, M="產值", P="2016"),
    F("1.1億元", 110000000, "元", **HL, M="產值", P="2020"),
    F("約1/3", 0.333333, "", kind="ratio", S=HB, K="zone", M="高新技術企業在哈爾濱市占比"),
]
DATES = [D("一季度", "2021-01", "2021-03", inferred=True), D("2016年", "2016"), D("2020年", "2020"),
         D("7月份", "2021-07", inferred=True)]
EXCLUDE = ["黃金30條", "新驅(qū)25條", "助企上市10條"]
