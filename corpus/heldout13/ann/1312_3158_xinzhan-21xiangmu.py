# anhui.3158.cn (3158招商加盟网, investment/franchise portal; story from a 合肥 city paper, `来源 : 互联网`), printed
# `2014-10-08`. Cut after the last paragraph (ICP/copyright footer dropped).
# No zone: `新站区`/`合肥新站区` is named only as a district, never with a zone word (GUIDE: a bare place not said to be a
# zone is not one; heldout3's `新站` is a variant only beside a named 新站高新区). Companies: 惠科集团 (group; `惠科`
# heading its project a variant, heldout10's 红星美凯龙), 新誉集团 (group), 南车 (short). The project name
# `惠科3000万台液晶电视机及配套生产项目` (twice) holds a capacity inside a name (excluded, heldout10 `30萬噸燒堿`);
# the stated capacities `1000万台/年`, `3000万台/年` are figures (targets). `五大产业` small count. `合肥新站区2014年重大
# 工业项目集中开工` → 2014 (a ceremony year). `昨天` → 2014-10-07 for the facts' period (not a date mention).
PUBLISHED = "2014-10-08"
PUBLISHED_INFERRED = False
XZ = dict(S="合肥新站区", K="other")
HK = dict(S="惠科集团", K="enterprise")
XY = dict(S="新誉集团", K="enterprise")
D7 = "2014-10-07"
Y = 100000000
ARTICLES = [A("省城新站区21个大项目集中开工", None)]
ZONES = []
ENTERPRISES = [
    E("惠科集团", ["惠科"], kind="group"),
    E("新誉集团", kind="group"),
    E("南车", kind="short"),
]
FIGURES = [
    F("21个", 21, "个", **XZ, M="集中开工大项目", P=D7),
    F("21个", 21, "个", **XZ, M="集中开工项目", P=D7),
    F("209.8亿元", 209.8*Y, "元", **XZ, M="总投资", P=D7),
    F("32亿元", 32*Y, "元", **XZ, M="年内计划投资", P="2014", T=True),
    F("543亿元", 543*Y, "元", **XZ, M="全部达产后产值", P=None, T=True),
    F("50亿元", 50*Y, "元", **HK, M="项目总投资", P=None),
    F("20亿元", 20*Y, "元", **HK, M="一期投资", P=None),
    F("1条", 1, "条", **HK, M="新建液晶电视生产线", P=None, T=True),
    F("1000万台/年", 10000000, "台/年", kind="count", **HK, M="液晶电视生产能力", P=None, T=True),
    F("30亿元", 30*Y, "元", **HK, M="二期投资", P=None),
    F("3000万台/年", 30000000, "台/年", kind="count", **HK, M="液晶电视年产能力", P=None, T=True),
    F("46.6亩", 46.6, "亩", **XY, M="占地", P=None),
    F("3.8万平方米", 38000, "平方米", **XY, M="建筑面积", P=None),
    F("10亿元", 10*Y, "元", **XY, M="总投资", P=None),
    F("5亿元", 5*Y, "元", **XY, M="一期投资", P=None),
    F("100辆", 100, "辆", **XY, M="年产列车配套需求", P=None, T=True),
    F("100台", 100, "台", **XY, M="年产数控机床", P=None, T=True),
]
DATES = [
    D("2014-10-08", "2014-10-08"),
    D("2014年", "2014"),
]
EXCLUDE = ["惠科3000万台"]
