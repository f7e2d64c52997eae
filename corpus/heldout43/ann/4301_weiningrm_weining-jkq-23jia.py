# weiningrm.org.cn (威宁 county paper's wap page), printed `时间:2017-01-22`; the counter `阅读:181` is furniture.
# Whole as returned. Zone: 威宁经开区 / 威宁经济开发区 (…经开区/…开发区; primary). Companies: four registered names
# and the short `奥博皮具`. Every figure is the zone's 2016 result (the year stated in headline and lead carries).
# `新增入园企业23家` is a level of a `新增…` metric (FACTS example 新增市场主体), no change; `(30个)` and `(18户)` are
# the year's targets; `103.3%`/`127.7%` are completion rates. `2016年` is dated three times (headline included).
PUBLISHED = "2017-01-22"
PUBLISHED_INFERRED = False
WN = "威宁经开区"
ZK = dict(S=WN, K="zone")
ARTICLES = [A("威宁经开区2016年 新增入园企业23家", WN)]
ZONES = [Z(WN, ["威宁经开区", "威宁经济开发区"])]
ENTERPRISES = [E("温州市贵妹鞋业有限公司"), E("陕西海升果业发展股份有限公司"), E("上海胡庆余堂生物科技股份有限公司"),
               E("贵州曦阳新科技材料有限公司"), E("奥博皮具", kind="short")]
FIGURES = [
    F("23家", 23, "家", **ZK, M="新增入园企业", P="2016"),
    F("31个", 31, "个", **ZK, M="签订投资协议", P="2016"),
    F("23家", 23, "家", **ZK, M="新增入园企业", P="2016"),
    F("50余个", 50, "个", **ZK, M="联系洽谈项目", P="2016"),
    F("31个", 31, "个", **ZK, M="签订项目投资协议", P="2016"),
    F("30个", 30, "个", **ZK, M="签订项目投资协议目标任务", P="2016", T=True),
    F("103.3%", 103.3, "%", **ZK, M="签订项目投资协议目标完成率", P="2016"),
    F("42.19亿元", 4219000000, "元", **ZK, M="签约资金", P="2016"),
    F("23户", 23, "户", **ZK, M="新增入园企业", P="2016"),
    F("18户", 18, "户", **ZK, M="新增入园企业目标任务", P="2016", T=True),
    F("127.7%", 127.7, "%", **ZK, M="新增入园企业目标完成率", P="2016"),
    F("10.29亿元", 1029000000, "元", **ZK, M="产业项目实际到位资金", P="2016"),
]
DATES = [D("2016年", "2016"), D("2017-01-22", "2017-01-22"), D("2016年", "2016"), D("2016年", "2016")]
EXCLUDE = ["阅读:181"]
