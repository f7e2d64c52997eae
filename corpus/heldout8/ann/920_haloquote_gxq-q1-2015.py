# haloquote.com copy of a zone administration's open-government item (统计信息: 文件名称, 索引号, 公开日期) — an
# analysis of a 高新区's first quarter, printed `公开日期: 2015-03-12 15:59` (clock no figure; dated before the
# quarter ended, its figures are estimates). The index code `zfgxqgwh/2015-13405` and the list numbers (`1、`…`6、`,
# `2、` twice as stored) are no figures; `1:1000` is a map scale. Cut after item 6 (the forecast section breaks off).
# The text never names its zone's place (`白河/岚皋/镇坪园区` are 飞地 parks of three counties, no city named) → no
# zone, fact subjects null (heldout7's 828) except the 飞地 parks. The headline repeated as `文件名称` counts again;
# `第一季度`/`一季度` → 2015-01..03 (year-inferred) at every occurrence. `预计…` figures are targets (forecast);
# `增长/下降` are changes (`下降1.1%` → value 1.1, change). `30.9 %` keeps its stored space.
PUBLISHED = "2015-03-12"
PUBLISHED_INFERRED = False
Q1 = ("2015-01", "2015-03")
FD = dict(S="飞地经济园区", K="other")
ARTICLES = [A("高新区第一季度经济运行分析", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("21.6%", 21.6, "%", M="GDP完成年度计划", P=Q1, T=True),
    F("30%", 30, "%", M="规模上工业增加值", P=Q1, C=True, T=True),
    F("21.1%", 21.1, "%", M="规模上工业增加值完成年度计划", P=Q1, T=True),
    F("33户", 33, "户", M="规模以上工业企业", P=Q1),
    F("56%", 56, "%", M="规上工业总产值", P=Q1, C=True),
    F("21.4%", 21.4, "%", M="工业总产值完成年度计划", P=Q1),
    F("59个", 59, "个", M="在建项目", P=Q1),
    F("40.9%", 40.9, "%", M="固定资产投资", P=Q1, C=True),
    F("57.5%", 57.5, "%", M="工业投资", P=Q1, C=True),
    F("26个", 26, "个", M="市级重点项目", P=Q1),
    F("24.8%", 24.8, "%", M="重点项目完成年度计划", P=Q1),
    F("30.9 %", 30.9, "%", M="限额上批零企业商品销售额", P=Q1, C=True),
    F("24%", 24, "%", M="商品销售额完成年度计划", P=Q1),
    F("33.4%", 33.4, "%", M="消费品零售总额", P=Q1, C=True),
    F("27.3%", 27.3, "%", M="消费品零售总额完成年度计划", P=Q1),
    F("22.6%", 22.6, "%", M="财政收入完成预算", P=Q1),
    F("1.1%", 1.1, "%", M="财政收入", P=Q1, C=True),
    F("23%", 23, "%", M="地方一般预算完成预算", P=Q1),
    F("3.2%", 3.2, "%", M="地方一般预算", P=Q1, C=True),
    F("4个", 4, "个", M="引进内资项目", P=Q1),
    F("61.6%", 61.6, "%", M="引进内资项目", P=Q1, C=True),
    F("15.5%", 15.5, "%", M="引进内资项目完成年度计划", P=Q1),
    F("1090亩", 1090, "亩", **FD, M="征地", P="2015-03"),
    F("13户", 13, "户", **FD, M="累计签约企业", P="2015-03"),
    F("1户", 1, "户", **FD, M="落地投产企业", P="2015-03"),
    F("250米", 250, "米", S="镇坪园区", K="other", M="高新十三路毛路建设", P="2015-03"),
]
DATES = (
    [D("第一季度", Q1[0], Q1[1], inferred=True), D("第一季度", Q1[0], Q1[1], inferred=True),
     D("2015-03-12", "2015-03-12")]
    + [D("一季度", Q1[0], Q1[1], inferred=True) for _ in range(7)]
)
EXCLUDE = ["zfgxqgwh/2015-13405", "15:59", "1、", "2、", "3、", "4、", "5、", "6、", "1:1000"]
