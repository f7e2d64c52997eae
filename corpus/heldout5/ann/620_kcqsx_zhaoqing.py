# m.kcqsx.com (mirror of 西江日报 local news); URL 202009, no date line; `昨日` = 9月28日 → published 2020-09-29, inferred.
# `100万吨造纸项目` is a number inside a project name → not a figure (heldout3). 山鹰国际控股股份公司 lacks
# 有限 → kind short. `1250万` / `1500万` carry no unit → unit "". `中国制造业500强` is a rank.
PUBLISHED = "2020-09-29"
PUBLISHED_INFERRED = True
ZQ = "肇庆高新区"
SY = "山鹰纸业(广东)有限公司"
YD = "耀东华公司"
ARTICLES = [A("肇庆高新区两项目奠基投产", ZQ)]
ZONES = [Z(ZQ, [ZQ])]
ENTERPRISES = [
    E(SY),
    E(YD, kind="short"),
    E("山鹰国际控股股份公司", kind="short"),
    E("科伦纸业", kind="short"),
    E("碧桂园现代筑美公司", kind="short"),
]
def g(t, v, u, s, m, c=False, T=False, k="enterprise"): return F(t, v, u, S=s, K=k, M=m, P=None, C=c, T=T)
FIGURES = [
    g("400亩", 400, "亩", SY, "盘活低效地块"),
    g("50亿元", 5000000000, "元", SY, "总投资"),
    g("60亿元", 6000000000, "元", SY, "年销售收入", T=True),
    g("3.5亿元", 350000000, "元", SY, "创税", T=True),
    g("65万元", 650000, "元", SY, "每亩投资强度"),
    g("1250万", 12500000, "", SY, "每亩投资强度", T=True),
    g("106万元", 1060000, "元", SY, "亩产值"),
    g("1500万元", 15000000, "元", SY, "亩产值", T=True),
    g("2.61万元", 26100, "元", SY, "每亩税收"),
    g("87.5万元", 875000, "元", SY, "每亩税收", T=True),
    F("14条", 14, "条", S=YD, K="enterprise", M="投入生产生产线", P="2020-09-28"),
    F("25条", 25, "条", S=YD, K="enterprise", M="投产生产线", P="2020-12", T=True),
    F("14亿元", 1400000000, "元", S=YD, K="enterprise", M="年产值", P=None, T=True),
]
DATES = [D("9月28日", "2020-09-28", inferred=True)]
