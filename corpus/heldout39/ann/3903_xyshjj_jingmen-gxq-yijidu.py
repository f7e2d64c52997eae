# xyshjj.cn (中国县域经济报 e-paper item); whole as returned: headline, `本报讯`, three paragraphs, no date line.
# Published inferred `2018` (the 一季度 report with `2018年,该区拟实施…`). Zone: 荆门高新区 (stored inside
# `湖北荆门高新区·掇刀区`, the zone paired with its district; canonical without 湖北), primary.
# Companies (short, heading products or named bare): 格林美, 金泉新材料, 中集宏图, 博韬合纤, 晶昱玻璃, 长丰猎豹.
# Thresholds `过50亿的1家`, `过10亿的1家` give the figures `50亿`, `10亿` (unit "", approx set by hand for 过, team
# convention for thresholds with a numeral); `过亿` has no numeral (as `亿元以上`, no figure); `近三倍` a Chinese
# numeral without scale word (no figure). `一季度` (four times) → 2018-01..2018-03; `3月` → 2018-03.
PUBLISHED = "2018"
PUBLISHED_INFERRED = True
JG = "荆门高新区"
ZK = dict(S=JG, K="zone")
Q1 = ("2018-01", "2018-03")
ARTICLES = [A("湖北荆门高新区·掇刀区一季度工业经济成绩亮眼", JG)]
ZONES = [Z(JG, [JG])]
ENTERPRISES = [E("格林美", kind="short"), E("金泉新材料", kind="short"), E("中集宏图", kind="short"),
               E("博韬合纤", kind="short"), E("晶昱玻璃", kind="short"), E("长丰猎豹", kind="short")]
FIGURES = [
    F("157亿元", 15700000000, "元", **ZK, M="规模以上工业总产值", P=Q1),
    F("18.91%", 18.91, "%", **ZK, M="规模以上工业总产值同比增长", P=Q1, C=True),
    F("20家", 20, "家", **ZK, M="产值过亿的企业", P=Q1),
    F("50亿", 5000000000, "", approx=True, **ZK, M="产值门槛", P=Q1),
    F("1家", 1, "家", **ZK, M="产值过50亿的企业", P=Q1),
    F("10亿", 1000000000, "", approx=True, **ZK, M="产值门槛", P=Q1),
    F("1家", 1, "家", **ZK, M="产值过10亿的企业", P=Q1),
    F("66.48%", 66.48, "%", S="格林美", K="enterprise", M="三元前驱体动力电池材料增幅", P=Q1, C=True),
    F("10亿元", 1000000000, "元", S="中集宏图", K="enterprise", M="承接订单额", P=Q1),
    F("10%", 10, "%", S="博韬合纤", K="enterprise", M="丙纶短纤维订单增长", P=Q1, C=True),
    F("38.78%", 38.78, "%", S="博韬合纤", K="enterprise", M="3月产值增长", P="2018-03", C=True),
    F("3个", 3, "个", **ZK, M="投入运行的技改项目", P=Q1),
    F("29个", 29, "个", **ZK, M="拟实施重点技改项目", P="2018", T=True),
    F("127家", 127, "家", **ZK, M="走访企业", P=Q1),
]
DATES = [D("一季度", "2018-01", "2018-03", inferred=True), D("一季度", "2018-01", "2018-03", inferred=True),
         D("一季度", "2018-01", "2018-03", inferred=True), D("一季度", "2018-01", "2018-03", inferred=True),
         D("3月", "2018-03", inferred=True), D("2018年", "2018")]
EXCLUDE = []
