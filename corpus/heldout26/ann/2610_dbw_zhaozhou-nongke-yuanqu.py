# heilongjiang.dbw.cn (东北网, provincial portal) carrying a 黑龙江日报 (provincial paper) item; the search box
# `搜 索`, the source line with the printed `2013-10-25 10:24:58` (published; clock no figure) and the dateline
# `10月25日讯` kept; the `责任编辑` footer cut.
# Zone: none. 肇州工业园区 is a county park (GUIDE counts city-rank 工业园区 only); 国家农业科技园区 is not a GUIDE
# zone kind. Primary zone null.
# Enterprises: the firms heading the park's `企业项目` list are short entries (heldout10/16: companies heading
# projects): 江苏雨润, 山东六和, 长春皓月, 黑龙江兴和生物, 北京太爱肽; 中国农业银行 is a bank (GUIDE: short). 科技部,
# 农业部, 水利部, 国家林业局 (ministries), 中科院 (academy) are no enterprises.
# Figures: `第5批` is an ordinal, `3年来` a duration in years: no figures. `300亿元`, `12亿元` are what the core area
# can reach once built (target). `我省` = 黑龙江.
PUBLISHED = "2013-10-25"
PUBLISHED_INFERRED = False
YQ = dict(S="肇州工业园区", K="other")
ARTICLES = [A("肇州工业园区晋级国家农业科技园区", None)]
ZONES = []
ENTERPRISES = [E("中国农业银行", kind="short"), E("江苏雨润", kind="short"), E("山东六和", kind="short"),
               E("长春皓月", kind="short"), E("黑龙江兴和生物", kind="short"), E("北京太爱肽", kind="short")]
FIGURES = [
    F("46个", 46, "个", S="全国", K="other", M="申报园区", P="2013"),
    F("4.8亿元", 480000000, "元", S="肇州县", K="other", M="财政投资", P=("2010-10", "2013-10")),
    F("59个", 59, "个", **YQ, M="入驻企业项目", P="2013-10"),
    F("3个", 3, "个", **YQ, M="种植基地", P="2013-10"),
    F("7个", 7, "个", **YQ, M="畜禽养殖基地", P="2013-10"),
    F("近100亿元", 10000000000, "元", **YQ, M="投资总额", P="2013-10"),
    F("300亿元", 30000000000, "元", **YQ, M="核心区年销售收入", P=None, T=True),
    F("12亿元", 1200000000, "元", **YQ, M="财政收入", P=None, T=True),
    F("118个", 118, "个", S="全国", K="other", M="国家农业科技园区", P="2013-10"),
    F("4个", 4, "个", S="黑龙江", K="other", M="国家农业科技园区席位", P="2013-10"),
]
DATES = [D("2013-10-25", "2013-10-25"), D("10月25日", "2013-10-25", inferred=True), D("2010年10月", "2010-10")]
EXCLUDE = ["10:24:58", "第5批", "3年来"]
