# gzgjw.com.cn (a 赣州 site) copy of a 赣南日报 item; the source line with its printed `2017年11月17日` kept (published);
# whole as returned. `11月16日` → 2017-11-16. Zone: 赣州经济技术开发区 (canonical as printed), named only in the closing
# sentence about the city's cluster; the article is about the city's (`我市`) NEV industry: primary null. Companies:
# 广东玛西尔电动科技有限公司 (registered, the investor; subject of the project's figures), 江西宝悦 (short, heading the
# project's name, heldout10/16), 国机, 凯马, 昶洧 (short, car makers with projects). `千亿集群` a size class, no figure.
# Investments of the started project: levels dated the ceremony day; phase capacities, sales and taxes: targets.
PUBLISHED = "2017-11-17"
PUBLISHED_INFERRED = False
MX = dict(S="广东玛西尔电动科技有限公司", K="enterprise")
D16 = "2017-11-16"
ARTICLES = [A("我市新能源汽车产业又添新动力", None)]
ZONES = [Z("赣州经济技术开发区", ["赣州经济技术开发区"])]
ENTERPRISES = [E("广东玛西尔电动科技有限公司"), E("江西宝悦", kind="short"), E("国机", kind="short"),
               E("凯马", kind="short"), E("昶洧", kind="short")]
FIGURES = [
    F("15亿元", 1500000000, "元", **MX, M="项目总投资", P=D16),
    F("15亿元", 1500000000, "元", **MX, M="项目总投资", P=D16),
    F("13亿元", 1300000000, "元", **MX, M="固定资产投资", P=D16),
    F("6亿元", 600000000, "元", **MX, M="一期固定资产投资", P=D16),
    F("7亿元", 700000000, "元", **MX, M="二期固定资产投资", P=D16),
    F("6万辆", 60000, "辆", **MX, M="一期年产特种电动汽车能力", T=True),
    F("24亿元", 2400000000, "元", **MX, M="一期年销售收入", T=True),
    F("2000万元以上", 20000000, "元", **MX, M="一期年纳税", T=True),
    F("10万辆", 100000, "辆", **MX, M="二期年产特种电动汽车能力", T=True),
    F("40亿元", 4000000000, "元", **MX, M="二期年销售收入", T=True),
    F("4000万元以上", 40000000, "元", **MX, M="二期年纳税", T=True),
]
DATES = [D("2017年11月17日", "2017-11-17"), D("11月16日", D16, inferred=True)]
EXCLUDE = []
