# investchn.com (中国投资指南-type investment portal) repost of 浦东时报 (district paper), printed 2021-04-30 with
# `发布开发区:上海张江高新技术产业开发区` → zone 上海张江高新区 (GUIDE's canonical), the bare place `张江` used for it
# as a variant (heldout3/4: 光谷, 新站). Companies: 张江高科 (listed zone developer), 伟测半导体, 酷芯微电子, 英韧科技,
# 芯翼信息 (short). 上海证券交易所/上交所 (exchange) and 浦东时报 are not enterprises. `3年内`, `2-3年内` (durations in
# 年), `九季` (small Chinese count), `895` (name of 895创业营) are not figures. 科创板 figures: subject 科创板 (other).
PUBLISHED = "2021-04-30"
PUBLISHED_INFERRED = False
ZJ = "上海张江高新区"
KC = "科创板"
D27 = "2021-04-27"
CY = "895创业营"
ARTICLES = [A("张江多家“星荟萃”企业计划3年内申报上市", ZJ)]
ZONES = [Z(ZJ, ["上海张江高新技术产业开发区", "张江"])]
ENTERPRISES = [E("张江高科", kind="short"), E("伟测半导体", kind="short"), E("酷芯微电子", kind="short"),
               E("英韧科技", kind="short"), E("芯翼信息", kind="short")]
FIGURES = [
    F("554家", 554, "家", S=KC, K="other", M="累计受理企业申报", P=D27),
    F("265家", 265, "家", S=KC, K="other", M="累计成功上市企业", P=D27),
    F("36%", 36, "%", S=KC, K="other", M="新一代信息技术占比", P=D27),
    F("21%", 21, "%", S=KC, K="other", M="生物医药占比", P=D27),
    F("20%", 20, "%", S=KC, K="other", M="高端装备占比", P=D27),
    F("14%", 14, "%", S=KC, K="other", M="新材料占比", P=D27),
    F("约3400亿元", 340000000000, "元", S=KC, K="other", M="首发募集资金", P=D27),
    F("超过3万亿元", 3000000000000, "元", S=KC, K="other", M="总市值", P=D27),
    F("1500多家", 1500, "家", S=CY, K="other", M="申报企业", P=None),
    F("278个", 278, "个", S=CY, K="other", M="入营项目", P=None),
    F("17家", 17, "家", S=CY, K="other", M="参加活动的星荟萃企业", P="2021-04-28"),
]
DATES = [
    D("2021-04-30", "2021-04-30"),
    D("4月28日", "2021-04-28", inferred=True),
    D("4月27日", D27, inferred=True),
    D("2015年", "2015"),
]
EXCLUDE = ["895", "3年内", "2-3年内"]
