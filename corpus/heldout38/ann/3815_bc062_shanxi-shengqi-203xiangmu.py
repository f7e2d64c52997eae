# 566903.bc062.asia (a mirror host of the 国资委 site tree) copy of a 山西国资委 item; headline stored twice (one title),
# the source/date line kept; whole as returned. Published: the printed `2011-10-13`; `27日` (the third signing batch,
# during the fair that `已于昨日闭幕`) → 2011-09-27 (inferred: the last 27th before publication). No zone. Companies
# (short, as the page names them): 中国航空工业, 中国航天科技, 中国移动, 中国电信, 中国联通, 中国煤炭科工, 中国国旅,
# 中青旅, 中国邮政, 中国国际工程咨询公司 (`…公司` without 有限), 中国华能, 华润, 中国中冶科工, 富士康; governments and
# 山西国资委 none. Ordinals `第六届`, small counts `三批` none. The signing totals carry no stated time (period null).
PUBLISHED = "2011-10-13"
PUBLISHED_INFERRED = False
SQ = dict(S="山西省省属企业", K="other")
SX = dict(S="山西省", K="other")
NAMES = ["中国航空工业", "中国航天科技", "中国移动", "中国电信", "中国联通", "中国煤炭科工", "中国国旅", "中青旅",
         "中国邮政", "中国国际工程咨询公司", "中国华能", "华润", "中国中冶科工", "富士康"]
ARTICLES = [A("山西省省属企业签约项目203个投资总额7795亿元", None)]
ZONES = []
ENTERPRISES = [E(n, kind="short") for n in NAMES]
FIGURES = [
    F("203个", 203, "个", **SQ, M="签约项目"),
    F("7795亿元", 779500000000, "元", **SQ, M="签约项目投资总额"),
    F("203个", 203, "个", **SQ, M="签约项目"),
    F("7795亿元", 779500000000, "元", **SQ, M="签约项目投资总额"),
    F("15个", 15, "个", **SX, M="合作框架协议"),
    F("约1200个", 1200, "个", S="山西省各市", K="other", M="签约投资合作项目"),
    F("15个", 15, "个", **SX, M="合作框架协议"),
    F("约1200个", 1200, "个", S="山西省各市", K="other", M="签约投资合作项目"),
    F("203个", 203, "个", **SQ, M="签约项目"),
    F("7795亿元", 779500000000, "元", **SQ, M="签约项目投资总额"),
    F("20户", 20, "户", **SQ, M="赴苏浙沪招商省属大企业"),
]
DATES = [D("2011-10-13", "2011-10-13"), D("27日", "2011-09-27", inferred=True)]
EXCLUDE = []
