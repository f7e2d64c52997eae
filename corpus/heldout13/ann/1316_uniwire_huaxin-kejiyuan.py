# uniwire.cn (中国联合网/财经资讯 portal), crumbs and section label kept, printed `2018-08-10 17:31:47` (clock no figure;
# the source field is empty). Whole as returned. Company press-style story: 华新 (short: 华新水泥, its `公司` executives);
# the park and `华新百年复兴基地` are projects. Zone 黄石经济技术开发区 (printed twice in full; bare `开发区` in
# `开发区管委会` a variant). `8月5日8时50分` → date `8月5日` (2018-08-05, year inferred), clock `8时50分` no figure.
# Stated capacities `年产2万吨…`, `年产10亿只…`, `年产20万吨…` are figures (targets, heldout10's `年产…3万台套`); `百年`,
# `千里` no figures.
PUBLISHED = "2018-08-10"
PUBLISHED_INFERRED = False
HS = "黄石经济技术开发区"
HX = "华新"
EK = dict(S=HX, K="enterprise")
Y = 100000000
ARTICLES = [A("华新新材料与智能装备制造科技园项目奠基", HS)]
ZONES = [Z(HS, [HS, "开发区"])]
ENTERPRISES = [E(HX, kind="short")]
FIGURES = [
    F("22亿元", 22*Y, "元", **EK, M="科技园项目总投资", P=None),
    F("20亿元", 20*Y, "元", **EK, M="固定资产投资", P=None),
    F("约800亩", 800, "亩", **EK, M="规划用地", P=None),
    F("2万吨", 20000, "吨", **EK, M="年产新型环保装备和智能化水泥装备", P=None, T=True),
    F("10亿只", 1000000000, "只", kind="count", **EK, M="年产热封袋", P=None, T=True),
    F("20万吨", 200000, "吨", **EK, M="年产新材料", P=None, T=True),
]
DATES = [
    D("2018-08-10", "2018-08-10"),
    D("8月5日", "2018-08-05", inferred=True),
]
EXCLUDE = ["17:31:47", "8时50分"]
