# m.zhongguozhaoshang.com (investment/site-selection portal) item, printed date `2015-08-05` above the headline;
# whole as returned. 凉州区 (a district) reports its two 工业园区. GUIDE counts city-rank `…工业园区`: read as a park
# named for a city, 武威工业园区 (武威 is the prefecture city) is a zone, 黄羊工业园区 (黄羊 is a town) is not; the
# list `武威、黄羊两个工业园区` therefore adds no coordinated zone (武威工业园区 is also named in full). The article
# is about both parks of the district → primary null. Companies: six `…有限公司` (registered); 武威雪域酒厂 (a
# distillery named as an enterprise) short; 武威宏伟物流中心 is a project. `年产5000吨…`, `年产1万吨…`, `年产4万吨…`,
# `年产2000吨…` and `2000吨白酒及500吨保健酒生产线` are production-line names (heldout7's `年产400吨…项目`):
# no figures. `上半年` → 2015-01..06 (year-inferred); the headline's totals are that half-year's.
PUBLISHED = "2015-08-05"
PUBLISHED_INFERRED = False
WW = "武威工业园区"
H1 = ("2015-01", "2015-06")
LZ = dict(S="凉州区", K="other")
HY = dict(S="黄羊工业园区", K="other")
Wd = dict(S=WW, K="zone")
ARTICLES = [A("共开工建设各类项目182项 总投资44.27亿元", None)]
ZONES = [Z(WW, [WW])]
ENTERPRISES = [
    E("甘肃达利食品有限公司"), E("甘肃赫原生物制品有限公司"), E("天祥肉类加工有限公司"),
    E("甘肃中大铝型材有限公司"), E("酒泉赛诺农业有限公司"), E("远洋实业有限公司"),
    E("武威雪域酒厂", kind="short"),
]
FIGURES = [
    F("182项", 182, "项", **LZ, M="开工建设项目", P=H1),
    F("44.27亿元", 4427000000, "元", **LZ, M="项目总投资", P=H1),
    F("182项", 182, "项", **LZ, M="开工建设项目", P=H1),
    F("44.27亿元", 4427000000, "元", **LZ, M="项目总投资", P=H1),
    F("20.81亿元", 2081000000, "元", **LZ, M="累计完成投资", P=H1),
    F("117项", 117, "项", **Wd, M="开工建设项目", P=H1),
    F("32.84亿元", 3284000000, "元", **Wd, M="项目总投资", P=H1),
    F("12.46亿元", 1246000000, "元", **Wd, M="累计完成投资", P=H1),
    F("65项", 65, "项", **HY, M="开工建设项目", P=H1),
    F("11.43亿元", 1143000000, "元", **HY, M="项目总投资", P=H1),
    F("8.35亿元", 835000000, "元", **HY, M="累计完成投资", P=H1),
    F("1700万元", 17000000, "元", S="武威雪域酒厂", K="enterprise", M="完成投资", P=None),
    F("300万元", 3000000, "元", S="远洋实业有限公司", K="enterprise", M="完成投资", P=None),
]
DATES = [
    D("2015-08-05", "2015-08-05"),
    D("上半年", H1[0], H1[1], inferred=True),
]
EXCLUDE = ["年产5000吨", "年产1万吨", "年产4万吨", "年产2000吨", "2000吨白酒及500吨"]
